// Every stateful operator survives a restart: one script of views over joins, windows, sessions,
// window functions, top-N, lookups and aggregates runs once in memory without interruption, and
// once in durable child processes that checkpoint twice, insert more, die by SIGKILL, and finish
// after a restart. Every view must hold the same rows both ways (seeded random input).
import test from 'ava';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LaminarDB } from '../../index.js';
import { mulberry32, testSeed } from '../../runtime/testing/index.js';
import { runChild } from './durable/run-child.js';

const DDL = `
  CREATE SOURCE trades (sym VARCHAR, px BIGINT, ts TIMESTAMP, WATERMARK FOR ts AS ts - INTERVAL '1' SECOND);
  CREATE SOURCE quotes (sym VARCHAR, bid BIGINT, ts TIMESTAMP, WATERMARK FOR ts AS ts - INTERVAL '1' SECOND);
  CREATE TABLE names (sym VARCHAR PRIMARY KEY, name VARCHAR);
  CREATE MATERIALIZED VIEW regular_join AS SELECT t.sym, t.px, q.bid FROM trades t JOIN quotes q ON t.sym = q.sym AND t.px = q.bid;
  CREATE MATERIALIZED VIEW left_join AS SELECT t.sym, t.px, q.bid FROM trades t LEFT JOIN quotes q ON t.sym = q.sym AND t.px = q.bid + 1;
  CREATE MATERIALIZED VIEW interval_join AS SELECT t.sym, t.px, q.bid FROM trades t JOIN quotes q ON t.sym = q.sym AND q.ts BETWEEN t.ts - INTERVAL '500' MILLISECOND AND t.ts + INTERVAL '500' MILLISECOND;
  CREATE MATERIALIZED VIEW asof_join AS SELECT t.sym, t.ts, q.bid FROM trades t ASOF JOIN quotes q ON t.sym = q.sym AND t.ts >= q.ts;
  CREATE MATERIALIZED VIEW tumbling AS SELECT sym, window_start, COUNT(*) AS n, SUM(px) AS total FROM trades GROUP BY sym, TUMBLE(ts, INTERVAL '2' SECOND) EMIT ON WINDOW CLOSE;
  CREATE MATERIALIZED VIEW hopping AS SELECT sym, window_start, MAX(px) AS hi FROM trades GROUP BY sym, HOP(ts, INTERVAL '1' SECOND, INTERVAL '3' SECOND);
  CREATE MATERIALIZED VIEW sessions AS SELECT sym, window_start, window_end, COUNT(*) AS n FROM quotes GROUP BY sym, SESSION(ts, INTERVAL '700' MILLISECOND) EMIT ON WINDOW CLOSE;
  CREATE MATERIALIZED VIEW totals AS SELECT sym, COUNT(DISTINCT px) AS prices, SUM(px) AS total FROM trades GROUP BY sym HAVING COUNT(*) > 1;
  CREATE MATERIALIZED VIEW top2 AS SELECT sym, px, rn FROM (SELECT sym, px, ROW_NUMBER() OVER (PARTITION BY sym ORDER BY px DESC) AS rn FROM trades) WHERE rn <= 2;
  CREATE MATERIALIZED VIEW lagged AS SELECT sym, px, LAG(px) OVER (PARTITION BY sym ORDER BY ts) AS prev FROM trades;
  CREATE MATERIALIZED VIEW named AS SELECT t.sym, t.px, n.name FROM trades t LEFT JOIN names n ON t.sym = n.sym;
  CREATE MATERIALIZED VIEW distinct_syms AS SELECT DISTINCT sym FROM quotes;
`;
const VIEWS = ['regular_join', 'left_join', 'interval_join', 'asof_join', 'tumbling', 'hopping', 'sessions', 'totals', 'top2', 'lagged', 'named', 'distinct_syms'];

type Row = Record<string, unknown>;
interface Phase {
  readonly trades: Row[];
  readonly quotes: Row[];
}

/**
 * Four phases of seeded input: checkpoint after the first and the second (views' changes then
 * ride on the first checkpoint's base), the crash after the third, the fourth after the restart.
 */
function input(seed: number): Phase[] {
  const rand = mulberry32(seed);
  const start = Date.UTC(2024, 0, 1);
  let t = start;
  const phase = (): Phase => {
    const trades: Row[] = [];
    const quotes: Row[] = [];
    for (let i = 0; i < 60; i++) {
      t += Math.floor(rand() * 120);
      const row = { sym: `s${Math.floor(rand() * 4)}`, ts: t - Math.floor(rand() * 400) };
      if (rand() < 0.5) trades.push({ ...row, px: Math.floor(rand() * 8) });
      else quotes.push({ ...row, bid: Math.floor(rand() * 8) });
    }
    return { trades, quotes };
  };
  return [phase(), phase(), phase(), phase()];
}

const steps = (p: Phase) => [{ insert: 'trades', rows: p.trades }, { insert: 'quotes', rows: p.quotes }];
const canonical = (rows: readonly Row[]) => rows.map((r) => JSON.stringify(r, (_k, v: unknown) => (typeof v === 'bigint' ? Number(v) : v))).sort();

test('views over every stateful operator hold the same rows after a checkpoint, a SIGKILL and a restart', async (t) => {
  const seed = testSeed();
  t.log(`seed ${seed} (LAMINARDB_SEED=${seed} reproduces it)`);
  const phases = input(seed);
  const tableRows = `INSERT INTO names VALUES ('s0', 'zero'), ('s1', 'one')`;

  // Uninterrupted, in memory.
  const db = await LaminarDB.open();
  await db.execute(DDL);
  await db.execute(tableRows);
  const expected: Record<string, string[]> = {};
  for (const p of phases) {
    await db.insert('trades', p.trades.map((r) => ({ ...r, px: BigInt(r.px as number) })));
    await db.insert('quotes', p.quotes.map((r) => ({ ...r, bid: BigInt(r.bid as number) })));
  }
  await db.flush();
  for (const v of VIEWS) expected[v] = canonical(await db.query(`SELECT * FROM ${v}`) as Row[]);
  await db.close();

  // Durable: checkpoints after phases 1 and 2, a crash after phase 3, phase 4 after the restart.
  const path = mkdtempSync(join(tmpdir(), 'laminardb-ops-'));
  const first = runChild(path, [
    { sql: DDL }, { sql: tableRows }, ...steps(phases[0]!), { flush: true }, { checkpoint: true },
    ...steps(phases[1]!), { flush: true }, { checkpoint: true }, ...steps(phases[2]!), { flush: true }, { kill: true },
  ]);
  t.is(first.signal, 'SIGKILL', first.stderr);
  const second = runChild(path, [...steps(phases[3]!), { flush: true }, { sql: VIEWS.map((v) => `SELECT * FROM ${v}`).join('; ') }, { close: true }]);
  t.is(second.status, 0, second.stderr);
  const results = second.lines.filter((l) => 'rows' in l).map((l) => l.rows as Row[]);
  t.is(results.length, VIEWS.length);
  t.log(VIEWS.map((v) => `${v} ${expected[v]!.length}`).join(', '));
  VIEWS.forEach((v, i) => t.deepEqual(canonical(results[i]!), expected[v], `view ${v} (seed ${seed})`));
});
