/**
 * The data side of the differential test against DuckDB: the column types, the pools of
 * special values (NULLs, extremes, unicode), seeded rows over a fixed table and the SQL
 * spelling of typed literals (identical in both dialects unless noted).
 */

/** The SQL types the generator works with (the class of a value, not DECIMAL's precision). */
export type Ty = 'int' | 'bigint' | 'double' | 'decimal' | 'text' | 'bool' | 'date' | 'timestamp' | 'interval';

/** Numeric classes. */
export const NUMERIC: readonly Ty[] = ['int', 'bigint', 'double', 'decimal'];

/** A column of the test table. */
export interface ColumnDef {
  readonly name: string;
  readonly ty: Ty;
  /** SQL type name (same text in both engines). */
  readonly sql: string;
}

/** The test table `r` (besides `id`). Two columns of most types so binary operators meet columns. */
export const COLUMNS: readonly ColumnDef[] = [
  { name: 'i1', ty: 'int', sql: 'INTEGER' },
  { name: 'i2', ty: 'int', sql: 'INTEGER' },
  { name: 'b1', ty: 'bigint', sql: 'BIGINT' },
  { name: 'b2', ty: 'bigint', sql: 'BIGINT' },
  { name: 'd1', ty: 'double', sql: 'DOUBLE' },
  { name: 'd2', ty: 'double', sql: 'DOUBLE' },
  { name: 'm1', ty: 'decimal', sql: 'DECIMAL(10,2)' },
  { name: 'm2', ty: 'decimal', sql: 'DECIMAL(18,4)' },
  { name: 's1', ty: 'text', sql: 'VARCHAR' },
  { name: 's2', ty: 'text', sql: 'VARCHAR' },
  { name: 'p1', ty: 'bool', sql: 'BOOLEAN' },
  { name: 'p2', ty: 'bool', sql: 'BOOLEAN' },
  { name: 'dt', ty: 'date', sql: 'DATE' },
  { name: 'ts', ty: 'timestamp', sql: 'TIMESTAMP' },
];

/** A seeded random source with the few draws the generators need. */
export class Rng {
  constructor(private readonly next: () => number) {}
  /** A float in [0, 1). */
  float(): number {
    return this.next();
  }
  /** An integer in [lo, hi]. */
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  /** True with probability p. */
  chance(p: number): boolean {
    return this.next() < p;
  }
  /** One element of a non-empty list. */
  pick<T>(xs: readonly T[]): T {
    return xs[Math.floor(this.next() * xs.length)]!;
  }
}

const INTS = [0, 1, -1, 2, 7, -7, 10, 100, 2147483647, -2147483648, 65536, 46341, -46341];
const BIGINTS = [0n, 1n, -1n, 2n, 9223372036854775807n, -9223372036854775808n, 9007199254740992n, 9007199254740993n, -9007199254740993n, 4294967296n, 3037000500n, 1000000007n];
const DOUBLES = [0, -0, 1, -1, 0.5, -0.5, 2.5, -2.5, 0.1, 1e308, -1e308, 1.7976931348623157e308, 5e-324, 1e-300, NaN, Infinity, -Infinity, Math.PI, 1e15 + 0.5, 123456.789, 2 ** 53, 1e20];
const DEC10 = ['0.00', '0.01', '-0.01', '99999999.99', '-99999999.99', '1.50', '2.50', '-2.50', '0.05', '100.00', '12345.67', '-0.50'];
const DEC18 = ['0.0000', '99999999999999.9999', '-99999999999999.9999', '0.0005', '-1.2345', '2.5000', '1.0000', '-0.5000'];
/** Text values: empty, blanks, case pairs, special casing (ß, İ, ﬀ), astral and combining characters, numbers and dates as text. */
export const TEXTS = [
  '', ' ', 'a', 'abc', 'ABC', 'Hello, World', '  padded  ', 'xxaxx', 'ß', 'straße', 'İstanbul', 'é', 'e\u0301', '𝄞', '😀x', 'ﬀ', '\uFFFD',
  'a,b,,c', '%_\\', "it's", '123', '-42', ' 42 ', '3.5', '1e3', 'true', 'f', '2024-02-29', '2024-02-29 12:34:56', 'NaN', 'Ω', '日本語',
  'a\nb', 'a\u00A0b', 'aaa', 'a_c', 'abcabc', 'x𝄞y', 'ǅ', 'ﬁne', 'on', ' 1 ', 'Yes',
];
const ALPHABET = ['a', 'b', 'c', 'A', 'B', ' ', ',', 'é', 'ß', '𝄞', '1', '_', '%', 'x', '\u0301', 'ﬀ'];
const DATES = ['2024-02-29', '1970-01-01', '1969-12-31', '2000-01-01', '1900-03-01', '2100-12-31', '1582-10-15', '2023-01-01', '2024-12-30'];
const TIMESTAMPS = ['2024-02-29 23:59:59.999', '1970-01-01 00:00:00', '1969-12-31 23:59:59.999', '2000-01-01 12:00:00', '2038-01-19 03:14:07', '1900-01-01 00:00:00', '2024-03-10 02:30:00.5', '2024-12-30 00:00:00'];

const MS_PER_DAY = 86_400_000;
const DAY_1900 = -25567;
const DAY_2100 = 47482;

/** A random value of a type (never NULL): a special value or an ordinary one. */
export function randomValue(rng: Rng, ty: Ty): unknown {
  const special = rng.chance(0.45);
  switch (ty) {
    case 'int': return special ? rng.pick(INTS) : rng.int(-1000, 1000);
    case 'bigint': return special ? rng.pick(BIGINTS) : BigInt(rng.int(-1e6, 1e6)) * (rng.chance(0.2) ? 1000003n : 1n);
    case 'double': return special ? rng.pick(DOUBLES) : Number(((rng.float() - 0.5) * 10 ** rng.int(-3, 7)).toPrecision(rng.int(1, 17)));
    case 'decimal': return special ? rng.pick(DEC10) : (rng.int(-10_000_000, 10_000_000) / 100).toFixed(2);
    case 'text': {
      if (special) return rng.pick(TEXTS);
      let s = '';
      for (let n = rng.int(0, 7); n > 0; n--) s += rng.pick(ALPHABET);
      return s;
    }
    case 'bool': return rng.chance(0.5);
    case 'date': return special ? rng.pick(DATES) : new Date(rng.int(DAY_1900, DAY_2100) * MS_PER_DAY).toISOString().slice(0, 10);
    case 'timestamp': {
      if (special) return rng.pick(TIMESTAMPS);
      const ms = rng.int(DAY_1900, DAY_2100) * MS_PER_DAY + rng.int(0, MS_PER_DAY - 1) * (rng.chance(0.3) ? 1 : 0) + rng.int(0, 23) * 3_600_000;
      return new Date(ms).toISOString().replace('T', ' ').replace('Z', '');
    }
    case 'interval': return rng.pick(INTERVALS);
  }
}

/** A random value of a DECIMAL(18,4) column. */
function randomDec18(rng: Rng): string {
  return rng.chance(0.45) ? rng.pick(DEC18) : (rng.int(-100_000_000, 100_000_000) / 10_000).toFixed(4);
}

/** Interval literals: [quantity, unit] (both dialects accept `INTERVAL 'q' UNIT`). */
export const INTERVALS: readonly (readonly [string, string])[] = [
  ['1', 'DAY'], ['2', 'HOUR'], ['1', 'MONTH'], ['1', 'YEAR'], ['-3', 'DAY'], ['90', 'MINUTE'], ['1500', 'MILLISECOND'], ['13', 'MONTH'], ['-1', 'MONTH'], ['45', 'SECOND'],
];

/** A row of the test table: `id` plus one value (or null) per column, as generated. */
export type TestRow = Record<string, unknown>;

/**
 * `count` rows: row 0 is all NULL, row 1 holds the largest values, row 2 the smallest, the rest
 * are random with about 15% NULLs per column.
 */
export function generateRows(rng: Rng, count: number): TestRow[] {
  const rows: TestRow[] = [];
  const fixed: Record<string, [unknown, unknown]> = {
    i1: [2147483647, -2147483648], i2: [2147483647, -2147483648], b1: [9223372036854775807n, -9223372036854775808n], b2: [9223372036854775807n, -9223372036854775808n],
    d1: [1.7976931348623157e308, -1.7976931348623157e308], d2: [Infinity, -Infinity], m1: ['99999999.99', '-99999999.99'], m2: ['99999999999999.9999', '-99999999999999.9999'],
    s1: ['𝄞', ''], s2: ['\uFFFD', ' '], p1: [true, false], p2: [true, false], dt: ['2100-12-31', '1900-03-01'], ts: ['2100-12-31 23:59:59.999', '1900-01-01 00:00:00'],
  };
  for (let id = 0; id < count; id++) {
    const row: TestRow = { id };
    for (const c of COLUMNS) {
      if (id === 0) row[c.name] = null;
      else if (id <= 2) row[c.name] = fixed[c.name]![id - 1];
      else if (rng.chance(0.15)) row[c.name] = null;
      else row[c.name] = c.name === 'm2' ? randomDec18(rng) : randomValue(rng, c.ty);
    }
    rows.push(row);
  }
  return rows;
}

/** A SQL string literal. */
export function quote(s: string): string {
  return `'${s.replace(/'/g, "''")}'`;
}

/** The SQL type name of a type class (DECIMAL as the m1 column's type). */
export function sqlType(ty: Ty): string {
  return { int: 'INTEGER', bigint: 'BIGINT', double: 'DOUBLE', decimal: 'DECIMAL(10,2)', text: 'VARCHAR', bool: 'BOOLEAN', date: 'DATE', timestamp: 'TIMESTAMP', interval: 'INTERVAL' }[ty];
}

/** The JS text of a double that parses back to the same double ('NaN', 'Infinity', '-0' included). */
export function doubleText(x: number): string {
  return Object.is(x, -0) ? '-0' : String(x);
}

/**
 * A typed literal in SQL (the same in both dialects): every literal but small integers, strings
 * and booleans is a CAST so both engines see exactly the same type.
 */
export function literalSql(value: unknown, ty: Ty, sqlTypeName = sqlType(ty)): string {
  if (value === null) return `CAST(NULL AS ${sqlTypeName})`;
  switch (ty) {
    case 'int': return (value as number) >= 0 ? String(value) : `CAST(${String(value)} AS INTEGER)`;
    case 'bigint': return `CAST(${String(value)} AS BIGINT)`;
    case 'double': return `CAST('${doubleText(value as number)}' AS DOUBLE)`;
    case 'decimal': return `CAST('${String(value)}' AS ${sqlTypeName})`;
    case 'text': return quote(value as string);
    case 'bool': return value ? 'TRUE' : 'FALSE';
    case 'date': return `DATE '${String(value)}'`;
    case 'timestamp': return `TIMESTAMP '${String(value)}'`;
    case 'interval': {
      const [q, unit] = value as [string, string];
      return `INTERVAL '${q}' ${unit}`;
    }
  }
}

/** A row as LaminarDB's insert API takes it (decimals and dates as text, timestamps as epoch ms). */
export function toLaminarRow(row: TestRow): Record<string, unknown> {
  const out: Record<string, unknown> = { id: row.id };
  for (const c of COLUMNS) {
    const v = row[c.name];
    out[c.name] = v !== null && c.ty === 'timestamp' ? Date.parse(`${(v as string).replace(' ', 'T')}Z`) : v;
  }
  return out;
}
