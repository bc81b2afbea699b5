import test from 'ava';
import { col, Dataflow, defaultRegistry, defineSink, mergeRegistries, rowsToBatch, schemaOf, type plan, type RecordBatch } from '../../index.js';

// A source that offers rows far faster than a deliberately slow sink takes them: memory must stay
// within the mailbox budgets and the source must be suspended instead.
const ROWS = 2_000_000;
const BATCH = 8192;
const CAPACITY = 16_384;
const schema = schemaOf({ i: 'int32', payload: 'float64', tag: 'utf8' });

const slowSink = defineSink<plan.SinkNode>({
  name: 'slow',
  setup: (ctx) => {
    const seen = ctx.service<{ rows: number; batches: number }>('seen');
    return {
      async write(batch: RecordBatch) {
        seen.rows += batch.numRows;
        seen.batches++;
        await new Promise((resolve) => setTimeout(resolve, 5));
      },
    };
  },
});

function makeBatch(start: number): RecordBatch {
  const rows = [];
  for (let i = 0; i < BATCH && start + i < ROWS; i++) rows.push({ i: start + i, payload: (start + i) * 0.5, tag: `tag-${(start + i) % 1000}` });
  return rowsToBatch(schema, rows);
}

function memory(): number {
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
}

test('backpressure - 2M rows against a 5 ms/batch sink: memory stays within the budgets, the source waits', async (t) => {
  const gc = (globalThis as { gc?: () => void }).gc;
  t.truthy(gc, 'run with --expose-gc (the ava config passes it)');
  const seen = { rows: 0, batches: 0 };
  const flow = new Dataflow('backpressure');
  flow.source('fast', { schema: { i: 'int32', payload: 'float64', tag: 'utf8' }, options: { buffer_rows: CAPACITY } })
    .filter(col('i').gte(0))
    .sink('slow', 'slow');
  const job = flow.build({ capacity: CAPACITY, registry: mergeRegistries(defaultRegistry, { sinks: { slow: slowSink } }), services: { seen } });
  await job.start();

  gc!();
  const baseline = memory();
  let peak = 0;
  let produced = 0;
  const started = Date.now();
  for (let start = 0, k = 0; start < ROWS; start += BATCH, k++) {
    const batch = makeBatch(start);
    produced += batch.data.byteLength;
    await job.insert('fast', batch);
    if (k % 8 === 0) {
      gc!();
      peak = Math.max(peak, memory() - baseline);
    }
  }
  await job.stop();
  const elapsed = Date.now() - started;
  const metrics = job.metrics();
  const source = metrics.actors.find((a) => a.name === 'fast')!;
  const budgetBytes = 3 * CAPACITY * (produced / ROWS);
  t.log(`${ROWS} rows in ${elapsed} ms; heap+buffers growth peak ${(peak / 1e6).toFixed(1)} MB; data offered ${(produced / 1e6).toFixed(0)} MB; mailbox budgets ${(budgetBytes / 1e6).toFixed(1)} MB; inserts suspended ${source.counters.insertBlockedMs!.toFixed(0)} ms`);

  t.is(seen.rows, ROWS, 'nothing lost');
  t.true(source.counters.insertBlockedMs! > 500, 'the source spent its time suspended, and that is reported');
  for (const [name, m] of Object.entries(metrics.mailboxes)) t.true(m.maxDepth <= CAPACITY + BATCH, `${name} stayed within its budget (max ${m.maxDepth})`);
  t.true(peak < budgetBytes + 16e6, `memory growth ${peak} stays within the budgets plus a small constant`);
  t.true(peak < produced / 4, 'far below what an unbounded queue would hold');
});
