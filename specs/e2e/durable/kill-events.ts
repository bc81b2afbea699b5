/**
 * The kill harness's input and job: deterministic events (the i-th event depends only on the seed
 * and i, so a restarted worker regenerates exactly the events it has not inserted yet), event
 * time rising with bounded disorder inside the watermark delay (no row is late, so the answer
 * does not depend on when a crash happens), and the reference answer computed directly.
 */
import { mulberry32 } from '../../../runtime/testing/index.js';

/** Keys, window size and the job's SQL. */
export const KEYS = 50;
export const WINDOW_MS = 1000;
const START = Date.UTC(2024, 0, 1);

/**
 * The job: a tumbling COUNT/SUM per key into an exactly-once file sink, and an input counter.
 * Every statement is IF NOT EXISTS: a life killed part way through the script (each statement is
 * logged on its own) runs it again and creates only what is missing.
 */
export const JOB_SQL = (dir: string): string => `
  CREATE SOURCE IF NOT EXISTS events (k VARCHAR, v BIGINT, ts TIMESTAMP, WATERMARK FOR ts AS ts - INTERVAL '2' SECOND);
  CREATE MATERIALIZED VIEW IF NOT EXISTS ingested AS SELECT COUNT(*) AS n FROM events WHERE k <> 'sentinel';
  CREATE STREAM IF NOT EXISTS per_second AS
    SELECT k, window_start, COUNT(*) AS n, SUM(v) AS total
    FROM events GROUP BY k, TUMBLE(ts, INTERVAL '1' SECOND) EMIT ON WINDOW CLOSE;
  CREATE SINK IF NOT EXISTS out FROM per_second INTO FILES ('path' = '${dir}', 'rolling.rows' = '5000') FORMAT JSON;
`;

/** An event far enough ahead to close every window of the input. */
export const SENTINEL = { k: 'sentinel', v: 0n, ts: START + 1e9 };

/** The i-th event: 25 events per second of event time, up to 1 s out of order. */
export function eventAt(seed: number, i: number): { k: string; v: bigint; ts: number } {
  const rand = mulberry32((seed ^ Math.imul(i + 1, 0x9e3779b1)) >>> 0);
  return { k: `k${Math.floor(rand() * KEYS)}`, v: BigInt(Math.floor(rand() * 1000)), ts: START + i * 40 + Math.floor(rand() * 1000) };
}

/** The reference: per key and window, the count and sum, as `k|window_start|n|total` lines. */
export function reference(seed: number, total: number): string[] {
  const groups = new Map<string, { n: number; total: bigint }>();
  for (let i = 0; i < total; i++) {
    const e = eventAt(seed, i);
    const key = `${e.k}|${e.ts - (e.ts % WINDOW_MS)}`;
    const g = groups.get(key) ?? { n: 0, total: 0n };
    g.n++;
    g.total += e.v;
    groups.set(key, g);
  }
  return [...groups].map(([key, g]) => `${key}|${g.n}|${g.total}`).sort();
}
