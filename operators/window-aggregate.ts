/**
 * Event-time window aggregation (tumbling and sliding/hopping windows), keyed by zero or more
 * columns. Each open window has its own group table and accumulators; when the watermark passes a
 * window's end, the window emits one row per key and its state is freed. Rows whose every window
 * has already closed are late: dropped and counted (`lateRows`). At end of input every open window
 * fires. Without a time column the window runs on processing time (the injected clock).
 *
 * Output columns: keys..., window_start, window_end, aggregates...
 */
import {
  columnsOf,
  defineOperator,
  fieldIndex,
  fixedColumn,
  GroupTable,
  hashKeys,
  kernels,
  kindOf,
  makeBatch,
  makeSchema,
  PlanError,
  timesOf,
  validityOf,
  type Column,
  type ColumnType,
  type FieldSpec,
  type FunctionTable,
  type GroupTableState,
  type RecordBatch,
  type Schema,
} from '../runtime/index.js';
import type { plan } from '../specs/index.js';
import { AggregateSet, bindAggregates, type BoundAggregates } from './aggregate-internals.js';

interface WindowShape {
  readonly size: number;
  readonly slide: number;
  readonly offset: number;
}

interface OpenWindow {
  readonly start: number;
  readonly groups: GroupTable;
  readonly aggregates: AggregateSet;
}

interface Bound {
  readonly shape: WindowShape;
  readonly keys: readonly number[];
  readonly keyTypes: readonly ColumnType[];
  readonly time: number;
  readonly aggregates: BoundAggregates;
  readonly schema: Schema;
}

function shapeOf(node: plan.WindowAggregateNode): WindowShape {
  const t = node.window?.tumbling;
  const s = node.window?.sliding;
  const shape = t != null
    ? { size: t.sizeMs ?? 0, slide: t.sizeMs ?? 0, offset: t.offsetMs ?? 0 }
    : s != null
      ? { size: s.sizeMs ?? 0, slide: s.slideMs ?? 0, offset: s.offsetMs ?? 0 }
      : undefined;
  if (shape === undefined) throw new PlanError('a window aggregate needs a tumbling or sliding window');
  if (!(shape.size > 0) || !(shape.slide > 0)) throw new PlanError(`window size and slide must be positive milliseconds, got size ${shape.size} and slide ${shape.slide}`);
  if (shape.slide > shape.size) throw new PlanError(`a sliding window's slide (${shape.slide} ms) must not exceed its size (${shape.size} ms)`);
  return shape;
}

function bindNode(node: plan.WindowAggregateNode, input: Schema, functions?: FunctionTable): Bound {
  const shape = shapeOf(node);
  const keys = (node.keys ?? []).map((k) => fieldIndex(input, k, 'window keys'));
  const time = node.timeColumn ? fieldIndex(input, node.timeColumn, 'window time column') : -1;
  if (time >= 0 && kindOf(input.fields[time]!.type) !== 'timestamp' && input.fields[time]!.type !== 'int64') {
    throw new PlanError(`window time column '${node.timeColumn}' must be a timestamp (or int64 epoch ms), got ${input.fields[time]!.type}`);
  }
  const calls = node.aggregates ?? [];
  if (calls.length === 0) throw new PlanError('a window aggregate needs at least one aggregate');
  const aggregates = bindAggregates(calls, input, functions);
  const fields: FieldSpec[] = [
    ...keys.map((k) => input.fields[k]!),
    { name: 'window_start', type: 'timestamp', nullable: false },
    { name: 'window_end', type: 'timestamp', nullable: false },
    ...aggregates.fields,
  ];
  return { shape, keys, keyTypes: keys.map((k) => input.fields[k]!.type), time, aggregates, schema: makeSchema(fields) };
}

/** Serialisable operator state. */
interface WindowState {
  readonly windows: { start: number; groups: GroupTableState; accumulators: unknown[] }[];
}

export const windowAggregate = defineOperator<plan.WindowAggregateNode>({
  name: 'window-aggregate',
  inputs: [{ partitioning: 'keyed' }],
  keysOf: (node) => node.keys ?? [],
  outputSchema: (node, [input], env) => bindNode(node, input!, env?.functions).schema,
  setup(ctx, node) {
    const b = bindNode(node, ctx.inputSchemas[0]!, ctx.functions);
    const { size, slide, offset } = b.shape;
    const open = new Map<number, OpenWindow>();
    const onError = (kind: string) => ctx.count(`errors.${kind}`);
    let seq = 0;
    let hashes = new Uint32Array(0);
    let gids = new Int32Array(0);
    let times = new Float64Array(0);

    const windowFor = (start: number): OpenWindow => {
      let w = open.get(start);
      if (w === undefined) {
        w = { start, groups: new GroupTable(b.keyTypes), aggregates: new AggregateSet(b.aggregates, false, onError) };
        open.set(start, w);
      }
      return w;
    };

    const accumulate = (w: OpenWindow, keyCols: Column[], values: readonly Column[], sel: Int32Array | null, count: number) => {
      if (gids.length < count) gids = new Int32Array(Math.max(count, 1024));
      w.groups.lookup(keyCols, hashes, sel, count, gids);
      w.aggregates.update(values, gids, sel, count, null, b.time >= 0 ? times : null, seq);
    };

    const fire = (w: OpenWindow) => {
      open.delete(w.start);
      const n = w.groups.size;
      if (n === 0) return;
      const columns: Column[] = [
        ...b.keys.map((_, c) => w.groups.keyColumn(c)),
        constantTime(w.start, n),
        constantTime(w.start + size, n),
        ...w.aggregates.results(allGroups(n), n),
      ];
      ctx.emit(makeBatch(b.schema, columns, n));
    };

    const fireUpTo = (watermark: number) => {
      const due = [...open.values()].filter((w) => w.start + size <= watermark).sort((x, y) => x.start - y.start);
      for (const w of due) fire(w);
    };

    return {
      onBatch(batch: RecordBatch) {
        const n = batch.numRows;
        const cols = columnsOf(batch);
        const keyCols = b.keys.map((k) => cols[k]!);
        const argCols = AggregateSet.valuesOf(b.aggregates, batch, ctx);
        if (hashes.length < n) hashes = new Uint32Array(Math.max(n, 1024));
        hashKeys(keyCols, b.keyTypes, hashes.subarray(0, n));
        let timeValid: Uint8Array | null = null;
        let timeOffset = 0;
        if (b.time >= 0) {
          if (times.length < n) times = new Float64Array(Math.max(n, 1024));
          timesOf(cols[b.time]!, times);
          timeValid = validityOf(cols[b.time]!);
          timeOffset = cols[b.time]!.offset;
        } else {
          if (times.length < n) times = new Float64Array(Math.max(n, 1024));
          times.fill(ctx.clock.now(), 0, n);
        }
        const watermark = ctx.watermark;
        // Fast path (tumbling, one window, no late or NULL-time rows): no selection vector.
        if (slide === size && timeValid === null) {
          const first = windowStart(times[0]!, slide, offset);
          let same = first + size > watermark;
          for (let i = 1; same && i < n; i++) same = windowStart(times[i]!, slide, offset) === first;
          if (same) {
            accumulate(windowFor(first), keyCols, argCols, null, n);
            seq += n;
            return;
          }
        }
        const buckets = new Map<number, number[]>();
        let late = 0;
        let nullTime = 0;
        for (let i = 0; i < n; i++) {
          if (timeValid !== null && ((timeValid[(timeOffset + i) >> 3]! >> ((timeOffset + i) & 7)) & 1) === 0) {
            nullTime++;
            continue;
          }
          const t = times[i]!;
          let assigned = false;
          for (let start = windowStart(t, slide, offset); start > t - size; start -= slide) {
            if (start + size <= watermark) continue;
            let rows = buckets.get(start);
            if (rows === undefined) buckets.set(start, (rows = []));
            rows.push(i);
            assigned = true;
          }
          if (!assigned) late++;
        }
        if (late > 0) ctx.count('lateRows', late);
        if (nullTime > 0) ctx.count('nullTimeRows', nullTime);
        for (const [start, rows] of buckets) accumulate(windowFor(start), keyCols, argCols, Int32Array.from(rows), rows.length);
        seq += n;
      },
      onWatermark(watermark: number) {
        fireUpTo(watermark);
        ctx.emitWatermark(watermark);
      },
      onEnd() {
        fireUpTo(Infinity);
      },
      snapshot(): WindowState {
        return {
          windows: [...open.values()].map((w) => ({ start: w.start, groups: w.groups.snapshot(), accumulators: w.aggregates.snapshot() })),
        };
      },
      restore(state: unknown) {
        open.clear();
        for (const w of (state as WindowState).windows) {
          const aggregates = new AggregateSet(b.aggregates, false, onError);
          aggregates.restore(w.accumulators);
          open.set(w.start, { start: w.start, groups: GroupTable.restore(b.keyTypes, w.groups), aggregates });
        }
      },
    };
  },
});

/** The start of the last window (of `slide` spacing) that contains `t`. */
export function windowStart(t: number, slide: number, offset: number): number {
  return Math.floor((t - offset) / slide) * slide + offset;
}

function allGroups(n: number): Int32Array {
  const out = new Int32Array(n);
  for (let g = 0; g < n; g++) out[g] = g;
  return out;
}

function constantTime(ms: number, n: number): Column {
  const values = new Float64Array(n).fill(ms);
  const out = new BigInt64Array(n);
  kernels().float64ToInt64(values, out, n);
  return fixedColumn('timestamp', out, n);
}
