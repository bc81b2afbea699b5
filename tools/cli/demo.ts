/**
 * The demo pipeline: synthetic market trades flow through a Dataflow pipeline on the embedded
 * runtime (no external services) and per-symbol one-second VWAP windows print as they close.
 */
import { col, count, Dataflow, prettyTable, sum, tumbling, type Job } from '../../index.js';
import { mulberry32 } from '../../runtime/testing/index.js';

export interface DemoOptions {
  /** How long to generate trades. */
  seconds: number;
  /** Trades per second. */
  rate: number;
  seed: number;
  /** Where output goes (tests pass a collector). */
  print: (text: string) => void;
}

const SYMBOLS = ['AAPL', 'MSFT', 'GOOG', 'AMZN', 'NVDA', 'META', 'TSLA', 'AMD'];

/** Builds the demo pipeline. */
export function demoFlow(): Dataflow {
  const flow = new Dataflow('market-demo');
  flow
    .source('trades', {
      schema: { sym: 'utf8', price: 'float64', qty: 'int32', ts: 'timestamp' },
      eventTime: 'ts',
      watermarkDelay: '200ms',
    })
    .filter(col('qty').gt(0))
    .project({ sym: 'sym', qty: 'qty', notional: col('price').mul(col('qty')), ts: 'ts' })
    .keyBy('sym')
    .window(tumbling('1s'))
    .aggregate({ trades: count(), volume: sum('qty'), notional: sum('notional') })
    .project({ sym: 'sym', window_end: 'window_end', trades: 'trades', volume: 'volume', vwap: col('notional').div(col('volume')) })
    .as('vwap');
  return flow;
}

/** Runs the demo; resolves with the job after it stopped. */
export async function runDemo(options: DemoOptions): Promise<Job> {
  const { seconds, rate, seed, print } = options;
  const rand = mulberry32(seed);
  const prices = SYMBOLS.map(() => 50 + rand() * 450);
  const job = demoFlow().build();
  let windows = 0;
  job.subscribeBatches('vwap').subscribe((batch) => {
    windows++;
    const end = new Date(Number(batch.getChild('window_end')!.get(0))).toISOString().slice(11, 19);
    print(`window ending ${end}`);
    print(prettyTable(batch));
  });
  await job.start();
  print(`market-demo: ${SYMBOLS.length} symbols, ${rate} trades/s for ${seconds}s (seed ${seed}); one-second VWAP windows:`);
  const tickMs = 50;
  const perTick = Math.max(1, Math.round((rate * tickMs) / 1000));
  const started = Date.now();
  let produced = 0;
  while (Date.now() - started < seconds * 1000) {
    const now = Date.now();
    const rows = [];
    for (let i = 0; i < perTick; i++) {
      const s = Math.floor(rand() * SYMBOLS.length);
      prices[s] = Math.max(1, prices[s]! * (1 + (rand() - 0.5) * 0.002));
      // Up to 100 ms of disorder, within the 200 ms watermark delay.
      rows.push({ sym: SYMBOLS[s]!, price: Math.round(prices[s]! * 100) / 100, qty: 1 + Math.floor(rand() * 500), ts: now - Math.floor(rand() * 100) });
    }
    await job.insert('trades', rows);
    produced += rows.length;
    const wait = tickMs - (Date.now() - now);
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
  }
  await job.stop();
  const m = job.metrics();
  const late = m.actors.reduce((n, a) => n + (a.counters.lateRows ?? 0), 0);
  print(`done: ${produced} trades in ${((Date.now() - started) / 1000).toFixed(1)}s, ${windows} window batches, ${late} late rows; actors: ${m.actors.map((a) => `${a.name} ${a.rowsIn}→${a.rowsOut}`).join(', ')}`);
  return job;
}
