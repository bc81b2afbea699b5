/**
 * ASOF join (plan.proto's AsofJoinNode): each left row takes the right row of its key closest in
 * time in one direction (or either), within a tolerance; left-join output.
 *
 * Right rows stay in the batches they arrived in, indexed per key by time in typed arrays
 * (asof-join-state.ts). In event-time mode a left row is held until the right watermark passes
 * the point after which no closer right row can arrive (its deadline), so the answer never
 * changes and the output is append-only; eager mode answers at once from the right rows seen so
 * far. Right rows that no future left row can prefer are dropped as the left watermark advances.
 * Output is built per left batch: its columns sliced when the released rows are a run of it, and
 * each right column gathered in one pass across the right batches the matches live in.
 */
import {
  batchToRows,
  columnsOf,
  defineOperator,
  gatherAcross,
  gatherColumn,
  GroupTable,
  makeBatch,
  makeSchema,
  PlanError,
  rowsToBatch,
  selectRows,
  timesOf,
  type Column,
  type ColumnType,
  type GroupTableState,
  type RecordBatch,
  type Row,
  type Schema,
} from '../runtime/index.js';
import type { plan } from '../specs/index.js';
import { AsofRightRows, type Direction } from './asof-join-state.js';
import { bindKeys, bindTimes, keptRows, maskNullKeys } from './join-state.js';
import { keyHashes, WEIGHT } from './window-internals.js';

const DIRECTIONS: readonly Direction[] = ['backward', 'forward', 'nearest'];

interface Bound {
  readonly keys: readonly [readonly number[], readonly number[]];
  readonly keyTypes: readonly ColumnType[];
  readonly time: readonly [number, number];
  readonly direction: Direction;
  readonly strict: boolean;
  readonly tolerance: number;
  readonly eager: boolean;
  readonly leftTypes: readonly ColumnType[];
  readonly rightTypes: readonly ColumnType[];
  readonly schema: Schema;
}

function bindNode(node: plan.AsofJoinNode, left: Schema, right: Schema): Bound {
  for (const [s, side] of [[left, 'left'], [right, 'right']] as const) {
    if (s.fields.some((f) => f.name === WEIGHT)) throw new PlanError(`an ASOF join needs an append-only ${side} input; this one is a changelog (join the stream it aggregates, or a materialized view of it)`);
  }
  const { keys: [lk, rk], keyTypes } = bindKeys(left, right, node.leftKeys ?? [], node.rightKeys ?? [], 'ASOF', 'an ASOF join');
  const time = bindTimes(left, right, node.leftTime ?? '', node.rightTime ?? '', 'ASOF');
  const direction = DIRECTIONS[Number(node.direction ?? 0)];
  if (direction === undefined) throw new PlanError(`unknown ASOF direction ${String(node.direction)}`);
  const names = new Set(left.fields.map((f) => f.name));
  const clash = right.fields.find((f) => names.has(f.name));
  if (clash !== undefined) throw new PlanError(`both ASOF inputs have a column '${clash.name}'; rename one (the planner gives them distinct names)`);
  const schema = makeSchema([...left.fields, ...right.fields.map((f) => ({ ...f, nullable: true }))]);
  const tol = node.toleranceMs ?? -1;
  return { keys: [lk, rk], keyTypes, time, direction, strict: node.strict === true, tolerance: tol < 0 ? Infinity : tol, eager: node.eager === true, leftTypes: left.fields.map((f) => f.type), rightTypes: right.fields.map((f) => f.type), schema };
}

/** A held row's slot when its key was not in the table yet (the right input may bring it). */
const UNSEEN = -2;

/** Left rows of one batch held for the right watermark: `rows[0..count)` with slots and times. */
interface Held {
  readonly batch: RecordBatch;
  readonly cols: Column[];
  readonly rows: Int32Array;
  readonly slots: Int32Array;
  readonly times: Float64Array;
  count: number;
  /** The earliest and latest of `times`: none can be released before the watermark passes it. */
  minTime: number;
  maxTime: number;
  /** Rows with slot UNSEEN, and the key table's size when their slots were looked up. */
  unseen: number;
  keysThen: number;
}

export const asofJoin = defineOperator<plan.AsofJoinNode>({
  name: 'asof join',
  inputs: [{ partitioning: 'keyed' }, { partitioning: 'keyed' }],
  keysOf: (node) => node.leftKeys ?? [],
  outputSchema: (node, [left, right]) => bindNode(node, left!, right!).schema,
  setup(ctx, node) {
    const b = bindNode(node, ctx.inputSchemas[0]!, ctx.inputSchemas[1]!);
    const backward = b.direction === 'backward';
    let keys = new GroupTable(b.keyTypes);
    let right = new AsofRightRows(b.direction, b.strict, b.tolerance);
    let hashes: Uint32Array = new Uint32Array(0);
    let times: Float64Array = new Float64Array(0);
    /** Left rows waiting for the right watermark (event-time mode), in arrival order. */
    let held: Held[] = [];
    // One output batch: left rows `sel` of one batch and the right row ids they matched (-1: none).
    let sel = new Int32Array(4096);
    let ids = new Int32Array(4096);
    const room = (n: number) => {
      if (sel.length < n) [sel, ids] = [new Int32Array(n), new Int32Array(n)];
    };
    // Right batches numbered for one output batch: stamp[b] is the output it was numbered for.
    let stamp: Int32Array = new Int32Array(64).fill(-1);
    let partOf: Int32Array = new Int32Array(64);
    let outputs = 0;
    let rightFrom = new Int32Array(4096);
    let rightRow = new Int32Array(4096);

    /**
     * Sends left rows `sel[0..n)` of a batch (its columns `cols`) with their matches. Rows that
     * are a run of the batch (the usual case: left rows come in time order) keep its columns,
     * sliced; the right columns are one gather each across the batches the matches live in.
     */
    const emit = (cols: Column[], n: number) => {
      const first = sel[0]!;
      let run = true;
      for (let i = 1; i < n && run; i++) run = sel[i] === first + i;
      const left = !run ? b.leftTypes.map((type, c) => gatherColumn(cols[c]!, type, sel, n)) : first === 0 && n === cols[0]!.length ? cols : cols.map((c) => c.slice(first, n));
      if (rightFrom.length < n) [rightFrom, rightRow] = [new Int32Array(sel.length), new Int32Array(sel.length)];
      const parts: Column[][] = [];
      const now = outputs++;
      for (let i = 0; i < n; i++) {
        const id = ids[i]!;
        if (id < 0) {
          rightFrom[i] = -1;
          continue;
        }
        const bt = right.batchOf[id]!;
        if (bt >= stamp.length) [stamp, partOf] = [grown(stamp, bt, -1), grown(partOf, bt, 0)];
        if (stamp[bt] !== now) {
          stamp[bt] = now;
          partOf[bt] = parts.length;
          parts.push(right.columns(bt));
        }
        rightFrom[i] = partOf[bt]!;
        rightRow[i] = right.rowOf[id]!;
      }
      const rightCols = b.rightTypes.map((type, c) => gatherAcross(parts.map((p) => p[c]!), type, rightFrom, rightRow, n));
      ctx.emit(makeBatch(b.schema, [...left, ...rightCols], n));
    };

    /** Key slots of a batch's rows (-1: NULL key; when only finding, `missing` for a key not seen). */
    const slotsOf = (batch: RecordBatch, side: 0 | 1, insert: boolean, missing = -1): Int32Array => {
      const n = batch.numRows;
      const cols = columnsOf(batch);
      const keyCols = b.keys[side].map((k) => cols[k]!);
      hashes = keyHashes(keyCols, b.keyTypes, n, hashes);
      const slots = new Int32Array(n);
      if (insert) keys.lookup(keyCols, hashes, null, n, slots);
      else keys.find(keyCols, hashes, n, slots);
      if (missing !== -1) for (let i = 0; i < n; i++) if (slots[i] === -1) slots[i] = missing;
      maskNullKeys(keyCols, n, slots);
      return slots;
    };
    const timesOfBatch = (batch: RecordBatch, side: 0 | 1): Float64Array => {
      const n = batch.numRows;
      if (times.length < n) times = new Float64Array(Math.max(n, 1024));
      timesOf(columnsOf(batch)[b.time[side]]!, times);
      return times;
    };

    const hold = (batch: RecordBatch) => {
      const n = batch.numRows;
      const slots = slotsOf(batch, 0, false, UNSEEN);
      const ts = timesOfBatch(batch, 0).slice(0, n);
      let [minTime, maxTime, unseen] = [Infinity, -Infinity, 0];
      for (let i = 0; i < n; i++) {
        const t = ts[i]!;
        if (t < minTime) minTime = t;
        if (t > maxTime) maxTime = t;
        if (slots[i] === UNSEEN) unseen++;
      }
      const rows = new Int32Array(n);
      for (let i = 0; i < n; i++) rows[i] = i;
      held.push({ batch, cols: columnsOf(batch), rows, slots, times: ts, count: n, minTime, maxTime, unseen, keysThen: keys.size });
    };

    /** Keys the right input had not brought when held rows arrived may have come since. */
    const refresh = (h: Held) => {
      if (h.unseen === 0 || h.keysThen === keys.size) return;
      const fresh = slotsOf(h.batch, 0, false, UNSEEN);
      h.unseen = 0;
      for (let j = 0; j < h.count; j++) {
        if (h.slots[j] !== UNSEEN) continue;
        h.slots[j] = fresh[h.rows[j]!]!;
        if (h.slots[j] === UNSEEN) h.unseen++;
      }
      h.keysThen = keys.size;
    };

    /** Sends the held rows of `h` whose deadline is before `wm` (`all`: every row, at the end). */
    const releaseRows = (h: Held, wm: number, all: boolean) => {
      refresh(h);
      const { rows, slots, times: ts } = h;
      room(h.count);
      let n = 0;
      if (all || (backward && h.maxTime < wm)) {
        for (let j = 0; j < h.count; j++) {
          sel[j] = rows[j]!;
          ids[j] = right.match(slots[j]!, ts[j]!);
        }
        n = h.count;
        h.count = 0;
      } else {
        let [w, minTime, maxTime] = [0, Infinity, -Infinity];
        for (let j = 0; j < h.count; j++) {
          const t = ts[j]!;
          if ((backward ? t : right.deadline(slots[j]!, t)) < wm) {
            sel[n] = rows[j]!;
            ids[n++] = right.match(slots[j]!, t);
            continue;
          }
          rows[w] = rows[j]!;
          slots[w] = slots[j]!;
          ts[w++] = t;
          if (t < minTime) minTime = t;
          if (t > maxTime) maxTime = t;
        }
        [h.count, h.minTime, h.maxTime] = [w, minTime, maxTime];
      }
      if (n > 0) emit(h.cols, n);
    };

    /** Sends held left rows whose deadline the right watermark passed. */
    const release = (wm: number) => {
      let kept = 0;
      for (const h of held) {
        // A deadline is never before the row's time: skip what the watermark has not reached.
        if (h.minTime < wm) releaseRows(h, wm, false);
        if (h.count > 0) held[kept++] = h;
      }
      held.length = kept;
    };

    /**
     * Drops right rows no future left row can match better (left rows come at or after the left
     * watermark, or are held). It scans every key, so it runs once as many rows as keys arrived:
     * the state stays within twice what it must keep, at O(1) per row.
     */
    const evict = () => {
      if (right.added < Math.max(1024, keys.size)) return;
      let horizon = ctx.inputWatermark(0);
      for (const h of held) horizon = Math.min(horizon, h.minTime);
      if (Number.isFinite(horizon)) right.evict(horizon);
    };

    const holdWatermark = (wm: number) => {
      let min = wm;
      for (const h of held) min = Math.min(min, h.minTime);
      ctx.emitWatermark(min);
    };

    return {
      onBatch(batch: RecordBatch, input: number) {
        const n = batch.numRows;
        if (n === 0) return;
        if (input === 1) {
          right.add(batch, slotsOf(batch, 1, true), timesOfBatch(batch, 1), n);
          return;
        }
        if (!b.eager) {
          hold(batch);
          release(ctx.inputWatermark(1));
          return;
        }
        const slots = slotsOf(batch, 0, false);
        const ts = timesOfBatch(batch, 0);
        room(n);
        for (let i = 0; i < n; i++) {
          sel[i] = i;
          ids[i] = right.match(slots[i]!, ts[i]!);
        }
        emit(columnsOf(batch), n);
      },
      onInputWatermark(input: number) {
        if (input === 1 && !b.eager) release(ctx.inputWatermark(1));
        evict();
        holdWatermark(ctx.watermark);
      },
      onWatermark(wm: number) {
        holdWatermark(wm);
      },
      onEnd() {
        for (const h of held) releaseRows(h, Infinity, true);
        held = [];
      },
      snapshot() {
        const perKey = right.kept();
        const { rows, index } = keptRows(perKey.flatMap((k) => (k === null ? [] : k.ids)), (id) => right.batchOf[id]!, (id) => right.rowOf[id]!, (bt) => right.batch(bt));
        return {
          keys: keys.snapshot(),
          batches: [rows],
          perKey: perKey.map((k) => (k === null ? null : { times: k.times, rows: k.ids.map((id) => [0, index.get(id)!]) })),
          pending: held.map((h) => ({ rows: batchToRows(selectRows(h.batch, h.rows, h.count)), times: Array.from(h.times.subarray(0, h.count)) })),
        };
      },
      restore(state: unknown) {
        const s = state as { keys: GroupTableState; batches: Row[][]; perKey: ({ times: number[]; rows: number[][] } | null)[]; pending: { rows: Row[] }[] };
        keys = GroupTable.restore(b.keyTypes, s.keys);
        right = new AsofRightRows(b.direction, b.strict, b.tolerance);
        // Snapshots keep every right row in one batch (rows[j] = [0, row]).
        s.batches.forEach((rows, bt) => {
          const perKey = s.perKey.map((k) => (k === null ? null : { rows: k.rows.filter((r) => r[0] === bt).map((r) => r[1]!), times: k.times.filter((_, j) => k.rows[j]![0] === bt) }));
          right.restore(rowsToBatch(ctx.inputSchemas[1]!, rows), perKey);
        });
        held = [];
        for (const p of s.pending) if (p.rows.length > 0) hold(rowsToBatch(ctx.inputSchemas[0]!, p.rows));
      },
    };
  },
});

/** `a` grown to hold index `at`, new entries `fill`. */
function grown(a: Int32Array, at: number, fill: number): Int32Array {
  const b = new Int32Array(Math.max(at + 1, a.length * 2)).fill(fill);
  b.set(a);
  return b;
}
