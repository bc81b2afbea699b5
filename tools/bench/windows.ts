/**
 * Window aggregation throughput, in-process over Arrow batches, against hand-written JS loops
 * computing the same results on the same batches (checked equal first):
 * - tumbling 1 s SUM and COUNT by key, 10,000 keys;
 * - hopping 2 s / 10 s COUNT by key;
 * - session (gap 1 s) COUNT by key.
 * Events are in event-time order with a watermark after every batch, so windows close as they go.
 */
import { Pipeline, schemaOf, type plan, type RecordBatch } from '../../index.js';
import { columnsOf, fixedColumn, makeBatch } from '../../runtime/index.js';
import { mulberry32 } from '../../runtime/testing/index.js';
import { benchRegistry, markedReplays, median, repeat, runPlan } from './common.js';

const schema = schemaOf({ k: 'int64', v: 'int64', ts: 'timestamp' });
const KEYS = 10_000;
const BATCH = 4096;

interface Input {
  readonly batches: RecordBatch[];
  readonly marks: number[];
  readonly rows: number;
}

/** Events spread over keys, `perSecond` events per second of event time, in order. */
function input(rows: number, perSecond: number, keys: number, seed: number): Input {
  const rand = mulberry32(seed);
  const batches: RecordBatch[] = [];
  const marks: number[] = [];
  for (let start = 0; start < rows; start += BATCH) {
    const n = Math.min(BATCH, rows - start);
    const k = new BigInt64Array(n);
    const v = new BigInt64Array(n);
    const ts = new BigInt64Array(n);
    for (let i = 0; i < n; i++) {
      k[i] = BigInt(Math.floor(rand() * keys));
      v[i] = BigInt(1 + Math.floor(rand() * 100));
      ts[i] = BigInt(Math.floor(((start + i) * 1000) / perSecond));
    }
    batches.push(makeBatch(schema, [fixedColumn('int64', k, n), fixedColumn('int64', v, n), fixedColumn('timestamp', ts, n)], n));
    marks.push(Math.floor(((start + n - 1) * 1000) / perSecond));
  }
  return { batches, marks, rows };
}


function windowPlan(name: string, body: plan.PlanNode): plan.Plan {
  return {
    name,
    nodes: [
      { id: 1, name: 'src', source: { connector: 'marked-replay', options: { replay: name } } },
      { ...body, id: 2, name: 'agg' },
      { id: 3, name: 'out', sink: { connector: 'count' } },
    ],
    edges: [{ from: 1, to: 2, input: 0, partitioning: { kind: 1, keys: ['k'] } }, { from: 2, to: 3, input: 0 }],
  };
}

const col = (name: string): plan.Expr => ({ column: { name } });

/** The view of a BigInt64Array's low words: keys and values here are small non-negative ints. */
const low = (c: RecordBatch, k: number) => new Int32Array((columnsOf(c)[k]!.values as BigInt64Array).buffer, (columnsOf(c)[k]!.values as BigInt64Array).byteOffset, c.numRows * 2);

/** Hand loop: tumbling 1 s windows, SUM(v) and COUNT(*) per key, flushed as each window closes. */
function tumbleLoop(inp: Input): Map<string, [number, number]> {
  const out = new Map<string, [number, number]>();
  let window = -1;
  let slots = new Map<number, number>();
  let sums = new Float64Array(KEYS);
  let counts = new Float64Array(KEYS);
  const flush = () => {
    for (const [key, s] of slots) out.set(`${window * 1000}:${key}`, [sums[s]!, counts[s]!]);
    slots = new Map();
    sums = new Float64Array(KEYS);
    counts = new Float64Array(KEYS);
  };
  for (const b of inp.batches) {
    const k = low(b, 0);
    const v = low(b, 1);
    const ts = low(b, 2);
    for (let i = 0; i < b.numRows; i++) {
      const w = Math.floor(ts[2 * i]! / 1000);
      if (w !== window) {
        if (window >= 0) flush();
        window = w;
      }
      const key = k[2 * i]!;
      let s = slots.get(key);
      if (s === undefined) slots.set(key, (s = slots.size));
      sums[s]! += v[2 * i]!;
      counts[s]!++;
    }
  }
  flush();
  return out;
}

/** Hand loop: hopping 10 s windows every 2 s, COUNT per key (each row in 5 windows). */
function hopLoop(inp: Input): Map<string, number> {
  const out = new Map<string, number>();
  const open = new Map<number, Map<number, number>>();
  for (let b = 0; b < inp.batches.length; b++) {
    const batch = inp.batches[b]!;
    const k = low(batch, 0);
    const ts = low(batch, 2);
    for (let i = 0; i < batch.numRows; i++) {
      const t = ts[2 * i]!;
      const key = k[2 * i]!;
      for (let start = Math.floor(t / 2000) * 2000; start > t - 10_000; start -= 2000) {
        let m = open.get(start);
        if (m === undefined) open.set(start, (m = new Map()));
        m.set(key, (m.get(key) ?? 0) + 1);
      }
    }
    const wm = inp.marks[b]!;
    for (const [start, m] of open) {
      if (start + 10_000 > wm) continue;
      for (const [key, n] of m) out.set(`${start}:${key}`, n);
      open.delete(start);
    }
  }
  for (const [start, m] of open) for (const [key, n] of m) out.set(`${start}:${key}`, n);
  return out;
}

/** Hand loop: sessions with a 1 s gap, COUNT per key (in-order input: a session only grows). */
function sessionLoop(inp: Input): Map<string, number> {
  const out = new Map<string, number>();
  const starts = new Float64Array(KEYS).fill(-1);
  const lasts = new Float64Array(KEYS);
  const counts = new Float64Array(KEYS);
  for (const b of inp.batches) {
    const k = low(b, 0);
    const ts = low(b, 2);
    for (let i = 0; i < b.numRows; i++) {
      const key = k[2 * i]!;
      const t = ts[2 * i]!;
      if (starts[key]! >= 0 && t - lasts[key]! >= 1000) {
        out.set(`${starts[key]}:${key}`, counts[key]!);
        starts[key] = -1;
      }
      if (starts[key]! < 0) {
        starts[key] = t;
        counts[key] = 0;
      }
      lasts[key] = t;
      counts[key]!++;
    }
  }
  for (let key = 0; key < KEYS; key++) if (starts[key]! >= 0) out.set(`${starts[key]}:${key}`, counts[key]!);
  return out;
}

/** Rows of the engine's output, keyed like the loops' results. */
async function engineResult(p: plan.Plan): Promise<Map<string, number[]>> {
  const pipeline = new Pipeline(p, { registry: benchRegistry, services: { counter: { rows: 0 } } });
  const out = new Map<string, number[]>();
  pipeline.subscribe('agg').subscribe((rows) => {
    for (const r of rows) out.set(`${r.window_start}:${r.k}`, Object.keys(r).filter((c) => !['k', 'window_start', 'window_end'].includes(c)).map((c) => Number(r[c])));
  });
  await pipeline.start();
  await pipeline.done;
  return out;
}

export interface WindowBenchRow {
  readonly name: string;
  readonly rows: number;
  readonly engine: number;
  readonly loop: number;
  readonly ratio: number;
  readonly target: number;
}

export async function benchWindows(quick: boolean): Promise<WindowBenchRow[]> {
  const rows = quick ? 400_000 : 4_000_000;
  const runs = quick ? 3 : 5;
  const out: WindowBenchRow[] = [];
  const cases: { name: string; target: number; input: Input; body: plan.PlanNode; loop: (i: Input) => Map<string, unknown> }[] = [
    {
      name: 'tumbling 1 s SUM + COUNT by key (10,000 keys)', target: 5e6, input: input(rows, 200_000, KEYS, 1),
      body: { id: 2, windowAggregate: { keys: ['k'], window: { tumbling: { sizeMs: 1000 } }, timeColumn: 'ts', aggregates: [{ name: 's', function: 'sum', args: [col('v')] }, { name: 'n', function: 'count' }] } },
      loop: tumbleLoop,
    },
    {
      name: 'hopping 2 s / 10 s COUNT by key (10,000 keys)', target: 2e6, input: input(rows, 200_000, KEYS, 2),
      body: { id: 2, windowAggregate: { keys: ['k'], window: { sliding: { slideMs: 2000, sizeMs: 10_000 } }, timeColumn: 'ts', aggregates: [{ name: 'n', function: 'count' }] } },
      loop: hopLoop,
    },
    {
      name: 'session (gap 1 s) COUNT by key (10,000 keys)', target: 1e6, input: input(rows, 20_000, KEYS, 3),
      body: { id: 2, sessionAggregate: { keys: ['k'], window: { session: { gapMs: 1000 } }, timeColumn: 'ts', aggregates: [{ name: 'n', function: 'count' }] } },
      loop: sessionLoop,
    },
  ];
  for (const c of cases) {
    const name = c.name.split(' ')[0]!;
    markedReplays.set(name, { schema, ...c.input });
    const p = windowPlan(name, c.body);
    // The same results first.
    const expected = c.loop(c.input);
    const got = await engineResult(p);
    if (got.size !== expected.size) throw new Error(`${c.name}: the engine has ${got.size} groups, the loop ${expected.size}`);
    for (const [key, v] of expected) {
      if (JSON.stringify(got.get(key)) !== JSON.stringify(Array.isArray(v) ? v : [v])) throw new Error(`${c.name}: ${key} is ${JSON.stringify(got.get(key))} in the engine, ${JSON.stringify(v)} in the loop`);
    }
    const engine = await repeat(runs, 1, () => runPlan(p));
    const loop = await repeat(runs, 1, () => {
      const started = performance.now();
      if (c.loop(c.input).size === 0) throw new Error('no groups');
      return { ms: performance.now() - started };
    });
    const e = c.input.rows / (median(engine.map((r) => r.ms)) / 1000);
    const l = c.input.rows / (median(loop.map((r) => r.ms)) / 1000);
    out.push({ name: c.name, rows: c.input.rows, engine: e, loop: l, ratio: e / l, target: c.target });
  }
  return out;
}
