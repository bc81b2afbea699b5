/**
 * ASOF join (plan.proto's AsofJoinNode): each left row takes the right row of its key closest in
 * time in one direction (or either), within a tolerance; left-join output.
 *
 * Right rows are kept per key sorted by time. In event-time mode a left row is held until the
 * right watermark passes the point after which no closer right row can arrive (its deadline), so
 * the answer never changes and the output is append-only; eager mode answers at once from the
 * right rows seen so far. Right rows that no future left row can prefer are dropped as the left
 * watermark advances.
 */
import {
  columnsOf,
  concatBatches,
  defineOperator,
  fieldIndex,
  GroupTable,
  makeSchema,
  PlanError,
  rowsToBatch,
  batchToRows,
  selectRows,
  timesOf,
  type ColumnType,
  type GroupTableState,
  type RecordBatch,
  type Row,
  type Schema,
} from '../runtime/index.js';
import type { plan } from '../specs/index.js';
import { JoinOutput, type JoinColumns } from './join-output.js';
import { keptRows, maskNullKeys } from './join-state.js';
import { keyHashes, WEIGHT } from './window-internals.js';

type Direction = 'backward' | 'forward' | 'nearest';
const DIRECTIONS: readonly Direction[] = ['backward', 'forward', 'nearest'];

interface Bound {
  readonly keys: readonly [readonly number[], readonly number[]];
  readonly keyTypes: readonly ColumnType[];
  readonly time: readonly [number, number];
  readonly direction: Direction;
  readonly strict: boolean;
  readonly tolerance: number;
  readonly eager: boolean;
  readonly cols: JoinColumns;
  readonly schema: Schema;
}

function bindNode(node: plan.AsofJoinNode, left: Schema, right: Schema): Bound {
  for (const [s, side] of [[left, 'left'], [right, 'right']] as const) {
    if (s.fields.some((f) => f.name === WEIGHT)) throw new PlanError(`an ASOF join needs an append-only ${side} input; this one is a changelog (join the stream it aggregates, or a materialized view of it)`);
  }
  const lk = (node.leftKeys ?? []).map((k) => fieldIndex(left, k, 'left ASOF keys'));
  const rk = (node.rightKeys ?? []).map((k) => fieldIndex(right, k, 'right ASOF keys'));
  if (lk.length !== rk.length) throw new PlanError(`an ASOF join needs as many left keys as right keys (${lk.length} and ${rk.length})`);
  const keyTypes = lk.map((k, i) => {
    const [a, b] = [left.fields[k]!.type, right.fields[rk[i]!]!.type];
    if (a !== b) throw new PlanError(`ASOF keys '${left.fields[k]!.name}' (${a}) and '${right.fields[rk[i]!]!.name}' (${b}) must have the same type; cast one`);
    return a;
  });
  const time = [fieldIndex(left, node.leftTime ?? '', 'left ASOF time'), fieldIndex(right, node.rightTime ?? '', 'right ASOF time')] as const;
  for (const [s, t] of [[left, time[0]], [right, time[1]]] as const) {
    if (!s.fields[t]!.type.startsWith('timestamp')) throw new PlanError(`the ASOF time column '${s.fields[t]!.name}' must be a timestamp, got ${s.fields[t]!.type}`);
  }
  const direction = DIRECTIONS[Number(node.direction ?? 0)];
  if (direction === undefined) throw new PlanError(`unknown ASOF direction ${String(node.direction)}`);
  const all = (s: Schema) => s.fields.map((_, i) => i);
  const cols: JoinColumns = { left: all(left), right: all(right), leftTypes: left.fields.map((f) => f.type), rightTypes: right.fields.map((f) => f.type) };
  const names = new Set(left.fields.map((f) => f.name));
  const clash = right.fields.find((f) => names.has(f.name));
  if (clash !== undefined) throw new PlanError(`both ASOF inputs have a column '${clash.name}'; rename one (the planner gives them distinct names)`);
  const schema = makeSchema([...left.fields, ...right.fields.map((f) => ({ ...f, nullable: true }))]);
  const tol = node.toleranceMs ?? -1;
  return { keys: [lk, rk], keyTypes, time, direction, strict: node.strict === true, tolerance: tol < 0 ? Infinity : tol, eager: node.eager === true, cols, schema };
}

/** Left rows held for the right watermark: rows of `batch`, their key slots and times. */
interface Pending {
  readonly batch: RecordBatch;
  readonly rows: Int32Array;
  readonly slots: Int32Array;
  readonly times: Float64Array;
  /** The earliest of `times`: no row can be released before the right watermark passes it. */
  readonly minTime: number;
}

function pendingOf(batch: RecordBatch, rows: Int32Array, slots: Int32Array, times: Float64Array): Pending {
  let minTime = Infinity;
  for (let i = 0; i < times.length; i++) if (times[i]! < minTime) minTime = times[i]!;
  return { batch, rows, slots, times, minTime };
}

/** The right rows of one key, sorted by time: parallel arrays of times and row ids. */
interface KeyRows {
  times: number[];
  ids: number[];
}

/** Index of the first element of sorted `a` that is > t (upper) or >= t (lower). */
function bisect(a: readonly number[], t: number, upper: boolean): number {
  let [lo, hi] = [0, a.length];
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (upper ? a[mid]! <= t : a[mid]! < t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export const asofJoin = defineOperator<plan.AsofJoinNode>({
  name: 'asof join',
  inputs: [{ partitioning: 'keyed' }, { partitioning: 'keyed' }],
  keysOf: (node) => node.leftKeys ?? [],
  outputSchema: (node, [left, right]) => bindNode(node, left!, right!).schema,
  setup(ctx, node) {
    const b = bindNode(node, ctx.inputSchemas[0]!, ctx.inputSchemas[1]!);
    const out = new JoinOutput(b.schema, b.cols, false, false);
    let keys = new GroupTable(b.keyTypes);
    let perKey: KeyRows[] = [];
    // Right rows: the batch and row each id reads; batches are released when no row is kept.
    const batches: (RecordBatch | undefined)[] = [];
    const refs: number[] = [];
    const batchOf: number[] = [];
    const rowOf: number[] = [];
    const freeIds: number[] = [];
    let hashes: Uint32Array = new Uint32Array(0);
    let times: Float64Array = new Float64Array(0);
    /** Left rows waiting for the right watermark (event-time mode). */
    let pending: Pending[] = [];

    const addRight = (batch: RecordBatch, row: number, slot: number, t: number) => {
      let b2 = batches.length - 1;
      if (batches[b2] !== batch) {
        batches.push(batch);
        refs.push(0);
        b2 = batches.length - 1;
      }
      const id = freeIds.pop() ?? batchOf.length;
      batchOf[id] = b2;
      rowOf[id] = row;
      refs[b2]!++;
      const k = (perKey[slot] ??= { times: [], ids: [] });
      const at = k.times.length === 0 || k.times[k.times.length - 1]! <= t ? k.times.length : bisect(k.times, t, true);
      if (at === k.times.length) {
        k.times.push(t);
        k.ids.push(id);
      } else {
        k.times.splice(at, 0, t);
        k.ids.splice(at, 0, id);
      }
      addedSinceEvict++;
    };
    const dropRight = (id: number) => {
      const bt = batchOf[id]!;
      if (--refs[bt]! === 0) batches[bt] = undefined;
      freeIds.push(id);
    };

    /** The matching right row id for a left row at time t of key slot `slot` (-1: none). */
    const match = (slot: number, t: number): number => {
      const k = slot >= 0 ? perKey[slot] : undefined;
      if (k === undefined || k.times.length === 0) return -1;
      // Backward candidate: the last right time <= t (< t when strict).
      const bi = bisect(k.times, t, !b.strict) - 1;
      // Forward candidate: the first right time >= t (> t when strict).
      const fi = bisect(k.times, t, b.strict);
      const back = bi >= 0 && t - k.times[bi]! <= b.tolerance ? bi : -1;
      const fwd = fi < k.times.length && k.times[fi]! - t <= b.tolerance ? fi : -1;
      // Equal times: the last of them backward, the first forward (arrival order breaks ties).
      if (b.direction === 'backward') return back >= 0 ? k.ids[back]! : -1;
      if (b.direction === 'forward') return fwd >= 0 ? k.ids[fwd]! : -1;
      if (back < 0) return fwd >= 0 ? k.ids[fwd]! : -1;
      if (fwd < 0) return k.ids[back]!;
      return t - k.times[back]! <= k.times[fwd]! - t ? k.ids[back]! : k.ids[fwd]!;
    };

    /** The right watermark after which a left row's answer is final. */
    const deadline = (slot: number, t: number): number => {
      if (b.direction === 'backward') return t;
      const k = slot >= 0 ? perKey[slot] : undefined;
      let limit = t + b.tolerance;
      if (k !== undefined && k.times.length > 0) {
        const fi = bisect(k.times, t, b.strict);
        if (fi < k.times.length) limit = Math.min(limit, k.times[fi]!);
        if (b.direction === 'nearest') {
          const bi = bisect(k.times, t, !b.strict) - 1;
          if (bi >= 0) limit = Math.min(limit, t + (t - k.times[bi]!));
        }
      }
      return limit;
    };

    /** Emits left rows with their matches: matched ones grouped by right batch, then the unmatched. */
    const emitRows = (batch: RecordBatch, rows: Int32Array, slots: Int32Array, ts: Float64Array) => {
      const byBatch = new Map<number, { l: number[]; r: number[] }>();
      const unmatched: number[] = [];
      for (let j = 0; j < rows.length; j++) {
        const id = match(slots[j]!, ts[j]!);
        if (id < 0) {
          unmatched.push(rows[j]!);
          continue;
        }
        const bt = batchOf[id]!;
        let g = byBatch.get(bt);
        if (g === undefined) byBatch.set(bt, (g = { l: [], r: [] }));
        g.l.push(rows[j]!);
        g.r.push(rowOf[id]!);
      }
      // One batch downstream per call: each emitted batch costs a mailbox hop.
      const parts = [...byBatch].map(([bt, g]) => out.joined(batch, g.l, batches[bt]!, g.r, []));
      if (unmatched.length > 0) parts.push(out.padded(0, batch, unmatched, []));
      if (parts.length > 0) ctx.emit(parts.length === 1 ? parts[0]! : concatBatches(b.schema, parts));
    };

    /** Key slots of a batch's rows (-1: NULL key, or, when only finding, a key not seen yet). */
    const slotsOf = (batch: RecordBatch, side: 0 | 1, insert: boolean): Int32Array => {
      const n = batch.numRows;
      const cols = columnsOf(batch);
      const keyCols = b.keys[side].map((k) => cols[k]!);
      hashes = keyHashes(keyCols, b.keyTypes, n, hashes);
      const slots = new Int32Array(n);
      if (insert) keys.lookup(keyCols, hashes, null, n, slots);
      else keys.find(keyCols, hashes, n, slots);
      maskNullKeys(keyCols, n, slots);
      return slots;
    };
    const timesOfBatch = (batch: RecordBatch, side: 0 | 1): Float64Array => {
      const n = batch.numRows;
      if (times.length < n) times = new Float64Array(Math.max(n, 1024));
      timesOf(columnsOf(batch)[b.time[side]]!, times);
      return times;
    };

    /** Emits held left rows whose deadline the right watermark passed. */
    const release = () => {
      const wm = ctx.inputWatermark(1);
      const still: Pending[] = [];
      for (const p of pending) {
        // A deadline is never before the row's time: skip what the watermark has not reached.
        if (p.minTime >= wm) {
          still.push(p);
          continue;
        }
        // Keys the right input had not seen when the rows arrived may have come since.
        if (p.slots.some((x) => x < 0)) {
          const fresh = slotsOf(p.batch, 0, false);
          for (let j = 0; j < p.rows.length; j++) p.slots[j] = fresh[p.rows[j]!]!;
        }
        const done = new Uint8Array(p.rows.length);
        let count = 0;
        for (let j = 0; j < p.rows.length; j++) {
          if (deadline(p.slots[j]!, p.times[j]!) < wm) {
            done[j] = 1;
            count++;
          }
        }
        if (count === p.rows.length) {
          emitRows(p.batch, p.rows, p.slots, p.times);
          continue;
        }
        const pick = (want: number): Pending => {
          const idx: number[] = [];
          for (let j = 0; j < done.length; j++) if (done[j] === want) idx.push(j);
          return pendingOf(p.batch, Int32Array.from(idx, (j) => p.rows[j]!), Int32Array.from(idx, (j) => p.slots[j]!), Float64Array.from(idx, (j) => p.times[j]!));
        };
        if (count > 0) {
          const d = pick(1);
          emitRows(d.batch, d.rows, d.slots, d.times);
        }
        still.push(pick(0));
      }
      pending = still;
    };

    /**
     * Drops right rows no future left row can match better (left rows come at or after
     * `horizon`). It scans every key, so it runs once as many rows as keys arrived: the state
     * stays within twice what it must keep, at O(1) per row.
     */
    let addedSinceEvict = 0;
    const evict = () => {
      if (addedSinceEvict < Math.max(1024, keys.size)) return;
      addedSinceEvict = 0;
      let horizon = ctx.inputWatermark(0);
      for (const p of pending) horizon = Math.min(horizon, p.minTime);
      if (!Number.isFinite(horizon)) return;
      for (const k of perKey) {
        if (k === undefined || k.times.length === 0) continue;
        // Forward: rows before the horizon; otherwise keep the last row at or before it too
        // (it is still the backward answer), and within the tolerance.
        let cut = bisect(k.times, horizon, false);
        if (b.direction !== 'forward') cut = Math.max(0, cut - 1);
        if (Number.isFinite(b.tolerance)) cut = Math.max(cut, bisect(k.times, horizon - b.tolerance, false));
        if (cut <= 0) continue;
        for (let i = 0; i < cut; i++) dropRight(k.ids[i]!);
        k.times.splice(0, cut);
        k.ids.splice(0, cut);
      }
    };

    const holdWatermark = (wm: number) => {
      let min = wm;
      for (const p of pending) min = Math.min(min, p.minTime);
      ctx.emitWatermark(min);
    };

    return {
      onBatch(batch: RecordBatch, input: number) {
        const n = batch.numRows;
        if (n === 0) return;
        if (input === 1) {
          const slots = slotsOf(batch, 1, true);
          const ts = timesOfBatch(batch, 1);
          for (let i = 0; i < n; i++) if (slots[i]! >= 0) addRight(batch, i, slots[i]!, ts[i]!);
          return;
        }
        const slots = slotsOf(batch, 0, false);
        timesOfBatch(batch, 0);
        const rows = new Int32Array(n);
        for (let i = 0; i < n; i++) rows[i] = i;
        const ts = times.slice(0, n);
        if (b.eager) {
          emitRows(batch, rows, slots, ts);
          return;
        }
        pending.push(pendingOf(batch, rows, slots, ts));
        release();
      },
      onInputWatermark(input: number) {
        if (input === 1 && !b.eager) release();
        evict();
        holdWatermark(ctx.watermark);
      },
      onWatermark(wm: number) {
        holdWatermark(wm);
      },
      onEnd() {
        for (const p of pending) emitRows(p.batch, p.rows, p.slots, p.times);
        pending = [];
      },
      snapshot() {
        const kept = perKey.flatMap((k) => (k == null ? [] : k.ids));
        const { rows, index } = keptRows(kept, (id) => batchOf[id]!, (id) => rowOf[id]!, (bt) => batches[bt]!);
        return {
          keys: keys.snapshot(),
          batches: [rows],
          perKey: perKey.map((k) => (k == null ? null : { times: [...k.times], rows: k.ids.map((id) => [0, index.get(id)!]) })),
          pending: pending.map((p) => ({ rows: batchToRows(selectRows(p.batch, p.rows, p.rows.length)), times: Array.from(p.times) })),
        };
      },
      restore(state: unknown) {
        const s = state as { keys: GroupTableState; batches: Row[][]; perKey: ({ times: number[]; rows: number[][] } | null)[]; pending: { rows: Row[]; times: number[] }[] };
        keys = GroupTable.restore(b.keyTypes, s.keys);
        const restored = s.batches.map((rows) => rowsToBatch(ctx.inputSchemas[1]!, rows));
        perKey = [];
        s.perKey.forEach((k, slot) => {
          if (k === null) return;
          k.rows.forEach(([bt, row], j) => addRight(restored[bt!]!, row!, slot, k.times[j]!));
        });
        pending = s.pending.map((p) => pendingOf(rowsToBatch(ctx.inputSchemas[0]!, p.rows), Int32Array.from(p.rows, (_, i) => i), new Int32Array(p.rows.length).fill(-1), Float64Array.from(p.times)));
      },
    };
  },
});
