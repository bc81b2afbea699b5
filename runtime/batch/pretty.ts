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
import { COLUMN_TYPES, makeSchema, type ColumnType, type FieldSpec, type Row, type Schema } from './types.js';

/** The name of the changelog weight column. */
export const WEIGHT = '__weight';

/** Formats one value for the DSL and tables. */
export function formatValue(value: unknown): string {
  if (value === null || value === undefined) return 'NULL';
  if (typeof value === 'string') return /^[^\s"[\]|]+$/.test(value) && value !== 'NULL' ? value : JSON.stringify(value);
  if (typeof value === 'number') return Object.is(value, -0) ? '-0' : String(value);
  return String(value);
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
  if (type === 'timestamp') return new Date(value as number).toISOString().replace('T', ' ').replace('Z', '');
  if ((type === 'float64' || type === 'float32') && typeof value === 'number' && Number.isFinite(value) && !Number.isInteger(value)) {
    return String(Number(value.toPrecision(6)));
  }
  return typeof value === 'string' ? value : formatValue(value);
}

/** Splits a DSL line into tokens, honouring double-quoted strings. */
export function tokenize(line: string): string[] {
  const tokens: string[] = [];
  let i = 0;
  while (i < line.length) {
    const c = line[i]!;
    if (c === ' ' || c === '\t') {
      i++;
      continue;
    }
    if (c === '"') {
      let j = i + 1;
      while (j < line.length && line[j] !== '"') j += line[j] === '\\' ? 2 : 1;
      tokens.push(line.slice(i, j + 1));
      i = j + 1;
      continue;
    }
    let j = i;
    while (j < line.length && line[j] !== ' ' && line[j] !== '\t') j++;
    tokens.push(line.slice(i, j));
    i = j;
  }
  return tokens;
}

/** Parses a DSL header `[a:int32 b:utf8]`. */
export function parseHeader(line: string): Schema {
  const inner = line.trim().replace(/^\[/, '').replace(/\]$/, '').trim();
  const fields: FieldSpec[] = inner === '' ? [] : inner.split(/\s+/).map((part) => {
    const [name, type] = part.split(':');
    if (!name || !type || !COLUMN_TYPES.includes(type as ColumnType)) {
      throw new SchemaError(`bad DSL header field '${part}': write name:type with type one of ${COLUMN_TYPES.join(', ')}`);
    }
    return { name, type: type as ColumnType, nullable: true };
  });
  return makeSchema(fields);
}

/** Parses one DSL value token for a column type. */
export function parseValue(token: string, type: ColumnType): unknown {
  if (token === 'NULL') return null;
  if (type === 'utf8') return token.startsWith('"') ? JSON.parse(token) : token;
  if (type === 'bool') {
    if (token !== 'true' && token !== 'false') throw new SchemaError(`'${token}' is not a bool (true or false)`);
    return token === 'true';
  }
  if (type === 'int64') return BigInt(token);
  const v = Number(token);
  if (Number.isNaN(v) && token !== 'NaN') throw new SchemaError(`'${token}' is not a ${type}`);
  return v;
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
    if (w >= 0) row[WEIGHT] = schema.fields[w]!.type === 'int64' ? BigInt(sign === '-' ? -1 : 1) : sign === '-' ? -1 : 1;
    return row;
  });
  return rowsToBatch(schema, rows);
}
