/**
 * Column buffers: building Arrow `Data` from typed arrays or JS values, and reading it back.
 * Builders grow typed arrays geometrically and never allocate per value (except the strings
 * themselves when a caller hands us strings).
 */
import * as arrow from 'apache-arrow';
import { SchemaError } from '../errors/errors.js';
import { kernels } from '../kernels/load-native.js';
import { toArrowType, visitType, type ColumnType, type TypeVisitor } from './types.js';

/**
 * An Arrow column (one `Data` chunk).
 *
 * Offsets follow Arrow JS: a sliced column keeps `offset` for its bitmaps (validity, and the
 * values of a bool column), but its value buffers (fixed-width values, UTF-8 value offsets) are
 * already sliced. So row `i` reads `values[i]` / `valueOffsets[i]`, and bit `offset + i`.
 */
export type Column = arrow.Data;

const encoder = new TextEncoder();

/** Whether row `i` (already including the data offset) is valid in a validity bitmap. */
export function isValid(validity: Uint8Array | null | undefined, bit: number): boolean {
  return validity == null || ((validity[bit >> 3]! >> (bit & 7)) & 1) === 1;
}

/** The validity bitmap of a column, or null when it has no nulls (the common fast path). */
export function validityOf(column: Column): Uint8Array | null {
  return column.nullCount > 0 ? (column.nullBitmap ?? null) : null;
}

/** Creates a fixed-width column (numbers, int64, timestamps) over `values` without copying. */
export function fixedColumn(
  type: ColumnType,
  values: ArrayBufferView,
  length: number,
  validity: Uint8Array | null = null,
  nullCount = 0,
): Column {
  return arrow.makeData({
    type: toArrowType(type) as arrow.Float64,
    length,
    nullCount: validity === null ? 0 : nullCount,
    nullBitmap: validity === null ? undefined : validity,
    data: values as Float64Array,
  });
}

/** Creates a boolean column over packed bits. */
export function boolColumn(bits: Uint8Array, length: number, validity: Uint8Array | null = null, nullCount = 0): Column {
  return arrow.makeData({
    type: new arrow.Bool(),
    length,
    nullCount: validity === null ? 0 : nullCount,
    nullBitmap: validity === null ? undefined : validity,
    data: bits,
  });
}

/** Creates a UTF-8 column over Arrow offsets and bytes. */
export function utf8Column(offsets: Int32Array, bytes: Uint8Array, length: number, validity: Uint8Array | null = null, nullCount = 0): Column {
  return arrow.makeData({
    type: new arrow.Utf8(),
    length,
    nullCount: validity === null ? 0 : nullCount,
    nullBitmap: validity === null ? undefined : validity,
    valueOffsets: offsets,
    data: bytes,
  });
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
 * Event times of a timestamp (or int64) column as doubles, one per row.
 * Reuses `scratch` when it is large enough.
 */
export function timesOf(column: Column, scratch?: Float64Array): Float64Array {
  const out = scratch !== undefined && scratch.length >= column.length ? scratch : new Float64Array(column.length);
  kernels().int64ToFloat64(column.values as BigInt64Array, 0, out, column.length);
  return out;
}

/** Appends JS values to a growing column. */
export interface ColumnBuilder {
  readonly type: ColumnType;
  readonly length: number;
  /** Appends a value; `null` and `undefined` append NULL. Throws a SchemaError on a wrong type. */
  append(value: unknown): void;
  /** Returns the column and resets the builder. */
  finish(): Column;
}

abstract class BaseBuilder implements ColumnBuilder {
  abstract readonly type: ColumnType;
  length = 0;
  protected validity: Uint8Array | null = null;
  protected nulls = 0;

  constructor(protected readonly field: string) {}

  append(value: unknown): void {
    if (value === null || value === undefined) {
      this.ensureValidity();
      this.nulls++;
      this.grow();
      this.length++;
      return;
    }
    this.grow();
    this.set(this.length, value);
    if (this.validity !== null) this.validity[this.length >> 3]! |= 1 << (this.length & 7);
    this.length++;
  }

  abstract finish(): Column;
  protected abstract set(i: number, value: unknown): void;
  protected abstract grow(): void;

  protected ensureValidity(): void {
    if (this.validity !== null) return;
    const bits = new Uint8Array(Math.max(8, (this.capacity() + 7) >> 3));
    for (let i = 0; i < this.length; i++) bits[i >> 3]! |= 1 << (i & 7);
    this.validity = bits;
  }

  protected growValidity(capacity: number): void {
    if (this.validity !== null && this.validity.length * 8 < capacity) {
      const next = new Uint8Array(capacity >> 2);
      next.set(this.validity);
      this.validity = next;
    }
  }

  protected takeValidity(): [Uint8Array | null, number] {
    const result: [Uint8Array | null, number] = [this.validity, this.nulls];
    this.validity = null;
    this.nulls = 0;
    this.length = 0;
    return result;
  }

  protected abstract capacity(): number;

  protected wrong(value: unknown, expected: string): never {
    throw new SchemaError(
      `column '${this.field}' (${this.type}) row ${this.length}: expected ${expected}, got ${typeof value} ${typeof value === 'string' ? JSON.stringify(value.slice(0, 40)) : String(value).slice(0, 40)}`,
    );
  }
}

type NumberArray = Int8Array | Int16Array | Int32Array | Float32Array | Float64Array;

class NumberBuilder extends BaseBuilder {
  private values: NumberArray;

  constructor(
    field: string,
    readonly type: ColumnType,
    private readonly make: (n: number) => NumberArray,
    private readonly min = -Infinity,
    private readonly max = Infinity,
  ) {
    super(field);
    this.values = make(64);
  }

  protected capacity(): number {
    return this.values.length;
  }

  protected grow(): void {
    if (this.length < this.values.length) return;
    const next = this.make(this.values.length * 2);
    next.set(this.values as never);
    this.values = next;
    this.growValidity(next.length);
  }

  protected set(i: number, value: unknown): void {
    let v = value;
    if (typeof v === 'bigint') v = Number(v);
    if (typeof v !== 'number') this.wrong(value, 'a number');
    if (this.min !== -Infinity && !(Number.isInteger(v) && (v as number) >= this.min && (v as number) <= this.max)) {
      this.wrong(value, `an integer in [${this.min}, ${this.max}]`);
    }
    this.values[i] = v as number;
  }

  finish(): Column {
    const n = this.length;
    const values = this.values.slice(0, n);
    const [validity, nulls] = this.takeValidity();
    return fixedColumn(this.type, values, n, validity, nulls);
  }
}

/** int64 and timestamp values kept as doubles while building, converted once at finish. */
class Int64Builder extends BaseBuilder {
  private values = new Float64Array(64);
  private bigints: BigInt64Array | null = null;

  constructor(field: string, readonly type: 'int64' | 'timestamp') {
    super(field);
  }

  protected capacity(): number {
    return this.values.length;
  }

  protected grow(): void {
    if (this.length < this.values.length) return;
    const next = new Float64Array(this.values.length * 2);
    next.set(this.values);
    this.values = next;
    if (this.bigints !== null) {
      const big = new BigInt64Array(next.length);
      big.set(this.bigints);
      this.bigints = big;
    }
    this.growValidity(next.length);
  }

  protected set(i: number, value: unknown): void {
    if (typeof value === 'bigint') {
      // Keep exact 64-bit values exact: switch to a BigInt64Array for this column.
      if (this.bigints === null) {
        this.bigints = new BigInt64Array(this.values.length);
        kernels().float64ToInt64(this.values, this.bigints, i);
      }
      this.bigints[i] = value;
      return;
    }
    let v = value;
    if (v instanceof Date) v = v.getTime();
    if (typeof v !== 'number' || !Number.isFinite(v)) this.wrong(value, this.type === 'timestamp' ? 'epoch milliseconds or a Date' : 'a bigint or an integer number');
    if (!Number.isInteger(v)) this.wrong(value, 'an integer');
    if (this.bigints !== null) this.bigints[i] = BigInt(v as number);
    else this.values[i] = v as number;
  }

  finish(): Column {
    const n = this.length;
    let out: BigInt64Array;
    if (this.bigints !== null) {
      out = this.bigints.slice(0, n);
      this.bigints = null;
    } else {
      out = new BigInt64Array(n);
      kernels().float64ToInt64(this.values, out, n);
    }
    const [validity, nulls] = this.takeValidity();
    return fixedColumn(this.type, out, n, validity, nulls);
  }
}

class BoolBuilder extends BaseBuilder {
  readonly type = 'bool' as const;
  private bits = new Uint8Array(8);

  protected capacity(): number {
    return this.bits.length * 8;
  }

  protected grow(): void {
    if (this.length < this.bits.length * 8) return;
    const next = new Uint8Array(this.bits.length * 2);
    next.set(this.bits);
    this.bits = next;
    this.growValidity(next.length * 8);
  }

  protected set(i: number, value: unknown): void {
    if (typeof value !== 'boolean') this.wrong(value, 'a boolean');
    if (value) this.bits[i >> 3]! |= 1 << (i & 7);
  }

  finish(): Column {
    const n = this.length;
    const bits = this.bits.slice(0, (n + 7) >> 3);
    this.bits = new Uint8Array(8);
    const [validity, nulls] = this.takeValidity();
    return boolColumn(bits, n, validity, nulls);
  }
}

/** Builds UTF-8 columns; also used directly by operators that copy string bytes. */
export class Utf8Builder extends BaseBuilder {
  readonly type = 'utf8' as const;
  private offsets = new Int32Array(65);
  private bytes = new Uint8Array(1024);

  protected capacity(): number {
    return this.offsets.length - 1;
  }

  protected grow(): void {
    if (this.length + 1 < this.offsets.length) return;
    const next = new Int32Array(this.offsets.length * 2);
    next.set(this.offsets);
    this.offsets = next;
    this.growValidity(next.length);
  }

  private reserve(extra: number): void {
    const need = this.offsets[this.length]! + extra;
    if (need <= this.bytes.length) return;
    const next = new Uint8Array(Math.max(need, this.bytes.length * 2));
    next.set(this.bytes);
    this.bytes = next;
  }

  override append(value: unknown): void {
    super.append(value);
    if (value === null || value === undefined) this.offsets[this.length] = this.offsets[this.length - 1]!;
  }

  protected set(i: number, value: unknown): void {
    if (typeof value !== 'string') this.wrong(value, 'a string');
    const start = this.offsets[i]!;
    this.reserve(value.length * 3);
    const written = encoder.encodeInto(value, this.bytes.subarray(start)).written;
    this.offsets[i + 1] = start + written;
  }

  /** Appends raw UTF-8 bytes (already valid) as one value. */
  appendBytes(source: Uint8Array, start: number, end: number): void {
    this.grow();
    const at = this.offsets[this.length]!;
    this.reserve(end - start);
    this.bytes.set(source.subarray(start, end), at);
    this.offsets[this.length + 1] = at + (end - start);
    if (this.validity !== null) this.validity[this.length >> 3]! |= 1 << (this.length & 7);
    this.length++;
  }

  finish(): Column {
    const n = this.length;
    const offsets = this.offsets.slice(0, n + 1);
    const bytes = this.bytes.slice(0, offsets[n]);
    this.offsets = new Int32Array(65);
    const [validity, nulls] = this.takeValidity();
    return utf8Column(offsets, bytes, n, validity, nulls);
  }
}

/** A column builder for `type`; `field` names the column in error messages. */
export function columnBuilder(type: ColumnType, field = '?'): ColumnBuilder {
  const visitor: TypeVisitor<ColumnBuilder> = {
    visitBool: () => new BoolBuilder(field),
    visitInt8: () => new NumberBuilder(field, 'int8', (n) => new Int8Array(n), -128, 127),
    visitInt16: () => new NumberBuilder(field, 'int16', (n) => new Int16Array(n), -32768, 32767),
    visitInt32: () => new NumberBuilder(field, 'int32', (n) => new Int32Array(n), -2147483648, 2147483647),
    visitInt64: () => new Int64Builder(field, 'int64'),
    visitFloat32: () => new NumberBuilder(field, 'float32', (n) => new Float32Array(n)),
    visitFloat64: () => new NumberBuilder(field, 'float64', (n) => new Float64Array(n)),
    visitUtf8: () => new Utf8Builder(field),
    visitTimestamp: () => new Int64Builder(field, 'timestamp'),
  };
  return visitType(type, visitor);
}

/** A column of `length` NULLs. */
export function nullColumn(type: ColumnType, length: number): Column {
  const b = columnBuilder(type);
  for (let i = 0; i < length; i++) b.append(null);
  return b.finish();
}

/** Reads one value of a column as the JS value of its type (see types.ts); for printing and tests. */
export function readValue(column: Column, type: ColumnType, row: number): unknown {
  const bit = column.offset + row;
  if (!isValid(validityOf(column), bit)) return null;
  switch (type) {
    case 'bool': return isValid(column.values as Uint8Array, bit);
    case 'int64': return (column.values as BigInt64Array)[row];
    case 'timestamp': return int64AsNumber(int64Words(column.values as BigInt64Array), row);
    case 'utf8': return readUtf8(column.valueOffsets as Int32Array, utf8Bytes(column), row);
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
