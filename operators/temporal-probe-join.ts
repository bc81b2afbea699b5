/**
 * Temporal probe (markout) join (plan.proto's TemporalProbeJoinNode): every left row becomes one
 * probe per offset, at probe time = left time + offset, and each probe takes the last right row
 * of its key at or before its probe time (backward as-of).
 *
 * A probe waits until the right watermark passes its probe time: from then on no right row that
 * could change its answer can arrive, so each probe is emitted exactly once, final, whatever the
 * arrival order of the two inputs. Waiting probes are the state (a held left batch with, per
 * offset, how many of its rows, in time order, have had that probe emitted); they leave as they
 * are emitted. Right rows are kept per key in time order; a row that a later row of its key
 * shadows for every probe still to come (the left watermark and the held probes bound their
 * times) is dropped.
 */
import {
  columnsOf,
  defineOperator,
  GroupTable,
  isValid,
  makeSchema,
  PlanError,
  rowsToBatch,
  batchToRows,
  selectRows,
  timesOf,
  typeInfo,
  validityOf,
  type ColumnType,
  type GroupTableState,
  type RecordBatch,
  type Row,
  type Schema,
} from '../runtime/index.js';
import type { plan } from '../specs/index.js';
import { bindKeys, bindTimes, keptRows, maskNullKeys } from './join-state.js';
import { keyHashes, WEIGHT } from './window-internals.js';
import { ProbeRows, type ProbeShape } from './temporal-probe-output.js';

interface Bound extends ProbeShape {
  readonly keys: readonly [readonly number[], readonly number[]];
  readonly keyTypes: readonly ColumnType[];
  readonly time: readonly [number, number];
  /** Offsets in ascending order: a row's probes come due in this order. */
  readonly offsets: Float64Array;
  readonly keepUnmatched: boolean;
  readonly leftLag: number;
  readonly rightLag: number;
}

function bindNode(node: plan.TemporalProbeJoinNode, left: Schema, right: Schema): Bound {
  for (const [s, side] of [[left, 'left'], [right, 'right']] as const) {
    if (s.fields.some((f) => f.name === WEIGHT)) throw new PlanError(`a temporal probe join needs an append-only ${side} input; this one is a changelog`);
  }
  const { keys: [lk, rk], keyTypes } = bindKeys(left, right, node.leftKeys ?? [], node.rightKeys ?? [], 'probe', 'a temporal probe join');
  if (lk.length === 0) throw new PlanError('a temporal probe join needs at least one key');
  const time = bindTimes(left, right, node.leftTime ?? '', node.rightTime ?? '', 'probe');
  const offsets = Float64Array.from(node.offsetsMs ?? []).sort();
  if (offsets.length === 0) throw new PlanError('a temporal probe join needs at least one offset');
  for (let i = 0; i < offsets.length; i++) {
    if (!Number.isFinite(offsets[i]!)) throw new PlanError(`probe offset ${offsets[i]} is not a finite number of milliseconds`);
    if (i > 0 && offsets[i] === offsets[i - 1]) throw new PlanError(`probe offset ${offsets[i]} ms is given twice`);
  }
  const names = new Set(left.fields.map((f) => f.name));
  for (const f of right.fields) {
    if (names.has(f.name)) throw new PlanError(`both probe join inputs have a column '${f.name}'; rename one (the planner gives them distinct names)`);
    names.add(f.name);
  }
  const [offsetName, probeName] = [node.offsetColumn ?? '', node.probeTimeColumn ?? ''];
  for (const n of [offsetName, probeName]) {
    if (n === '' || names.has(n)) throw new PlanError(`the probe output column name '${n}' is empty or already an input column`);
    names.add(n);
  }
  if (offsetName === probeName) throw new PlanError(`the offset and probe time columns are both named '${offsetName}'`);
  const probeType = left.fields[time[0]]!.type;
  const info = typeInfo(probeType);
  const schema = makeSchema([
    ...left.fields, ...right.fields.map((f) => ({ ...f, nullable: true })),
    { name: offsetName, type: 'int64', nullable: false }, { name: probeName, type: probeType, nullable: true },
  ]);
  return {
    keys: [lk, rk], keyTypes, time, offsets, keepUnmatched: Number(node.type ?? 0) === 1,
    leftLag: (node.leftLagMs ?? 0) < 0 ? Infinity : node.leftLagMs ?? 0, rightLag: Math.max(0, node.rightLagMs ?? 0),
    unitsPerMs: info.kind === 'timestamp' && info.unit === 'us' ? 1000 : 1, probeType,
    leftTypes: left.fields.map((f) => f.type), rightTypes: right.fields.map((f) => f.type), schema,
  };
}

/** A left batch whose probes are not all emitted. */
interface Held {
  readonly batch: RecordBatch;
  /** The waiting rows of `batch`, by time. */
  readonly order: Int32Array;
  /** Key slot (-1: NULL key) and time (ms) of each row of `batch`. */
  readonly slots: Int32Array;
  readonly times: Float64Array;
  /** Per offset (ascending): how many rows of `order` have had that probe emitted. */
  readonly done: Int32Array;
}

/** The right rows of one key, in time order (equal times in arrival order). */
interface KeyRows {
  times: number[];
  ids: number[];
}

/** Index of the first element of sorted `a` that is > t. */
function upperBound(a: readonly number[], t: number): number {
  let [lo, hi] = [0, a.length];
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (a[mid]! <= t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export const temporalProbeJoin = defineOperator<plan.TemporalProbeJoinNode>({
  name: 'temporal probe join',
  inputs: [{ partitioning: 'keyed' }, { partitioning: 'keyed' }],
  keysOf: (node) => node.leftKeys ?? [],
  outputSchema: (node, [left, right]) => bindNode(node, left!, right!).schema,
  setup(ctx, node) {
    const b = bindNode(node, ctx.inputSchemas[0]!, ctx.inputSchemas[1]!);
    const K = b.offsets.length;
    let keys = new GroupTable(b.keyTypes);
    let perKey: (KeyRows | undefined)[] = [];
    // Right rows: the batch and row each id reads; a batch is released when none of its rows is kept.
    const batches: (RecordBatch | undefined)[] = [];
    const refs: number[] = [];
    const batchOf: number[] = [];
    const rowOf: number[] = [];
    const freeIds: number[] = [];
    let hashes: Uint32Array = new Uint32Array(0);
    let held: Held[] = [];
    let addedSinceEvict = 0;

    const addRight = (batch: RecordBatch, row: number, slot: number, t: number) => {
      if (batches[batches.length - 1] !== batch) {
        batches.push(batch);
        refs.push(0);
      }
      const bt = batches.length - 1;
      const id = freeIds.pop() ?? batchOf.length;
      batchOf[id] = bt;
      rowOf[id] = row;
      refs[bt]!++;
      const k = (perKey[slot] ??= { times: [], ids: [] });
      if (k.times.length === 0 || k.times[k.times.length - 1]! <= t) {
        k.times.push(t);
        k.ids.push(id);
      } else {
        const at = upperBound(k.times, t);
        k.times.splice(at, 0, t);
        k.ids.splice(at, 0, id);
      }
      addedSinceEvict++;
    };

    /** The right row id a probe of key slot `slot` at time `t` takes (-1: none). */
    const match = (slot: number, t: number): number => {
      const k = slot >= 0 ? perKey[slot] : undefined;
      if (k === undefined) return -1;
      const i = upperBound(k.times, t) - 1;
      return i >= 0 ? k.ids[i]! : -1;
    };

    /** Key slots of a batch's rows, adding new keys (-1: a NULL key). */
    const slotsOf = (batch: RecordBatch, side: 0 | 1): Int32Array => {
      const n = batch.numRows;
      const cols = columnsOf(batch);
      const keyCols = b.keys[side].map((k) => cols[k]!);
      hashes = keyHashes(keyCols, b.keyTypes, n, hashes);
      const slots = new Int32Array(n);
      keys.lookup(keyCols, hashes, null, n, slots);
      maskNullKeys(keyCols, n, slots);
      return slots;
    };

    const out = new ProbeRows(b, { batchOf: (id) => batchOf[id]!, rowOf: (id) => rowOf[id]!, batch: (bt) => batches[bt]! });
    const flush = () => {
      const batch = out.take();
      if (batch !== undefined) ctx.emit(batch);
    };

    /** Emits every held probe whose time is before `threshold`, and drops finished batches. */
    const release = (threshold: number) => {
      const still: Held[] = [];
      for (const h of held) {
        const n = h.order.length;
        let left = -1;
        for (let k = 0; k < K; k++) {
          const off = b.offsets[k]!;
          let d = h.done[k]!;
          for (; d < n; d++) {
            const row = h.order[d]!;
            const at = h.times[row]! + off;
            if (!(at < threshold)) break;
            const id = match(h.slots[row]!, at);
            if (id < 0 && !b.keepUnmatched) continue;
            if (left < 0) left = out.left(h.batch);
            out.push(left, row, off, at, id);
          }
          h.done[k] = d;
        }
        if (h.done[K - 1]! < n) still.push(h);
      }
      held = still;
      // One batch downstream per call: each emitted batch costs a mailbox hop.
      flush();
    };
    const due = () => ctx.inputWatermark(1) - b.rightLag;

    /** The earliest time (left or probe) of a held batch's waiting probes. */
    const floorOf = (h: Held, probeOnly: boolean): number => {
      let min = Infinity;
      for (let k = 0; k < K; k++) {
        const d = h.done[k]!;
        if (d < h.order.length) min = Math.min(min, h.times[h.order[d]!]! + (probeOnly ? b.offsets[k]! : Math.min(0, b.offsets[k]!)));
      }
      return min;
    };

    /**
     * Drops right rows that a later row of their key shadows for every probe still to come: their
     * times are at least the left watermark (less its lag) plus the smallest offset, or those of
     * held probes. It scans every key, so it runs once as many rows as keys arrived: the state
     * stays within twice what it must keep, at O(1) per row.
     */
    const evict = () => {
      if (addedSinceEvict < Math.max(1024, keys.size)) return;
      addedSinceEvict = 0;
      // (An infinite lag: the left time is not the left input's event time, so only held probes bound it.)
      let horizon = ctx.inputWatermark(0) - b.leftLag + b.offsets[0]!;
      for (const h of held) horizon = Math.min(horizon, floorOf(h, true));
      if (!(horizon > -Infinity)) return;
      for (const k of perKey) {
        if (k === undefined) continue;
        // Keep the last row at or before the horizon: it is still the answer there.
        const cut = upperBound(k.times, horizon) - 1;
        if (cut <= 0) continue;
        for (let i = 0; i < cut; i++) {
          const id = k.ids[i]!;
          if (--refs[batchOf[id]!]! === 0) batches[batchOf[id]!] = undefined;
          freeIds.push(id);
        }
        k.times.splice(0, cut);
        k.ids.splice(0, cut);
      }
    };

    /**
     * Output rows to come have a left time and a probe time no earlier than the left watermark
     * plus the smallest negative offset, or than those of held probes: so both columns keep the
     * left time's lag behind the output watermark.
     */
    const holdWatermark = () => {
      let min = ctx.watermark + Math.min(0, b.offsets[0]!);
      for (const h of held) min = Math.min(min, floorOf(h, false));
      ctx.emitWatermark(min);
    };

    const addLeft = (batch: RecordBatch) => {
      const n = batch.numRows;
      const slots = slotsOf(batch, 0);
      const timeCol = columnsOf(batch)[b.time[0]]!;
      const times = timesOf(timeCol).slice(0, n);
      const valid = validityOf(timeCol);
      const keep: number[] = [];
      const timeless: number[] = [];
      for (let i = 0; i < n; i++) {
        // A row without a time has no probe times: LEFT keeps its probes (NULL probe time), INNER drops them.
        if (!isValid(valid, timeCol.offset + i)) timeless.push(i);
        // A NULL key matches nothing: INNER drops the row's probes at once.
        else if (slots[i]! >= 0 || b.keepUnmatched) keep.push(i);
      }
      if (b.keepUnmatched && timeless.length > 0) {
        const left = out.left(batch);
        for (const i of timeless) for (const off of b.offsets) out.push(left, i, off, NaN, -1);
        flush();
      }
      if (keep.length === 0) return;
      keep.sort((x, y) => times[x]! - times[y]! || x - y);
      held.push({ batch, order: Int32Array.from(keep), slots, times, done: new Int32Array(K) });
    };

    return {
      onBatch(batch: RecordBatch, input: number) {
        const n = batch.numRows;
        if (n === 0) return;
        if (input === 0) {
          addLeft(batch);
          release(due());
          return;
        }
        const slots = slotsOf(batch, 1);
        const timeCol = columnsOf(batch)[b.time[1]]!;
        const times = timesOf(timeCol);
        const valid = validityOf(timeCol);
        // Right rows without a key or a time can never be a probe's answer.
        for (let i = 0; i < n; i++) if (slots[i]! >= 0 && isValid(valid, timeCol.offset + i)) addRight(batch, i, slots[i]!, times[i]!);
      },
      onInputWatermark(input: number) {
        if (input === 1) release(due());
        evict();
        holdWatermark();
      },
      onWatermark() {
        holdWatermark();
      },
      onEnd() {
        release(Infinity);
        // No probe can come any more: the right rows are of no use (and the final snapshot stays small).
        perKey = [];
        batches.length = refs.length = batchOf.length = rowOf.length = freeIds.length = 0;
      },
      snapshot() {
        const kept = perKey.flatMap((k) => (k === undefined ? [] : k.ids));
        const { rows, index } = keptRows(kept, (id) => batchOf[id]!, (id) => rowOf[id]!, (bt) => batches[bt]!);
        return {
          keys: keys.snapshot(),
          right: rows,
          perKey: perKey.map((k) => (k === undefined ? null : { times: [...k.times], rows: k.ids.map((id) => index.get(id)!) })),
          // Only the rows still waiting, in time order, with each offset's progress among them.
          held: held.map((h) => {
            const from = h.done[K - 1]!;
            const order = h.order.subarray(from);
            return { rows: batchToRows(selectRows(h.batch, order, order.length)), times: Array.from(order, (r) => h.times[r]!), done: Array.from(h.done, (d) => d - from) };
          }),
        };
      },
      restore(state: unknown) {
        const s = state as { keys: GroupTableState; right: Row[]; perKey: ({ times: number[]; rows: number[] } | null)[]; held: { rows: Row[]; times: number[]; done: number[] }[] };
        keys = GroupTable.restore(b.keyTypes, s.keys);
        const right = rowsToBatch(ctx.inputSchemas[1]!, s.right);
        perKey = [];
        s.perKey.forEach((k, slot) => k?.rows.forEach((row, j) => addRight(right, row, slot, k.times[j]!)));
        held = s.held.map((h) => {
          const batch = rowsToBatch(ctx.inputSchemas[0]!, h.rows);
          return { batch, order: Int32Array.from(h.rows, (_, i) => i), slots: slotsOf(batch, 0), times: Float64Array.from(h.times), done: Int32Array.from(h.done) };
        });
        addedSinceEvict = 0;
      },
    };
  },
});
