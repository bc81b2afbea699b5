/**
 * CRC32C (Castagnoli), the checksum of write-ahead log records and checkpoint files. It is the
 * kernel set's: the native SSE4.2 one for runs long enough to repay the call, the JS twin (the
 * same value) for short ones such as record headers.
 */
import { jsKernels } from '../kernels/js-kernels.js';
import { kernels } from '../kernels/load-native.js';

/** Below this many bytes a native call costs more than the JS loop. */
const NATIVE_FROM = 256;

/**
 * The CRC32C of `data[from, to)`, continuing from `crc` (0 to start).
 *
 * @example
 * ```ts
 * crc32c(new TextEncoder().encode('123456789')); // 0xe3069283
 * ```
 */
export function crc32c(data: Uint8Array, crc = 0, from = 0, to = data.length): number {
  const bytes = from === 0 && to === data.length ? data : data.subarray(from, to);
  return (to - from >= NATIVE_FROM ? kernels() : jsKernels).crc32c(crc, bytes) >>> 0;
}
