/**
 * Equi-joins of two streams (INNER, LEFT, FULL, SEMI, ANTI; the planner turns RIGHT into LEFT):
 * each side keeps its rows by key and every arriving row is matched against the other side's.
 *
 * - Interval joins (`interval`) match rows whose times are within bounds, drop a row from the
 *   state once the other input's watermark has passed its bound, and emit outer (and ANTI) rows
 *   then, when they can no longer match: append-only output for append-only inputs (S13).
 * - Regular joins keep every row; outer, SEMI and ANTI rows are emitted at once and retracted
 *   when a match arrives (a changelog), or, over bounded inputs (`bounded`), emitted at the end.
 * - Changelog inputs retract: a -1 row removes its kept row and retracts the rows it joined.
 *
 * Rows with a NULL key never match (SQL equality), but outer joins still emit them.
 */
import {
  columnsOf,
  concatBatches,
  defineOperator,
  fieldIndex,
  makeSchema,
  PlanError,
  readValue,
  timesOf,
  type ColumnType,
  type FieldSpec,
  type FunctionTable,
  type RecordBatch,
  type Schema,
} from '../runtime/index.js';
import type { plan } from '../specs/index.js';
import { compileCalc, type CalcProgram } from './expr/compile.js';
import { JoinOutput, type JoinColumns } from './join-output.js';
import { bindKeys, isTrueAt, JoinSide, maskNullKeys } from './join-state.js';
import { keyHashes, WEIGHT } from './window-internals.js';

type JoinType = 'inner' | 'left' | 'full' | 'semi' | 'anti';
const TYPES: readonly (JoinType | undefined)[] = ['inner', 'left', undefined, 'full', 'semi', 'anti'];

interface Bound {
  readonly type: JoinType;
  readonly keys: readonly [readonly number[], readonly number[]];
  readonly keyTypes: readonly ColumnType[];
  readonly weight: readonly [number, number];
  readonly cols: JoinColumns;
  readonly condition: CalcProgram | undefined;
  readonly interval: { readonly time: readonly [number, number]; readonly lower: number; readonly upper: number; readonly lag: readonly [number, number] } | undefined;
  readonly bounded: boolean;
  readonly ttlMs: number;
  readonly weighted: boolean;
  readonly schema: Schema;
  readonly joined: Schema;
}

function bindNode(node: plan.JoinNode, left: Schema, right: Schema, functions?: FunctionTable): Bound {
  const type = TYPES[Number(node.type ?? 0)];
  if (type === undefined) throw new PlanError(`unknown join type ${String(node.type)}`);
  const { keys: [lk, rk], keyTypes } = bindKeys(left, right, node.leftKeys ?? [], node.rightKeys ?? [], 'join', 'a join');
  const weight: [number, number] = [left.fields.findIndex((f) => f.name === WEIGHT), right.fields.findIndex((f) => f.name === WEIGHT)];
  const data = (s: Schema) => s.fields.map((_, i) => i).filter((i) => s.fields[i]!.name !== WEIGHT);
  const cols: JoinColumns = {
    left: data(left), right: data(right),
    leftTypes: data(left).map((i) => left.fields[i]!.type), rightTypes: data(right).map((i) => right.fields[i]!.type),
  };
  const leftFields = cols.left.map((i) => ({ ...left.fields[i]!, nullable: left.fields[i]!.nullable || type === 'full' }));
  const rightFields = cols.right.map((i) => ({ ...right.fields[i]!, nullable: right.fields[i]!.nullable || type === 'left' || type === 'full' }));
  const names = new Set<string>();
  for (const f of [...leftFields, ...rightFields]) {
    if (names.has(f.name)) throw new PlanError(`both join inputs have a column '${f.name}'; rename one (the planner gives them distinct names)`);
    names.add(f.name);
  }
  const joined = makeSchema([...leftFields, ...rightFields]);
  const condition = node.condition != null ? compileCalc([{ project: { exprs: [{ name: 'c', expr: node.condition }] } }], joined, { functions }) : undefined;
  if (condition !== undefined && condition.schema.fields[0]!.type !== 'bool') throw new PlanError(`a join condition must be boolean, got ${condition.schema.fields[0]!.type}`);
  const iv = node.interval;
  const interval = iv != null ? {
    time: [fieldIndex(left, iv.leftTime ?? '', 'left join time'), fieldIndex(right, iv.rightTime ?? '', 'right join time')] as const,
    lower: iv.lowerMs ?? 0, upper: iv.upperMs ?? 0, lag: [iv.leftLagMs ?? 0, iv.rightLagMs ?? 0] as const,
  } : undefined;
  if (interval !== undefined && !(interval.lower <= interval.upper)) throw new PlanError(`an interval join's lower bound (${interval.lower} ms) exceeds its upper bound (${interval.upper} ms)`);
  const bounded = node.bounded === true;
  const weighted = weight[0] >= 0 || weight[1] >= 0 || (interval === undefined && !bounded && (type === 'left' || type === 'full' || type === 'anti'));
  const semi = type === 'semi' || type === 'anti';
  const fields: FieldSpec[] = [...leftFields, ...(semi ? [] : rightFields), ...(weighted ? [{ name: WEIGHT, type: 'int32', nullable: false }] : [])];
  return { type, keys: [lk, rk], keyTypes, weight, cols, condition, interval, bounded, ttlMs: node.ttlMs ?? 0, weighted, schema: makeSchema(fields), joined };
}

/** Whether two rows (of batches `a` and `b`, same schema) have equal data values. */
function sameRow(a: RecordBatch, ra: number, b: RecordBatch, rb: number, indexes: readonly number[], types: readonly ColumnType[]): boolean {
  const [ca, cb] = [columnsOf(a), columnsOf(b)];
  return indexes.every((c, k) => {
    const [x, y] = [readValue(ca[c]!, types[k]!, ra), readValue(cb[c]!, types[k]!, rb)];
    // NaN is the same value as NaN here (a retraction of a row holding NaN must find it), and
    // NULL only NULL (JSON would print both as null).
    if (x === null || y === null) return x === y;
    return x === y || (x !== x && y !== y) || (typeof x === 'object' && JSON.stringify(x, big) === JSON.stringify(y, big));
  });
}
const big = (_k: string, v: unknown) => (typeof v === 'bigint' ? `${v}n` : v);

export const join = defineOperator<plan.JoinNode>({
  name: 'join',
  inputs: [{ partitioning: 'keyed' }, { partitioning: 'keyed' }],
  keysOf: (node) => node.leftKeys ?? [],
  outputSchema: (node, [left, right], env) => bindNode(node, left!, right!, env?.functions).schema,
  setup(ctx, node) {
    const b = bindNode(node, ctx.inputSchemas[0]!, ctx.inputSchemas[1]!, ctx.functions);
    const timed = b.interval !== undefined;
    const sides: [JoinSide, JoinSide] = [new JoinSide(b.keyTypes, timed), new JoinSide(b.keyTypes, timed)];
    const out = new JoinOutput(b.schema, b.cols, b.type === 'semi' || b.type === 'anti', b.weighted);
    // Candidate pairs as joined rows, for the residual condition.
    const probeOut = new JoinOutput(b.joined, b.cols, false, false);
    const preserved: readonly [boolean, boolean] = [b.type !== 'inner', b.type === 'full'];
    let hashes: Uint32Array = new Uint32Array(0);
    let times: Float64Array = new Float64Array(0);

    /** The emitted rows of preserved, unmatched rows (outer rows; SEMI/ANTI left rows). */
    const emitKept = (side: 0 | 1, ids: readonly number[], sign: number) => {
      const batch = out.paddedKept(side, sides[side], ids, (id) => sign * sides[side].count[id]!);
      if (batch !== undefined) ctx.emit(batch);
    };

    /** Whether a kept row of `side` may still match a future row of the other input. */
    const alive = (side: 0 | 1, time: number): boolean => time >= cutoff(side);
    /** Kept rows of `side` older than this can no longer match (interval joins). */
    const cutoff = (side: 0 | 1): number => {
      if (b.interval === undefined) return -Infinity;
      return side === 0 ? ctx.inputWatermark(1) - b.interval.lag[1] - b.interval.upper : ctx.inputWatermark(0) - b.interval.lag[0] + b.interval.lower;
    };

    /** Leaves the state: rows that can no longer match; preserved unmatched ones are emitted. */
    const evict = (side: 0 | 1) => {
      const s = sides[side];
      const gone = s.takeOlderThan(cutoff(side));
      if (gone.length === 0) return;
      const unmatched = gone.filter((id) => s.matches[id]! === 0);
      if (side === 0 && (b.type === 'left' || b.type === 'full' || b.type === 'anti')) emitKept(0, unmatched, 1);
      if (side === 1 && b.type === 'full') emitKept(1, unmatched, 1);
      for (const id of gone) s.drop(id);
    };

    /**
     * Interval joins hold the output watermark at their oldest kept row: a later output row (an
     * outer row at eviction, or a match of a kept row) carries a kept row's time.
     */
    const holdWatermark = (wm: number) => ctx.emitWatermark(b.interval === undefined ? wm : Math.min(wm, sides[0].oldest(), sides[1].oldest()));

    /** Regular joins with a TTL forget rows untouched (no insert, no match) for `ttlMs` of processing time. */
    let lastSweep = ctx.clock.now();
    const sweep = (now: number) => {
      if (b.ttlMs <= 0 || now - lastSweep < b.ttlMs / 4) return;
      lastSweep = now;
      for (const s of sides) {
        for (const id of s.ids()) {
          if (now - s.touched[id]! > b.ttlMs) {
            s.drop(id);
            ctx.count('expiredRows');
          }
        }
      }
    };

    const onRows = (side: 0 | 1, batch: RecordBatch) => {
      const n = batch.numRows;
      if (n === 0) return;
      const me = sides[side];
      const other = sides[side === 0 ? 1 : 0];
      const cols = columnsOf(batch);
      const keyCols = b.keys[side].map((k) => cols[k]!);
      const weights = b.weight[side] >= 0 ? (cols[b.weight[side]]!.values as Int32Array) : null;
      hashes = keyHashes(keyCols, b.keyTypes, n, hashes);
      const mySlots = new Int32Array(n);
      const otherSlots = new Int32Array(n);
      me.keys.lookup(keyCols, hashes, null, n, mySlots);
      other.keys.find(keyCols, hashes, n, otherSlots);
      maskNullKeys(keyCols, n, mySlots, otherSlots);
      if (b.interval !== undefined) {
        if (times.length < n) times = new Float64Array(Math.max(n, 1024));
        timesOf(cols[b.interval.time[side]]!, times);
      }
      const now = ctx.clock.now();
      sweep(now);
      // Candidate pairs, grouped by the other side's batch, then the condition on them.
      const byBatch = new Map<number, { mine: number[]; theirs: number[]; ids: number[] }>();
      for (let i = 0; i < n; i++) {
        if (otherSlots[i]! < 0) continue;
        for (let id = other.first(otherSlots[i]!); id >= 0; id = other.next[id]!) {
          if (b.interval !== undefined) {
            const [tl, tr] = side === 0 ? [times[i]!, other.time[id]!] : [other.time[id]!, times[i]!];
            if (tr < tl + b.interval.lower || tr > tl + b.interval.upper) continue;
          }
          const ob = other.batchOf[id]!;
          let g = byBatch.get(ob);
          if (g === undefined) byBatch.set(ob, (g = { mine: [], theirs: [], ids: [] }));
          g.mine.push(i);
          g.theirs.push(other.rowOf[id]!);
          g.ids.push(id);
        }
      }
      const matchesIn = new Float64Array(n);
      const flips: [number[], number[]] = [[], []]; // kept rows of the other side: [gained a first match, lost the last]
      const joinedParts: RecordBatch[] = [];
      for (const [ob, g] of byBatch) {
        const theirBatch = other.batch(ob);
        const [lb, lr, rb, rr] = side === 0 ? [batch, g.mine, theirBatch, g.theirs] : [theirBatch, g.theirs, batch, g.mine];
        let sel = g.mine.map((_, j) => j);
        if (b.condition !== undefined) {
          const c = columnsOf(b.condition.run(probeOut.joined(lb, lr, rb, rr, []), ctx)!)[0]!;
          sel = sel.filter((j) => isTrueAt(c, j));
        }
        if (sel.length === 0) continue;
        const pairWeights: number[] = [];
        for (const j of sel) {
          const i = g.mine[j]!;
          const id = g.ids[j]!;
          const w = weights === null ? 1 : weights[i]!;
          matchesIn[i]! += other.count[id]!;
          const before = other.matches[id]!;
          other.matches[id] = before + w;
          other.touched[id] = now;
          if (before === 0 && before + w > 0) flips[0].push(id);
          if (before > 0 && before + w <= 0) flips[1].push(id);
          pairWeights.push(w * other.count[id]!);
        }
        if (b.type !== 'semi' && b.type !== 'anti') joinedParts.push(out.joined(lb, sel.map((j) => lr[j]!), rb, sel.map((j) => rr[j]!), pairWeights));
      }
      const otherSide: 0 | 1 = side === 0 ? 1 : 0;
      // A row that lost its last match and gained one in the same batch (an update of its match)
      // did not change: its padded row stays as it was.
      if (flips[0].length > 0 && flips[1].length > 0) {
        const net = new Map<number, number>();
        for (const id of flips[0]) net.set(id, (net.get(id) ?? 0) + 1);
        for (const id of flips[1]) net.set(id, (net.get(id) ?? 0) - 1);
        flips[0] = [...net].filter(([, v]) => v > 0).map(([id]) => id);
        flips[1] = [...net].filter(([, v]) => v < 0).map(([id]) => id);
      }
      // Kept rows of the other side whose match state changed: outer rows retract or come back
      // (regular joins), SEMI rows appear or go, ANTI rows go or come back.
      if (b.interval === undefined && !b.bounded && preserved[otherSide] && b.type !== 'semi') {
        if (b.type !== 'anti' || otherSide === 0) {
          emitKept(otherSide, flips[0], -1);
          emitKept(otherSide, flips[1], 1);
        }
      }
      if (b.type === 'semi' && otherSide === 0) {
        emitKept(0, flips[0], 1);
        if (b.interval === undefined) emitKept(0, flips[1], -1);
      }
      // One batch downstream: each emitted batch costs a mailbox hop.
      if (joinedParts.length > 0) ctx.emit(joinedParts.length === 1 ? joinedParts[0]! : concatBatches(b.schema, joinedParts));
      // This batch's rows: retractions remove kept rows; insertions are kept while they can match.
      const emitNow: number[] = [];
      const emitWeights: number[] = [];
      const dataCols = side === 0 ? b.cols.left : b.cols.right;
      const dataTypes = side === 0 ? b.cols.leftTypes : b.cols.rightTypes;
      const batchId = me.addBatch(batch);
      for (let i = 0; i < n; i++) {
        const w = weights === null ? 1 : weights[i]!;
        const t = b.interval !== undefined ? times[i]! : 0;
        const unmatched = matchesIn[i]! === 0;
        if (w < 0) {
          // The kept row it retracts: same key, same values.
          const same = (id: number) => sameRow(me.batch(me.batchOf[id]!), me.rowOf[id]!, batch, i, dataCols, dataTypes);
          let found = -1;
          if (mySlots[i]! >= 0) for (let id = me.first(mySlots[i]!); id >= 0 && found < 0; id = me.next[id]!) found = same(id) ? id : -1;
          else found = [...me.unkeyed].find(same) ?? -1;
          if (found < 0) {
            ctx.count('unmatchedRetractions');
            continue;
          }
          if (preserved[side] && !b.bounded && b.interval === undefined && (b.type === 'semi' ? !unmatched : unmatched)) {
            emitNow.push(i);
            emitWeights.push(w);
          }
          me.count[found]! += w;
          if (me.count[found]! <= 0) me.drop(found);
          continue;
        }
        const keepIt = alive(side, t);
        if (keepIt) me.keep(batchId, i, mySlots[i]!, w, t, matchesIn[i]!, now);
        // Preserved rows of this side with no match: emitted now (regular joins), or when they
        // leave the state (interval joins; at once if they cannot be kept), or at the end (bounded).
        if (!preserved[side]) continue;
        const regular = b.interval === undefined && !b.bounded;
        if (b.type === 'semi') {
          if (!unmatched && side === 0) {
            emitNow.push(i);
            emitWeights.push(w);
          }
        } else if (unmatched && (regular || !keepIt)) {
          emitNow.push(i);
          emitWeights.push(w);
        }
      }
      if (emitNow.length > 0) ctx.emit(out.padded(side, batch, emitNow, emitWeights));
    };

    return {
      onBatch(batch: RecordBatch, input: number) {
        onRows(input === 0 ? 0 : 1, batch);
      },
      onInputWatermark(input: number) {
        if (b.interval === undefined) return;
        // The other side's rows whose bound this input's watermark passed.
        evict(input === 0 ? 1 : 0);
        holdWatermark(ctx.watermark);
      },
      onWatermark(wm: number) {
        holdWatermark(wm);
      },
      onEnd() {
        if (!b.bounded) return;
        const unmatched = (side: 0 | 1) => sides[side].ids().filter((id) => sides[side].matches[id]! === 0);
        if (b.type === 'left' || b.type === 'full' || b.type === 'anti') emitKept(0, unmatched(0), 1);
        if (b.type === 'full') emitKept(1, unmatched(1), 1);
      },
      snapshot: () => ({ left: sides[0].snapshot(), right: sides[1].snapshot() }),
      restore(state: unknown) {
        const s = state as { left: unknown; right: unknown };
        sides[0] = JoinSide.restore(b.keyTypes, timed, ctx.inputSchemas[0]!, s.left);
        sides[1] = JoinSide.restore(b.keyTypes, timed, ctx.inputSchemas[1]!, s.right);
      },
    };
  },
});

