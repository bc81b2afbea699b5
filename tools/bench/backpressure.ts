/**
 * Peak RSS of the backpressure scenario (2M rows offered to a sink that spends 5 ms per batch),
 * against the same rows pushed through an unbounded JS queue to the same slow consumer, and both
 * again with 5× the rows: bounded memory stays flat as volume grows. Each variant runs in its own
 * child process so RSS is not shared.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { col, Dataflow, defaultRegistry, defineSink, mergeRegistries, rowsToBatch, schemaOf, type plan, type RecordBatch } from '../../index.js';
import { columnsOf, fixedColumn, makeBatch as batchOf, utf8Column } from '../../runtime/index.js';

const BATCH = 8192;
const CAPACITY = 16_384;
const schema = schemaOf({ i: 'int32', payload: 'float64', tag: 'utf8' });
const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

const template = rowsToBatch(schema, Array.from({ length: BATCH }, (_, i) => ({ i, payload: i * 0.5, tag: `tag-${i % 1000}` })));

/** A fresh batch (new buffers) built by copying a template: producing is much faster than the sink. */
function makeBatch(start: number): RecordBatch {
  const [i, payload, tag] = columnsOf(template);
  const ids = (i!.values as Int32Array).map((v) => v + start);
  return batchOf(schema, [
    fixedColumn('int32', ids, BATCH),
    fixedColumn('float64', (payload!.values as Float64Array).slice(), BATCH),
    utf8Column((tag!.valueOffsets as Int32Array).slice(), (tag!.values as Uint8Array).slice(), BATCH),
  ], BATCH);
}

async function engine(ROWS: number): Promise<void> {
  const slow = defineSink<plan.SinkNode>({ name: 'slow', setup: () => ({ write: () => sleep(5) }) });
  const flow = new Dataflow('bp');
  flow.source('fast', { schema: { i: 'int32', payload: 'float64', tag: 'utf8' }, options: { buffer_rows: CAPACITY } }).filter(col('i').gte(0)).sink('slow', 'slow');
  const job = await flow.start({ capacity: CAPACITY, registry: mergeRegistries(defaultRegistry, { sinks: { slow } }) });
  for (let start = 0; start < ROWS; start += BATCH) await job.insert('fast', makeBatch(start));
  await job.stop();
}

async function unbounded(ROWS: number): Promise<void> {
  // What happens without backpressure: the producer never waits, the queue holds everything.
  const queue: RecordBatch[] = [];
  let done = false;
  const consumer = (async () => {
    while (!done || queue.length > 0) {
      if (queue.length === 0) await sleep(1);
      else {
        queue.shift();
        await sleep(5);
      }
    }
  })();
  for (let start = 0; start < ROWS; start += BATCH) {
    queue.push(makeBatch(start));
    await Promise.resolve();
  }
  done = true;
  await consumer;
}

/** One child run. */
export interface BackpressureRun {
  variant: 'engine' | 'unbounded';
  rows: number;
  baselineMb: number;
  peakMb: number;
  seconds: number;
}

if (process.argv[2] === '--child') {
  const which = process.argv[3];
  const rows = Number(process.argv[4]);
  const baseline = process.memoryUsage().rss;
  const started = performance.now();
  await (which === 'engine' ? engine(rows) : unbounded(rows));
  const usage = process.resourceUsage();
  console.log(JSON.stringify({ baseline, peak: usage.maxRSS * 1024, seconds: (performance.now() - started) / 1000 }));
}

/** Mailbox budgets of the engine variant, in MB. */
export function budgetMb(): number {
  return (3 * CAPACITY * (makeBatch(0).data.byteLength / BATCH)) / 1e6;
}

export function benchBackpressure(quick: boolean): BackpressureRun[] {
  const run = (variant: 'engine' | 'unbounded', rows: number): BackpressureRun => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), '--child', variant, String(rows)], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`backpressure child failed: ${r.stderr}`);
    const m = JSON.parse(r.stdout.trim().split('\n').pop()!) as { baseline: number; peak: number; seconds: number };
    return { variant, rows, baselineMb: m.baseline / 1e6, peakMb: m.peak / 1e6, seconds: m.seconds };
  };
  const sizes = quick ? [2_000_000] : [2_000_000, 10_000_000];
  return sizes.flatMap((rows) => [run('engine', rows), run('unbounded', rows)]);
}
