// A state memory budget spills unbounded GROUP BY state to disk without changing results: the
// same seeded input through views (EMIT CHANGES, over a stream and over a view's changelog),
// EMIT EVERY, a state TTL and bounded snapshot queries, with a tiny budget (many spills and
// reloads) and without one; and a durable database with a tiny budget across a checkpoint and a
// reopen against an uninterrupted run.
import test from 'ava';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LaminarDB, type OpenOptions } from '../../index.js';
import { mulberry32, SimulatedClock, testSeed } from '../../runtime/testing/index.js';

type Row = Record<string, unknown>;

const DDL = `
  CREATE SOURCE ev (k VARCHAR, g BIGINT, v BIGINT, s VARCHAR, ts TIMESTAMP);
  CREATE TABLE t (id BIGINT PRIMARY KEY, g BIGINT, v BIGINT, s VARCHAR);
  CREATE MATERIALIZED VIEW by_k AS SELECT k, COUNT(*) AS n, SUM(v) AS total, AVG(v) AS mean, COUNT(DISTINCT s) AS kinds,
    STRING_AGG(s, ',') AS seq, ARRAY_AGG(v) AS vs, APPROX_COUNT_DISTINCT(v) AS approx, MIN(s) AS lo FROM ev GROUP BY k;
  CREATE MATERIALIZED VIEW by_total AS SELECT total, MIN(k) AS lo, MAX(k) AS hi, MIN(mean) AS low_mean, COUNT(*) AS n, SUM(n) AS rows_in FROM by_k GROUP BY total;
  CREATE MATERIALIZED VIEW recent AS SELECT k, SUM(v) AS total FROM ev GROUP BY k WITH ('state.ttl' = '30 s');
  CREATE STREAM periodic AS SELECT k, COUNT(*) AS n FROM ev GROUP BY k EMIT EVERY INTERVAL '5' SECOND;
`;
const VIEWS = ['by_k', 'by_total', 'recent'];
const SNAPSHOTS = [
  'SELECT g, COUNT(*) AS n, SUM(v) AS total, MIN(s) AS lo, STRING_AGG(s, \',\' ORDER BY id) AS ss FROM t GROUP BY g',
  'SELECT id, COUNT(*) AS n, MAX(v) AS hi FROM t GROUP BY id',
];

interface Step { ev: Row[]; t: Row[] }

function input(seed: number, steps: number): Step[] {
  const rnd = mulberry32(seed);
  const out: Step[] = [];
  let ts = Date.UTC(2024, 0, 1);
  for (let i = 0; i < steps; i++) {
    const ev: Row[] = [];
    const t: Row[] = [];
    for (let j = 0; j < 300; j++) {
      ts += 7;
      // Most keys are rare (spilled before they come back), a few are hot.
      const k = rnd() < 0.2 ? `hot${Math.floor(rnd() * 5)}` : `k${Math.floor(rnd() * 3000)}`;
      ev.push({ k, g: BigInt(Math.floor(rnd() * 50)), v: BigInt(Math.floor(rnd() * 1000) - 500), s: rnd() < 0.1 ? null : `s${Math.floor(rnd() * 9)}`, ts });
      t.push({ id: BigInt(Math.floor(rnd() * 2500)), g: BigInt(Math.floor(rnd() * 800)), v: BigInt(Math.floor(rnd() * 100)), s: `x${Math.floor(rnd() * 30)}` });
    }
    out.push({ ev, t });
  }
  return out;
}

const canonical = (rows: readonly Row[]) => rows.map((r) => JSON.stringify(r, (_k, v: unknown) => (typeof v === 'bigint' ? `${v}n` : v))).sort();
const counter = (db: LaminarDB, name: string) => db.metrics().actors.reduce((n, a) => n + (a.counters[name] ?? 0), 0);

/** Runs the input; returns every view's rows, the snapshot queries' rows and the consolidated EMIT EVERY output. */
async function run(options: OpenOptions, steps: readonly Step[], clock: SimulatedClock) {
  const db = await LaminarDB.open({ ...options, clock });
  await db.execute(DDL);
  const periodic: Row[] = [];
  db.subscribe('periodic').subscribe((rows) => periodic.push(...(rows as Row[])));
  for (const step of steps) {
    await db.insert('ev', step.ev);
    await db.insert('t', step.t);
    // Processing time (the TTL's) must not depend on when the rows are processed.
    await db.flush();
    await clock.advance(2000);
    await db.flush();
  }
  const views: Record<string, string[]> = {};
  for (const v of VIEWS) views[v] = canonical(await db.query(`SELECT * FROM ${v}`) as Row[]);
  const snapshots = [];
  for (const q of SNAPSHOTS) snapshots.push(canonical(await db.query(q) as Row[]));
  // EMIT EVERY: the last row of each key is its count.
  const last = new Map<unknown, Row>();
  for (const r of periodic) last.set(r.k, r);
  const counters = { spilled: counter(db, 'spilledGroups'), reloaded: counter(db, 'reloadedGroups'), expired: counter(db, 'expiredGroups') };
  await db.close();
  return { views, snapshots, periodic: canonical([...last.values()]), counters };
}

test('a tiny state budget spills and reloads groups, and every result equals the run without a budget', async (t) => {
  const seed = testSeed();
  t.log(`seed ${seed} (LAMINARDB_SEED=${seed} reproduces it)`);
  const steps = input(seed, 30);
  const plain = await run({}, steps, new SimulatedClock(0));
  const budgeted = await run({ stateMemoryBudget: '40kb' }, steps, new SimulatedClock(0));
  t.log(`spilled ${budgeted.counters.spilled}, reloaded ${budgeted.counters.reloaded}, expired ${budgeted.counters.expired} (without a budget: expired ${plain.counters.expired})`);
  t.true(budgeted.counters.spilled > 1000, 'groups spilled');
  t.true(budgeted.counters.reloaded > 100, 'spilled groups came back');
  t.is(plain.counters.spilled, 0);
  t.true(plain.counters.expired > 0, 'the TTL forgot groups');
  t.is(budgeted.counters.expired, plain.counters.expired, 'the TTL forgets spilled groups too');
  for (const v of VIEWS) t.deepEqual(budgeted.views[v], plain.views[v], `view ${v}`);
  t.deepEqual(budgeted.snapshots, plain.snapshots, 'bounded GROUP BY queries (ON CLOSE)');
  t.deepEqual(budgeted.periodic, plain.periodic, 'EMIT EVERY');
  t.true(plain.views.by_k!.length > 2000);
});

test('a bad budget is refused before anything opens', async (t) => {
  await t.throwsAsync(LaminarDB.open({ stateMemoryBudget: 'lots' }), { message: /invalid stateMemoryBudget: expected a positive number of bytes or a size such as "64mb"/ });
});

test('a durable database with a tiny budget checkpoints spilled groups and, reopened, finishes with the rows of an uninterrupted run', async (t) => {
  const seed = testSeed();
  t.log(`seed ${seed} (LAMINARDB_SEED=${seed} reproduces it)`);
  const steps = input(seed, 16);
  const expected = await run({}, steps, new SimulatedClock(0));
  const path = mkdtempSync(join(tmpdir(), 'ldb-budget-'));
  t.teardown(() => rmSync(path, { recursive: true, force: true }));
  const clock = new SimulatedClock(0);
  let db = await LaminarDB.open({ path, stateMemoryBudget: '40kb', clock });
  await db.execute(DDL);
  for (const step of steps.slice(0, 8)) {
    await db.insert('ev', step.ev);
    await db.insert('t', step.t);
    // Processing time (the TTL's) must not depend on when the rows are processed.
    await db.flush();
    await clock.advance(2000);
    await db.flush();
  }
  await db.checkpoint();
  const spilled = counter(db, 'spilledGroups');
  t.true(spilled > 0, 'groups were spilled before the checkpoint');
  await db.close();
  db = await LaminarDB.open({ path, stateMemoryBudget: '40kb', clock });
  for (const step of steps.slice(8)) {
    await db.insert('ev', step.ev);
    await db.insert('t', step.t);
    // Processing time (the TTL's) must not depend on when the rows are processed.
    await db.flush();
    await clock.advance(2000);
    await db.flush();
  }
  t.true(counter(db, 'reloadedGroups') > 0, 'groups spilled before the reopen came back from the restored spill store');
  for (const v of ['by_k', 'by_total']) t.deepEqual(canonical(await db.query(`SELECT * FROM ${v}`) as Row[]), expected.views[v], `view ${v}`);
  for (const [i, q] of SNAPSHOTS.entries()) t.deepEqual(canonical(await db.query(q) as Row[]), expected.snapshots[i], q);
  await db.close();
});
