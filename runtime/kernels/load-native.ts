/**
 * Chooses the kernel set: native when the addon loaded, the JS twins otherwise. The only place
 * the runtime touches native/.
 */
import { loadNative, nativeLoadError } from '../../native/index.js';
import { jsKernels } from './js-kernels.js';
import type { Kernels } from './kernels.js';

let active: Kernels | undefined;

/**
 * The kernel set in use. `LAMINARDB_KERNELS=js` forces the JS twins.
 *
 * @example
 * ```ts
 * console.log(kernels().name); // 'native' when the addon built, else 'js'
 * ```
 */
export function kernels(): Kernels {
  if (active === undefined) {
    const native = loadNative();
    active = native ? { name: 'native', ...native } : jsKernels;
  }
  return active;
}

/** Replaces the kernel set (tests and benchmarks compare the two). Returns the previous one. */
export function setKernels(next: Kernels): Kernels {
  const previous = kernels();
  active = next;
  return previous;
}

/** The native kernel set, or undefined with the reason the addon did not load. */
export function nativeKernels(): { kernels?: Kernels; error?: string } {
  const native = loadNative();
  if (native) return { kernels: { name: 'native', ...native } };
  const error = nativeLoadError();
  return error === undefined ? {} : { error };
}
