/**
 * Loader for the optional C++ addon (native/src). It is a leaf: nothing here knows about the
 * runtime. `loadNative()` returns the raw kernel functions, or undefined when the addon was not
 * built (no compiler at install time) or `LAMINARDB_KERNELS=js` is set.
 *
 * @example
 * ```ts
 * const native = loadNative();
 * if (native) native.crc32c(0, new TextEncoder().encode('123456789')); // 0xe3069283
 * ```
 */
import { createRequire } from 'node:module';

/** The functions exported by the addon; signatures match runtime/kernels. */
export interface NativeKernels {
  hashInt32(out: Uint32Array, values: Int32Array, validity: Uint8Array | null, offset: number, length: number, combine: boolean): void;
  hashInt64(out: Uint32Array, values: BigInt64Array, validity: Uint8Array | null, offset: number, length: number, combine: boolean): void;
  hashFloat64(out: Uint32Array, values: Float64Array, validity: Uint8Array | null, offset: number, length: number, combine: boolean): void;
  hashUtf8(out: Uint32Array, offsets: Int32Array, bytes: Uint8Array, validity: Uint8Array | null, offset: number, length: number, combine: boolean): void;
  crc32c(crc: number, bytes: Uint8Array): number;
  int64ToFloat64(src: BigInt64Array, srcOffset: number, dst: Float64Array, length: number): void;
  float64ToInt64(src: Float64Array, dst: BigInt64Array, length: number): void;
  sumByGroup(acc: Float64Array, counts: Float64Array, groups: Int32Array, values: Float64Array, validity: Uint8Array | null, offset: number, length: number): void;
}

// Source runs from native/, the compiled package from dist/native/: try both build locations.
const CANDIDATES = ['./build/Release/laminardb_native.node', '../../native/build/Release/laminardb_native.node'];

let cached: NativeKernels | null | undefined;
let loadError: string | undefined;

/** The native kernels, or undefined when unavailable (see `nativeLoadError()` for why). */
export function loadNative(): NativeKernels | undefined {
  if (cached !== undefined) return cached ?? undefined;
  if (process.env.LAMINARDB_KERNELS === 'js') {
    loadError = 'disabled by LAMINARDB_KERNELS=js';
    cached = null;
    return undefined;
  }
  const require = createRequire(import.meta.url);
  for (const path of CANDIDATES) {
    try {
      cached = require(path) as NativeKernels;
      return cached;
    } catch (err) {
      loadError = (err as Error).message.split('\n')[0];
    }
  }
  cached = null;
  return undefined;
}

/** Why the addon did not load, when it did not. */
export function nativeLoadError(): string | undefined {
  loadNative();
  return cached ? undefined : loadError;
}
