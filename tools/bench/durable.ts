/**
 * The cost of durability, measured end to end through `LaminarDB`: the same windowed
 * aggregation fed the same events (db.insert in batches) in memory, durable without checkpoints
 * (every insert logged), and durable with a checkpoint every second. The target is the
 * ratio of the last two: at least 0.8.
 *
 *   npx tsx tools/bench/durable.ts [events]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LaminarDB, type OpenOptions } from '../../index.js';
import { mulberry32 } from '../../runtime/testing/index.js';
import { repeat } from './common.js';

const JOB = `
  CREATE SOURCE events (k VARCHAR, v BIGINT, ts TIMESTAMP, WATERMARK FOR ts AS ts - INTERVAL '1' SECOND);
  CREATE MATERIALIZED VIEW per_second AS
    SELECT k, window_start, COUNT(*) AS n, SUM(v) AS total FROM events GROUP BY k, TUMBLE(ts, INTERVAL '1' SECOND) EMIT ON WINDOW CLOSE;
`;

/** One configuration's result. */
export interface DurableRun {
  readonly name: string;
  readonly events: number;
  readonly eventsPerSec: number;
  readonly checkpoints: number;
}

/** Runs `events` events through the job opened with `options`; returns events/s. */
async function run(name: string, events: number, options: OpenOptions, batches: readonly Record<string, unknown>[][]): Promise<DurableRun> {
  const db = await LaminarDB.open(options);
  await db.execute(JOB);
  const began = performance.now();
  for (const b of batches) await db.insert('events', b);
  await db.flush();
  const ms = performance.now() - began;
  const status = await db.query('SHOW CHECKPOINT STATUS') as { checkpoint_id: bigint }[];
  await db.close();
  return { name, events, eventsPerSec: (events / ms) * 1000, checkpoints: Number(status[0]?.checkpoint_id ?? 0n) };
}

/** The three configurations, each on a fresh directory; the median of `repeats` runs each. */
export async function benchDurable(quick: boolean): Promise<{ runs: DurableRun[]; ratio: number }> {
  const events = quick ? 100_000 : Number(process.argv.find((a) => /^\d+$/.test(a)) ?? 1_000_000);
  const rand = mulberry32(42);
  const batches: Record<string, unknown>[][] = [];
  const start = Date.UTC(2024, 0, 1);
  for (let i = 0; i < events; i += 5000) {
    const b: Record<string, unknown>[] = [];
    for (let j = i; j < Math.min(events, i + 5000); j++) b.push({ k: `k${Math.floor(rand() * 1000)}`, v: BigInt(j & 1023), ts: start + j });
    batches.push(b);
  }
  const dirs: string[] = [];
  const fresh = () => {
    const d = mkdtempSync(join(tmpdir(), 'laminardb-bench-'));
    dirs.push(d);
    return d;
  };
  const repeats = quick ? 1 : 3;
  const median = async (name: string, options: () => OpenOptions): Promise<DurableRun> => {
    const runs = await repeat(repeats, 0, () => run(name, events, options(), batches));
    runs.sort((a, b) => a.eventsPerSec - b.eventsPerSec);
    return runs[Math.floor(runs.length / 2)]!;
  };
  try {
    const memory = await median('in memory', () => ({}));
    const logged = await median('durable, no checkpoints', () => ({ path: fresh() }));
    const checkpointed = await median('durable, a checkpoint every second', () => ({ path: fresh(), durability: { checkpointIntervalMs: 1000 } }));
    return { runs: [memory, logged, checkpointed], ratio: checkpointed.eventsPerSec / logged.eventsPerSec };
  } finally {
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  }
}

if (process.argv[1] !== undefined && import.meta.filename === process.argv[1]) {
  const { runs, ratio } = await benchDurable(process.argv.includes('--quick'));
  for (const r of runs) console.log(`${r.name}: ${Math.round(r.eventsPerSec).toLocaleString('en-US')} events/s (${r.checkpoints} checkpoints)`);
  console.log(`ratio with 1 s checkpoints to without: ${ratio.toFixed(2)} (target >= 0.8)`);
}
