/**
 * Unbounded GROUP BY under a state memory budget: N distinct keys (then a quarter of them again,
 * so spilled groups come back) through `SELECT k, COUNT(*), SUM(v), AVG(v) ... GROUP BY k` (EMIT
 * CHANGES into a stream), without a budget and with one. Each configuration runs in its own
 * child process (with --expose-gc) so peak heaps do not mix: events/s, peak memory (JS heap used
 * plus array buffers, sampled every 20 ms and after each insert), the same after a full GC at the
 * end (state still held), and the spill counters.
 *
 *   npx tsx tools/bench/state-budget.ts [keys] [budget]
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { LaminarDB, type OpenOptions } from '../../index.js';
import { mulberry32 } from '../../runtime/testing/index.js';

const JOB = `
  CREATE SOURCE ev (k VARCHAR, v BIGINT);
  CREATE STREAM per_key AS SELECT k, COUNT(*) AS n, SUM(v) AS total, AVG(v) AS mean FROM ev GROUP BY k;
`;

/** One configuration's result. */
export interface BudgetRun {
  readonly name: string;
  readonly events: number;
  readonly eventsPerSec: number;
  readonly peakHeapMb: number;
  readonly endHeapMb: number;
  readonly spilled: number;
  readonly reloaded: number;
}

const MB = 2 ** 20;

/** JS heap plus array buffers: group state lives largely in typed arrays, outside `heapUsed`. */
function used(): number {
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
}

/** Runs in this process: the job over `keys` keys with `options`. */
async function child(keys: number, budget: string | undefined): Promise<BudgetRun> {
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const options: OpenOptions = budget !== undefined ? { stateMemoryBudget: budget } : {};
  const db = await LaminarDB.open(options);
  await db.execute(JOB);
  let peak = 0;
  const sampler = setInterval(() => (peak = Math.max(peak, used())), 20);
  const rnd = mulberry32(7);
  const batch = 10_000;
  let events = 0;
  const began = performance.now();
  const send = async (key: (i: number) => number, count: number) => {
    for (let at = 0; at < count; at += batch) {
      const rows = [];
      for (let i = at; i < Math.min(count, at + batch); i++) rows.push({ k: `key-${key(i)}`, v: BigInt(i & 1023) });
      await db.insert('ev', rows);
      events += rows.length;
      peak = Math.max(peak, used());
    }
  };
  await send((i) => i, keys);
  await send(() => Math.floor(rnd() * keys), Math.floor(keys / 4));
  await db.flush();
  const ms = performance.now() - began;
  clearInterval(sampler);
  peak = Math.max(peak, used());
  gc?.();
  const end = used();
  const counters = db.metrics().actors.reduce((c, a) => ({ spilled: c.spilled + (a.counters.spilledGroups ?? 0), reloaded: c.reloaded + (a.counters.reloadedGroups ?? 0) }), { spilled: 0, reloaded: 0 });
  await db.close();
  return { name: budget === undefined ? 'no budget' : `budget ${budget}`, events, eventsPerSec: (events / ms) * 1000, peakHeapMb: peak / MB, endHeapMb: end / MB, ...counters };
}

/** Both configurations, each in a child process. */
export function benchStateBudget(quick: boolean, keys = quick ? 200_000 : 1_000_000, budget = '32mb'): { runs: BudgetRun[]; ratio: number } {
  const file = fileURLToPath(import.meta.url);
  const runOne = (b: string | undefined) => JSON.parse(execFileSync(process.execPath, ['--import', 'tsx', '--expose-gc', '--max-old-space-size=8192', file, '--child', String(keys), ...(b !== undefined ? [b] : [])], { encoding: 'utf8', maxBuffer: 1 << 20 }).trim().split('\n').at(-1)!) as BudgetRun;
  const runs = [runOne(undefined), runOne(budget)];
  return { runs, ratio: runs[1]!.eventsPerSec / runs[0]!.eventsPerSec };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  if (args[0] === '--child') console.log(JSON.stringify(await child(Number(args[1]), args[2])));
  else {
    const { runs, ratio } = benchStateBudget(false, args[0] !== undefined ? Number(args[0]) : undefined, args[1]);
    console.table(runs);
    console.log(`throughput with a budget / without: ${ratio.toFixed(2)}`);
  }
}
