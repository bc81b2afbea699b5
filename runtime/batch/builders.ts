/**
 * Column builders: append JS values (the table in types.ts), finish into an Arrow column.
 * Builders grow typed arrays geometrically; a value of the wrong type is a SchemaError naming the
 * column, the row and what was expected.
 */
import { SchemaError } from '../errors/errors.js';
import { kernels } from '../kernels/load-native.js';
import { binaryColumn, boolColumn, fixedColumn, listColumn, structColumn, utf8Column, type Column } from './column.js';
import { typeInfo, visitType, type ColumnType, type TypeVisitor } from './types.js';
import { parseDate, parseDecimal, parseInterval, parseTime, parseTimestamp, writeDecimal } from './values.js';

/** Appends JS values to a growing column. */
export interface ColumnBuilder {
  readonly type: ColumnType;
  readonly length: number;
  /** Appends a value; `null` and `undefined` append NULL. Throws a SchemaError on a wrong type. */
  append(value: unknown): void;
  /** Returns the column and resets the builder. */
  finish(): Column;
}

const encoder = new TextEncoder();

abstract class BaseBuilder implements ColumnBuilder {
  length = 0;
  protected validity: Uint8Array | null = null;
  protected nulls = 0;

  constructor(readonly type: ColumnType, protected readonly field: string) {}

  append(value: unknown): void {
    if (value === null || value === undefined) {
      this.ensureValidity();
      this.nulls++;
      this.grow();
      this.setNull(this.length);
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
  /** Room for one more value. */
  protected abstract grow(): void;
  protected abstract capacity(): number;
  protected setNull(_i: number): void {}

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

  protected wrong(value: unknown, expected: string): never {
    const got = typeof value === 'string' ? JSON.stringify(value.slice(0, 40)) : String(value).slice(0, 40);
    throw new SchemaError(`column '${this.field}' (${this.type}) row ${this.length}: expected ${expected}, got ${typeof value} ${got}`);
  }

  /** Runs a value parser, re-labelling its error with this column and row. */
  protected parse<T>(fn: (where: string) => T): T {
    return fn(`column '${this.field}' (${this.type}) row ${this.length}`);
  }
}

type NumberArray = Int8Array | Int16Array | Int32Array | Float32Array | Float64Array | Uint32Array;

/** Fixed-width values stored `stride` numbers apart (numbers, dates, times, decimals, intervals). */
class FixedBuilder extends BaseBuilder {
  private values: NumberArray;

  constructor(type: ColumnType, field: string, private readonly make: (n: number) => NumberArray, private readonly stride: number, private readonly put: (b: FixedBuilder, values: NumberArray, i: number, value: unknown) => void) {
    super(type, field);
    this.values = make(64 * stride);
  }

  protected capacity(): number {
    return this.values.length / this.stride;
  }

  protected grow(): void {
    if (this.length < this.capacity()) return;
    const next = this.make(this.values.length * 2);
    next.set(this.values as never);
    this.values = next;
    this.growValidity(this.capacity());
  }

  protected set(i: number, value: unknown): void {
    this.put(this, this.values, i, value);
  }

  /** Public for the `put` callbacks. */
  fail(value: unknown, expected: string): never {
    return this.wrong(value, expected);
  }

  where<T>(fn: (where: string) => T): T {
    return this.parse(fn);
  }

  finish(): Column {
    const n = this.length;
    const values = this.values.slice(0, n * this.stride);
    const [validity, nulls] = this.takeValidity();
    return fixedColumn(this.type, values, n, validity, nulls);
  }
}

function integer(min: number, max: number) {
  return (b: FixedBuilder, values: NumberArray, i: number, value: unknown) => {
    const v = typeof value === 'bigint' ? Number(value) : value;
    if (typeof v !== 'number') b.fail(value, 'a number');
    if (!(Number.isInteger(v) && v >= min && v <= max)) b.fail(value, `an integer in [${min}, ${max}]`);
    values[i] = v;
  };
}

function float(b: FixedBuilder, values: NumberArray, i: number, value: unknown): void {
  const v = typeof value === 'bigint' ? Number(value) : value;
  if (typeof v !== 'number') b.fail(value, 'a number');
  values[i] = v;
}

/** int64 and timestamp values, kept as doubles while building unless a bigint arrives. */
class Int64Builder extends BaseBuilder {
  private values = new Float64Array(64);
  private bigints: BigInt64Array | null = null;
  private readonly timestamp: boolean;
  private readonly micros: boolean;

  constructor(type: ColumnType, field: string) {
    super(type, field);
    const info = typeInfo(type);
    this.timestamp = info.kind === 'timestamp';
    this.micros = info.kind === 'timestamp' && info.unit === 'us';
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
      // A bigint is the raw stored value (ms, or µs for timestamp(6)); keep it exact.
      if (this.bigints === null) {
        this.bigints = new BigInt64Array(this.values.length);
        kernels().float64ToInt64(this.values, this.bigints, i);
      }
      this.bigints[i] = value;
      return;
    }
    let v: number;
    if (this.timestamp) v = this.parse((where) => parseTimestamp(value, where));
    else if (typeof value === 'number' && Number.isInteger(value)) v = value;
    else this.wrong(value, 'a bigint or an integer number');
    if (this.micros) v = Math.round(v * 1000);
    else if (!Number.isInteger(v)) this.wrong(value, 'whole milliseconds (use timestamp(6) for microseconds)');
    if (this.bigints !== null) this.bigints[i] = BigInt(v);
    else this.values[i] = v;
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

/** Variable-length values: UTF-8 strings, JSON text, binary. Also used directly to copy bytes. */
export class VarBuilder extends BaseBuilder {
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

  protected override setNull(i: number): void {
    this.offsets[i + 1] = this.offsets[i]!;
  }

  protected set(i: number, value: unknown): void {
    const start = this.offsets[i]!;
    let v = value;
    if (this.type === 'json') {
      if (typeof v === 'string') {
        try {
          JSON.parse(v);
        } catch {
          this.wrong(value, 'valid JSON text');
        }
      } else {
        v = JSON.stringify(v);
        if (v === undefined) this.wrong(value, 'a JSON-serialisable value');
      }
    }
    if (this.type === 'binary') {
      if (!(v instanceof Uint8Array)) this.wrong(value, 'a Uint8Array');
      this.reserve(v.length);
      this.bytes.set(v, start);
      this.offsets[i + 1] = start + v.length;
      return;
    }
    if (typeof v !== 'string') this.wrong(value, 'a string');
    this.reserve(v.length * 3);
    const written = encoder.encodeInto(v, this.bytes.subarray(start)).written;
    this.offsets[i + 1] = start + written;
  }

  /** Appends raw bytes (valid UTF-8 for string columns) as one value. */
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
    return this.type === 'binary' ? binaryColumn(offsets, bytes, n, validity, nulls) : utf8Column(offsets, bytes, n, validity, nulls, this.type);
  }
}

/** Builds UTF-8 columns. */
export class Utf8Builder extends VarBuilder {
  constructor(field = '?') {
    super('utf8', field);
  }
}

/** Lists and maps: offsets into child builders. */
class ListBuilder extends BaseBuilder {
  private offsets = new Int32Array(65);
  private readonly children: ColumnBuilder[];

  constructor(type: ColumnType, field: string) {
    super(type, field);
    const info = typeInfo(type);
    this.children = info.kind === 'list' ? [columnBuilder(info.item, `${field}[]`)] : info.kind === 'map' ? [columnBuilder(info.key, `${field}.key`), columnBuilder(info.value, `${field}.value`)] : [];
  }

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

  protected override setNull(i: number): void {
    this.offsets[i + 1] = this.offsets[i]!;
  }

  protected set(i: number, value: unknown): void {
    let count = 0;
    if (this.children.length === 1) {
      if (!Array.isArray(value)) this.wrong(value, 'an array');
      for (const item of value) this.children[0]!.append(item);
      count = value.length;
    } else {
      const entries = value instanceof Map ? [...value.entries()] : value !== null && typeof value === 'object' && !Array.isArray(value) ? Object.entries(value) : this.wrong(value, 'an object or a Map');
      for (const [k, v] of entries) {
        this.children[0]!.append(k);
        this.children[1]!.append(v);
      }
      count = entries.length;
    }
    this.offsets[i + 1] = this.offsets[i]! + count;
  }

  finish(): Column {
    const n = this.length;
    const offsets = this.offsets.slice(0, n + 1);
    this.offsets = new Int32Array(65);
    const [validity, nulls] = this.takeValidity();
    const info = typeInfo(this.type);
    let child: Column;
    if (info.kind === 'map') {
      const [k, v] = this.children.map((c) => c.finish());
      child = structColumn(`struct<key ${info.key} not null, value ${info.value}>`, [k!, v!], k!.length);
    } else {
      child = this.children[0]!.finish();
    }
    return listColumn(this.type, offsets, child, n, validity, nulls);
  }
}

class StructBuilder extends BaseBuilder {
  private readonly names: string[];
  private readonly children: ColumnBuilder[];
  private count = 64;

  constructor(type: ColumnType, field: string) {
    super(type, field);
    const info = typeInfo(type);
    const fields = info.kind === 'struct' ? info.fields : [];
    this.names = fields.map((f) => f.name);
    this.children = fields.map((f) => columnBuilder(f.type, `${field}.${f.name}`));
  }

  protected capacity(): number {
    return this.count;
  }

  protected grow(): void {
    if (this.length < this.count) return;
    this.count *= 2;
    this.growValidity(this.count);
  }

  protected override setNull(): void {
    for (const c of this.children) c.append(null);
  }

  protected set(_i: number, value: unknown): void {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) this.wrong(value, 'an object');
    const row = value as Record<string, unknown>;
    for (const key of Object.keys(row)) if (!this.names.includes(key)) this.wrong(value, `an object with fields ${this.names.join(', ')} (not '${key}')`);
    this.names.forEach((name, k) => this.children[k]!.append(row[name]));
  }

  finish(): Column {
    const n = this.length;
    const [validity, nulls] = this.takeValidity();
    this.count = 64;
    return structColumn(this.type, this.children.map((c) => c.finish()), n, validity, nulls);
  }
}

/** A column builder for `type`; `field` names the column in error messages. */
export function columnBuilder(type: ColumnType, field = '?'): ColumnBuilder {
  const fixed = (make: (n: number) => NumberArray, stride: number, put: ConstructorParameters<typeof FixedBuilder>[4]) => new FixedBuilder(type, field, make, stride, put);
  const visitor: TypeVisitor<ColumnBuilder> = {
    visitBool: () => new BoolBuilder(type, field),
    visitInt8: () => fixed((n) => new Int8Array(n), 1, integer(-128, 127)),
    visitInt16: () => fixed((n) => new Int16Array(n), 1, integer(-32768, 32767)),
    visitInt32: () => fixed((n) => new Int32Array(n), 1, integer(-2147483648, 2147483647)),
    visitInt64: () => new Int64Builder(type, field),
    visitFloat32: () => fixed((n) => new Float32Array(n), 1, float),
    visitFloat64: () => fixed((n) => new Float64Array(n), 1, float),
    visitDecimal: (t) => fixed((n) => new Uint32Array(n), 4, (b, values, i, value) => writeDecimal(values as Uint32Array, i, b.where((w) => parseDecimal(value, t.scale, t.precision, w)))),
    visitUtf8: () => new VarBuilder(type, field),
    visitBinary: () => new VarBuilder(type, field),
    visitJson: () => new VarBuilder(type, field),
    visitDate: () => fixed((n) => new Int32Array(n), 1, (b, values, i, value) => (values[i] = b.where((w) => parseDate(value, w)))),
    visitTime: () => fixed((n) => new Int32Array(n), 1, (b, values, i, value) => (values[i] = b.where((w) => parseTime(value, w)))),
    visitTimestamp: () => new Int64Builder(type, field),
    visitInterval: () => fixed((n) => new Int32Array(n), 4, (b, values, i, value) => {
      const v = b.where((w) => parseInterval(value, w));
      const nanos = Math.round(v.millis * 1e6);
      const hi = Math.floor(nanos / 4294967296);
      values[4 * i] = v.months;
      values[4 * i + 1] = v.days;
      values[4 * i + 2] = (nanos - hi * 4294967296) | 0;
      values[4 * i + 3] = hi;
    }),
    visitList: () => new ListBuilder(type, field),
    visitStruct: () => new StructBuilder(type, field),
    visitMap: () => new ListBuilder(type, field),
  };
  return visitType(type, visitor);
}

/** A column of `length` NULLs. */
export function nullColumn(type: ColumnType, length: number): Column {
  const b = columnBuilder(type);
  for (let i = 0; i < length; i++) b.append(null);
  return b.finish();
}

/** Builds a column from JS values (the slow, general path: tests, edges, nested types). */
export function columnOf(type: ColumnType, values: readonly unknown[], field = '?'): Column {
  const b = columnBuilder(type, field);
  for (const v of values) b.append(v);
  return b.finish();
}
