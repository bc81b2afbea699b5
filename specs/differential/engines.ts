/**
 * Both engines over the same table: LaminarDB (twice: row errors as NULL, the default, and with
 * `SET on_error = 'fail'`) and DuckDB in-process. Results are normalised to comparable values
 * (exact numbers as canonical decimal text, doubles with a relative tolerance, dates as days,
 * timestamps as epoch microseconds, intervals as months/days/microseconds) and cached by SQL.
 */
import { DuckDBDateValue, DuckDBDecimalValue, DuckDBInstance, DuckDBIntervalValue, DuckDBTimestampTZValue, DuckDBTimestampValue, type DuckDBConnection } from '@duckdb/node-api';
import { LaminarDB } from '../../index.js';
import { sql, type Node } from './expr.js';
import { COLUMNS, literalSql, toLaminarRow, type TestRow, type Ty } from './values.js';

/** A normalised value. */
export type Norm =
  | { readonly k: 'null' }
  | { readonly k: 'error'; readonly msg: string }
  | { readonly k: 'num'; readonly exact?: string; readonly approx: number }
  | { readonly k: 'text'; readonly v: string }
  | { readonly k: 'bool'; readonly v: boolean }
  | { readonly k: 'date'; readonly days: number }
  | { readonly k: 'ts'; readonly micros: number }
  | { readonly k: 'interval'; readonly months: number; readonly days: number; readonly micros: number };

/** The values of an expression over every row (ordered by id), or the error that stopped planning. */
export interface Result {
  readonly planError?: string;
  readonly values: readonly Norm[];
}

const NULL: Norm = { k: 'null' };

/** Canonical text of an exact decimal number ('-1.50' → '-1.5', '-0.00' → '0'). */
export function canonicalDecimal(text: string): string {
  const m = /^([+-]?)(\d*)(?:\.(\d*))?$/.exec(text.trim());
  if (!m) throw new Error(`not a decimal: ${text}`);
  const whole = m[2]!.replace(/^0+/, '') || '0';
  const frac = (m[3] ?? '').replace(/0+$/, '');
  const body = frac ? `${whole}.${frac}` : whole;
  return body === '0' || m[1] !== '-' ? body : `-${body}`;
}

const exact = (text: string): Norm => {
  const c = canonicalDecimal(text);
  return { k: 'num', exact: c, approx: Number(c) };
};

/** Days since 1970-01-01 of `YYYY-MM-DD` (any year). */
function daysOf(text: string): number {
  const m = /^([+-]?\d{4,6})-(\d\d)-(\d\d)$/.exec(text);
  if (!m) throw new Error(`not a date: ${text}`);
  const d = new Date(Date.UTC(2000, 0, 1));
  d.setUTCFullYear(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return Math.round(d.getTime() / 86_400_000);
}

/** Normalises one LaminarDB value of a column whose class is `ty`. */
export function normOurs(v: unknown, ty: Ty): Norm {
  if (v === null || v === undefined) return NULL;
  switch (ty) {
    case 'int': case 'bigint': return exact(String(v));
    case 'decimal': return exact(v as string);
    case 'double': return { k: 'num', approx: v as number };
    case 'text': return { k: 'text', v: v as string };
    case 'bool': return { k: 'bool', v: v as boolean };
    case 'date': return { k: 'date', days: daysOf(v as string) };
    case 'timestamp': return { k: 'ts', micros: Math.round((v as number) * 1000) };
    case 'interval': {
      const iv = v as { months: number; days: number; millis: number };
      return { k: 'interval', months: iv.months, days: iv.days, micros: Math.round(iv.millis * 1000) };
    }
  }
}

/** Normalises one DuckDB value (`double` tells DOUBLE/FLOAT columns from integer ones). */
export function normDuck(v: unknown, double: boolean): Norm {
  if (v === null || v === undefined) return NULL;
  if (typeof v === 'bigint') return exact(v.toString());
  if (typeof v === 'number') return double ? { k: 'num', approx: v } : exact(String(v));
  if (typeof v === 'string') return { k: 'text', v };
  if (typeof v === 'boolean') return { k: 'bool', v };
  if (v instanceof DuckDBDecimalValue) return exact(v.toString());
  if (v instanceof DuckDBDateValue) return { k: 'date', days: v.days };
  if (v instanceof DuckDBTimestampValue || v instanceof DuckDBTimestampTZValue) return { k: 'ts', micros: Number(v.micros) };
  if (v instanceof DuckDBIntervalValue) return { k: 'interval', months: v.months, days: v.days, micros: Number(v.micros) };
  throw new Error(`unexpected DuckDB value ${String(v)}`);
}

/** How two normalised values compare: exactly equal, equal within the float tolerance, or different. */
export function compare(a: Norm, b: Norm): 'exact' | 'close' | 'differ' {
  if (a.k !== b.k) return 'differ';
  switch (a.k) {
    case 'null': return 'exact';
    case 'error': return 'exact';
    case 'num': {
      const y = b as Extract<Norm, { k: 'num' }>;
      if (a.exact !== undefined && y.exact !== undefined) return a.exact === y.exact ? 'exact' : 'differ';
      const [p, q] = [a.approx, y.approx];
      if (p === q || (Number.isNaN(p) && Number.isNaN(q))) return 'exact';
      if (!Number.isFinite(p) || !Number.isFinite(q)) return 'differ';
      return Math.abs(p - q) <= 1e-12 * Math.max(Math.abs(p), Math.abs(q)) ? 'close' : 'differ';
    }
    case 'interval': {
      // Intervals compare as SQL compares them: months, then days and time as one duration
      // (23826 days -230 us equals 23825 days 86399999770 us).
      const y = b as Extract<Norm, { k: 'interval' }>;
      const span = (v: typeof y) => BigInt(v.days) * 86_400_000_000n + BigInt(v.micros);
      return a.months === y.months && span(a) === span(y) ? 'exact' : 'differ';
    }
    default: return JSON.stringify(a) === JSON.stringify(b) ? 'exact' : 'differ';
  }
}

/** DuckDB errors that reject the statement as a whole (binding, parsing) rather than a row. */
export function isDuckPlanError(msg: string): boolean {
  return /^(Binder|Parser|Catalog|Not implemented) Error/.test(msg);
}

/** The engines, their table `r` and result caches. */
export class Engines {
  private readonly cacheOurs = new Map<string, Promise<Result>>();
  private readonly cacheDuck = new Map<string, Promise<Result>>();
  /** Queries run, per engine (for the log). */
  readonly queries = { ours: 0, duck: 0 };

  private constructor(
    private readonly ours: LaminarDB,
    private readonly oursFail: LaminarDB,
    private readonly duck: DuckDBConnection,
    private readonly instance: DuckDBInstance,
    readonly ids: readonly number[],
  ) {}

  /** Opens both engines and loads `rows` into table `r` in each. */
  static async open(rows: readonly TestRow[]): Promise<Engines> {
    const ddl = `CREATE TABLE r (id INTEGER PRIMARY KEY, ${COLUMNS.map((c) => `${c.name} ${c.sql}`).join(', ')})`;
    const ours = await LaminarDB.open();
    const oursFail = await LaminarDB.open();
    await oursFail.execute(`SET on_error = 'fail'`);
    for (const db of [ours, oursFail]) {
      await db.execute(ddl);
      if (rows.length > 0) await db.insert('r', rows.map(toLaminarRow));
    }
    const instance = await DuckDBInstance.create(':memory:', { threads: '1' });
    const duck = await instance.connect();
    await duck.run(`SET TimeZone = 'UTC'`);
    await duck.run(ddl);
    const values = rows.map((row) => `(${[String(row.id), ...COLUMNS.map((c) => literalSql(row[c.name], c.ty, c.sql))].join(', ')})`);
    if (values.length > 0) await duck.run(`INSERT INTO r VALUES ${values.join(', ')}`);
    return new Engines(ours, oursFail, duck, instance, rows.map((r) => r.id as number));
  }

  /** LaminarDB's values of `node` (row errors are NULL). */
  evalOurs(node: Node): Promise<Result> {
    const text = sql(node, 'ours');
    let r = this.cacheOurs.get(text);
    if (r === undefined) {
      r = this.runOurs(text, node.ty);
      this.cacheOurs.set(text, r);
    }
    return r;
  }

  private async runOurs(text: string, ty: Ty): Promise<Result> {
    this.queries.ours++;
    try {
      const rows = await this.ours.query(`SELECT id, ${text} AS v FROM r ORDER BY id`);
      if (rows.length !== this.ids.length) throw new Error(`${rows.length} rows for ${this.ids.length}: ${text}`);
      return { values: rows.map((row) => normOurs(row.v, ty)) };
    } catch (err) {
      return { planError: (err as Error).message, values: [] };
    }
  }

  /** The error LaminarDB raises for `node` on row `id` with `on_error = 'fail'`, or undefined. */
  async oursFailure(node: Node, id: number): Promise<string | undefined> {
    this.queries.ours++;
    try {
      await this.oursFail.query(`SELECT ${sql(node, 'ours')} AS v FROM r WHERE id = ${id}`);
      return undefined;
    } catch (err) {
      return (err as Error).message;
    }
  }

  /** DuckDB's values of `node`; a row whose evaluation raises holds the error. */
  evalDuck(node: Node): Promise<Result> {
    const text = sql(node, 'duck');
    let r = this.cacheDuck.get(text);
    if (r === undefined) {
      r = this.runDuck(text);
      this.cacheDuck.set(text, r);
    }
    return r;
  }

  private async runDuck(text: string): Promise<Result> {
    const byId = new Map<number, Norm>();
    const run = async (ids: readonly number[]): Promise<void> => {
      this.queries.duck++;
      try {
        const where = ids.length === this.ids.length ? '' : ` WHERE id IN (${ids.join(', ')})`;
        const reader = await this.duck.runAndReadAll(`SELECT id, ${text} AS v FROM r${where} ORDER BY id`);
        const type = String(reader.columnType(1));
        const double = type === 'DOUBLE' || type === 'FLOAT';
        for (const [id, v] of reader.getRows()) byId.set(Number(id), normDuck(v, double));
      } catch (err) {
        const msg = (err as Error).message;
        if (isDuckPlanError(msg)) throw err;
        // The first line: DuckDB appends the statement's text (LINE 1: ...), which differs per query.
        if (ids.length === 1) byId.set(ids[0]!, { k: 'error', msg: msg.split('\n')[0]! });
        else {
          const half = Math.ceil(ids.length / 2);
          await run(ids.slice(0, half));
          await run(ids.slice(half));
        }
      }
    };
    try {
      await run(this.ids);
    } catch (err) {
      return { planError: (err as Error).message, values: [] };
    }
    return { values: this.ids.map((id) => byId.get(id)!) };
  }

  /** DuckDB's value of `node` on row `id` (not cached), or the error it raises. */
  async duckAt(node: Node, id: number): Promise<Norm> {
    this.queries.duck++;
    try {
      const reader = await this.duck.runAndReadAll(`SELECT ${sql(node, 'duck')} AS v FROM r WHERE id = ${id}`);
      const type = String(reader.columnType(0));
      return normDuck(reader.getRows()[0]![0], type === 'DOUBLE' || type === 'FLOAT');
    } catch (err) {
      return { k: 'error', msg: (err as Error).message.split('\n')[0]! };
    }
  }

  /** DuckDB's type of an expression (for the assertions on documented type differences). */
  async duckType(expression: string): Promise<string> {
    const reader = await this.duck.runAndReadAll(`SELECT typeof(${expression})`);
    return String(reader.getRows()[0]![0]);
  }

  /** A one-row DuckDB query's value, or the error it raises. */
  async duckScalar(expression: string): Promise<Norm> {
    try {
      const reader = await this.duck.runAndReadAll(`SELECT ${expression}`);
      const type = String(reader.columnType(0));
      return normDuck(reader.getRows()[0]![0], type === 'DOUBLE' || type === 'FLOAT');
    } catch (err) {
      return { k: 'error', msg: (err as Error).message };
    }
  }

  /** A one-row LaminarDB query's value (NULL on a row error), or the planning error. */
  async oursScalar(expression: string, ty: Ty, failMode = false): Promise<Norm> {
    try {
      const rows = await (failMode ? this.oursFail : this.ours).query(`SELECT ${expression} AS v`);
      return normOurs(rows[0]!.v, ty);
    } catch (err) {
      return { k: 'error', msg: (err as Error).message };
    }
  }

  /** Closes all three databases. */
  async close(): Promise<void> {
    await this.ours.close();
    await this.oursFail.close();
    this.duck.closeSync();
    this.instance.closeSync();
  }
}
