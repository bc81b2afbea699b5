/**
 * Column buffers: creating Arrow `Data` from typed arrays and reading values back as the JS
 * values of types.ts. Builders (JS values in) live in builders.ts.
 */
import * as arrow from 'apache-arrow';
import { kernels } from '../kernels/load-native.js';
import { toArrowType, typeInfo, type ColumnType } from './types.js';
import { formatDate, formatDecimal, formatTime, readDecimal } from './values.js';

/**
 * An Arrow column (one `Data` chunk).
 *
 * Offsets follow Arrow JS: a sliced column keeps `offset` for its bitmaps (validity, and the
 * values of a bool column), but its value buffers (fixed-width values, value offsets, struct
 * children) are already sliced. So row `i` reads `values[i]` / `valueOffsets[i]`, and bit `offset + i`.
 */
export type Column = arrow.Data;

/** Whether bit `i` (already including the data offset) is set in a validity bitmap. */
export function isValid(validity: Uint8Array | null | undefined, bit: number): boolean {
  return validity == null || ((validity[bit >> 3]! >> (bit & 7)) & 1) === 1;
}

/** The validity bitmap of a column, or null when it has no nulls (the common fast path). */
export function validityOf(column: Column): Uint8Array | null {
  return column.nullCount > 0 ? (column.nullBitmap ?? null) : null;
}

function data(type: ColumnType, length: number, validity: Uint8Array | null, nullCount: number, rest: Record<string, unknown>): Column {
  return arrow.makeData({
    type: toArrowType(type) as arrow.Float64,
    length,
    nullCount: validity === null ? 0 : nullCount,
    nullBitmap: validity === null ? undefined : validity,
    ...rest,
  } as never);
}

/**
 * Creates a fixed-width column over `values` without copying: numbers, int64 and timestamps
 * (BigInt64Array), dates and times (Int32Array), decimals (Uint32Array, 4 words a value),
 * intervals (Int32Array: months, days, nanos low, nanos high).
 */
export function fixedColumn(type: ColumnType, values: ArrayBufferView, length: number, validity: Uint8Array | null = null, nullCount = 0): Column {
  return data(type, length, validity, nullCount, { data: values });
}

/** Creates a boolean column over packed bits. */
export function boolColumn(bits: Uint8Array, length: number, validity: Uint8Array | null = null, nullCount = 0): Column {
  return data('bool', length, validity, nullCount, { data: bits });
}

/** Creates a UTF-8 column over Arrow offsets and bytes (also for `json`). */
export function utf8Column(offsets: Int32Array, bytes: Uint8Array, length: number, validity: Uint8Array | null = null, nullCount = 0, type: ColumnType = 'utf8'): Column {
  return data(type, length, validity, nullCount, { valueOffsets: offsets, data: bytes });
}

/** Creates a binary column over Arrow offsets and bytes. */
export function binaryColumn(offsets: Int32Array, bytes: Uint8Array, length: number, validity: Uint8Array | null = null, nullCount = 0): Column {
  return data('binary', length, validity, nullCount, { valueOffsets: offsets, data: bytes });
}

/** Creates a list (or map) column over offsets into a child column. */
export function listColumn(type: ColumnType, offsets: Int32Array, child: Column, length: number, validity: Uint8Array | null = null, nullCount = 0): Column {
  return data(type, length, validity, nullCount, { valueOffsets: offsets, child });
}

/** Creates a struct column over one child column per field. */
export function structColumn(type: ColumnType, children: Column[], length: number, validity: Uint8Array | null = null, nullCount = 0): Column {
  return data(type, length, validity, nullCount, { children });
}

/** A Node Buffer view over a UTF-8 column's bytes, for fast slicing into strings. */
export function utf8Bytes(column: Column): Buffer {
  const v = column.values as Uint8Array;
  return Buffer.from(v.buffer, v.byteOffset, v.byteLength);
}

/** Reads the string at row `i` of a UTF-8 column (value offsets are already sliced). */
export function readUtf8(offsets: Int32Array, bytes: Buffer, i: number): string {
  return bytes.toString('utf8', offsets[i], offsets[i + 1]);
}

/** Reads an int64/timestamp value as a JS number (exact below 2^53) without creating a BigInt. */
export function int64AsNumber(words: Int32Array, i: number): number {
  return words[2 * i + 1]! * 4294967296 + (words[2 * i]! >>> 0);
}

/** An Int32Array view over int64 values, two words per value, for int64AsNumber. */
export function int64Words(values: BigInt64Array): Int32Array {
  return new Int32Array(values.buffer, values.byteOffset, values.length * 2);
}

/**
 * Event times of a timestamp (or int64) column as epoch milliseconds, one per row (microsecond
 * timestamps become fractional milliseconds). Reuses `scratch` when it is large enough.
 */
export function timesOf(column: Column, scratch?: Float64Array): Float64Array {
  const out = scratch !== undefined && scratch.length >= column.length ? scratch : new Float64Array(column.length);
  kernels().int64ToFloat64(column.values as BigInt64Array, 0, out, column.length);
  const t = column.type as arrow.Timestamp;
  if (t.typeId === arrow.Type.Timestamp && t.unit === arrow.TimeUnit.MICROSECOND) {
    for (let i = 0; i < column.length; i++) out[i] = out[i]! / 1000;
  }
  return out;
}

/** Reads one value of a column as the JS value of its type (see types.ts). For edges and tests. */
export function readValue(column: Column, type: ColumnType, row: number): unknown {
  const bit = column.offset + row;
  if (!isValid(validityOf(column), bit)) return null;
  const info = typeInfo(type);
  switch (info.kind) {
    case 'bool': return isValid(column.values as Uint8Array, bit);
    case 'int64': return (column.values as BigInt64Array)[row];
    case 'timestamp': {
      const ms = int64AsNumber(int64Words(column.values as BigInt64Array), row);
      return info.unit === 'us' ? ms / 1000 : ms;
    }
    case 'utf8':
    case 'json':
      return readUtf8(column.valueOffsets as Int32Array, utf8Bytes(column), row);
    case 'binary': {
      const o = column.valueOffsets as Int32Array;
      return (column.values as Uint8Array).slice(o[row], o[row + 1]);
    }
    case 'date': return formatDate((column.values as Int32Array)[row]!);
    case 'time': return formatTime((column.values as Int32Array)[row]!);
    case 'decimal': return formatDecimal(readDecimal(column.values as Uint32Array, row), info.scale);
    case 'interval': {
      const v = column.values as Int32Array;
      const nanos = v[4 * row + 3]! * 4294967296 + (v[4 * row + 2]! >>> 0);
      return { months: v[4 * row]!, days: v[4 * row + 1]!, millis: nanos / 1e6 };
    }
    case 'list': {
      const o = column.valueOffsets as Int32Array;
      const child = column.children[0]!;
      const out: unknown[] = [];
      for (let j = o[row]!; j < o[row + 1]!; j++) out.push(readValue(child, info.item, j));
      return out;
    }
    case 'struct': {
      const out: Record<string, unknown> = {};
      info.fields.forEach((f, k) => (out[f.name] = readValue(column.children[k]!, f.type, row)));
      return out;
    }
    case 'map': {
      const o = column.valueOffsets as Int32Array;
      const entries = column.children[0]!;
      const out: Record<string, unknown> = {};
      for (let j = o[row]!; j < o[row + 1]!; j++) {
        out[readValue(entries.children[0]!, info.key, j) as string] = readValue(entries.children[1]!, info.value, j);
      }
      return out;
    }
    default: return (column.values as Float64Array)[row];
  }
}

/**
 * The validity bitmap of a column re-based to start at row 0 (a copy only for sliced columns
 * with NULLs), or null when the column has no NULLs. Kernels take bitmaps in this form.
 */
export function validityFromZero(column: Column): Uint8Array | null {
  const v = validityOf(column);
  const o = column.offset;
  if (v === null || o === 0) return v;
  const n = column.length;
  const out = new Uint8Array((n + 7) >> 3);
  for (let i = 0; i < n; i++) if ((v[(o + i) >> 3]! >> ((o + i) & 7)) & 1) out[i >> 3]! |= 1 << (i & 7);
  return out;
}
