/**
 * Join throughput, in-process over Arrow batches, against hand-written JS loops that compute the
 * same matches on the same batches (match counts checked equal first):
 * - interval join of two streams, 10,000 keys, right time within ±50 ms of the left's (about one
 *   match per row), state evicted by both watermarks;
 * - ASOF backward join of trades and quotes, 10,000 symbols, held for the quote watermark;
 * - lookup join of a stream against a 10,000-row table (every row found: the cached case);
 * - the same stream against a LOOKUP TABLE of 10,000 keys (memory source) through the join's
 *   cache, against a hand loop with a Map cache that gathers the same two table columns.
 * Events per second count the rows of every input.
 */
import { Pipeline, schemaOf, type plan, type RecordBatch } from '../../index.js';
import { columnsOf, fixedColumn, makeBatch, toPlanSchema, validityOf } from '../../runtime/index.js';
import { MemoryLookupSource } from '../../connectors/index.js';
import { LookupStats } from '../../runtime/index.js';
import { benchRegistry, eventStream, markedReplays, median, repeat, type EventStream } from './common.js';

const KEYS = 10_000;

type Stream = EventStream;
const stream = (names: readonly [string, string, string], rows: number, perSecond: number, seed: number): Stream => eventStream(names, rows, perSecond, seed, KEYS);


/** The low 32 bits of an int64 column (keys and times here fit). */
const low = (b: RecordBatch, k: number) => {
  const v = columnsOf(b)[k]!.values as BigInt64Array;
  return new Int32Array(v.buffer, v.byteOffset, b.numRows * 2);
};

/** Rows of both streams merged by time: [side, batch, row] in time order (left first on ties). */
function* merged(a: Stream, b: Stream): Generator<[0 | 1, RecordBatch, number, number, number]> {
  const cursor = [{ s: a, bi: 0, ri: 0 }, { s: b, bi: 0, ri: 0 }];
  const head = (c: (typeof cursor)[number]) => (c.bi < c.s.batches.length ? low(c.s.batches[c.bi]!, 1)[2 * c.ri]! : Infinity);
  for (;;) {
    const [ta, tb] = [head(cursor[0]!), head(cursor[1]!)];
    if (ta === Infinity && tb === Infinity) return;
    const side: 0 | 1 = ta <= tb ? 0 : 1;
    const c = cursor[side]!;
    const batch = c.s.batches[c.bi]!;
    yield [side, batch, c.ri, low(batch, 0)[2 * c.ri]!, side === 0 ? ta : tb];
    if (++c.ri === batch.numRows) [c.bi, c.ri] = [c.bi + 1, 0];
  }
}

/** Hand loop: interval join matches (|rt - lt| <= bound), per-key lists pruned as time passes. */
function intervalLoop(a: Stream, b: Stream, bound: number): number {
  const kept: [number[][], number[][]] = [Array.from({ length: KEYS }, () => []), Array.from({ length: KEYS }, () => [])];
  let matches = 0;
  for (const [side, , , key, t] of merged(a, b)) {
    const other = kept[side === 0 ? 1 : 0][key]!;
    let drop = 0;
    while (drop < other.length && other[drop]! < t - bound) drop++;
    if (drop > 0) other.splice(0, drop);
    for (const ot of other) if (Math.abs(ot - t) <= bound) matches++;
    kept[side][key]!.push(t);
  }
  return matches;
}

/**
 * Hand loop: ASOF backward, each trade with the last quote of its symbol at or before it (quotes
 * at a trade's time count). It walks both streams in time order over their typed arrays, keeps
 * each symbol's last quote as (batch, row), and builds the output's quote columns per trade
 * batch, as the join must: the work of the join, without watermarks, generality or a pipeline.
 * Returns the number of matched trades.
 */
function asofLoop(trades: Stream, quotes: Stream): number {
  const lastBatch = new Int32Array(KEYS).fill(-1);
  const lastRow = new Int32Array(KEYS);
  const qKeys = quotes.batches.map((b) => low(b, 0));
  const qTimes = quotes.batches.map((b) => low(b, 1));
  const qBids = quotes.batches.map((b) => columnsOf(b)[2]!.values as Float64Array);
  let [qb, qr] = [0, 0];
  let matched = 0;
  for (const batch of trades.batches) {
    const n = batch.numRows;
    const [k, t] = [low(batch, 0), low(batch, 1)];
    const outKey = new Int32Array(2 * n);
    const outTime = new Int32Array(2 * n);
    const outBid = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const time = t[2 * i]!;
      while (qb < qKeys.length && qTimes[qb]![2 * qr]! <= time) {
        const key = qKeys[qb]![2 * qr]!;
        lastBatch[key] = qb;
        lastRow[key] = qr;
        if (++qr === quotes.batches[qb]!.numRows) [qb, qr] = [qb + 1, 0];
      }
      const key = k[2 * i]!;
      const b = lastBatch[key]!;
      if (b < 0) continue;
      const r = lastRow[key]!;
      outKey[2 * i] = qKeys[b]![2 * r]!;
      outKey[2 * i + 1] = qKeys[b]![2 * r + 1]!;
      outTime[2 * i] = qTimes[b]![2 * r]!;
      outTime[2 * i + 1] = qTimes[b]![2 * r + 1]!;
      outBid[i] = qBids[b]![r]!;
      matched++;
    }
  }
  return matched;
}

/** Hand loop: lookup of each row's key in an array-indexed table. */
function lookupLoop(s: Stream, table: Float64Array): number {
  let sum = 0;
  for (const batch of s.batches) {
    const k = low(batch, 0);
    for (let i = 0; i < batch.numRows; i++) sum += table[k[2 * i]!]!;
  }
  return sum;
}

function twoInputPlan(name: string, body: plan.PlanNode, keys: readonly [string, string]): plan.Plan {
  return {
    name,
    nodes: [
      { id: 1, name: 'left', source: { connector: 'marked-replay', options: { replay: `${name}:left` } } },
      { id: 2, name: 'right', source: { connector: 'marked-replay', options: { replay: `${name}:right` } } },
      { ...body, id: 3, name: 'join' },
      { id: 4, name: 'out', sink: { connector: 'count' } },
    ],
    edges: [
      { from: 1, to: 3, input: 0, partitioning: { kind: 1, keys: [keys[0]] } },
      { from: 2, to: 3, input: 1, partitioning: { kind: 1, keys: [keys[1]] } },
      { from: 3, to: 4, input: 0 },
    ],
  };
}

async function run(p: plan.Plan, services: Record<string, unknown> = {}, onRows?: (b: RecordBatch) => void): Promise<{ ms: number; rows: number }> {
  const counter = { rows: 0 };
  const pipeline = new Pipeline(p, { registry: benchRegistry, services: { counter, ...services } });
  // The pipeline can be done before its subscriber has every batch: wait for the subscription too.
  const delivered = onRows === undefined ? undefined : new Promise<void>((resolve, reject) => pipeline.subscribeBatches('join').subscribe({ next: onRows, error: reject, complete: resolve }));
  const started = performance.now();
  await pipeline.start();
  await pipeline.done;
  await delivered;
  return { ms: performance.now() - started, rows: counter.rows };
}

export interface JoinBenchRow {
  readonly name: string;
  readonly rows: number;
  readonly engine: number;
  readonly loop: number;
  readonly ratio: number;
  readonly target: number;
}

export async function benchJoins(quick: boolean): Promise<JoinBenchRow[]> {
  const rows = quick ? 200_000 : 2_000_000;
  const runs = quick ? 3 : 5;
  const out: JoinBenchRow[] = [];
  const measure = async (name: string, events: number, target: number, engine: () => Promise<unknown>, loop: () => unknown) => {
    const e = await repeat(runs, 1, async () => {
      const started = performance.now();
      await engine();
      return { ms: performance.now() - started };
    });
    const l = await repeat(runs, 1, () => {
      const started = performance.now();
      loop();
      return { ms: performance.now() - started };
    });
    const [es, ls] = [events / (median(e.map((r) => r.ms)) / 1000), events / (median(l.map((r) => r.ms)) / 1000)];
    out.push({ name, rows: events, engine: es, loop: ls, ratio: es / ls, target });
  };

  const only = process.env.JOIN_ONLY;
  // Interval join.
  if (only === undefined || only === 'interval') {
    const left = stream(['k', 'lt', 'lv'], rows / 2, 100_000, 11);
    const right = stream(['rk', 'rt', 'rv'], rows / 2, 100_000, 12);
    markedReplays.set('interval:left', left);
    markedReplays.set('interval:right', right);
    const p = twoInputPlan('interval', { id: 3, join: { type: 0, leftKeys: ['k'], rightKeys: ['rk'], interval: { leftTime: 'lt', rightTime: 'rt', lowerMs: -50, upperMs: 50 } } }, ['k', 'rk']);
    const expected = intervalLoop(left, right, 50);
    const got = (await run(p)).rows;
    if (got !== expected) throw new Error(`interval join: the engine found ${got} matches, the loop ${expected}`);
    await measure('interval join ±50 ms, 10,000 keys (INNER)', rows, 1e6, () => run(p), () => intervalLoop(left, right, 50));
  }

  // ASOF join.
  if (only === undefined || only === 'asof') {
    const trades = stream(['sym', 'ts', 'qty'], rows / 2, 100_000, 21);
    const quotes = stream(['qsym', 'qts', 'bid'], rows / 2, 100_000, 22);
    markedReplays.set('asof:left', trades);
    markedReplays.set('asof:right', quotes);
    const p = twoInputPlan('asof', { id: 3, asofJoin: { leftKeys: ['sym'], rightKeys: ['qsym'], leftTime: 'ts', rightTime: 'qts', direction: 0, toleranceMs: -1 } }, ['sym', 'qsym']);
    const expected = asofLoop(trades, quotes);
    let matched = 0;
    await run(p, {}, (b) => {
      const bid = columnsOf(b)[5]!;
      const valid = validityOf(bid);
      for (let i = 0; i < b.numRows; i++) if (valid === null || ((valid[(bid.offset + i) >> 3]! >> ((bid.offset + i) & 7)) & 1) === 1) matched++;
    });
    if (matched !== expected) throw new Error(`ASOF join: the engine matched ${matched} trades, the loop ${expected}`);
    await measure('ASOF backward, 10,000 symbols (held for the watermark)', rows, 2e6, () => run(p), () => asofLoop(trades, quotes));
  }

  // Lookup join against a table of 10,000 rows.
  if (only === undefined || only === 'lookup') {
    const orders = stream(['pid', 'ts', 'qty'], rows, 100_000, 31);
    markedReplays.set('lookup:left', orders);
    const tableSchema = schemaOf({ id: 'int64', price: 'float64' });
    const prices = new Float64Array(KEYS).map((_, i) => i / 100);
    const ids = BigInt64Array.from({ length: KEYS }, (_, i) => BigInt(i));
    const table = { schema: tableSchema, version: 1, batches: () => [makeBatch(tableSchema, [fixedColumn('int64', ids, KEYS), fixedColumn('float64', prices, KEYS)], KEYS)] };
    const stores = { get: () => table };
    const p: plan.Plan = {
      name: 'lookup',
      nodes: [
        { id: 1, name: 'left', source: { connector: 'marked-replay', options: { replay: 'lookup:left' } } },
        { id: 3, name: 'join', lookupJoin: { table: 'products', schema: toPlanSchema(tableSchema), leftKeys: ['pid'], tableKeys: ['id'] } },
        { id: 4, name: 'out', sink: { connector: 'count' } },
      ],
      edges: [{ from: 1, to: 3, input: 0 }, { from: 3, to: 4, input: 0 }],
    };
    const expected = lookupLoop(orders, prices);
    let sum = 0;
    await run(p, { stores }, (b) => {
      const price = columnsOf(b)[4]!.values as Float64Array;
      for (let i = 0; i < b.numRows; i++) sum += price[i]!;
    });
    if (Math.abs(sum - expected) > 1e-6 * Math.abs(expected)) throw new Error(`lookup join: the engine summed ${sum}, the loop ${expected}`);
    await measure('lookup join, 10,000-row table (cached)', rows, 5e6, () => run(p, { stores }), () => lookupLoop(orders, prices));
  }

  // Lookup join against a LOOKUP TABLE: the same stream and 10,000 keys through each join's cache.
  if (only === undefined || only === 'lookup') {
    const orders = stream(['pid', 'ts', 'qty'], rows, 100_000, 31);
    markedReplays.set('lookup-table:left', orders);
    const tableSchema = schemaOf({ id: { type: 'int64', nullable: false }, price: 'float64' });
    const source = new MemoryLookupSource(tableSchema, 'id');
    source.upsert(Array.from({ length: KEYS }, (_, i) => ({ id: BigInt(i), price: i / 100 })));
    const handle = { name: 'products', source, cacheBytes: 64 << 20, cacheTtlMs: Infinity, stats: new LookupStats() };
    const lookups = { get: () => handle };
    const p: plan.Plan = {
      name: 'lookup-table',
      nodes: [
        { id: 1, name: 'left', source: { connector: 'marked-replay', options: { replay: 'lookup-table:left' } } },
        { id: 3, name: 'join', lookupJoin: { table: 'products', schema: toPlanSchema(tableSchema), leftKeys: ['pid'], tableKeys: ['id'] } },
        { id: 4, name: 'out', sink: { connector: 'count' } },
      ],
      edges: [{ from: 1, to: 3, input: 0 }, { from: 3, to: 4, input: 0 }],
    };
    const prices = new Float64Array(KEYS).map((_, i) => i / 100);
    const expected = lookupLoop(orders, prices);
    let sum = 0;
    await run(p, { lookups }, (b) => {
      const price = columnsOf(b)[4]!.values as Float64Array;
      for (let i = 0; i < b.numRows; i++) sum += price[i]!;
    });
    if (Math.abs(sum - expected) > 1e-6 * Math.abs(expected)) throw new Error(`lookup table join: the engine summed ${sum}, the loop ${expected}`);
    const hitRate = handle.stats.hits / (handle.stats.hits + handle.stats.misses);
    const rowsOf = new Map<number, number>(Array.from({ length: KEYS }, (_, i) => [i, i]));
    await measure(`LOOKUP TABLE join, 10,000 keys, ${(100 * hitRate).toFixed(1)}% cache hits`, rows, 5e6, () => run(p, { lookups }), () => cachedLoop(orders, rowsOf, prices));
  }
  return out;
}

/**
 * Hand loop for the cached lookup: a Map from key to cache slot, filled from the "source" on a
 * miss, and the table's two columns gathered into output arrays per batch.
 */
function cachedLoop(s: Stream, source: ReadonlyMap<number, number>, prices: Float64Array): number {
  const cache = new Map<number, number>();
  const ids: number[] = [];
  const values: number[] = [];
  let sum = 0;
  for (const batch of s.batches) {
    const k = low(batch, 0);
    const n = batch.numRows;
    const outId = new BigInt64Array(n);
    const outPrice = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const key = k[2 * i]!;
      let slot = cache.get(key);
      if (slot === undefined) {
        const row = source.get(key)!;
        slot = ids.length;
        ids.push(row);
        values.push(prices[row]!);
        cache.set(key, slot);
      }
      outId[i] = BigInt(ids[slot]!);
      outPrice[i] = values[slot]!;
    }
    sum += outPrice[n - 1]!;
  }
  return sum;
}
