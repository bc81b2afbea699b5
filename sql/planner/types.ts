/**
 * SQL data types (AST) to the engine's canonical column type strings. Clauses the engine cannot
 * honour are rejected here rather than ignored: CHAR(n) padding, TIME with more than millisecond
 * precision, TIMESTAMP with more than microsecond precision, MAP keys that are not strings.
 */
import type { DataType } from '../ast.js';

/** A column type and, for VARCHAR(n), the length limit inserts are checked against. */
export interface ResolvedType {
  readonly type: string;
  readonly maxLength?: number;
}

/** Thrown with a message the caller positions at the type's span. */
export class TypeResolutionError extends Error {}

/** The canonical column type of a SQL data type. DECIMAL without arguments is DECIMAL(18,3). */
export function resolveType(t: DataType): ResolvedType {
  switch (t.name) {
    case 'boolean': return { type: 'bool' };
    case 'int8':
    case 'int16':
    case 'int32':
    case 'int64':
    case 'float32':
    case 'float64':
    case 'binary':
    case 'date':
    case 'interval':
      return { type: t.name };
    case 'json':
    case 'jsonb':
      return { type: 'json' };
    case 'decimal': {
      const precision = t.precision ?? 18;
      const scale = t.scale ?? (t.precision === undefined ? 3 : 0);
      if (precision < 1 || precision > 38) throw new TypeResolutionError(`DECIMAL precision must be 1 to 38, got ${precision}`);
      if (scale > precision) throw new TypeResolutionError(`DECIMAL scale ${scale} exceeds its precision ${precision}`);
      return { type: `decimal(${precision},${scale})` };
    }
    case 'varchar':
      if (t.length !== undefined && t.length < 1) throw new TypeResolutionError(`VARCHAR length must be positive, got ${t.length}`);
      return t.length === undefined ? { type: 'utf8' } : { type: 'utf8', maxLength: t.length };
    case 'char':
      throw new TypeResolutionError(`CHAR(n) pads with blanks, which this engine does not do; use VARCHAR(n) or TEXT`);
    case 'time':
      if (t.precision !== undefined && t.precision > 3) throw new TypeResolutionError(`TIME(${t.precision}) is not supported: times have millisecond precision; use TIME or TIME(3)`);
      return { type: 'time' };
    case 'timestamp': {
      const p = t.precision ?? 3;
      if (p > 6) throw new TypeResolutionError(`TIMESTAMP(${p}) is not supported: timestamps have at most microsecond precision (6)`);
      return { type: `timestamp${t.withTimeZone ? 'tz' : ''}${p > 3 ? '(6)' : ''}` };
    }
    case 'array':
      return { type: `list<${resolveType(t.element).type}>` };
    case 'struct':
      return { type: `struct<${t.fields.map((f) => `${quote(f.name.quoted ? f.name.value : f.name.value.toLowerCase())} ${resolveType(f.type).type}`).join(', ')}>` };
    case 'map': {
      const key = resolveType(t.key).type;
      if (key !== 'utf8') throw new TypeResolutionError(`MAP keys must be VARCHAR, got ${key}`);
      return { type: `map<utf8, ${resolveType(t.value).type}>` };
    }
  }
}

function quote(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : JSON.stringify(name);
}

/** The SQL spelling of a canonical column type, for DESCRIBE and SHOW. */
export function sqlTypeName(type: string): string {
  const simple: Record<string, string> = {
    bool: 'BOOLEAN', int8: 'TINYINT', int16: 'SMALLINT', int32: 'INTEGER', int64: 'BIGINT', float32: 'REAL', float64: 'DOUBLE',
    utf8: 'VARCHAR', binary: 'BYTEA', date: 'DATE', time: 'TIME', interval: 'INTERVAL', json: 'JSON',
    timestamp: 'TIMESTAMP', 'timestamp(6)': 'TIMESTAMP(6)', timestamptz: 'TIMESTAMP WITH TIME ZONE', 'timestamptz(6)': 'TIMESTAMP(6) WITH TIME ZONE',
  };
  if (simple[type]) return simple[type]!;
  const dec = /^decimal\((\d+),(\d+)\)$/.exec(type);
  if (dec) return `DECIMAL(${dec[1]},${dec[2]})`;
  if (type.startsWith('list<')) return `${sqlTypeName(type.slice(5, -1))}[]`;
  if (type.startsWith('map<')) return `MAP<VARCHAR, ${sqlTypeName(type.slice(type.indexOf(',') + 2, -1))}>`;
  if (type.startsWith('struct<')) {
    const fields = splitTopLevel(type.slice(7, -1)).map((f) => {
      const name = f.startsWith('"') ? (JSON.parse(f.slice(0, f.indexOf('"', 1) + 1)) as string) : f.slice(0, f.indexOf(' '));
      let rest = f.slice(f.startsWith('"') ? f.indexOf('"', 1) + 2 : f.indexOf(' ') + 1);
      const notNull = rest.endsWith(' not null');
      if (notNull) rest = rest.slice(0, -' not null'.length);
      return `${quote(name)} ${sqlTypeName(rest)}${notNull ? ' NOT NULL' : ''}`;
    });
    return `STRUCT<${fields.join(', ')}>`;
  }
  return type.toUpperCase();
}

/** Splits `a, b<c, d>, e` at the commas outside angle brackets and quotes. */
function splitTopLevel(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let quoted = false;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '"') quoted = !quoted;
    else if (!quoted && c === '<') depth++;
    else if (!quoted && c === '>') depth--;
    else if (!quoted && depth === 0 && c === ',') {
      out.push(text.slice(start, i).trim());
      start = i + 1;
    }
  }
  out.push(text.slice(start).trim());
  return out.filter((x) => x !== '');
}
