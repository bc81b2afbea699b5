/**
 * The closed set of column types, their Arrow mapping, plan mapping and JS values. A column type
 * is a canonical string: plain kinds (`int64`, `utf8`, ...) and parameterised ones
 * (`decimal(10,2)`, `timestamp(6)`, `timestamptz`, `list<int32>`, `struct<a int32, b utf8>`,
 * `map<utf8, float64>`). `typeInfo(t)` parses one (cached). Adding a kind is a broad change by
 * design: every TypeVisitor must handle it.
 *
 * | SQL                          | type              | Arrow                       | JS value in rows            |
 * |------------------------------|-------------------|-----------------------------|-----------------------------|
 * | BOOLEAN                      | `bool`            | Bool                        | `boolean`                   |
 * | TINYINT, SMALLINT, INT       | `int8..int32`     | Int8, Int16, Int32          | `number`                    |
 * | BIGINT                       | `int64`           | Int64                       | `bigint`                    |
 * | REAL, DOUBLE                 | `float32/float64` | Float32, Float64            | `number`                    |
 * | DECIMAL(p,s)                 | `decimal(p,s)`    | Decimal128(p,s)             | `string` (exact, e.g. `'12.50'`) |
 * | VARCHAR, TEXT                | `utf8`            | Utf8                        | `string`                    |
 * | BYTEA                        | `binary`          | Binary                      | `Uint8Array`                |
 * | DATE                         | `date`            | Date32 (days)               | `string` `'YYYY-MM-DD'`     |
 * | TIME                         | `time`            | Time32 (ms)                 | `string` `'HH:MM:SS.mmm'`   |
 * | TIMESTAMP, TIMESTAMP(3)      | `timestamp`       | Timestamp(ms)               | `number` epoch ms           |
 * | TIMESTAMP(6)                 | `timestamp(6)`    | Timestamp(us)               | `number` epoch ms (µs as fraction) |
 * | TIMESTAMP WITH TIME ZONE     | `timestamptz[(6)]`| Timestamp(ms or us, 'UTC')  | `number` epoch ms           |
 * | INTERVAL                     | `interval`        | Interval(MonthDayNano)      | `{ months, days, millis }`  |
 * | JSON, JSONB                  | `json`            | Utf8 (extension arrow.json) | `string` (JSON text)        |
 * | ARRAY<T>, T[]                | `list<T>`         | List                        | `Array`                     |
 * | STRUCT<..>, ROW(..)          | `struct<a T, ..>` | Struct                      | plain object                |
 * | MAP<VARCHAR, V>              | `map<utf8, V>`    | Map                         | plain object                |
 */
import * as arrow from 'apache-arrow';
import { plan } from '../../specs/index.js';
import { SchemaError, InvalidArgumentError, didYouMean } from '../errors/errors.js';

/** A column type as a canonical string (see the table above). */
export type ColumnType = string;

/** The kinds of column types. */
export type TypeKind =
  | 'bool' | 'int8' | 'int16' | 'int32' | 'int64' | 'float32' | 'float64' | 'decimal'
  | 'utf8' | 'binary' | 'date' | 'time' | 'timestamp' | 'interval' | 'json'
  | 'list' | 'struct' | 'map';

/** Kinds written without parameters. */
const PLAIN: readonly TypeKind[] = ['bool', 'int8', 'int16', 'int32', 'int64', 'float32', 'float64', 'utf8', 'binary', 'date', 'time', 'interval', 'json'];

/** Every plain type name, plus examples of the parameterised forms (for errors). */
export const COLUMN_TYPES: readonly string[] = [...PLAIN, 'timestamp', 'timestamp(6)', 'timestamptz', 'decimal(p,s)', 'list<T>', 'struct<name T, ...>', 'map<utf8, T>'];

/** A parsed column type. */
export type TypeInfo =
  | { readonly kind: Exclude<TypeKind, 'decimal' | 'timestamp' | 'list' | 'struct' | 'map'> }
  | { readonly kind: 'decimal'; readonly precision: number; readonly scale: number }
  | { readonly kind: 'timestamp'; readonly unit: 'ms' | 'us'; readonly tz: boolean }
  | { readonly kind: 'list'; readonly item: ColumnType }
  | { readonly kind: 'struct'; readonly fields: readonly FieldSpec[] }
  | { readonly kind: 'map'; readonly key: ColumnType; readonly value: ColumnType };

/** One field of a schema. Fields are nullable unless declared otherwise (as in SQL). */
export interface FieldSpec {
  readonly name: string;
  readonly type: ColumnType;
  readonly nullable: boolean;
}

/** An ordered list of fields. */
export interface Schema {
  readonly fields: readonly FieldSpec[];
}

/**
 * A schema written as an object: `{ sym: 'utf8', price: 'float64' }`, or with a field object
 * for non-null columns: `{ sym: { type: 'utf8', nullable: false } }`.
 */
export type SchemaInput = Schema | Record<string, ColumnType | { type: ColumnType; nullable?: boolean }>;

/** The JS value type of a column type (for the plain kinds; other types are `unknown`). */
export type JsValue<T extends string> = T extends 'bool'
  ? boolean
  : T extends 'int64'
    ? bigint
    : T extends 'utf8' | 'json' | 'date' | 'time' | `decimal(${string})`
      ? string
      : T extends 'binary'
        ? Uint8Array
        : T extends 'int8' | 'int16' | 'int32' | 'float32' | 'float64' | 'timestamp' | 'timestamptz' | `timestamp${string}`
          ? number
          : unknown;

/** The row type of a schema literal such as `{ sym: 'utf8', price: 'float64' }`. */
export type RowOf<S> = {
  [K in keyof S]: S[K] extends string
    ? JsValue<S[K]> | null
    : S[K] extends { type: infer T extends string; nullable: false }
      ? JsValue<T>
      : S[K] extends { type: infer T extends string }
        ? JsValue<T> | null
        : never;
};

/** A plain row object. */
export type Row = Record<string, unknown>;

const cache = new Map<string, TypeInfo>();

/** Parses a column type string; throws an InvalidArgumentError naming the problem. */
export function typeInfo(type: ColumnType): TypeInfo {
  let info = cache.get(type);
  if (info === undefined) {
    info = new TypeParser(type).parseAll();
    cache.set(type, info);
  }
  return info;
}

/** The kind of a column type. */
export function kindOf(type: ColumnType): TypeKind {
  return typeInfo(type).kind;
}

/** Whether `type` is a valid column type. */
export function isColumnType(type: unknown): type is ColumnType {
  if (typeof type !== 'string') return false;
  try {
    typeInfo(type);
    return true;
  } catch {
    return false;
  }
}

/** The canonical string of a parsed type. */
export function formatType(info: TypeInfo): ColumnType {
  switch (info.kind) {
    case 'decimal': return `decimal(${info.precision},${info.scale})`;
    case 'timestamp': return `timestamp${info.tz ? 'tz' : ''}${info.unit === 'us' ? '(6)' : ''}`;
    case 'list': return `list<${info.item}>`;
    case 'map': return `map<${info.key}, ${info.value}>`;
    case 'struct': return `struct<${info.fields.map((f) => `${quoteName(f.name)} ${f.type}${f.nullable ? '' : ' not null'}`).join(', ')}>`;
    default: return info.kind;
  }
}

function quoteName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : JSON.stringify(name);
}

/** A small recursive-descent parser for type strings. */
class TypeParser {
  private i = 0;
  constructor(private readonly text: string) {}

  parseAll(): TypeInfo {
    const info = this.parse();
    this.space();
    if (this.i !== this.text.length) this.fail(`unexpected '${this.text.slice(this.i)}'`);
    return info;
  }

  private parse(): TypeInfo {
    this.space();
    const word = this.word();
    const lower = word.toLowerCase();
    if ((PLAIN as readonly string[]).includes(lower)) return { kind: lower as 'int32' };
    if (lower === 'timestamp' || lower === 'timestamptz') {
      let unit: 'ms' | 'us' = 'ms';
      if (this.eat('(')) {
        const p = this.number();
        this.expect(')');
        if (p === 6) unit = 'us';
        else if (p !== 3) this.fail(`timestamp precision must be 3 or 6, got ${p}`);
      }
      return { kind: 'timestamp', unit, tz: lower === 'timestamptz' };
    }
    if (lower === 'decimal') {
      this.expect('(');
      const precision = this.number();
      this.expect(',');
      const scale = this.number();
      this.expect(')');
      if (precision < 1 || precision > 38) this.fail(`decimal precision must be 1 to 38, got ${precision}`);
      if (scale < 0 || scale > precision) this.fail(`decimal scale must be 0 to the precision (${precision}), got ${scale}`);
      return { kind: 'decimal', precision, scale };
    }
    if (lower === 'list') {
      this.expect('<');
      const item = formatType(this.parse());
      this.expect('>');
      return { kind: 'list', item };
    }
    if (lower === 'map') {
      this.expect('<');
      const key = formatType(this.parse());
      this.expect(',');
      const value = formatType(this.parse());
      this.expect('>');
      if (key !== 'utf8') this.fail(`map keys must be utf8, got ${key}`);
      return { kind: 'map', key, value };
    }
    if (lower === 'struct') {
      this.expect('<');
      const fields: FieldSpec[] = [];
      do {
        this.space();
        const name = this.text[this.i] === '"' ? this.quoted() : this.word();
        const type = formatType(this.parse());
        this.space();
        let nullable = true;
        if (this.text.slice(this.i, this.i + 8).toLowerCase() === 'not null') {
          this.i += 8;
          nullable = false;
        }
        fields.push({ name, type, nullable });
      } while (this.eat(','));
      this.expect('>');
      return { kind: 'struct', fields: makeSchema(fields).fields };
    }
    const known = [...PLAIN, 'timestamp', 'timestamptz', 'decimal', 'list', 'struct', 'map'];
    return this.fail(`unknown type '${word}'${didYouMean(word, known)}`);
  }

  private space(): void {
    while (this.text[this.i] === ' ') this.i++;
  }

  private word(): string {
    this.space();
    const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(this.text.slice(this.i));
    if (!m) this.fail('expected a type name');
    this.i += m![0].length;
    return m![0];
  }

  private quoted(): string {
    const m = /^"((?:[^"\\]|\\.)*)"/.exec(this.text.slice(this.i));
    if (!m) this.fail('bad quoted field name');
    this.i += m![0].length;
    return JSON.parse(m![0]) as string;
  }

  private number(): number {
    this.space();
    const m = /^\d+/.exec(this.text.slice(this.i));
    if (!m) this.fail('expected a number');
    this.i += m![0].length;
    return Number(m![0]);
  }

  private eat(c: string): boolean {
    this.space();
    if (this.text[this.i] !== c) return false;
    this.i++;
    return true;
  }

  private expect(c: string): void {
    if (!this.eat(c)) this.fail(`expected '${c}'`);
  }

  private fail(why: string): never {
    throw InvalidArgumentError.format('column type', `one of ${COLUMN_TYPES.join(', ')} (${why})`, this.text);
  }
}

/**
 * A closed visitor over column kinds, in the style of Arrow JS: one method per kind, so adding
 * a kind fails to compile until every operation handles it.
 */
export interface TypeVisitor<R> {
  visitBool(): R;
  visitInt8(): R;
  visitInt16(): R;
  visitInt32(): R;
  visitInt64(): R;
  visitFloat32(): R;
  visitFloat64(): R;
  visitDecimal(info: Extract<TypeInfo, { kind: 'decimal' }>): R;
  visitUtf8(): R;
  visitBinary(): R;
  visitDate(): R;
  visitTime(): R;
  visitTimestamp(info: Extract<TypeInfo, { kind: 'timestamp' }>): R;
  visitInterval(): R;
  visitJson(): R;
  visitList(info: Extract<TypeInfo, { kind: 'list' }>): R;
  visitStruct(info: Extract<TypeInfo, { kind: 'struct' }>): R;
  visitMap(info: Extract<TypeInfo, { kind: 'map' }>): R;
}

/** Dispatches `type` to the matching visitor method. */
export function visitType<R>(type: ColumnType, visitor: TypeVisitor<R>): R {
  const info = typeInfo(type);
  switch (info.kind) {
    case 'bool': return visitor.visitBool();
    case 'int8': return visitor.visitInt8();
    case 'int16': return visitor.visitInt16();
    case 'int32': return visitor.visitInt32();
    case 'int64': return visitor.visitInt64();
    case 'float32': return visitor.visitFloat32();
    case 'float64': return visitor.visitFloat64();
    case 'decimal': return visitor.visitDecimal(info);
    case 'utf8': return visitor.visitUtf8();
    case 'binary': return visitor.visitBinary();
    case 'date': return visitor.visitDate();
    case 'time': return visitor.visitTime();
    case 'timestamp': return visitor.visitTimestamp(info);
    case 'interval': return visitor.visitInterval();
    case 'json': return visitor.visitJson();
    case 'list': return visitor.visitList(info);
    case 'struct': return visitor.visitStruct(info);
    case 'map': return visitor.visitMap(info);
  }
}

/** Field metadata that marks a Utf8 column as JSON. */
export const JSON_EXTENSION = new Map([['ARROW:extension:name', 'arrow.json']]);

const toArrowVisitor: TypeVisitor<arrow.DataType> = {
  visitBool: () => new arrow.Bool(),
  visitInt8: () => new arrow.Int8(),
  visitInt16: () => new arrow.Int16(),
  visitInt32: () => new arrow.Int32(),
  visitInt64: () => new arrow.Int64(),
  visitFloat32: () => new arrow.Float32(),
  visitFloat64: () => new arrow.Float64(),
  visitDecimal: (t) => new arrow.Decimal(t.scale, t.precision, 128),
  visitUtf8: () => new arrow.Utf8(),
  visitBinary: () => new arrow.Binary(),
  visitDate: () => new arrow.DateDay(),
  visitTime: () => new arrow.TimeMillisecond(),
  visitTimestamp: (t) => new arrow.Timestamp(t.unit === 'us' ? arrow.TimeUnit.MICROSECOND : arrow.TimeUnit.MILLISECOND, t.tz ? 'UTC' : null),
  visitInterval: () => new arrow.IntervalMonthDayNano(),
  visitJson: () => new arrow.Utf8(),
  visitList: (t) => new arrow.List(toArrowField('item', t.item, true)),
  visitStruct: (t) => new arrow.Struct(t.fields.map((f) => toArrowField(f.name, f.type, f.nullable))),
  visitMap: (t) => new arrow.Map_(new arrow.Field('entries', new arrow.Struct([toArrowField('key', t.key, false), toArrowField('value', t.value, true)]), false) as never),
};

/** The Arrow data type of a column type. */
export function toArrowType(type: ColumnType): arrow.DataType {
  return visitType(type, toArrowVisitor);
}

/** The Arrow field of a column (JSON columns carry the arrow.json extension name). */
export function toArrowField(name: string, type: ColumnType, nullable: boolean): arrow.Field {
  return new arrow.Field(name, toArrowType(type), nullable, kindOf(type) === 'json' ? JSON_EXTENSION : undefined);
}

/** The column type of an Arrow field or type, or a SchemaError naming what is unsupported. */
export function fromArrowType(type: arrow.DataType, field = '?', metadata?: Map<string, string>): ColumnType {
  switch (type.typeId) {
    case arrow.Type.Bool: return 'bool';
    case arrow.Type.Int: {
      const t = type as arrow.Int;
      if (t.isSigned) return t.bitWidth === 8 ? 'int8' : t.bitWidth === 16 ? 'int16' : t.bitWidth === 32 ? 'int32' : 'int64';
      break;
    }
    case arrow.Type.Float: {
      const t = type as arrow.Float;
      if (t.precision === arrow.Precision.SINGLE) return 'float32';
      if (t.precision === arrow.Precision.DOUBLE) return 'float64';
      break;
    }
    case arrow.Type.Decimal: {
      const t = type as arrow.Decimal;
      if (t.bitWidth === 128) return `decimal(${t.precision},${t.scale})`;
      break;
    }
    case arrow.Type.Utf8: return metadata?.get('ARROW:extension:name') === 'arrow.json' ? 'json' : 'utf8';
    case arrow.Type.Binary: return 'binary';
    case arrow.Type.Date:
      if ((type as arrow.Date_).unit === arrow.DateUnit.DAY) return 'date';
      break;
    case arrow.Type.Time:
      if ((type as arrow.Time).unit === arrow.TimeUnit.MILLISECOND && (type as arrow.Time).bitWidth === 32) return 'time';
      break;
    case arrow.Type.Timestamp: {
      const t = type as arrow.Timestamp;
      const tz = t.timezone === 'UTC' || t.timezone === '+00:00' || t.timezone === 'Z';
      if (t.timezone != null && !tz) break;
      if (t.unit === arrow.TimeUnit.MILLISECOND) return tz ? 'timestamptz' : 'timestamp';
      if (t.unit === arrow.TimeUnit.MICROSECOND) return tz ? 'timestamptz(6)' : 'timestamp(6)';
      break;
    }
    case arrow.Type.Interval:
      if ((type as arrow.Interval).unit === arrow.IntervalUnit.MONTH_DAY_NANO) return 'interval';
      break;
    case arrow.Type.List: {
      const child = (type as arrow.List).children[0]!;
      return `list<${fromArrowType(child.type, `${field}.item`, child.metadata)}>`;
    }
    case arrow.Type.Struct: {
      const fields = (type as arrow.Struct).children.map((c) => ({ name: c.name, type: fromArrowType(c.type, `${field}.${c.name}`, c.metadata), nullable: c.nullable }));
      return formatType({ kind: 'struct', fields });
    }
    case arrow.Type.Map: {
      const entries = (type as arrow.Map_).children[0]!.type as arrow.Struct;
      const [k, v] = entries.children;
      return formatType({ kind: 'map', key: fromArrowType(k!.type, `${field}.key`), value: fromArrowType(v!.type, `${field}.value`, v!.metadata) });
    }
  }
  throw new SchemaError(
    `column '${field}' has Arrow type ${String(type)}, which this engine does not handle; ` +
      `supported: ${COLUMN_TYPES.join(', ')} (timestamps in ms or µs with no zone or UTC, strings as plain Utf8, not dictionaries)`,
  );
}

const planKinds: Record<TypeKind, number> = {
  bool: plan.TypeKind.BOOL,
  int8: plan.TypeKind.INT8,
  int16: plan.TypeKind.INT16,
  int32: plan.TypeKind.INT32,
  int64: plan.TypeKind.INT64,
  float32: plan.TypeKind.FLOAT32,
  float64: plan.TypeKind.FLOAT64,
  utf8: plan.TypeKind.UTF8,
  timestamp: plan.TypeKind.TIMESTAMP,
  decimal: plan.TypeKind.DECIMAL,
  binary: plan.TypeKind.BINARY,
  date: plan.TypeKind.DATE,
  time: plan.TypeKind.TIME,
  interval: plan.TypeKind.INTERVAL,
  json: plan.TypeKind.JSON,
  list: plan.TypeKind.LIST,
  struct: plan.TypeKind.STRUCT,
  map: plan.TypeKind.MAP,
};

/** The plan message of a column type (kind for quick checks, the canonical string for the rest). */
export function toPlanType(type: ColumnType): plan.DataType {
  return { kind: planKinds[kindOf(type)] as plan.TypeKind, spec: type };
}

/** The column type of a plan message type. */
export function fromPlanType(type: plan.DataType | null | undefined): ColumnType {
  if (type?.spec) {
    typeInfo(type.spec);
    return type.spec;
  }
  const kind = type?.kind ?? plan.TypeKind.NULL;
  for (const k of PLAIN) if (planKinds[k] === kind) return k;
  if (kind === plan.TypeKind.TIMESTAMP) return 'timestamp';
  throw new SchemaError(`plan type kind ${kind} needs a type spec`);
}

/** Whether values of the type are numbers in arithmetic (integers, floats, decimals, times). */
export function isNumeric(type: ColumnType): boolean {
  const k = kindOf(type);
  return k === 'int8' || k === 'int16' || k === 'int32' || k === 'int64' || k === 'float32' || k === 'float64' || k === 'decimal' || k === 'timestamp' || k === 'date' || k === 'time';
}

/** Whether the type is an integer kind. */
export function isInteger(type: ColumnType): boolean {
  const k = kindOf(type);
  return k === 'int8' || k === 'int16' || k === 'int32' || k === 'int64';
}

/** Normalises a schema literal or Schema into a Schema, validating names and types.
 *
 * @example
 * ```ts
 * const schema = schemaOf({ sym: { type: 'utf8', nullable: false }, price: 'decimal(10,2)', ts: 'timestamp' });
 * ```
 */
export function schemaOf(input: SchemaInput): Schema {
  if (isSchema(input)) return input;
  const fields: FieldSpec[] = [];
  for (const [name, spec] of Object.entries(input)) {
    const type = typeof spec === 'string' ? spec : spec?.type;
    if (!isColumnType(type)) {
      throw InvalidArgumentError.format(
        `type of column '${name}'`,
        `one of ${COLUMN_TYPES.join(', ')}${typeof type === 'string' ? didYouMean(type, PLAIN) : ''}`,
        type,
      );
    }
    const nullable = typeof spec === 'string' ? true : spec.nullable ?? true;
    fields.push({ name, type: formatType(typeInfo(type)), nullable });
  }
  return makeSchema(fields);
}

/** Builds a schema, rejecting duplicate or empty names. */
export function makeSchema(fields: readonly FieldSpec[]): Schema {
  const seen = new Set<string>();
  for (const f of fields) {
    if (f.name === '') throw new SchemaError('a column name is empty');
    if (seen.has(f.name)) throw new SchemaError(`column '${f.name}' appears twice in the schema`);
    seen.add(f.name);
  }
  return { fields };
}

function isSchema(input: SchemaInput): input is Schema {
  return Array.isArray((input as Schema).fields);
}

/** The index of a column, or a SchemaError that lists the columns and suggests a close name. */
export function fieldIndex(schema: Schema, name: string, context = 'input'): number {
  const i = schema.fields.findIndex((f) => f.name === name);
  if (i < 0) {
    const names = schema.fields.map((f) => f.name);
    throw new SchemaError(
      `unknown column '${name}' in ${context}${didYouMean(name, names)}; columns are: ${names.join(', ') || '(none)'}`,
    );
  }
  return i;
}

/** The Arrow schema of a schema. */
export function toArrowSchema(schema: Schema): arrow.Schema {
  return new arrow.Schema(schema.fields.map((f) => toArrowField(f.name, f.type, f.nullable)));
}

/** The schema of an Arrow schema (rejecting unsupported types with a SchemaError). */
export function fromArrowSchema(schema: arrow.Schema): Schema {
  return makeSchema(schema.fields.map((f) => ({ name: f.name, type: fromArrowType(f.type, f.name, f.metadata), nullable: f.nullable })));
}

/** The plan message of a schema. */
export function toPlanSchema(schema: Schema): plan.Schema {
  return { fields: schema.fields.map((f) => ({ name: f.name, type: toPlanType(f.type), nullable: f.nullable })) };
}

/** The schema of a plan message. */
export function fromPlanSchema(schema: plan.Schema | null | undefined): Schema {
  return makeSchema((schema?.fields ?? []).map((f) => ({
    name: f.name ?? '',
    type: fromPlanType(f.type),
    nullable: f.nullable ?? true,
  })));
}

/** A one-line description such as `sym utf8, price float64 not null`. */
export function describeSchema(schema: Schema): string {
  return schema.fields.map((f) => `${f.name} ${f.type}${f.nullable ? '' : ' not null'}`).join(', ');
}

/** Whether two schemas have the same names and types (nullability ignored). */
export function sameShape(a: Schema, b: Schema): boolean {
  return a.fields.length === b.fields.length &&
    a.fields.every((f, i) => f.name === b.fields[i]!.name && f.type === b.fields[i]!.type);
}
