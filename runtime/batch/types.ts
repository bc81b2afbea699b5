/**
 * The closed set of column types the engine handles, and their mappings to Apache Arrow types,
 * plan messages and JS values. Adding a type is a broad change by design (every visitor must
 * handle it); keep the list short and explicit here.
 *
 * | type        | Arrow                 | JS value in rows                      |
 * |-------------|-----------------------|---------------------------------------|
 * | `bool`      | Bool                  | `boolean`                             |
 * | `int8..32`  | Int8, Int16, Int32    | `number`                              |
 * | `int64`     | Int64                 | `bigint`                              |
 * | `float32/64`| Float32, Float64      | `number`                              |
 * | `utf8`      | Utf8                  | `string`                              |
 * | `timestamp` | Timestamp(ms)         | `number` (epoch milliseconds)         |
 */
import * as arrow from 'apache-arrow';
import { plan } from '../../specs/index.js';
import { SchemaError, InvalidArgumentError, didYouMean } from '../errors/errors.js';

/** A column type name. */
export type ColumnType = 'bool' | 'int8' | 'int16' | 'int32' | 'int64' | 'float32' | 'float64' | 'utf8' | 'timestamp';

/** Every column type, in a stable order. */
export const COLUMN_TYPES: readonly ColumnType[] = [
  'bool', 'int8', 'int16', 'int32', 'int64', 'float32', 'float64', 'utf8', 'timestamp',
];

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

/** The JS value type of a column type. */
export type JsValue<T extends ColumnType> = T extends 'bool'
  ? boolean
  : T extends 'int64'
    ? bigint
    : T extends 'utf8'
      ? string
      : number;

/** The row type of a schema literal such as `{ sym: 'utf8', price: 'float64' }`. */
export type RowOf<S> = {
  [K in keyof S]: S[K] extends ColumnType
    ? JsValue<S[K]> | null
    : S[K] extends { type: infer T extends ColumnType; nullable: false }
      ? JsValue<T>
      : S[K] extends { type: infer T extends ColumnType }
        ? JsValue<T> | null
        : never;
};

/** A plain row object. */
export type Row = Record<string, unknown>;

/**
 * A closed visitor over column types, in the style of Arrow JS: one method per type, so adding a
 * type fails to compile until every operation handles it.
 */
export interface TypeVisitor<R> {
  visitBool(): R;
  visitInt8(): R;
  visitInt16(): R;
  visitInt32(): R;
  visitInt64(): R;
  visitFloat32(): R;
  visitFloat64(): R;
  visitUtf8(): R;
  visitTimestamp(): R;
}

/** Dispatches `type` to the matching visitor method. */
export function visitType<R>(type: ColumnType, visitor: TypeVisitor<R>): R {
  switch (type) {
    case 'bool': return visitor.visitBool();
    case 'int8': return visitor.visitInt8();
    case 'int16': return visitor.visitInt16();
    case 'int32': return visitor.visitInt32();
    case 'int64': return visitor.visitInt64();
    case 'float32': return visitor.visitFloat32();
    case 'float64': return visitor.visitFloat64();
    case 'utf8': return visitor.visitUtf8();
    case 'timestamp': return visitor.visitTimestamp();
  }
}

const toArrowVisitor: TypeVisitor<arrow.DataType> = {
  visitBool: () => new arrow.Bool(),
  visitInt8: () => new arrow.Int8(),
  visitInt16: () => new arrow.Int16(),
  visitInt32: () => new arrow.Int32(),
  visitInt64: () => new arrow.Int64(),
  visitFloat32: () => new arrow.Float32(),
  visitFloat64: () => new arrow.Float64(),
  visitUtf8: () => new arrow.Utf8(),
  visitTimestamp: () => new arrow.TimestampMillisecond(),
};

/** The Arrow data type of a column type. */
export function toArrowType(type: ColumnType): arrow.DataType {
  return visitType(type, toArrowVisitor);
}

/** The column type of an Arrow data type, or a SchemaError naming what is unsupported. */
export function fromArrowType(type: arrow.DataType, field = '?'): ColumnType {
  switch (type.typeId) {
    case arrow.Type.Bool: return 'bool';
    case arrow.Type.Int: {
      const t = type as arrow.Int;
      if (t.isSigned) {
        if (t.bitWidth === 8) return 'int8';
        if (t.bitWidth === 16) return 'int16';
        if (t.bitWidth === 32) return 'int32';
        return 'int64';
      }
      break;
    }
    case arrow.Type.Float: {
      const t = type as arrow.Float;
      if (t.precision === arrow.Precision.SINGLE) return 'float32';
      if (t.precision === arrow.Precision.DOUBLE) return 'float64';
      break;
    }
    case arrow.Type.Utf8: return 'utf8';
    case arrow.Type.Timestamp:
      if ((type as arrow.Timestamp).unit === arrow.TimeUnit.MILLISECOND) return 'timestamp';
      break;
  }
  throw new SchemaError(
    `column '${field}' has Arrow type ${String(type)}, which this engine does not handle yet; ` +
      `use one of ${COLUMN_TYPES.join(', ')} (timestamps in milliseconds, strings as plain Utf8, not dictionaries)`,
  );
}

const planKinds: Record<ColumnType, plan.TypeKind> = {
  bool: plan.TypeKind.BOOL,
  int8: plan.TypeKind.INT8,
  int16: plan.TypeKind.INT16,
  int32: plan.TypeKind.INT32,
  int64: plan.TypeKind.INT64,
  float32: plan.TypeKind.FLOAT32,
  float64: plan.TypeKind.FLOAT64,
  utf8: plan.TypeKind.UTF8,
  timestamp: plan.TypeKind.TIMESTAMP,
};

/** The plan message of a column type. */
export function toPlanType(type: ColumnType): plan.DataType {
  return { kind: planKinds[type] };
}

/** The column type of a plan message type. */
export function fromPlanType(type: plan.DataType | null | undefined): ColumnType {
  const kind = type?.kind ?? plan.TypeKind.NULL;
  for (const t of COLUMN_TYPES) if (planKinds[t] === kind) return t;
  throw new SchemaError(`plan type kind ${kind} has no column type`);
}

/** Whether values of the type are numbers in arithmetic. */
export function isNumeric(type: ColumnType): boolean {
  return type !== 'bool' && type !== 'utf8';
}

/**
 * Normalises a schema literal or Schema into a Schema, validating names and types.
 *
 * @example
 * ```ts
 * const schema = schemaOf({ sym: { type: 'utf8', nullable: false }, price: 'float64', ts: 'timestamp' });
 * ```
 */
export function schemaOf(input: SchemaInput): Schema {
  if (isSchema(input)) return input;
  const fields: FieldSpec[] = [];
  for (const [name, spec] of Object.entries(input)) {
    const type = typeof spec === 'string' ? spec : spec?.type;
    if (!COLUMN_TYPES.includes(type as ColumnType)) {
      throw InvalidArgumentError.format(
        `type of column '${name}'`,
        `one of ${COLUMN_TYPES.join(', ')}${typeof type === 'string' ? didYouMean(type, COLUMN_TYPES) : ''}`,
        type,
      );
    }
    const nullable = typeof spec === 'string' ? true : spec.nullable ?? true;
    fields.push({ name, type: type as ColumnType, nullable });
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
  return new arrow.Schema(schema.fields.map((f) => new arrow.Field(f.name, toArrowType(f.type), f.nullable)));
}

/** The schema of an Arrow schema (rejecting unsupported types with a SchemaError). */
export function fromArrowSchema(schema: arrow.Schema): Schema {
  return makeSchema(schema.fields.map((f) => ({ name: f.name, type: fromArrowType(f.type, f.name), nullable: f.nullable })));
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
