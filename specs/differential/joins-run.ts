/**
 * Running one join case (joins-model.ts) on both engines. LaminarDB runs it three ways: as a
 * continuous query subscribed before the rows arrive (its changelog consolidated: weights summed
 * per row), as a materialized view read afterwards, and as a snapshot query over tables holding
 * the same rows. DuckDB runs it once over the final rows. All four must be the same multiset.
 */
import type { ExecutionContext } from 'ava';
import fc from 'fast-check';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { LaminarDB, type Row } from '../../index.js';
import { baseName, changelogQuery, checkpointIndex, columnsSql, describe, keySql, keyValue, querySql, schedule, streamName, tsOf, type JoinCase, type KeyType, type RawRow, type Target } from './joins-model.js';

/**
 * What the runner needs of a case: its inputs, what it selects (`expr AS name`), how its rows
 * arrive, its query for each target and a description for failure reports. The join
 * differential's cases are one kind (`joinCase`), the subquery differential's another.
 */
export interface RunnableCase extends Pick<JoinCase, 'keyType' | 'inputs' | 'select' | 'flushEach' | 'checkpointAt'> {
  readonly query: (target: Target) => string;
  readonly text: string;
}

/** A join case as a runnable case. */
export const joinCase = (c: JoinCase): RunnableCase => ({ ...c, query: (target) => querySql(c, target), text: describe(c, querySql(c, 'stream')) });

/** Rows as a multiset: each row's text (its values in select order) and how many times it occurs. */
export type Multiset = Map<string, number>;

/** What one engine path gave: its rows, or the error that stopped it. */
export type PathResult = { readonly rows: Multiset } | { readonly error: string };

/** The results of one case on every path. */
export interface Outcome {
  readonly stream: PathResult;
  readonly view: PathResult;
  readonly table: PathResult;
  readonly duck: PathResult;
  /** Raw changelog rows the subscription saw (insertions and retractions), and the retractions. */
  readonly changes: number;
  readonly retractions: number;
}

const show = (v: unknown): string => (v === null || v === undefined ? 'NULL' : String(v));
const outputNames = (c: RunnableCase) => c.select.map((s) => s.slice(s.lastIndexOf(' AS ') + 4));
const rowText = (names: readonly string[], r: Row) => `(${names.map((n) => show(r[n])).join(', ')})`;
const plain = (type: KeyType) => (r: RawRow) => ({ id: r.id, k: keyValue(type, r.k, r.id), j: r.j, v: r.v, ts: tsOf(r) });
/** Past every row's time and bound: interval joins emit their outer rows and evict everything. */
const END_OF_TIME = 1_000_000;

/** Counts rows (each with weight `__weight`, 1 when absent) into a multiset; zero counts are dropped. */
export function consolidate(names: readonly string[], rows: readonly Row[]): Multiset {
  const m: Multiset = new Map();
  for (const r of rows) {
    const key = rowText(names, r);
    m.set(key, (m.get(key) ?? 0) + Number(r.__weight ?? 1));
  }
  for (const [k, w] of m) if (w === 0) m.delete(k);
  return m;
}

const message = (err: unknown) => ((err as Error).message ?? String(err)).split('\n')[0]!;

/** LaminarDB's three paths over one fresh database. */
async function runOurs(c: RunnableCase): Promise<Omit<Outcome, 'duck'>> {
  const names = outputNames(c);
  const db = await LaminarDB.open();
  const changes: Row[] = [];
  let stream: PathResult;
  let view: PathResult;
  let done: Promise<void> = Promise.resolve();
  try {
    const ddl = c.inputs.flatMap((input, i) => [
      `CREATE SOURCE ${baseName(i, 'stream')} ${columnsSql(c.keyType, true)}`,
      ...(input.kind !== 'source' && input.named ? [`CREATE STREAM ${streamName(i)} AS ${changelogQuery(input.kind, baseName(i, 'stream'), c.keyType)}`] : []),
    ]);
    const q = c.query('stream');
    await db.execute(`${ddl.join('; ')}; CREATE MATERIALIZED VIEW mv AS ${q}`);
    done = new Promise<void>((resolve, reject) => {
      db.subscribe(q).subscribe({ next: (rows) => changes.push(...rows), error: reject, complete: resolve });
    });
    const checkpoint = checkpointIndex(c);
    for (const [n, batch] of schedule(c).entries()) {
      if (n === checkpoint) await db.execute('CHECKPOINT');
      await db.insert(baseName(batch.input, 'stream'), batch.rows.map(plain(c.keyType)));
      if (c.flushEach) await db.flush();
    }
    for (const i of c.inputs.keys()) await db.watermark(baseName(i, 'stream'), END_OF_TIME);
    await db.flush();
    stream = { rows: consolidate(names, changes) };
    view = { rows: consolidate(names, await db.query('SELECT * FROM mv')) };
  } catch (err) {
    stream = view = { error: message(err) };
  }
  let table: PathResult;
  try {
    for (const [i, input] of c.inputs.entries()) {
      await db.execute(`CREATE TABLE ${baseName(i, 'table')} ${columnsSql(c.keyType)}`);
      if (input.rows.length > 0) await db.insert(baseName(i, 'table'), input.rows.map(plain(c.keyType)));
    }
    table = { rows: consolidate(names, await db.query(c.query('table'))) };
  } catch (err) {
    table = { error: message(err) };
  }
  await db.close();
  await done.catch((err: unknown) => {
    stream = { error: `subscription failed: ${message(err)}` };
  });
  return { stream, view, table, changes: changes.length, retractions: changes.filter((r) => Number(r.__weight) < 0).length };
}

/** DuckDB's result over the final rows (tables s0.., views c0.. for named changelog inputs). */
async function runDuck(duck: DuckDBConnection, c: RunnableCase): Promise<PathResult> {
  try {
    for (const [i, input] of c.inputs.entries()) {
      const name = baseName(i, 'duck');
      await duck.run(`CREATE OR REPLACE TABLE ${name} ${columnsSql(c.keyType)}`);
      if (input.rows.length > 0) await duck.run(`INSERT INTO ${name} VALUES ${input.rows.map((r) => `(${r.id}, ${keySql(keyValue(c.keyType, r.k, r.id))}, ${show(r.j)}, ${show(r.v)}, epoch_ms(${tsOf(r)}))`).join(', ')}`);
      if (input.kind !== 'source' && input.named) await duck.run(`CREATE OR REPLACE VIEW ${streamName(i)} AS ${changelogQuery(input.kind, name, c.keyType)}`);
    }
    const reader = await duck.runAndReadAll(c.query('duck'));
    return { rows: consolidate(outputNames(c), reader.getRowObjects() as Row[]) };
  } catch (err) {
    return { error: message(err) };
  }
}

/** Runs a case on both engines. */
export async function runCase(duck: DuckDBConnection, c: RunnableCase): Promise<Outcome> {
  const ours = await runOurs(c);
  return { ...ours, duck: await runDuck(duck, c) };
}

/** The rows whose counts differ between two multisets, as `row: a x2, b x0` lines. */
function diff(a: Multiset, b: Multiset, aName: string, bName: string): string[] {
  const keys = [...new Set([...a.keys(), ...b.keys()])].sort();
  return keys.filter((k) => a.get(k) !== b.get(k)).map((k) => `    ${k}: ${aName} x${a.get(k) ?? 0}, ${bName} x${b.get(k) ?? 0}`);
}

/** What is wrong with an outcome (undefined when every path agrees with DuckDB). */
export function judge(c: RunnableCase, o: Outcome): string | undefined {
  const problems: string[] = [];
  if ('error' in o.duck) return ['stream', 'view', 'table'].every((p) => 'error' in o[p as 'stream']) ? undefined : `DuckDB refused the query: ${o.duck.error}`;
  const want = o.duck.rows;
  for (const path of ['stream', 'view', 'table'] as const) {
    const got = o[path];
    const what = path === 'stream' ? 'the consolidated changelog of the continuous query' : path === 'view' ? 'the materialized view' : 'the snapshot query over tables';
    if ('error' in got) {
      problems.push(`${what} failed: ${got.error}`);
      continue;
    }
    const negative = [...got.rows].filter(([, w]) => w < 0);
    if (negative.length > 0) problems.push(`${what} retracts rows it never inserted: ${negative.map(([k, w]) => `${k} x${w}`).join(', ')}`);
    const d = diff(got.rows, want, 'LaminarDB', 'DuckDB');
    if (d.length > 0) problems.push(`${what} differs from DuckDB:\n${d.join('\n')}`);
  }
  return problems.length === 0 ? undefined : problems.join('\n');
}

/** A failure report: what differs, the case, and DuckDB's query. */
export function report(c: RunnableCase, o: Outcome, problem: string): string {
  return `${problem}\n${c.text}\n  DuckDB: ${c.query('duck')}\n  (${o.changes} changelog rows, ${o.retractions} of them retractions)`;
}

/**
 * Runs `runs` random cases from `arbitrary` against DuckDB (fast-check, shrinking on failure) and
 * fails `t` with the shrunk case: the body of the join and subquery differentials.
 */
export async function checkAgainstDuckDb<C>(
  t: ExecutionContext,
  options: { seed: number; runs: number; arbitrary: fc.Arbitrary<C>; toCase: (choices: C) => RunnableCase },
): Promise<void> {
  const { seed, runs } = options;
  t.log(`seed ${seed} (replay with LAMINARDB_SEED=${seed}), ${runs} cases`);
  const instance = await DuckDBInstance.create(':memory:', { threads: '1' });
  const duck = await instance.connect();
  const stats = { cases: 0, changes: 0, retractions: 0, rows: 0 };
  try {
    const property = fc.asyncProperty(options.arbitrary, async (choices) => {
      const c = options.toCase(choices);
      const o = await runCase(duck, c);
      stats.cases++;
      stats.changes += o.changes;
      stats.retractions += o.retractions;
      if ('rows' in o.duck) stats.rows += [...o.duck.rows.values()].reduce((a, b) => a + b, 0);
      const problem = judge(c, o);
      if (problem !== undefined) throw new Error(report(c, o, problem));
    });
    const details = await fc.check(property, { seed, numRuns: runs });
    t.log(`${stats.cases} cases run (with shrinking), ${stats.changes} changelog rows (${stats.retractions} retractions), ${stats.rows} result rows in DuckDB`);
    if (details.failed) {
      t.fail(`${(details.errorInstance as Error).message}\n(seed ${seed}, path ${details.counterexamplePath}, shrunk ${details.numShrinks} times; replay with LAMINARDB_SEED=${seed})`);
    } else t.pass();
  } finally {
    duck.closeSync();
    instance.closeSync();
  }
}
