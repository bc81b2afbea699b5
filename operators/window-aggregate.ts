/**
 * Event-time window aggregation over fixed windows: tumbling, hopping (sliding) and cumulating,
 * keyed by zero or more columns, over append-only streams or changelogs (a `__weight` column).
 * Each open window holds its groups; what leaves the operator depends on the emit mode:
 *
 * - ON_CLOSE: one row per key when the watermark passes the window end; with lateness the window
 *   stays open until end + lateness and each late row re-emits its group's updated row;
 * - FINAL: one row per key when the watermark passes end + lateness;
 * - ON_UPDATE: after each batch, the current row of every group it changed;
 * - CHANGES: after each batch, -1 rows for the previous values of changed groups, +1 for the new;
 * - EVERY: every interval of the clock, the changed groups (and a last time when the window closes).
 *
 * Rows whose every window is closed (end + lateness <= watermark) are late: dropped and counted.
 * At end of input every open window fires. Without a time column windows use processing time.
 *
 * Output columns: keys..., window_start, window_end, aggregates... [, __weight]
 */
import {
  columnsOf,
  defineOperator,
  fieldIndex,
  GroupTable,
  makeSchema,
  PlanError,
  validityOf,
  type Column,
  type ColumnType,
  type FunctionTable,
  type GroupTableState,
  type RecordBatch,
  type Schema,
} from '../runtime/index.js';
import type { plan } from '../specs/index.js';
import { AggregateSet, bindAggregates, type BoundAggregates } from './aggregate-internals.js';
import {
  batchTimes,
  emitOf,
  GroupStore,
  keyHashes,
  keyIndexes,
  OutputBuilder,
  outputFields,
  weightIndex,
  windowType,
  type EmitMode,
} from './window-internals.js';

/** A fixed window shape: every row belongs to the windows `assign` lists. */
interface Shape {
  readonly kind: 'tumbling' | 'sliding' | 'cumulate';
  readonly size: number;
  readonly slide: number;
  readonly offset: number;
}

function shapeOf(node: plan.WindowAggregateNode): Shape {
  const t = node.window?.tumbling;
  const s = node.window?.sliding;
  const c = node.window?.cumulate;
  const shape: Shape | undefined = t != null
    ? { kind: 'tumbling', size: t.sizeMs ?? 0, slide: t.sizeMs ?? 0, offset: t.offsetMs ?? 0 }
    : s != null
      ? { kind: 'sliding', size: s.sizeMs ?? 0, slide: s.slideMs ?? 0, offset: s.offsetMs ?? 0 }
      : c != null
        ? { kind: 'cumulate', size: c.sizeMs ?? 0, slide: c.stepMs ?? 0, offset: c.offsetMs ?? 0 }
        : undefined;
  if (shape === undefined) throw new PlanError('a window aggregate needs a tumbling, sliding or cumulating window (sessions have their own operator)');
  if (!(shape.size > 0) || !(shape.slide > 0)) throw new PlanError(`window size and slide must be positive milliseconds, got size ${shape.size} and slide ${shape.slide}`);
  if (shape.slide > shape.size) throw new PlanError(`a ${shape.kind === 'cumulate' ? 'cumulating window\'s step' : 'sliding window\'s slide'} (${shape.slide} ms) must not exceed its size (${shape.size} ms)`);
  if (shape.kind === 'cumulate' && shape.size % shape.slide !== 0) throw new PlanError(`a cumulating window's size (${shape.size} ms) must be a multiple of its step (${shape.slide} ms)`);
  return shape;
}

/** The start of the last window (of `slide` spacing) that contains `t`. */
export function windowStart(t: number, slide: number, offset: number): number {
  return Math.floor((t - offset) / slide) * slide + offset;
}

/** The end of the last-closing window that contains `t` (a row is late once it has passed). */
export function lastWindowEnd(shape: Shape, t: number): number {
  return shape.kind === 'cumulate' ? windowStart(t, shape.size, shape.offset) + shape.size : windowStart(t, shape.slide, shape.offset) + shape.size;
}

/** Writes the [start, end) windows containing `t` into `starts`/`ends`; returns how many. */
function assign(shape: Shape, t: number, starts: number[], ends: number[]): number {
  let n = 0;
  if (shape.kind === 'cumulate') {
    const period = windowStart(t, shape.size, shape.offset);
    for (let end = period + (Math.floor((t - period) / shape.slide) + 1) * shape.slide; end <= period + shape.size; end += shape.slide) {
      starts[n] = period;
      ends[n++] = end;
    }
    return n;
  }
  for (let start = windowStart(t, shape.slide, shape.offset); start > t - shape.size; start -= shape.slide) {
    starts[n] = start;
    ends[n++] = start + shape.size;
  }
  return n;
}

interface Bound {
  readonly shape: Shape;
  readonly keys: readonly number[];
  readonly keyTypes: readonly ColumnType[];
  readonly time: number;
  readonly weight: number;
  readonly mode: EmitMode;
  readonly everyMs: number;
  readonly lateness: number;
  /** Keyed watermarks: each key's windows close on the key's own progress. */
  readonly keyed: { readonly delay: number; readonly idle: number } | undefined;
  readonly aggregates: BoundAggregates;
  readonly schema: Schema;
  readonly windowType: ColumnType;
}

function bindNode(node: plan.WindowAggregateNode, input: Schema, functions?: FunctionTable): Bound {
  const shape = shapeOf(node);
  const keys = keyIndexes(input, node.keys ?? []);
  const time = node.timeColumn ? fieldIndex(input, node.timeColumn, 'window time column') : -1;
  const type = windowType(input, time);
  const calls = node.aggregates ?? [];
  const weight = weightIndex(input);
  const { mode, everyMs } = emitOf(node.emit);
  const lateness = node.latenessMs ?? 0;
  if (lateness < 0) throw new PlanError(`lateness must not be negative, got ${lateness} ms`);
  if (weight >= 0 && (mode === 'update' || mode === 'every' || (mode === 'close' && lateness > 0))) {
    throw new PlanError('a window over a changelog input cannot emit updates as plain rows (a group may disappear); use EMIT CHANGES, ON WINDOW CLOSE without lateness, or FINAL');
  }
  const keyed = node.keyed != null ? { delay: node.keyed.delayMs ?? 0, idle: node.keyed.idleMs ?? 0 } : undefined;
  if (keyed !== undefined && (mode !== 'close' || lateness > 0 || weight >= 0 || time < 0)) {
    throw new PlanError('keyed watermarks apply to EMIT ON WINDOW CLOSE windows without lateness over an append-only, event-time input');
  }
  const aggregates = bindAggregates(calls, input, functions);
  const schema = makeSchema(outputFields(input, keys, type, aggregates, mode === 'changes'));
  return { shape, keys, keyTypes: keys.map((k) => input.fields[k]!.type), time, weight, mode, everyMs, lateness, keyed, aggregates, schema, windowType: type };
}

interface Win {
  readonly start: number;
  readonly end: number;
  readonly store: GroupStore;
  /** ON_CLOSE / EVERY: the window emitted at its end (later rows are late updates). */
  fired: boolean;
}

export const windowAggregate = defineOperator<plan.WindowAggregateNode>({
  name: 'window-aggregate',
  inputs: [{ partitioning: 'keyed' }],
  keysOf: (node) => node.keys ?? [],
  outputSchema: (node, [input], env) => bindNode(node, input!, env?.functions).schema,
  setup(ctx, node) {
    const b = bindNode(node, ctx.inputSchemas[0]!, ctx.functions);
    const { shape, mode, lateness } = b;
    const retractable = b.weight >= 0;
    const onError = (kind: string) => ctx.count(`errors.${kind}`);
    const out = new OutputBuilder(b.schema.fields, b.keys.length, b.windowType, mode === 'changes');
    const windows = new Map<number, Win>();
    /** One key table for every window: a row's key is looked up once, whatever its windows. */
    let keys = new GroupTable(b.keyTypes);
    let hashes: Uint32Array = new Uint32Array(0);
    let slots = new Int32Array(0);
    /** Keyed watermarks: the largest event time of each key slot. */
    let keyMax: Float64Array = new Float64Array(0);
    let gids = new Int32Array(0);
    let times: Float64Array = new Float64Array(0);
    let seq = 0;
    const starts: number[] = [];
    const ends: number[] = [];

    const keyWatermark = (slot: number): number => (slot < keyMax.length ? keyMax[slot]! - b.keyed!.delay : -Infinity);

    const windowFor = (start: number, end: number): Win => {
      let w = windows.get(end);
      if (w === undefined) windows.set(end, (w = { start, end, store: new GroupStore(b.keyTypes, b.aggregates, retractable, onError, undefined, keys), fired: false }));
      return w;
    };

    /** Emits `gids` of a window (current values; `weight` for changelog rows). */
    const emitGroups = (w: Win, list: Int32Array, count: number, weight: number) => {
      if (count > 0) ctx.emit(out.build(w.store, list, count, w.start, w.end, weight));
    };

    const accumulate = (w: Win, values: readonly Column[], weights: Int32Array | null, sel: Int32Array | null, count: number) => {
      const store = w.store;
      if (sel === null) gids = slots;
      else {
        if (gids === slots || gids.length < count) gids = new Int32Array(Math.max(count, 1024));
        for (let j = 0; j < count; j++) gids[j] = slots[sel[j]!]!;
      }
      const live = mode === 'changes' || mode === 'update' || (mode === 'close' && w.fired);
      if (!live) {
        store.apply(values, gids, sel, count, weights, b.time >= 0 ? times : null, seq, 0);
        return;
      }
      const touched = store.distinct(gids, count);
      const list = touched.gids.slice(0, touched.count);
      let retractions: RecordBatch | undefined;
      if (mode === 'changes') {
        const old = list.filter((g) => store.emitted[g] === 1);
        if (old.length > 0) retractions = out.build(store, old, old.length, w.start, w.end, -1);
      }
      store.apply(values, gids, sel, count, weights, b.time >= 0 ? times : null, seq, 0);
      const now = list.filter((g) => store.rows[g]! > 0);
      for (const g of list) store.emitted[g] = store.rows[g]! > 0 ? 1 : 0;
      const parts = [...(retractions ? [retractions] : []), ...(now.length > 0 ? [out.build(store, now, now.length, w.start, w.end, 1)] : [])];
      const batch = OutputBuilder.concat(b.schema, parts);
      if (batch !== undefined) ctx.emit(batch);
    };

    /** Keyed: emits each window's groups whose key's watermark passed the end (once each). */
    const fireKeys = (touched: Int32Array, count: number) => {
      const delay = b.keyed!.delay;
      for (const w of [...windows.values()].sort((x, y) => x.end - y.end)) {
        const list: number[] = [];
        for (let j = 0; j < count; j++) {
          const k = touched[j]!;
          if (keyMax[k]! - delay >= w.end && (w.store.rows[k] ?? 0) > 0 && w.store.emitted[k] !== 1) list.push(k);
        }
        if (list.length === 0) continue;
        for (const k of list) w.store.emitted[k] = 1;
        emitGroups(w, Int32Array.from(list), list.length, 1);
      }
    };

    /** Emits and frees windows the watermark `wm` has passed. */
    const advance = (wm: number) => {
      if (b.keyed !== undefined) {
        // Keys that never caught up are closed by the input watermark `idle` past the end.
        const limit = wm === Infinity ? Infinity : b.keyed.idle > 0 ? wm - b.keyed.idle : -Infinity;
        for (const w of [...windows.values()].filter((x) => x.end <= limit).sort((x, y) => x.end - y.end)) {
          const list = w.store.live().filter((g) => w.store.emitted[g] !== 1);
          emitGroups(w, list, list.length, 1);
          windows.delete(w.end);
        }
        return;
      }
      const due = [...windows.values()].filter((w) => w.end <= wm).sort((x, y) => x.end - y.end);
      for (const w of due) {
        const store = w.store;
        if (!w.fired && (mode === 'close' || mode === 'every')) {
          w.fired = true;
          const list = mode === 'close' ? store.live() : store.live().filter((g) => store.dirty[g] === 1);
          emitGroups(w, list, list.length, 1);
          store.dirty.fill(0);
        }
        if (w.end + lateness <= wm) {
          if (mode === 'final') {
            const list = store.live();
            emitGroups(w, list, list.length, 1);
          }
          windows.delete(w.end);
        }
      }
    };

    /**
     * Keys no open window uses are forgotten once they are most of the table, so a stream whose
     * keys change over time keeps bounded state: the table is rebuilt with the live keys and
     * every window's groups move to the new slots.
     */
    const compactKeys = () => {
      if (keys.size < 4096) return;
      const used = new Uint8Array(keys.size);
      for (const w of windows.values()) for (let g = 0; g < keys.size; g++) if ((w.store.rows[g] ?? 0) !== 0 || w.store.emitted[g] === 1) used[g] = 1;
      let live = 0;
      for (let g = 0; g < used.length; g++) live += used[g]!;
      if (live * 2 > keys.size || ![...windows.values()].every((w) => w.store.set.mergeable)) return;
      const list = new Int32Array(live);
      for (let g = 0, j = 0; g < used.length; g++) if (used[g] === 1) list[j++] = g;
      const fresh = new GroupTable(b.keyTypes);
      const keyCols = b.keys.map((_, c) => keys.keyColumn(c, list, live));
      fresh.lookup(keyCols, keyHashes(keyCols, b.keyTypes, live, new Uint32Array(0)), null, live, new Int32Array(live));
      for (const w of windows.values()) {
        // Groups of other windows' keys hold nothing here: clear them before the move.
        for (let g = 0; g < keys.size; g++) if (used[g] === 0) w.store.set.clear(g);
        w.store.remap(list);
        w.store.groups = fresh;
      }
      keys = fresh;
      if (b.keyed !== undefined) keyMax = Float64Array.from(list, (g) => keyMax[g] ?? -Infinity);
      ctx.count('keysForgotten', used.length - live);
    };

    const tick = () => {
      const open = [...windows.values()].sort((x, y) => x.end - y.end);
      for (const w of open) {
        const list = w.store.live().filter((g) => w.store.dirty[g] === 1);
        emitGroups(w, list, list.length, 1);
        w.store.dirty.fill(0);
      }
      ctx.setTimer(b.everyMs, tick);
    };

    return {
      open() {
        if (mode === 'every') ctx.setTimer(b.everyMs, tick);
      },
      onBatch(batch: RecordBatch) {
        const n = batch.numRows;
        if (n === 0) return;
        const cols = columnsOf(batch);
        const keyCols = b.keys.map((k) => cols[k]!);
        const values = AggregateSet.valuesOf(b.aggregates, batch, ctx);
        const weights = b.weight >= 0 ? (cols[b.weight]!.values as Int32Array) : null;
        hashes = keyHashes(keyCols, b.keyTypes, n, hashes);
        if (slots.length < n) slots = new Int32Array(Math.max(n, 1024));
        keys.lookup(keyCols, hashes, null, n, slots);
        times = batchTimes(cols, b.time, n, ctx.clock.now(), times);
        const timeValid = b.time >= 0 ? validityOf(cols[b.time]!) : null;
        const timeOffset = b.time >= 0 ? cols[b.time]!.offset : 0;
        const wm = ctx.watermark;
        // Fast path: a tumbling window that takes the whole batch.
        if (shape.kind === 'tumbling' && timeValid === null && b.keyed === undefined) {
          const first = windowStart(times[0]!, shape.slide, shape.offset);
          let same = first + shape.size + lateness > wm;
          for (let i = 1; same && i < n; i++) same = windowStart(times[i]!, shape.slide, shape.offset) === first;
          if (same) {
            accumulate(windowFor(first, first + shape.size), values, weights, null, n);
            seq += n;
            return;
          }
        }
        const buckets = new Map<number, { start: number; rows: number[] }>();
        let late = 0;
        let nullTime = 0;
        for (let i = 0; i < n; i++) {
          if (timeValid !== null && ((timeValid[(timeOffset + i) >> 3]! >> ((timeOffset + i) & 7)) & 1) === 0) {
            nullTime++;
            continue;
          }
          const k = assign(shape, times[i]!, starts, ends);
          // Keyed: a window is closed for this row's key once the key's own watermark passed it.
          const closedBefore = b.keyed === undefined ? wm - lateness : b.keyed.idle > 0 ? Math.max(wm - b.keyed.idle, keyWatermark(slots[i]!)) : keyWatermark(slots[i]!);
          let assigned = false;
          for (let w = 0; w < k; w++) {
            if (ends[w]! <= closedBefore) continue;
            let bucket = buckets.get(ends[w]!);
            if (bucket === undefined) buckets.set(ends[w]!, (bucket = { start: starts[w]!, rows: [] }));
            bucket.rows.push(i);
            assigned = true;
          }
          if (!assigned) late++;
        }
        if (late > 0) ctx.count('lateRows', late);
        if (nullTime > 0) ctx.count('nullTimeRows', nullTime);
        const ordered = [...buckets].sort((x, y) => x[0] - y[0]);
        for (const [end, bucket] of ordered) accumulate(windowFor(bucket.start, end), values, weights, Int32Array.from(bucket.rows), bucket.rows.length);
        seq += n;
        if (b.keyed !== undefined) {
          if (keyMax.length < keys.size) {
            const grown = new Float64Array(Math.max(keys.size, keyMax.length * 2)).fill(-Infinity);
            grown.set(keyMax);
            keyMax = grown;
          }
          for (let i = 0; i < n; i++) if (times[i]! > keyMax[slots[i]!]!) keyMax[slots[i]!] = times[i]!;
          const touched = windows.size > 0 ? [...windows.values()][0]!.store.distinct(slots, n) : { gids: slots, count: 0 };
          fireKeys(touched.gids.slice(0, touched.count), touched.count);
        }
      },
      onWatermark(watermark: number) {
        advance(watermark);
        compactKeys();
        ctx.emitWatermark(watermark);
      },
      onEnd() {
        advance(Infinity);
      },
      snapshot() {
        return { seq, keys: keys.snapshot(), keyMax: keyMax.slice(), windows: [...windows.values()].map((w) => ({ start: w.start, end: w.end, fired: w.fired, store: w.store.snapshot() })) };
      },
      restore(state: unknown) {
        const s = state as { seq: number; keys: GroupTableState; keyMax: Float64Array; windows: { start: number; end: number; fired: boolean; store: unknown }[] };
        seq = s.seq;
        keyMax = s.keyMax.slice();
        keys = GroupTable.restore(b.keyTypes, s.keys);
        windows.clear();
        for (const w of s.windows) {
          const win = windowFor(w.start, w.end);
          win.fired = w.fired;
          win.store.restore(w.store);
        }
      },
    };
  },
});
