/**
 * Text forms of batches: a boxed table for people (CLI, docs) and the compact `+`-row form the
 * test DSL reads and writes (RisingWave's `from_pretty` in spirit):
 *
 * ```text
 * [sym:utf8 price:float64]
 * + AAPL 10.5
 * + "two words" NULL
 * ```
 *
 * A field named `__weight` is the changelog weight: it is written as the row's sign (`+` for +1,
 * `-` for -1) instead of as a value.
 */
import { SchemaError } from '../errors/errors.js';
import { columnsOf, schemaOfBatch, type RecordBatch } from './batch.js';
import { readValue } from './column.js';
import { rowsToBatch } from './rows.js';
import { isColumnType, kindOf, makeSchema, type ColumnType, type FieldSpec, type Row, type Schema } from './types.js';
import { formatInterval, formatTimestamp, type IntervalValue } from './values.js';

/** The name of the changelog weight column. */
export const WEIGHT = '__weight';

/** Formats one value for the DSL: bare when unambiguous, JSON-like for strings with spaces and nested values. */
export function formatValue(value: unknown): string {
  if (value === null || value === undefined) return 'NULL';
  if (typeof value === 'string') return /^[^\s"[\]{}|]+$/.test(value) && value !== 'NULL' ? value : JSON.stringify(value);
  if (typeof value === 'number') return Object.is(value, -0) ? '-0' : String(value);
  if (value instanceof Uint8Array) return `0x${Buffer.from(value).toString('hex')}`;
  if (typeof value === 'object') return toJsonText(value);
  return String(value);
}

/** JSON text that also carries bigints (as plain digits) and byte arrays (as 0x hex strings). */
export function toJsonText(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) => (typeof v === 'bigint' ? `\u0000${v}` : v instanceof Uint8Array ? `0x${Buffer.from(v).toString('hex')}` : v))
    .replace(/"\\u0000(-?\d+)"/g, '$1');
}

/** The DSL header of a schema: `[a:int32 b:utf8]`. */
export function formatHeader(schema: Schema): string {
  return `[${schema.fields.map((f) => `${f.name}:${f.type}`).join(' ')}]`;
}

/** The DSL rows of a batch, one `+ v1 v2` line per row (no header). */
export function formatRows(batch: RecordBatch): string[] {
  const schema = schemaOfBatch(batch);
  const cols = columnsOf(batch);
  const w = schema.fields.findIndex((f) => f.name === WEIGHT);
  const lines: string[] = [];
  for (let r = 0; r < batch.numRows; r++) {
    let sign = '+';
    const parts: string[] = [];
    schema.fields.forEach((f, k) => {
      const v = readValue(cols[k]!, f.type, r);
      if (k === w) sign = Number(v) < 0 ? '-' : '+';
      else parts.push(formatValue(v));
    });
    lines.push(`${sign} ${parts.join(' ')}`.trimEnd());
  }
  return lines;
}

/**
 * The DSL text of a batch: header line then rows.
 *
 * @example
 * ```ts
 * formatBatch(rowsToBatch(schemaOf({ s: 'utf8', n: 'int32' }), [{ s: 'a b', n: 1 }])); // '[s:utf8 n:int32]\n+ "a b" 1'
 * ```
 */
export function formatBatch(batch: RecordBatch): string {
  return [formatHeader(schemaOfBatch(batch)), ...formatRows(batch)].join('\n');
}

/**
 * A boxed table of a batch for people.
 *
 * @example
 * ```ts
 * console.log(prettyTable(batch));
 * // ┌──────┬───────┐
 * // │ sym  │ price │ ...
 * ```
 */
export function prettyTable(batch: RecordBatch, maxRows = 50): string {
  const schema = schemaOfBatch(batch);
  const cols = columnsOf(batch);
  const header = schema.fields.map((f) => f.name);
  const rows: string[][] = [];
  const n = Math.min(batch.numRows, maxRows);
  for (let r = 0; r < n; r++) rows.push(schema.fields.map((f, k) => humanValue(readValue(cols[k]!, f.type, r), f.type)));
  const widths = header.map((h, k) => Math.max(h.length, ...rows.map((row) => row[k]!.length)));
  const line = (l: string, m: string, r: string) => l + widths.map((w) => '─'.repeat(w + 2)).join(m) + r;
  const fmt = (cells: string[]) => '│' + cells.map((c, k) => ` ${c.padEnd(widths[k]!)} `).join('│') + '│';
  const out = [line('┌', '┬', '┐'), fmt(header), line('├', '┼', '┤'), ...rows.map(fmt), line('└', '┴', '┘')];
  if (batch.numRows > n) out.push(`(${batch.numRows - n} more rows)`);
  return out.join('\n');
}

/** A value as people read it: ISO timestamps, doubles rounded to 6 significant digits. */
function humanValue(value: unknown, type: ColumnType): string {
  if (value === null || value === undefined) return 'NULL';
  const kind = kindOf(type);
  if (kind === 'timestamp') return formatTimestamp(value as number, type.startsWith('timestamptz'));
  if (kind === 'interval') return formatInterval(value as IntervalValue);
  if ((kind === 'float64' || kind === 'float32') && typeof value === 'number' && Number.isFinite(value) && !Number.isInteger(value)) {
    return String(Number(value.toPrecision(6)));
  }
  return typeof value === 'string' ? value : formatValue(value);
}

/** Splits a DSL line into tokens at spaces outside quotes and outside [ ], { } and < > nesting. */
export function tokenize(line: string): string[] {
  const tokens: string[] = [];
  let current = '';
  let depth = 0;
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quoted) {
      current += c;
      if (c === '\\') current += line[++i] ?? '';
      else if (c === '"') quoted = false;
      continue;
    }
    if ((c === ' ' || c === '\t') && depth === 0) {
      if (current !== '') tokens.push(current);
      current = '';
      continue;
    }
    if (c === '"') quoted = true;
    else if (c === '[' || c === '{' || c === '<' || c === '(') depth++;
    else if (c === ']' || c === '}' || c === '>' || c === ')') depth--;
    current += c;
  }
  if (current !== '') tokens.push(current);
  return tokens;
}

/** Parses a DSL header `[a:int32 b:utf8 c:decimal(10,2)]`. */
export function parseHeader(line: string): Schema {
  const inner = line.trim().replace(/^\[/, '').replace(/\]$/, '').trim();
  const fields: FieldSpec[] = inner === '' ? [] : tokenize(inner).map((part) => {
    const colon = part.indexOf(':');
    const name = part.slice(0, colon);
    const type = part.slice(colon + 1);
    if (colon < 1 || !isColumnType(type)) throw new SchemaError(`bad DSL header field '${part}': write name:type with a column type such as int32, utf8, decimal(10,2)`);
    return { name, type, nullable: true };
  });
  return makeSchema(fields);
}

/** Parses one DSL value token for a column type. */
export function parseValue(token: string, type: ColumnType): unknown {
  if (token === 'NULL') return null;
  switch (kindOf(type)) {
    case 'utf8':
    case 'json':
    case 'decimal':
    case 'date':
    case 'time':
      return token.startsWith('"') ? JSON.parse(token) : token;
    case 'bool':
      if (token !== 'true' && token !== 'false') throw new SchemaError(`'${token}' is not a bool (true or false)`);
      return token === 'true';
    case 'int64':
      return BigInt(token);
    case 'binary':
      if (!/^0x([0-9a-f]{2})*$/i.test(token)) throw new SchemaError(`'${token}' is not binary (write 0x followed by hex)`);
      return Uint8Array.from(Buffer.from(token.slice(2), 'hex'));
    case 'interval':
    case 'list':
    case 'struct':
    case 'map':
      return JSON.parse(token);
    default: {
      const v = Number(token);
      if (Number.isNaN(v) && token !== 'NaN') throw new SchemaError(`'${token}' is not a ${type}`);
      return v;
    }
  }
}

/** Parses DSL row lines (`+ v1 v2`) into a batch of `schema`. */
export function parseRows(schema: Schema, lines: readonly string[]): RecordBatch {
  const w = schema.fields.findIndex((f) => f.name === WEIGHT);
  const valueFields = schema.fields.filter((_, k) => k !== w);
  const rows: Row[] = lines.map((line) => {
    const tokens = tokenize(line);
    const sign = tokens.shift();
    if (sign !== '+' && sign !== '-') throw new SchemaError(`DSL row '${line}' must start with + or -`);
    if (sign === '-' && w < 0) throw new SchemaError(`DSL row '${line}' is a retraction but the schema has no ${WEIGHT} column`);
    if (tokens.length !== valueFields.length) {
      throw new SchemaError(`DSL row '${line}' has ${tokens.length} values, the header has ${valueFields.length} columns`);
    }
    const row: Row = {};
    valueFields.forEach((f, k) => (row[f.name] = parseValue(tokens[k]!, f.type)));
    if (w >= 0) row[WEIGHT] = kindOf(schema.fields[w]!.type) === 'int64' ? BigInt(sign === '-' ? -1 : 1) : sign === '-' ? -1 : 1;
    return row;
  });
  return rowsToBatch(schema, rows);
}
