/**
 * Batch kernels: the hot loops that may run native. Each kernel works on a whole column
 * (typed arrays in, typed arrays out) so a native call crosses the JS/C++ boundary once per batch.
 * Every kernel has a pure-TS twin in `js-kernels.ts` with bit-identical results; the native
 * addon is optional and selected by `load-native.ts`.
 */

/** The hash seed of an empty key (before any column is mixed in). */
export const HASH_SEED = 0x9747b28c;
/** The word mixed in for a NULL value, so NULL keys hash alike and apart from any value. */
export const HASH_NULL = 0x6b43a9b5;

export interface Kernels {
  /** `'native'` or `'js'`. */
  readonly name: string;
  /**
   * Mixes one column into per-row 32-bit hashes. `out[i]` starts at HASH_SEED when `combine` is
   * false, and is mixed further when true (multi-column keys). Rows whose validity bit is clear
   * mix HASH_NULL. `offset` is the Arrow data offset (in values and bits), `length` the row count.
   */
  hashInt32(out: Uint32Array, values: Int32Array, validity: Uint8Array | null, offset: number, length: number, combine: boolean): void;
  /** As hashInt32 for 64-bit integers (both 32-bit words are mixed). */
  hashInt64(out: Uint32Array, values: BigInt64Array, validity: Uint8Array | null, offset: number, length: number, combine: boolean): void;
  /** As hashInt32 for doubles; -0 hashes as 0 and every NaN alike. */
  hashFloat64(out: Uint32Array, values: Float64Array, validity: Uint8Array | null, offset: number, length: number, combine: boolean): void;
  /** As hashInt32 for UTF-8 strings given Arrow offsets and bytes. */
  hashUtf8(out: Uint32Array, offsets: Int32Array, bytes: Uint8Array, validity: Uint8Array | null, offset: number, length: number, combine: boolean): void;
  /** CRC-32C (Castagnoli) of `bytes`, continuing from `crc` (0 to start). */
  crc32c(crc: number, bytes: Uint8Array): number;
  /** Converts int64 values to doubles (exact below 2^53). */
  int64ToFloat64(src: BigInt64Array, srcOffset: number, dst: Float64Array, length: number): void;
  /** Converts doubles to int64, truncating toward zero (values must be finite and below 2^63). */
  float64ToInt64(src: Float64Array, dst: BigInt64Array, length: number): void;
  /**
   * Adds `values[i]` into `acc[groups[i]]` for every row i with a set validity bit, and counts
   * those rows in `counts[groups[i]]` (the non-null count SUM and AVG need).
   */
  sumByGroup(acc: Float64Array, counts: Float64Array, groups: Int32Array, values: Float64Array, validity: Uint8Array | null, offset: number, length: number): void;
}
