/**
 * Benchmark plumbing: a replay source over pre-built batches (so generation is not measured),
 * a counting sink, and timing helpers. Every benchmark reports ratios measured in the same run.
 */
import {
  defaultRegistry,
  defineSink,
  defineSource,
  mergeRegistries,
  Pipeline,
  schemaOf,
  type plan,
  type RecordBatch,
  type Registry,
  type Schema,
} from '../../index.js';
import { fixedColumn, makeBatch } from '../../runtime/index.js';
import { mulberry32 } from '../../runtime/testing/index.js';

/** Batches for the replay source, by name (set before building a pipeline). */
export const replays = new Map<string, { schema: Schema; batches: RecordBatch[] }>();

/** Emits the batches registered under option `replay`, then ends. */
export const replaySource = defineSource<plan.SourceNode>({
  name: 'replay',
  schema: (node) => replays.get(node.options!.replay!)!.schema,
  setup(ctx, node) {
    const { batches } = replays.get(node.options!.replay!)!;
    let next = 0;
    return {
      poll() {
        if (next >= batches.length) return 'end';
        ctx.emit(batches[next++]!);
        return 'more';
      },
      snapshot: () => next,
      restore: (p) => void (next = p as number),
    };
  },
});

/** Batches with the watermark to send after each (the event time they reached), by name. */
export const markedReplays = new Map<string, { readonly schema: Schema; readonly batches: readonly RecordBatch[]; readonly marks: readonly number[] }>();

/** Emits the batches registered under option `replay`, each followed by its watermark, then ends. */
export const markedReplaySource = defineSource<plan.SourceNode>({
  name: 'marked-replay',
  schema: (node) => markedReplays.get(node.options!.replay!)!.schema,
  setup(ctx, node) {
    const { batches, marks } = markedReplays.get(node.options!.replay!)!;
    let next = 0;
    return {
      poll() {
        if (next >= batches.length) return 'end';
        ctx.emit(batches[next]!);
        ctx.emitWatermark(marks[next++]!);
        return 'more';
      },
      snapshot: () => next,
      restore: (p) => void (next = p as number),
    };
  },
});

/** Counts rows and does nothing else. */
export const countSink = defineSink<plan.SinkNode>({
  name: 'count',
  setup: (ctx) => {
    const counter = ctx.service<{ rows: number }>('counter');
    return { write: (b) => void (counter.rows += b.numRows) };
  },
});

/** The default registry plus the bench connectors. */
export const benchRegistry: Registry = mergeRegistries(defaultRegistry, { sources: { replay: replaySource, 'marked-replay': markedReplaySource }, sinks: { count: countSink } });

/** Runs a plan to completion; returns elapsed ms and rows that reached the sink. */
export async function runPlan(p: plan.Plan, registry: Registry = benchRegistry, options: { chain?: boolean; capacity?: number } = {}): Promise<{ ms: number; rows: number }> {
  const counter = { rows: 0 };
  const pipeline = new Pipeline(p, { registry, services: { counter }, ...options });
  const started = performance.now();
  await pipeline.start();
  await pipeline.done;
  return { ms: performance.now() - started, rows: counter.rows };
}

/** The median of numbers. */
export function median(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** Runs `fn` `runs` times after `warmup` runs; returns each run's result. */
export async function repeat<T>(runs: number, warmup: number, fn: () => Promise<T> | T): Promise<T[]> {
  for (let i = 0; i < warmup; i++) await fn();
  const out: T[] = [];
  for (let i = 0; i < runs; i++) out.push(await fn());
  return out;
}

/** Formats a number with thousands separators. */
export function fmt(n: number, digits = 0): string {
  return n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
}

/** A keyed event stream for the join benchmarks: batches with watermark marks, and its keys and times. */
export interface EventStream {
  readonly schema: Schema;
  readonly batches: RecordBatch[];
  /** Per batch, its last event time (the watermark after it). */
  readonly marks: number[];
  readonly rows: number;
  readonly keys: Int32Array;
  readonly times: Float64Array;
}

/**
 * `rows` events (int64 key, timestamp, float64 value, named `names`) over `keyCount` keys at
 * `perSecond` events per second of event time, in time order, in batches of 4,096.
 */
export function eventStream(names: readonly [string, string, string], rows: number, perSecond: number, seed: number, keyCount: number): EventStream {
  const batch = 4096;
  const schema = schemaOf({ [names[0]]: 'int64', [names[1]]: 'timestamp', [names[2]]: 'float64' });
  const rand = mulberry32(seed);
  const batches: RecordBatch[] = [];
  const marks: number[] = [];
  const keys = new Int32Array(rows);
  const times = new Float64Array(rows);
  for (let start = 0; start < rows; start += batch) {
    const n = Math.min(batch, rows - start);
    const k = new BigInt64Array(n);
    const ts = new BigInt64Array(n);
    const v = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      keys[start + i] = Math.floor(rand() * keyCount);
      times[start + i] = Math.floor(((start + i) * 1000) / perSecond);
      k[i] = BigInt(keys[start + i]!);
      ts[i] = BigInt(times[start + i]!);
      v[i] = rand();
    }
    batches.push(makeBatch(schema, [fixedColumn('int64', k, n), fixedColumn('timestamp', ts, n), fixedColumn('float64', v, n)], n));
    marks.push(times[start + n - 1]!);
  }
  return { schema, batches, marks, rows, keys, times };
}
