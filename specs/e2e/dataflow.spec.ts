import test from 'ava';
import { col, CollectStore, count, Dataflow, defaultRegistry, Job, max, plan, sliding, sum, tumbling, type InspectionEvent, type Row } from '../../index.js';
import { mulberry32, testSeed } from '../../runtime/testing/index.js';

const tradeSchema = { sym: 'utf8', qty: 'int32', ts: 'timestamp' } as const;

function randomTrades(seed: number, n: number, disorder: number) {
  const rand = mulberry32(seed);
  const syms = ['AAPL', 'MSFT', 'GOOG', 'AMZN', 'NVDA', 'META', 'TSLA'];
  const rows: { sym: string; qty: number; ts: number }[] = [];
  let clock = 1_700_000_000_000;
  for (let i = 0; i < n; i++) {
    clock += Math.floor(rand() * 20);
    rows.push({ sym: syms[Math.floor(rand() * syms.length)]!, qty: 1 + Math.floor(rand() * 100), ts: clock - Math.floor(rand() * disorder) });
  }
  return rows;
}

test('dataflow - a keyed tumbling count over a seeded random stream equals a plain JS loop', async (t) => {
  const seed = testSeed();
  t.log(`seed ${seed} (replay with LAMINARDB_SEED=${seed})`);
  const disorder = 500;
  const trades = randomTrades(seed, 50_000, disorder);
  const flow = new Dataflow('counts');
  flow.source('trades', { schema: tradeSchema, eventTime: 'ts', watermarkDelay: disorder })
    .keyBy('sym')
    .window(tumbling(1000))
    .aggregate({ n: count(), volume: sum('qty'), biggest: max('qty') })
    .collect('counts');
  const job = await flow.start();
  for (let i = 0; i < trades.length; i += 1000) await job.insert('trades', trades.slice(i, i + 1000));
  await job.stop();

  // The same count by hand: no row is late because disorder never exceeds the watermark delay.
  const expected = new Map<string, { n: number; volume: number; biggest: number }>();
  for (const r of trades) {
    const key = `${r.sym}@${Math.floor(r.ts / 1000) * 1000}`;
    const e = expected.get(key) ?? { n: 0, volume: 0, biggest: -Infinity };
    e.n++;
    e.volume += r.qty;
    e.biggest = Math.max(e.biggest, r.qty);
    expected.set(key, e);
  }
  const got = new Map(job.collected('counts').rows().map((r) => [`${r.sym}@${r.window_start}`, { n: Number(r.n), volume: Number(r.volume), biggest: r.biggest }]));
  const sorted = (m: Map<string, unknown>) => Object.fromEntries([...m].sort(([a], [b]) => (a < b ? -1 : 1)));
  t.is(got.size, expected.size);
  t.deepEqual(sorted(got), sorted(expected));
  t.is(job.metrics().actors.find((a) => a.name.startsWith('windowAggregate'))?.counters.lateRows ?? 0, 0);
});

test('dataflow - the plan survives protobuf encoding and runs the same', async (t) => {
  const flow = new Dataflow('roundtrip');
  flow.source('trades', { schema: tradeSchema, eventTime: 'ts' })
    .filter(col('qty').gte(10))
    .project({ sym: 'sym', double: col('qty').mul(2), ts: 'ts' })
    .as('doubled')
    .collect('out');
  const bytes = plan.Plan.encode(flow.plan()).finish();
  const decoded = plan.Plan.decode(bytes);
  t.is(decoded.nodes.length, flow.plan().nodes!.length);
  const direct = flow.build();
  const store = new CollectStore();
  const fromBytes = new Job(decoded, { registry: defaultRegistry, services: { collect: store } }, store);
  const results: Row[][] = [];
  for (const job of [direct, fromBytes]) {
    const rows: Row[] = [];
    job.subscribe('doubled').subscribe((r) => rows.push(...r));
    await job.start();
    await job.insert('trades', [{ sym: 'A', qty: 5, ts: 1 }, { sym: 'B', qty: 50, ts: 2 }]);
    await job.stop();
    results.push(rows);
  }
  t.deepEqual(results[0], [{ sym: 'B', double: 100, ts: 2 }]);
  t.deepEqual(results[1], results[0]);
});

test('dataflow - adjacent filters and projections run as one actor; a named stream stays visible', async (t) => {
  const flow = new Dataflow('chain');
  const s = flow.source('trades', { schema: tradeSchema })
    .filter(col('qty').gt(0))
    .project({ sym: 'sym', q: col('qty').add(1) })
    .as('visible')
    .filter(col('q').lt(50))
    .project({ sym: 'sym', q2: col('q').mul(2) });
  s.collect('out');
  const job = flow.build();
  const names = job.metrics().actors.map((a) => a.name);
  t.deepEqual(names, ['trades', 'visible', 'filter#4+project#5', 'collect:out']);
  t.true(job.graph.byName('visible')!.kind === 'calc');
  await job.start();
  await job.insert('trades', [{ sym: 'A', qty: 10, ts: 0 }, { sym: 'B', qty: 60, ts: 0 }]);
  await job.stop();
  t.deepEqual(job.collected('out').rows(), [{ sym: 'A', q2: 22 }]);
});

test('dataflow - insert rejects rows that do not match the source, naming row and column, inserting none', async (t) => {
  const flow = new Dataflow('bad');
  flow.source('trades', { schema: { sym: { type: 'utf8', nullable: false }, qty: 'int32', ts: 'timestamp' } }).collect('out');
  const job = await flow.start();
  await t.throwsAsync(job.insert('trades', [{ sym: 'A', qty: 1, ts: 0 }, { sym: 'B', qty: 'ten', ts: 0 }] as never), { message: /column 'qty' \(int32\) row 1: expected a number, got string "ten"/ });
  await t.throwsAsync(job.insert('trades', [{ sym: null, qty: 1, ts: 0 }]), { message: /row 0: column 'sym' is NOT NULL/ });
  await t.throwsAsync(job.insert('trades', [{ sym: 'A', qyt: 1, ts: 0 }] as never), { message: /field 'qyt', which is not in the schema/ });
  await t.throwsAsync(job.insert('trade', []), { message: /'trade' is not a source of pipeline 'bad' \(did you mean 'trades'\?\)/ });
  await job.stop();
  t.deepEqual(job.collected('out').rows(), []);
  await t.throwsAsync(job.insert('trades', []), { message: /stopped; it accepts no more rows/ });
});

test('dataflow - a map function that throws on row 1,000 fails the pipeline; the subscriber learns which and why', async (t) => {
  const flow = new Dataflow('boom');
  flow.source('n', { schema: { i: 'int32' } })
    .map((r) => {
      if (r.i === 1000) throw new RangeError('row 1000 is cursed');
      return { i: r.i };
    }, { i: 'int32' })
    .as('mapped');
  const job = flow.build();
  const error = new Promise<Error>((resolve) => job.subscribe('mapped').subscribe({ error: resolve }));
  await job.start();
  // Keeps inserting until the failure stops it; the buffer is far smaller than the bound.
  const inserting = (async () => {
    for (let i = 0; i < 10_000_000; i += 100) await job.insert('n', Array.from({ length: 100 }, (_, k) => ({ i: i + k })));
  })();
  const e = await error;
  t.regex(e.message, /actor 'mapped' failed: row 1000 is cursed/);
  t.true((e.cause as Error) instanceof RangeError);
  await t.throwsAsync(inserting, { message: /row 1000 is cursed/ }, 'inserts after the failure reject with the same error');
  t.is(job.status, 'failed');
});

test('dataflow - stop drains in-flight data; end of stream completes subscribers', async (t) => {
  const flow = new Dataflow('drain');
  flow.source('n', { schema: { i: 'int32' } }).filter(col('i').gte(0)).as('all').collect('out');
  const job = flow.build({ capacity: 64 });
  let completed = false;
  let seen = 0;
  job.subscribe('all').subscribe({ next: (r) => (seen += r.length), complete: () => (completed = true) });
  await job.start();
  for (let i = 0; i < 100; i++) await job.insert('n', Array.from({ length: 50 }, (_, k) => ({ i: i * 50 + k })));
  await job.stop();
  t.is(job.collected('out').rows().length, 5000);
  t.true(job.collected('out').ended);
  t.is(seen, 5000);
  t.true(completed);
  t.is(job.status, 'stopped');
});

test('dataflow - as an AsyncIterable, a slow loop suspends the pipeline; leaving the loop releases it', async (t) => {
  const flow = new Dataflow('iterate');
  flow.source('n', { schema: { i: 'int32' }, options: { buffer_rows: 100 } }).filter(col('i').gte(0)).as('all');
  const job = flow.build({ capacity: 100 });
  const stream = job.subscribe('all', { bufferRows: 100 });
  await job.start();
  const producer = (async () => {
    for (let i = 0; i < 200; i++) await job.insert('n', Array.from({ length: 50 }, (_, k) => ({ i: i * 50 + k })));
  })();
  let rows = 0;
  for await (const batch of stream) {
    rows += batch.length;
    await new Promise((r) => setImmediate(r));
    if (rows >= 2000) break;
  }
  const source = job.metrics().actors.find((a) => a.name === 'n')!;
  t.true((source.counters.insertBlockedMs ?? 0) > 0, 'inserts waited for the consumer');
  await producer;
  await job.flush();
  t.is(job.metrics().actors.find((a) => a.name === 'all')!.rowsOut, 10_000, 'after the loop left, the pipeline ran free');
  await job.stop();
});

test('dataflow - a dropping subscription loses data instead of slowing the pipeline, and counts it', async (t) => {
  const flow = new Dataflow('lossy');
  flow.source('n', { schema: { i: 'int32' } }).filter(col('i').gte(0)).as('all').collect('out');
  const job = flow.build();
  const stream = job.subscribe('all', { bufferRows: 100, overflow: 'dropping' });
  const iterator = stream[Symbol.asyncIterator]();
  await job.start();
  for (let i = 0; i < 20; i++) await job.insert('n', Array.from({ length: 50 }, (_, k) => ({ i: i * 50 + k })));
  await job.stop();
  t.is(job.collected('out').rows().length, 1000, 'the sink got everything');
  let delivered = 0;
  for (let r = await iterator.next(); !r.done; r = await iterator.next()) delivered += r.value.length;
  t.true(delivered < 1000 && delivered >= 50, `the subscriber got ${delivered} rows`);
});

test('dataflow - inspection reports statuses, watermarks and backpressure as typed events', async (t) => {
  const flow = new Dataflow('inspect');
  flow.source('trades', { schema: tradeSchema, eventTime: 'ts' }).keyBy('sym').window(tumbling(10)).aggregate({ n: count() }).as('w');
  const job = flow.build({ capacity: 8 });
  const events: InspectionEvent[] = [];
  job.inspect().subscribe((e) => events.push(e));
  const stream = job.subscribe('w', { bufferRows: 1 });
  const it = stream[Symbol.asyncIterator]();
  await job.start();
  for (let i = 0; i < 20; i++) await Promise.race([job.insert('trades', [{ sym: `s${i}`, qty: 1, ts: i * 10 }]), job.flush()]);
  await it.next();
  await it.return!();
  await job.flush();
  await job.cancel();
  const types = new Set(events.map((e) => e.type));
  t.true(types.has('@runtime.actor'));
  t.true(types.has('@runtime.pipeline'));
  t.true(types.has('@runtime.watermark'));
  t.true(types.has('@runtime.backpressure'));
  const blocked = events.find((e) => e.type === '@runtime.backpressure' && e.blocked);
  t.truthy(blocked);
});

test('dataflow - unsubscribing releases the subscription; late subscribers complete or fail at once', async (t) => {
  const flow = new Dataflow('release');
  flow.source('n', { schema: { i: 'int32' } }).filter(col('i').gte(0)).as('all').collect('out');
  const job = flow.build({ capacity: 16 });
  // A subscriber that never reads would stall the pipeline; once unsubscribed it no longer does.
  const stalled = job.subscribe('all', { bufferRows: 1 })[Symbol.asyncIterator]();
  const sub = job.subscribe('all', { bufferRows: 1 }).subscribe(() => {});
  t.is(job.metrics().subscribers, 2);
  await stalled.return!();
  sub.unsubscribe();
  t.is(job.metrics().subscribers, 0);
  await job.start();
  for (let i = 0; i < 50; i++) await job.insert('n', Array.from({ length: 20 }, (_, k) => ({ i: i * 20 + k })));
  await job.stop();
  t.is(job.collected('out').rows().length, 1000);
  t.is(job.metrics().subscribers, 0);
  const late = await new Promise<string>((resolve) => job.subscribe('all').subscribe({ complete: () => resolve('complete'), error: () => resolve('error') }));
  t.is(late, 'complete');
  t.throws(() => job.subscribe('nope'), { message: /has no stream or node 'nope'/ });
});

test('dataflow - union of two sources into sliding windows equals a JS computation; the slower source holds the watermark', async (t) => {
  const seed = testSeed();
  t.log(`seed ${seed} (replay with LAMINARDB_SEED=${seed})`);
  const east = randomTrades(seed, 5000, 200);
  const west = randomTrades(seed + 1, 5000, 200).map((r) => ({ ...r, ts: r.ts - 30_000 })); // 30 s behind
  const flow = new Dataflow('union');
  const a = flow.source('east', { schema: tradeSchema, eventTime: 'ts', watermarkDelay: 200 });
  const b = flow.source('west', { schema: tradeSchema, eventTime: 'ts', watermarkDelay: 200 });
  a.union(b).keyBy('sym').window(sliding(2000, 500)).aggregate({ n: count(), volume: sum('qty') }).collect('out');
  const job = await flow.start();
  for (let i = 0; i < 5000; i += 250) {
    await job.insert('east', east.slice(i, i + 250));
    await job.insert('west', west.slice(i, i + 250));
  }
  await job.stop();
  t.is(job.metrics().actors.reduce((n, x) => n + (x.counters.lateRows ?? 0), 0), 0, 'west is never late: the union waits for it');
  const expected = new Map<string, { n: number; volume: number }>();
  for (const r of [...east, ...west]) {
    for (let start = Math.floor(r.ts / 500) * 500; start > r.ts - 2000; start -= 500) {
      const key = `${r.sym}@${start}`;
      const e = expected.get(key) ?? { n: 0, volume: 0 };
      e.n++;
      e.volume += r.qty;
      expected.set(key, e);
    }
  }
  const got = new Map(job.collected('out').rows().map((r) => [`${r.sym}@${r.window_start}`, { n: Number(r.n), volume: Number(r.volume) }]));
  const sorted = (m: Map<string, unknown>) => Object.fromEntries([...m].sort(([x], [y]) => (x < y ? -1 : 1)));
  t.deepEqual(sorted(got), sorted(expected));
});
