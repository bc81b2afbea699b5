/**
 * Data type syntax: `BIGINT`, `DECIMAL(10, 2)`, `VARCHAR(255)`, `TIMESTAMP(3) WITH TIME ZONE`,
 * `ARRAY<INT>`, `INT[]`, `STRUCT<a INT, b VARCHAR>`, `ROW(a INT)`, `MAP<VARCHAR, DOUBLE>`.
 * Names are normalised as documented on `DataType` in ast.ts.
 */
import type { DataType, SimpleTypeName, StructField } from '../ast.js';
import { SqlErrorCode, didYouMean } from '../errors.js';
import type { Token } from '../lexer.js';
import { Cursor } from './cursor.js';

/** Type names that take no parameters, and what they normalise to. */
const SIMPLE: Readonly<Record<string, SimpleTypeName>> = {
  BOOLEAN: 'boolean', BOOL: 'boolean',
  TINYINT: 'int8', INT1: 'int8',
  SMALLINT: 'int16', INT2: 'int16',
  INT: 'int32', INTEGER: 'int32', INT4: 'int32',
  BIGINT: 'int64', INT8: 'int64',
  REAL: 'float32', FLOAT4: 'float32',
  FLOAT: 'float64', FLOAT8: 'float64', DOUBLE: 'float64',
  BYTEA: 'binary', BLOB: 'binary', BINARY: 'binary', VARBINARY: 'binary',
  DATE: 'date', INTERVAL: 'interval', JSON: 'json', JSONB: 'jsonb',
};

/** Every type name we know, for did-you-mean. */
export const TYPE_NAMES: readonly string[] = [
  ...Object.keys(SIMPLE), 'DECIMAL', 'NUMERIC', 'DEC', 'VARCHAR', 'TEXT', 'STRING', 'CHAR', 'CHARACTER', 'TIME',
  'TIMESTAMP', 'TIMESTAMPTZ', 'ARRAY', 'STRUCT', 'ROW', 'MAP',
];

/** Parses a data type (with any trailing `[]` array suffixes). */
export function parseType(c: Cursor): DataType {
  const start = c.peek();
  let type = parseBaseType(c, start);
  while (c.atOp('[') && c.atOp(']', 1)) {
    c.next();
    c.next();
    type = { kind: 'type', name: 'array', element: type, span: c.span(start) };
  }
  return type;
}

function parseBaseType(c: Cursor, start: Token): DataType {
  if (start.kind !== 'ident' && start.kind !== 'keyword') throw c.unexpected('a data type such as BIGINT, DOUBLE, VARCHAR or TIMESTAMP');
  const name = start.value.toUpperCase();
  c.next();
  const simple = SIMPLE[name];
  if (simple !== undefined) {
    if (name === 'DOUBLE') c.eatWord('PRECISION');
    return { kind: 'type', name: simple, span: c.span(start) };
  }
  switch (name) {
    case 'DECIMAL':
    case 'NUMERIC':
    case 'DEC': {
      const [precision, scale] = typeParams(c, 2);
      return { kind: 'type', name: 'decimal', precision, scale, span: c.span(start) };
    }
    case 'VARCHAR':
    case 'STRING':
    case 'TEXT':
      return { kind: 'type', name: 'varchar', length: name === 'TEXT' ? undefined : typeParams(c, 1)[0], span: c.span(start) };
    case 'CHARACTER':
    case 'CHAR': {
      if (c.eatWord('VARYING')) return { kind: 'type', name: 'varchar', length: typeParams(c, 1)[0], span: c.span(start) };
      return { kind: 'type', name: 'char', length: typeParams(c, 1)[0], span: c.span(start) };
    }
    case 'TIME': {
      const precision = typeParams(c, 1)[0];
      if (c.atWord('WITHOUT', 'TIME', 'ZONE')) c.expectWord('WITHOUT', 'TIME', 'ZONE');
      return { kind: 'type', name: 'time', precision, span: c.span(start) };
    }
    case 'TIMESTAMP':
    case 'TIMESTAMPTZ': {
      const precision = typeParams(c, 1)[0];
      let withTimeZone = name === 'TIMESTAMPTZ';
      if (name === 'TIMESTAMP' && c.atWord('WITH', 'TIME', 'ZONE')) {
        c.expectWord('WITH', 'TIME', 'ZONE');
        withTimeZone = true;
      } else if (name === 'TIMESTAMP' && c.atWord('WITHOUT', 'TIME', 'ZONE')) {
        c.expectWord('WITHOUT', 'TIME', 'ZONE');
      }
      return { kind: 'type', name: 'timestamp', precision, withTimeZone, span: c.span(start) };
    }
    case 'ARRAY': {
      c.expectOp('<', 'after ARRAY (write ARRAY<element type>)');
      const element = parseType(c);
      c.expectOp('>', 'to close ARRAY<...>');
      return { kind: 'type', name: 'array', element, span: c.span(start) };
    }
    case 'STRUCT':
    case 'ROW':
      return parseStruct(c, start, name === 'ROW' ? ['(', ')'] : ['<', '>']);
    case 'MAP': {
      c.expectOp('<', 'after MAP (write MAP<key type, value type>)');
      const key = parseType(c);
      c.expectOp(',', 'between the key and value types of MAP<K, V>');
      const value = parseType(c);
      c.expectOp('>', 'to close MAP<...>');
      return { kind: 'type', name: 'map', key, value, span: c.span(start) };
    }
    default:
      throw c.error(SqlErrorCode.unknownType, `unknown data type '${start.text}'${didYouMean(start.text, TYPE_NAMES)}`, start);
  }
}

/** `STRUCT<a INT, b VARCHAR>` or `ROW(a INT, b VARCHAR)`. */
function parseStruct(c: Cursor, start: Token, [open, close]: [string, string]): DataType {
  c.expectOp(open, `after ${start.value.toUpperCase()}`);
  const fields: StructField[] = [];
  do {
    const t = c.peek();
    const name = c.ident('a field name');
    const type = parseType(c);
    fields.push({ name, type, span: c.span(t) });
  } while (c.eatOp(','));
  c.expectOp(close, `to close ${start.value.toUpperCase()}`);
  return { kind: 'type', name: 'struct', fields, span: c.span(start) };
}

/** Up to `max` integer parameters in parentheses, e.g. `(10, 2)`; none if no `(` follows. */
function typeParams(c: Cursor, max: number): (number | undefined)[] {
  if (!c.atOp('(')) return [];
  const tokens: Token[] = [];
  const values = c.parenList(() => {
    const t = c.peek();
    if (t.kind !== 'number' || !/^\d+$/.test(t.value)) throw c.unexpected('a non-negative integer type parameter');
    tokens.push(c.next());
    return Number(t.value);
  }, 'the type parameters');
  if (values.length > max) throw c.error(SqlErrorCode.unexpectedToken, `this type takes at most ${max} parameter${max > 1 ? 's' : ''}`, tokens[max]);
  return values;
}
