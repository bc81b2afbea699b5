/**
 * Reading text records into row values (the table of runtime/batch/types.ts): CSV records
 * (RFC 4180: quoted fields, `""` escapes, newlines inside quotes) and JSON objects. Values come
 * out canonical (a date as `'YYYY-MM-DD'`, a decimal with its scale's digits, a timestamp as epoch
 * ms), so a key read from a file equals the same key read from a batch.
 */
import {
  formatDate,
  formatDecimal,
  formatTime,
  parseDate,
  parseDecimal,
  parseTime,
  parseTimestamp,
  SchemaError,
  typeInfo,
  type ColumnType,
  type Row,
  type Schema,
} from '../../runtime/index.js';

const QUOTE = 0x22;

/**
 * The fields of one CSV record; an empty field that is not quoted is NULL (`null`), `""` is the
 * empty string. `text` holds one record (it may contain newlines inside quotes).
 *
 * @example
 * ```ts
 * parseCsvRecord('1,"a, ""b""",'); // ['1', 'a, "b"', null]
 * ```
 */
export function parseCsvRecord(text: string, delimiter = ','): (string | null)[] {
  const out: (string | null)[] = [];
  const n = text.length;
  let i = 0;
  for (;;) {
    if (i < n && text.charCodeAt(i) === QUOTE) {
      let value = '';
      let from = ++i;
      for (;;) {
        const q = text.indexOf('"', from);
        if (q < 0) throw new SchemaError(`CSV record has an unterminated quoted field: ${JSON.stringify(text.slice(0, 80))}`);
        if (text.charCodeAt(q + 1) === QUOTE) {
          value += text.slice(from, q + 1);
          from = q + 2;
          continue;
        }
        value += text.slice(from, q);
        i = q + 1;
        break;
      }
      out.push(value);
      if (i < n && text[i] !== delimiter) throw new SchemaError(`CSV record has text after a closing quote: ${JSON.stringify(text.slice(0, 80))}`);
    } else {
      const end = text.indexOf(delimiter, i);
      const stop = end < 0 ? n : end;
      out.push(stop === i ? null : text.slice(i, stop));
      i = stop;
    }
    if (i >= n) return out;
    i++;
    if (i === n) {
      out.push(null);
      return out;
    }
  }
}

/**
 * The row value of CSV text for a column of `type` (`null` stays NULL). `where` names the
 * field in errors.
 */
export function textValue(text: string | null, type: ColumnType, where: string): unknown {
  if (text === null) return null;
  const info = typeInfo(type);
  switch (info.kind) {
    case 'bool': {
      const t = text.trim().toLowerCase();
      if (t === 'true' || t === 't' || t === '1') return true;
      if (t === 'false' || t === 'f' || t === '0') return false;
      throw new SchemaError(`${where}: expected a boolean (true/false), got ${JSON.stringify(text)}`);
    }
    case 'int8': case 'int16': case 'int32': case 'float32': case 'float64': {
      const t = text.trim();
      const v = Number(t);
      if (t === '' || (Number.isNaN(v) && t !== 'NaN')) throw new SchemaError(`${where}: expected a number, got ${JSON.stringify(text)}`);
      return v;
    }
    case 'int64': {
      try {
        return BigInt(text.trim());
      } catch {
        throw new SchemaError(`${where}: expected an integer, got ${JSON.stringify(text)}`);
      }
    }
    case 'binary': return new Uint8Array(Buffer.from(text, 'base64'));
    case 'list': case 'struct': case 'map': case 'interval':
      return canonical(parseJson(text, where), type, where);
    default: return canonical(text, type, where);
  }
}

function parseJson(text: string, where: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (err) {
    throw new SchemaError(`${where}: not JSON: ${(err as Error).message}`);
  }
}

/** The row value of a parsed JSON value for a column of `type`. */
export function jsonValue(value: unknown, type: ColumnType, where: string): unknown {
  if (value === null || value === undefined) return null;
  const info = typeInfo(type);
  switch (info.kind) {
    case 'int64':
      if (typeof value === 'number' && Number.isInteger(value)) return BigInt(value);
      if (typeof value === 'string' && /^-?\d+$/.test(value.trim())) return BigInt(value.trim());
      throw new SchemaError(`${where}: expected an integer, got ${JSON.stringify(value)}`);
    case 'json': return typeof value === 'string' ? value : JSON.stringify(value);
    case 'binary':
      if (typeof value !== 'string') throw new SchemaError(`${where}: expected base64 text, got ${JSON.stringify(value)}`);
      return new Uint8Array(Buffer.from(value, 'base64'));
    case 'utf8':
      if (typeof value !== 'string') throw new SchemaError(`${where}: expected a string, got ${JSON.stringify(value)}`);
      return value;
    default: return canonical(value, type, where);
  }
}

/** Temporal and exact values in the form a batch reads back (so keys compare equal). */
function canonical(value: unknown, type: ColumnType, where: string): unknown {
  const info = typeInfo(type);
  switch (info.kind) {
    case 'date': return formatDate(parseDate(value, where));
    case 'time': return formatTime(parseTime(value, where));
    case 'timestamp': return parseTimestamp(value, where);
    case 'decimal': return formatDecimal(parseDecimal(value, info.scale, info.precision, where), info.scale);
    default: return value;
  }
}

/** A row of `schema` from a JSON object (missing fields are NULL; other fields are not read). */
export function jsonRow(object: unknown, schema: Schema, where: string): Row {
  if (object === null || typeof object !== 'object' || Array.isArray(object)) throw new SchemaError(`${where}: expected a JSON object, got ${JSON.stringify(object)?.slice(0, 80)}`);
  const row: Row = {};
  const o = object as Record<string, unknown>;
  for (const f of schema.fields) row[f.name] = jsonValue(o[f.name], f.type, `${where}, column '${f.name}'`);
  return row;
}

/** A row of `schema` from CSV fields, field `positions[k]` holding column k. */
export function csvRow(fields: readonly (string | null)[], positions: readonly number[], schema: Schema, where: string): Row {
  const row: Row = {};
  schema.fields.forEach((f, k) => {
    const p = positions[k]!;
    if (p >= fields.length) throw new SchemaError(`${where}: has ${fields.length} fields, column '${f.name}' is field ${p + 1}`);
    row[f.name] = textValue(fields[p]!, f.type, `${where}, column '${f.name}'`);
  });
  return row;
}
