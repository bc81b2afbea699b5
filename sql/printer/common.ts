/**
 * Printing the leaves: identifiers (quoted only when needed), strings, data types and option lists.
 */
import type { ConnectorClause, DataType, FormatClause, Ident, OptionValue, SqlOption } from '../ast.js';
import { RESERVED } from '../lexer.js';

const PLAIN = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * An identifier as SQL: bare when that reads back as the same name, else in double quotes. A
 * lower-case name may always be quoted (the parser stores a quoted lower-case name as unquoted);
 * a case-sensitive (quoted) name is always quoted.
 */
export function printIdent(id: Ident): string {
  if (!id.quoted && PLAIN.test(id.value) && !RESERVED.has(id.value.toUpperCase())) return id.value;
  // An unquoted mixed-case reserved word only comes from `Left(s, 1)`; it reads back bare.
  if (!id.quoted && PLAIN.test(id.value) && id.value !== id.value.toLowerCase()) return id.value;
  return quoteIdent(id.value);
}

export function quoteIdent(value: string): string {
  return `"${value.replace(/"/g, '""')}"`;
}

/** A string literal: single quotes, a quote doubled. */
export function quoteString(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

const SIMPLE_TYPES: Readonly<Record<string, string>> = {
  boolean: 'BOOLEAN', int8: 'TINYINT', int16: 'SMALLINT', int32: 'INT', int64: 'BIGINT', float32: 'REAL',
  float64: 'DOUBLE', binary: 'BYTEA', date: 'DATE', interval: 'INTERVAL', json: 'JSON', jsonb: 'JSONB',
};

const params = (...values: (number | undefined)[]): string => {
  const given = values.filter((v): v is number => v !== undefined);
  return given.length === 0 ? '' : `(${given.join(', ')})`;
};

/** A data type in its canonical spelling (BIGINT, DOUBLE, VARCHAR(10), TIMESTAMP(3) WITH TIME ZONE). */
export function printType(t: DataType): string {
  switch (t.name) {
    case 'decimal':
      return `DECIMAL${params(t.precision, t.precision === undefined ? undefined : t.scale)}`;
    case 'varchar':
      return `VARCHAR${params(t.length)}`;
    case 'char':
      return `CHAR${params(t.length)}`;
    case 'time':
      return `TIME${params(t.precision)}`;
    case 'timestamp':
      return `TIMESTAMP${params(t.precision)}${t.withTimeZone ? ' WITH TIME ZONE' : ''}`;
    case 'array':
      return `ARRAY<${printType(t.element)}>`;
    case 'struct':
      return `STRUCT<${t.fields.map((f) => `${printIdent(f.name)} ${printType(f.type)}`).join(', ')}>`;
    case 'map':
      return `MAP<${printType(t.key)}, ${printType(t.value)}>`;
    default:
      return SIMPLE_TYPES[t.name]!;
  }
}

/** An option value: 'string', number, TRUE / FALSE, or a word (quoted if it would not read back). */
export function printOptionValue(v: OptionValue): string {
  switch (v.kind) {
    case 'string':
      return quoteString(v.value);
    case 'number':
    case 'boolean':
      return v.value;
    case 'word':
      return PLAIN.test(v.value) && !/^(TRUE|FALSE)$/i.test(v.value) ? v.value : quoteIdent(v.value);
  }
}

/** `('k' = 'v', ...)`. */
export function printOptionList(options: readonly SqlOption[]): string {
  return `(${options.map((o) => `${quoteString(o.key)} = ${printOptionValue(o.value)}`).join(', ')})`;
}

/** A setting name: dotted words bare, anything else as a string. */
export function printKey(key: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$/.test(key) ? key : quoteString(key);
}

/** `KAFKA (...)`: the name upper case with `-` written as `_` (they mean the same). */
export function printConnector(c: ConnectorClause): string {
  const word = c.name.toUpperCase().replace(/-/g, '_');
  const name = PLAIN.test(word) && !RESERVED.has(word) ? word : quoteIdent(c.name);
  return c.options.length === 0 ? name : `${name} ${printOptionList(c.options)}`;
}

/** `FORMAT JSON [WITH (...)]`; `forceWith` writes `WITH ()` so a following WITH is not taken for it. */
export function printFormat(f: FormatClause, forceWith: boolean): string {
  const name = PLAIN.test(f.name) && !RESERVED.has(f.name.toUpperCase()) ? f.name : quoteIdent(f.name);
  return `FORMAT ${name}${f.options.length > 0 || forceWith ? ` WITH ${printOptionList(f.options)}` : ''}`;
}
