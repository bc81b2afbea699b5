// Nexmark queries of issue 5 against DuckDB over the same 100,000 generated events (people,
// auctions and bids, disordered within the watermark bound). The streaming engine runs every
// query at once as a continuous query over the three nexmark sources; each result is its
// changelog consolidated into a multiset of rows (a retraction of a row that is not there is a
// failure), read once the bounded sources ended and their final watermarks closed every window.
// DuckDB runs the same query over the same rows; the multisets must be equal, doubles within the
// tolerance each query documents.
import test from 'ava';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance, DuckDBTimestampValue, type DuckDBAppender, type DuckDBConnection } from '@duckdb/node-api';
import { LaminarDB, type Row } from '../../index.js';
import { batchToRows } from '../../runtime/index.js';
import { NEXMARK_SCHEMAS, NexmarkGenerator, type NexmarkTable } from '../../connectors/transport/nexmark/nexmark-model.js';
import { COMMON_NOTE, NEXMARK_QUERIES, SIDE_FILES, type NexmarkQuery } from './nexmark-queries.js';

const EVENTS = 100_000;
// 200 events per second of event time: 500 s of events, so 50 ten-second windows for q7 and q8.
const OPTIONS = { seed: 5, rate: 200, baseTime: Date.UTC(2024, 0, 1), maxDisorderMs: 2_000 };
const TABLES: readonly NexmarkTable[] = ['person', 'auction', 'bid'];
const source = (t: NexmarkTable) => `CREATE SOURCE ${t} (*, WATERMARK FOR date_time AS date_time - INTERVAL '4' SECOND) WITH ('connector' = 'nexmark',
  'nexmark.table.type' = '${t}', 'nexmark.event.num' = '${EVENTS}', 'nexmark.seed' = '${OPTIONS.seed}', 'nexmark.event.rate' = '${OPTIONS.rate}',
  'nexmark.base.time' = '${OPTIONS.baseTime}', 'nexmark.max.disorder.ms' = '${OPTIONS.maxDisorderMs}')`;

/** A consolidated result: rows by their exact columns, with a count and the rows' double columns. */
interface Consolidated {
  readonly columns: readonly string[];
  readonly rows: Map<string, { count: number; approx: number[][] }>;
  /** Retractions of rows that were not there (the producer broke the changelog contract). */
  unmatched: number;
}

const norm = (v: unknown): unknown =>
  typeof v === 'bigint' ? v.toString() : v instanceof Date ? v.getTime() : v instanceof DuckDBTimestampValue ? Number(v.micros / 1000n) : v;

function consolidate(q: NexmarkQuery, columns: readonly string[], rows: Iterable<Row>, target?: Consolidated): Consolidated {
  const out: Consolidated = target ?? { columns, rows: new Map(), unmatched: 0 };
  const exact = columns.filter((c) => q.approx?.[c] === undefined);
  const approx = columns.filter((c) => q.approx?.[c] !== undefined);
  for (const r of rows) {
    const weight = Number(r.__weight ?? 1);
    const key = JSON.stringify(exact.map((c) => norm(r[c])));
    const e = out.rows.get(key) ?? { count: 0, approx: [] };
    const values = approx.map((c) => Number(r[c]));
    if (weight > 0) {
      for (let i = 0; i < weight; i++) e.approx.push(values);
    } else {
      for (let i = 0; i < -weight; i++) {
        const at = e.approx.findIndex((v) => v.every((x, j) => Object.is(x, values[j])));
        if (at < 0) out.unmatched++;
        else e.approx.splice(at, 1);
      }
    }
    e.count = e.approx.length;
    if (e.count === 0) out.rows.delete(key);
    else out.rows.set(key, e);
  }
  return out;
}

/** Differences between two consolidated results (at most `limit` described). */
function differences(q: NexmarkQuery, ours: Consolidated, duck: Consolidated, limit = 5): string[] {
  const found: string[] = [];
  const approx = ours.columns.filter((c) => q.approx?.[c] !== undefined);
  for (const [key, o] of ours.rows) {
    const d = duck.rows.get(key);
    if (d === undefined || d.count !== o.count) {
      found.push(`${key}: ${o.count} here, ${d?.count ?? 0} in DuckDB`);
      continue;
    }
    const sort = (xs: number[][]) => [...xs].sort(lexically);
    const [a, b] = [sort(o.approx), sort(d.approx)];
    a.forEach((row, i) => row.forEach((x, j) => {
      const y = b[i]![j]!;
      const tol = q.approx![approx[j]!]!;
      if (!(Math.abs(x - y) <= tol * Math.max(1, Math.abs(x), Math.abs(y)))) found.push(`${key}: ${approx[j]} is ${x} here, ${y} in DuckDB (tolerance ${tol})`);
    }));
  }
  for (const [key, d] of duck.rows) if (!ours.rows.has(key)) found.push(`${key}: 0 here, ${d.count} in DuckDB`);
  return found.slice(0, limit);
}

const lexically = (a: readonly number[], b: readonly number[]) => {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return 0;
};

/** Rows counted by the values of some columns (results without double columns only). */
function project(c: Consolidated, columns: readonly string[]): Map<string, number> {
  const at = columns.map((col) => c.columns.indexOf(col));
  const out = new Map<string, number>();
  for (const [key, e] of c.rows) {
    const values = JSON.parse(key) as unknown[];
    const k = JSON.stringify(at.map((i) => values[i]));
    out.set(k, (out.get(k) ?? 0) + e.count);
  }
  return out;
}

/**
 * Whether a ROW_NUMBER result that differs from DuckDB's is still a correct answer: it agrees on
 * the determined columns, and it is a sub-multiset of the rows that may appear (`candidates`).
 * Returns the problems found and how many rows are another pick among tied rows.
 */
function tieProblems(q: NexmarkQuery, ours: Consolidated, duck: Consolidated, candidates: Consolidated): { problems: string[]; otherPicks: number } {
  const { determined, rowNumber } = q.ranking!;
  const problems: string[] = [];
  const [a, b] = [project(ours, determined), project(duck, determined)];
  for (const [k, n] of a) if (b.get(k) !== n) problems.push(`(${determined.join(', ')}) = ${k}: ${n} here, ${b.get(k) ?? 0} in DuckDB`);
  for (const [k, n] of b) if (!a.has(k)) problems.push(`(${determined.join(', ')}) = ${k}: 0 here, ${n} in DuckDB`);
  const shown = ours.columns.filter((c) => c !== rowNumber);
  const may = project(candidates, shown);
  for (const [k, n] of project(ours, shown)) if (n > (may.get(k) ?? 0)) problems.push(`${k}: ${n} here, but only ${may.get(k) ?? 0} such rows may appear`);
  let otherPicks = 0;
  for (const [key, e] of ours.rows) otherPicks += Math.max(0, e.count - (duck.rows.get(key)?.count ?? 0));
  return { problems: problems.slice(0, 5), otherPicks };
}

const total = (c: Consolidated) => [...c.rows.values()].reduce((s, e) => s + e.count, 0);

/** Appends one generated table to DuckDB, row by row in the generator's own values. */
async function loadTable(duck: DuckDBConnection, table: NexmarkTable): Promise<number> {
  const schema = NEXMARK_SCHEMAS[table];
  const types = { int64: 'BIGINT', utf8: 'VARCHAR', timestamp: 'TIMESTAMP' } as Record<string, string>;
  await duck.run(`CREATE TABLE ${table} (${schema.fields.map((f) => `${f.name} ${types[f.type]}`).join(', ')})`);
  const appender: DuckDBAppender = await duck.createAppender(table);
  const gen = new NexmarkGenerator(table, OPTIONS);
  let count = 0;
  for (let n = 0; n < EVENTS;) {
    const { batch, next } = gen.batch(n, EVENTS, 8192);
    n = next;
    if (batch === undefined) continue;
    for (const r of batchToRows(batch)) {
      for (const f of schema.fields) {
        const v = r[f.name];
        if (f.type === 'int64') appender.appendBigInt(v as bigint);
        else if (f.type === 'utf8') appender.appendVarchar(v as string);
        else appender.appendTimestamp(new DuckDBTimestampValue(BigInt(v as number) * 1000n));
      }
      appender.endRow();
      count++;
    }
  }
  appender.closeSync();
  return count;
}

interface Results {
  readonly ours: Map<string, Consolidated>;
  readonly duck: Map<string, Consolidated>;
  /** Of a ROW_NUMBER query: the rows that may appear (RANK() in place of ROW_NUMBER()). */
  readonly candidates: (q: NexmarkQuery) => Promise<Consolidated>;
  readonly events: Record<NexmarkTable, number>;
}

let results: Promise<Results> | undefined;

/** Runs every query on both engines once; the tests below compare one query each. */
function run(): Promise<Results> {
  results ??= (async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ldb-nexmark-'));
    for (const [name, text] of Object.entries(SIDE_FILES)) writeFileSync(join(dir, name), text);
    const duck = await (await DuckDBInstance.create(':memory:', { threads: '1' })).connect();
    const events = {} as Record<NexmarkTable, number>;
    for (const t of TABLES) events[t] = await loadTable(duck, t);

    const db = await LaminarDB.open();
    const ours = new Map<string, Consolidated>();
    const queries = [...NEXMARK_QUERIES];
    let i = 0;
    const started = performance.now();
    // Each SELECT is subscribed to as it is planned, before the sources start (they start when
    // execute() returns), so every subscription sees every event.
    const setup = queries.flatMap((q) => (q.setup === undefined ? [] : [q.setup.ours(dir)]));
    await db.execute([...TABLES.map(source), ...setup, ...queries.map((q) => q.ours)].join(';\n'), {
      onResult: (result) => {
        if (result.subscription === undefined) return;
        const q = queries[i++]!;
        const columns = (result.columns ?? []).map((c) => c.name).filter((c) => c !== '__weight');
        const consolidated = consolidate(q, columns, []);
        ours.set(q.name, consolidated);
        result.subscription.subscribe((rows) => consolidate(q, columns, rows, consolidated));
      },
    });
    await db.flush();
    await db.close();
    const streamingMs = performance.now() - started;

    const theirs = new Map<string, Consolidated>();
    const duckStarted = performance.now();
    for (const q of queries) {
      if (q.setup !== undefined) await duck.run(q.setup.duck(dir));
      const reader = await duck.runAndReadAll(q.duck);
      theirs.set(q.name, consolidate(q, reader.columnNames(), reader.getRowObjectsJS() as Row[]));
    }
    const candidates = async (q: NexmarkQuery) => {
      const all = await duck.runAndReadAll(q.duck.replaceAll('ROW_NUMBER()', 'RANK()'));
      return consolidate(q, all.columnNames(), all.getRowObjectsJS() as Row[]);
    };
    console.log(`nexmark: ${EVENTS} events (${TABLES.map((t) => `${events[t]} ${t}`).join(', ')}); ${queries.length} queries streamed in ${streamingMs.toFixed(0)} ms, DuckDB ${(performance.now() - duckStarted).toFixed(0)} ms; ${COMMON_NOTE}`);
    rmSync(dir, { recursive: true, force: true });
    return { ours, duck: theirs, candidates, events };
  })();
  return results;
}

for (const q of NEXMARK_QUERIES) {
  test.serial(`Nexmark ${q.name} over 100,000 events agrees with DuckDB`, async (t) => {
    const r = await run();
    const duck = r.duck.get(q.name)!;
    const ours = r.ours.get(q.name)!;
    t.deepEqual(ours.columns, duck.columns, `${q.name}: columns`);
    t.is(ours.unmatched, 0, `${q.name}: retractions of rows that were not there`);
    const differ = differences(q, ours, duck);
    let picks = '';
    if (differ.length > 0 && q.ranking !== undefined) {
      // Tied rows: any of them may be kept; check ours is one of the correct answers.
      const { problems, otherPicks } = tieProblems(q, ours, duck, await r.candidates(q));
      t.deepEqual(problems, [], `${q.name}: not a correct ROW_NUMBER answer (first exact differences: ${differ.join('; ')})`);
      picks = `; ${otherPicks} of them keep another of the rows tied on the ORDER BY than DuckDB does (checked on ${q.ranking.determined.join(', ')} and against the rows RANK() allows)`;
    } else {
      t.deepEqual(differ, [], `${q.name}: rows that differ (exact columns as JSON)`);
    }
    t.is(total(ours), total(duck));
    t.true(total(duck) > 0, `${q.name}: DuckDB's result is empty, so the comparison shows nothing`);
    const rows = (n: number) => n.toLocaleString('en-US');
    t.log(`${q.name}: ${rows(total(ours))} rows agree (${rows(ours.rows.size)} distinct)${picks}${q.notes.length > 0 ? `; ${q.notes.join('; ')}` : ''}`);
  });
}
