/**
 * Group keys as bytes, for keyed state that leaves the in-memory `GroupTable` (spilled to disk):
 * `encodeKeys` turns key columns into one byte string per row, equal exactly when the keys are
 * equal under the table's GROUP BY equality (NULLs equal, -0 equals 0, every NaN equals every
 * NaN), and `decodeKeys` turns such byte strings back into key columns for a table lookup.
 *
 * Per column: a byte 0 (NULL) or 1, then the value: text and binary as a 4-byte length and the
 * bytes, int64 and timestamps as 8 bytes, decimals and intervals as 16, booleans as 1, other
 * numbers as an 8-byte double.
 */
import { VarBuilder } from '../batch/builders.js';
import { boolColumn, fixedColumn, isValid, validityOf, type Column } from '../batch/column.js';
import { kindOf, type ColumnType } from '../batch/types.js';
import { keyClass, type KeyClass } from './group-table.js';

const WIDTH: Record<KeyClass, number> = { num: 8, wide: 8, quad: 16, bool: 1, bytes: 4 };

/**
 * One byte string per row `0..count)` of the key columns.
 *
 * @example
 * ```ts
 * const [a] = encodeKeys([utf8Column(['x'])], ['utf8'], 1);
 * const cols = decodeKeys(['utf8'], [a!]); // one row, 'x'
 * ```
 */
export function encodeKeys(columns: readonly Column[], types: readonly ColumnType[], count: number): Uint8Array[] {
  const classes = types.map((t) => keyClass(kindOf(t)));
  const validities = columns.map(validityOf);
  const scratch = new DataView(new ArrayBuffer(16));
  // One buffer for every key of the batch (keys are views into it): sizes first.
  const ends = new Int32Array(count + 1);
  for (let row = 0; row < count; row++) {
    let size = 0;
    for (let c = 0; c < columns.length; c++) {
      const col = columns[c]!;
      size += 1;
      if (!isValid(validities[c], col.offset + row)) continue;
      size += WIDTH[classes[c]!];
      if (classes[c] === 'bytes') {
        const offsets = col.valueOffsets as Int32Array;
        size += offsets[row + 1]! - offsets[row]!;
      }
    }
    ends[row + 1] = ends[row]! + size;
  }
  const bytes = new Uint8Array(ends[count]!);
  const view = new DataView(bytes.buffer);
  const out: Uint8Array[] = new Array(count);
  for (let row = 0; row < count; row++) {
    let at = ends[row]!;
    for (let c = 0; c < columns.length; c++) {
      const col = columns[c]!;
      const bit = col.offset + row;
      if (!isValid(validities[c], bit)) {
        bytes[at++] = 0;
        continue;
      }
      bytes[at++] = 1;
      switch (classes[c]!) {
        case 'bytes': {
          const offsets = col.valueOffsets as Int32Array;
          const start = offsets[row]!;
          const end = offsets[row + 1]!;
          view.setUint32(at, end - start, true);
          bytes.set((col.values as Uint8Array).subarray(start, end), at + 4);
          at += 4 + end - start;
          break;
        }
        case 'wide':
          view.setBigInt64(at, (col.values as BigInt64Array)[row]!, true);
          at += 8;
          break;
        case 'quad': {
          const v = col.values as Uint32Array;
          for (let w = 0; w < 4; w++) view.setUint32(at + 4 * w, v[4 * row + w]!, true);
          at += 16;
          break;
        }
        case 'bool':
          bytes[at++] = ((col.values as Uint8Array)[bit >> 3]! >> (bit & 7)) & 1;
          break;
        case 'num': {
          const v = (col.values as ArrayLike<number>)[row]!;
          // One byte string per equal key: -0 is 0, and every NaN is the same NaN.
          scratch.setFloat64(0, v !== v ? NaN : v === 0 ? 0 : v, true);
          bytes.set(new Uint8Array(scratch.buffer, 0, 8), at);
          at += 8;
          break;
        }
      }
    }
    out[row] = bytes.subarray(ends[row]!, at);
  }
  return out;
}

/** Key columns (one row per byte string) from `encodeKeys` output. */
export function decodeKeys(types: readonly ColumnType[], keys: readonly Uint8Array[]): Column[] {
  const n = keys.length;
  const classes = types.map((t) => keyClass(kindOf(t)));
  const positions = new Int32Array(n);
  const views = keys.map((k) => new DataView(k.buffer, k.byteOffset, k.byteLength));
  return types.map((type, c) => {
    const cls = classes[c]!;
    const kind = kindOf(type);
    const nulls = new Uint8Array(n);
    let nullCount = 0;
    const builder = cls === 'bytes' ? new VarBuilder(type, 'key') : undefined;
    const words = cls === 'wide' ? new BigInt64Array(n) : cls === 'quad' ? new Uint32Array(4 * n) : undefined;
    const nums = cls === 'num' || cls === 'bool' ? new Float64Array(n) : undefined;
    for (let j = 0; j < n; j++) {
      const bytes = keys[j]!;
      const view = views[j]!;
      let at = positions[j]!;
      if (bytes[at++] === 0) {
        nulls[j] = 1;
        nullCount++;
        builder?.append(null);
        positions[j] = at;
        continue;
      }
      switch (cls) {
        case 'bytes': {
          const len = view.getUint32(at, true);
          builder!.appendBytes(bytes, at + 4, at + 4 + len);
          at += 4 + len;
          break;
        }
        case 'wide':
          (words as BigInt64Array)[j] = view.getBigInt64(at, true);
          at += 8;
          break;
        case 'quad':
          for (let w = 0; w < 4; w++) (words as Uint32Array)[4 * j + w] = view.getUint32(at + 4 * w, true);
          at += 16;
          break;
        case 'bool':
          nums![j] = bytes[at++]!;
          break;
        case 'num':
          nums![j] = view.getFloat64(at, true);
          at += 8;
          break;
      }
      positions[j] = at;
    }
    if (builder !== undefined) return builder.finish();
    let validity: Uint8Array | null = null;
    if (nullCount > 0) {
      validity = new Uint8Array((n + 7) >> 3);
      for (let j = 0; j < n; j++) if (nulls[j] === 0) validity[j >> 3]! |= 1 << (j & 7);
    }
    switch (cls) {
      case 'wide':
        return fixedColumn(type, words!, n, validity, nullCount);
      case 'quad':
        return fixedColumn(type, kind === 'decimal' ? words! : new Int32Array(words!.buffer), n, validity, nullCount);
      case 'bool': {
        const bits = new Uint8Array((n + 7) >> 3);
        for (let j = 0; j < n; j++) if (nums![j]) bits[j >> 3]! |= 1 << (j & 7);
        return boolColumn(bits, n, validity, nullCount);
      }
      default: {
        const values = kind === 'float64' ? nums! : kind === 'float32' ? Float32Array.from(nums!) : kind === 'int8' ? Int8Array.from(nums!) : kind === 'int16' ? Int16Array.from(nums!) : Int32Array.from(nums!);
        return fixedColumn(type, values, n, validity, nullCount);
      }
    }
  });
}
