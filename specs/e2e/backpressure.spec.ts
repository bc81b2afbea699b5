import test from 'ava';
import { col, Dataflow, defaultRegistry, defineSink, mergeRegistries, rowsToBatch, schemaOf, type plan, type RecordBatch } from '../../index.js';
import { columnsOf, fixedColumn, makeBatch as batchOf, utf8Column } from '../../runtime/index.js';

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

const template = rowsToBatch(schema, Array.from({ length: BATCH }, (_, i) => ({ i, payload: i * 0.5, tag: `tag-${i % 1000}` })));

/** A fresh batch (new buffers) copied from a template, so the producer is far faster than the sink. */
function makeBatch(start: number): RecordBatch {
  const [i, payload, tag] = columnsOf(template);
  const n = Math.min(BATCH, ROWS - start);
  return batchOf(schema, [
    fixedColumn('int32', (i!.values as Int32Array).slice(0, n).map((v) => v + start), n),
    fixedColumn('float64', (payload!.values as Float64Array).slice(0, n), n),
    utf8Column((tag!.valueOffsets as Int32Array).slice(0, n + 1), (tag!.values as Uint8Array).slice(), n),
  ], n);
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
  const sinkMs = Math.ceil(ROWS / BATCH) * 5;
  t.true(source.counters.insertBlockedMs! > sinkMs / 2, `the source spent most of the sink's ${sinkMs} ms suspended, and that is reported`);
  for (const [name, m] of Object.entries(metrics.mailboxes)) t.true(m.maxDepth <= CAPACITY + BATCH, `${name} stayed within its budget (max ${m.maxDepth})`);
  t.true(peak < budgetBytes + 16e6, `memory growth ${peak} stays within the budgets plus a small constant`);
  t.true(peak < produced / 4, 'far below what an unbounded queue would hold');
});
