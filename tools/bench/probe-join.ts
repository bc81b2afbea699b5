/**
 * Temporal probe join throughput against a hand-written loop doing the same work: trades probe
 * quotes of 10,000 symbols at five offsets (-5 s, -1 s, 0, 1 s, 5 s), each probe held until the
 * quote watermark passes it; the loop keeps each symbol's quotes in arrays and binary-searches each
 * probe (its match count is checked equal first). Events per second count the rows of both inputs.
 *
 *   npx tsx tools/bench/probe-join.ts [rows]
 */
import { Pipeline, type plan, type RecordBatch } from '../../index.js';
import { columnsOf, validityOf } from '../../runtime/index.js';
import { benchRegistry, eventStream, markedReplays, median, repeat, type EventStream } from './common.js';

const KEYS = 10_000;
const OFFSETS = [-5000, -1000, 0, 1000, 5000];

type Stream = EventStream;
const stream = (names: readonly [string, string, string], rows: number, perSecond: number, seed: number): Stream => eventStream(names, rows, perSecond, seed, KEYS);

/** Hand loop: each symbol's quote times in arrays, one binary search per probe. */
function probeLoop(trades: Stream, quotes: Stream): number {
  const perKey: number[][] = Array.from({ length: KEYS }, () => []);
  for (let i = 0; i < quotes.keys.length; i++) perKey[quotes.keys[i]!]!.push(quotes.times[i]!);
  let matched = 0;
  for (let i = 0; i < trades.keys.length; i++) {
    const q = perKey[trades.keys[i]!]!;
    for (const off of OFFSETS) {
      const t = trades.times[i]! + off;
      let [lo, hi] = [0, q.length];
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (q[mid]! <= t) lo = mid + 1;
        else hi = mid;
      }
      if (lo > 0) matched++;
    }
  }
  return matched;
}

async function run(p: plan.Plan, onRows?: (b: RecordBatch) => void): Promise<void> {
  const pipeline = new Pipeline(p, { registry: benchRegistry, services: { counter: { rows: 0 } } });
  const delivered = onRows === undefined ? undefined : new Promise<void>((resolve, reject) => pipeline.subscribeBatches('join').subscribe({ next: onRows, error: reject, complete: resolve }));
  await pipeline.start();
  await pipeline.done;
  await delivered;
}

const rows = Number(process.argv[2] ?? 1_000_000);
const trades = stream(['sym', 'ts', 'qty'], rows / 2, 10_000, 41);
const quotes = stream(['qsym', 'qts', 'bid'], rows / 2, 10_000, 42);
markedReplays.set('probe:left', trades);
markedReplays.set('probe:right', quotes);
const p: plan.Plan = {
  name: 'probe',
  nodes: [
    { id: 1, name: 'left', source: { connector: 'marked-replay', options: { replay: 'probe:left' } } },
    { id: 2, name: 'right', source: { connector: 'marked-replay', options: { replay: 'probe:right' } } },
    { id: 3, name: 'join', temporalProbeJoin: { type: 0, leftKeys: ['sym'], rightKeys: ['qsym'], leftTime: 'ts', rightTime: 'qts', offsetsMs: OFFSETS, offsetColumn: 'p_offset_ms', probeTimeColumn: 'p_probe_ts' } },
    { id: 4, name: 'out', sink: { connector: 'count' } },
  ],
  edges: [
    { from: 1, to: 3, input: 0, partitioning: { kind: 1, keys: ['sym'] } },
    { from: 2, to: 3, input: 1, partitioning: { kind: 1, keys: ['qsym'] } },
    { from: 3, to: 4, input: 0 },
  ],
};
const expected = probeLoop(trades, quotes);
let matched = 0;
await run(p, (b) => {
  const bid = columnsOf(b)[5]!;
  const valid = validityOf(bid);
  for (let i = 0; i < b.numRows; i++) if (valid === null || ((valid[(bid.offset + i) >> 3]! >> ((bid.offset + i) & 7)) & 1) === 1) matched++;
});
if (matched !== expected) throw new Error(`probe join: the engine matched ${matched} probes, the loop ${expected}`);
const time = async (fn: () => unknown) => median((await repeat(5, 1, async () => {
  const started = performance.now();
  await fn();
  return performance.now() - started;
})));
const [engine, loop] = [await time(() => run(p)), await time(() => probeLoop(trades, quotes))];
const eps = (ms: number) => (rows / (ms / 1000) / 1e6).toFixed(2);
console.log(`temporal probe join, 5 offsets, ${KEYS} symbols, ${rows} events (${matched} probes matched): engine ${eps(engine)} M events/s, hand loop ${eps(loop)} M events/s, ratio ${(loop / engine).toFixed(2)}`);
