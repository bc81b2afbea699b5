/**
 * AST leaves shared by every node: spans, identifiers and data types. See ../ast.ts.
 */

/** Where a node is in the original SQL text: 0-based offset, length, 1-based line and column. */
export interface Span {
  readonly offset: number;
  readonly length: number;
  readonly line: number;
  readonly column: number;
}

/** What every node has: its place in the text. */
export interface AstNode {
  readonly span: Span;
}

/**
 * An identifier. `quoted` is true when the name is case-sensitive: it was written in double quotes
 * and contains upper-case letters. Unquoted names are case-insensitive; the binder lower-cases them.
 */
export interface Ident extends AstNode {
  readonly kind: 'ident';
  readonly value: string;
  readonly quoted: boolean;
}

// ---------------------------------------------------------------------------------------------
// Data types
// ---------------------------------------------------------------------------------------------

/**
 * A data type, normalised by `name`:
 * `boolean` (BOOLEAN, BOOL), `int8` (TINYINT), `int16` (SMALLINT, INT2), `int32` (INT, INTEGER, INT4),
 * `int64` (BIGINT, INT8), `float32` (REAL, FLOAT4), `float64` (FLOAT, DOUBLE, DOUBLE PRECISION, FLOAT8),
 * `decimal` (DECIMAL, NUMERIC, optional precision and scale), `varchar` (VARCHAR, TEXT, STRING,
 * CHARACTER VARYING, optional length), `char` (CHAR(n)), `binary` (BYTEA, BLOB, BINARY, VARBINARY),
 * `date`, `time` (optional precision), `timestamp` (optional precision, `withTimeZone` for
 * TIMESTAMPTZ and WITH TIME ZONE), `interval`, `json`, `jsonb`, `array` (ARRAY<T>, T[]),
 * `struct` (STRUCT<a T>, ROW(a T)), `map` (MAP<K, V>).
 */
export type DataType =
  | SimpleType
  | DecimalType
  | VarcharType
  | CharType
  | TimeType
  | TimestampType
  | ArrayType
  | StructType
  | MapType;

export interface TypeNode extends AstNode {
  readonly kind: 'type';
}

export type SimpleTypeName = 'boolean' | 'int8' | 'int16' | 'int32' | 'int64' | 'float32' | 'float64' | 'binary' | 'date' | 'interval' | 'json' | 'jsonb';

export interface SimpleType extends TypeNode {
  readonly name: SimpleTypeName;
}
export interface DecimalType extends TypeNode {
  readonly name: 'decimal';
  readonly precision?: number;
  readonly scale?: number;
}
export interface VarcharType extends TypeNode {
  readonly name: 'varchar';
  readonly length?: number;
}
export interface CharType extends TypeNode {
  readonly name: 'char';
  readonly length?: number;
}
export interface TimeType extends TypeNode {
  readonly name: 'time';
  readonly precision?: number;
}
export interface TimestampType extends TypeNode {
  readonly name: 'timestamp';
  readonly precision?: number;
  readonly withTimeZone: boolean;
}
export interface ArrayType extends TypeNode {
  readonly name: 'array';
  readonly element: DataType;
}
export interface StructField extends AstNode {
  readonly name: Ident;
  readonly type: DataType;
}
export interface StructType extends TypeNode {
  readonly name: 'struct';
  readonly fields: readonly StructField[];
}
export interface MapType extends TypeNode {
  readonly name: 'map';
  readonly key: DataType;
  readonly value: DataType;
}
