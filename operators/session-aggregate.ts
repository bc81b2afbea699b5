/**
 * Session windows: per key, rows closer than the gap in event time form one session
 * [first event, last event + gap). A row that bridges two sessions merges them (their
 * accumulators merge), so the result does not depend on arrival order. A session closes when the
 * watermark passes its end (plus lateness); rows whose own session would already be closed
 * (t + gap + lateness <= watermark) are late: dropped and counted.
 *
 * Emit modes: ON_CLOSE (no lateness), FINAL, and CHANGES, which retracts a session's previous row
 * when it grows or merges. Over a changelog input a retraction removes its row from the session
 * that contains it; a session whose rows are all retracted disappears (it does not split).
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
  type RecordBatch,
  type Schema,
} from '../runtime/index.js';
import type { plan } from '../specs/index.js';
import { AggregateSet, bindAggregates, type BoundAggregates } from './aggregate-internals.js';
import { batchTimes, emitOf, keyHashes, keyIndexes, OutputBuilder, outputFields, weightIndex, windowType, type EmitMode } from './window-internals.js';

interface Bound {
  readonly gap: number;
  readonly keys: readonly number[];
  readonly keyTypes: readonly ColumnType[];
  readonly time: number;
  readonly weight: number;
  readonly mode: EmitMode;
  readonly lateness: number;
  readonly aggregates: BoundAggregates;
  readonly schema: Schema;
  readonly windowType: ColumnType;
}

function bindNode(node: plan.WindowAggregateNode, input: Schema, functions?: FunctionTable): Bound {
  const gap = node.window?.session?.gapMs ?? 0;
  if (!(gap > 0)) throw new PlanError(`a session gap must be positive milliseconds, got ${gap}`);
  const keys = keyIndexes(input, node.keys ?? []);
  const time = node.timeColumn ? fieldIndex(input, node.timeColumn, 'window time column') : -1;
  const type = windowType(input, time);
  const calls = node.aggregates ?? [];
  const { mode } = emitOf(node.emit);
  const lateness = node.latenessMs ?? 0;
  if (mode === 'update' || mode === 'every') throw new PlanError(`SESSION windows emit ON WINDOW CLOSE, FINAL or CHANGES: a session's bounds move as it grows, which only a changelog can express as it happens`);
  if (mode === 'close' && lateness > 0) throw new PlanError('SESSION windows with ALLOW LATENESS need EMIT CHANGES or EMIT FINAL: a late row can move an emitted session\'s bounds or merge it with another');
  const aggregates = bindAggregates(calls, input, functions);
  const schema = makeSchema(outputFields(input, keys, type, aggregates, mode === 'changes'));
  return { gap, keys, keyTypes: keys.map((k) => input.fields[k]!.type), time, weight: weightIndex(input), mode, lateness, aggregates, schema, windowType: type };
}

/** Per-slot session metadata, in growable typed arrays. */
class Slots {
  start: Float64Array = new Float64Array(16);
  last: Float64Array = new Float64Array(16);
  rows: Float64Array = new Float64Array(16);
  keyId: Int32Array = new Int32Array(16);
  emitted: Uint8Array = new Uint8Array(16);
  private free: number[] = [];
  private next = 0;

  allocate(): number {
    const s = this.free.pop() ?? this.next++;
    if (s >= this.start.length) {
      const grow = <T extends Float64Array | Int32Array | Uint8Array>(a: T): T => {
        const b = new (a.constructor as new (n: number) => T)(a.length * 2);
        b.set(a);
        return b;
      };
      this.start = grow(this.start);
      this.last = grow(this.last);
      this.rows = grow(this.rows);
      this.keyId = grow(this.keyId);
      this.emitted = grow(this.emitted);
    }
    this.rows[s] = 0;
    this.emitted[s] = 0;
    return s;
  }

  release(s: number): void {
    this.free.push(s);
  }

  snapshot(): unknown {
    return { start: this.start.slice(), last: this.last.slice(), rows: this.rows.slice(), keyId: this.keyId.slice(), emitted: this.emitted.slice(), free: [...this.free], next: this.next };
  }

  restore(state: unknown): void {
    Object.assign(this, structuredClone(state));
  }
}

export const sessionAggregate = defineOperator<plan.WindowAggregateNode>({
  name: 'session-aggregate',
  inputs: [{ partitioning: 'keyed' }],
  keysOf: (node) => node.keys ?? [],
  outputSchema: (node, [input], env) => bindNode(node, input!, env?.functions).schema,
  setup(ctx, node) {
    const b = bindNode(node, ctx.inputSchemas[0]!, ctx.functions);
    const { gap, mode, lateness } = b;
    const onError = (kind: string) => ctx.count(`errors.${kind}`);
    const out = new OutputBuilder(b.schema.fields, b.keys.length, b.windowType, mode === 'changes');
    let keyTable = new GroupTable(b.keyTypes);
    const set = new AggregateSet(b.aggregates, b.weight >= 0, onError);
    let slots = new Slots();
    /** Live sessions of each key id, unordered. */
    let sessions: number[][] = [];
    let hashes: Uint32Array = new Uint32Array(0);
    let keyIds = new Int32Array(0);
    let times: Float64Array = new Float64Array(0);
    let seq = 0;

    const end = (s: number) => slots.last[s]! + gap;

    /** Output rows of `list` sessions (current values; bounds as `bounds` gives them, else current). */
    const rowsOf = (list: readonly number[], weight: number, bounds?: Map<number, [number, number]>): RecordBatch | undefined => {
      if (list.length === 0) return undefined;
      const ids = Int32Array.from(list);
      const keys: Column[] = b.keys.map((_, c) => keyTable.keyColumn(c, Int32Array.from(list, (s) => slots.keyId[s]!), list.length));
      const starts = Float64Array.from(list, (s) => bounds?.get(s)?.[0] ?? slots.start[s]!);
      const ends = Float64Array.from(list, (s) => (bounds?.get(s)?.[1] ?? slots.last[s]!) + gap);
      return out.assemble(keys, list.length, starts, ends, set.results(ids, list.length), weight);
    };

    /** Keys without a live session are forgotten once they are most of the key table. */
    const compactKeys = () => {
      if (keyTable.size < 4096) return;
      const live: number[] = [];
      for (let k = 0; k < keyTable.size; k++) if ((sessions[k]?.length ?? 0) > 0) live.push(k);
      if (live.length * 2 > keyTable.size) return;
      const ids = Int32Array.from(live);
      const keyCols = b.keys.map((_, c) => keyTable.keyColumn(c, ids, ids.length));
      const fresh = new GroupTable(b.keyTypes);
      const newIds = new Int32Array(ids.length);
      fresh.lookup(keyCols, keyHashes(keyCols, b.keyTypes, ids.length, new Uint32Array(0)), null, ids.length, newIds);
      const moved: number[][] = [];
      live.forEach((k, j) => {
        moved[newIds[j]!] = sessions[k]!;
        for (const s of sessions[k]!) slots.keyId[s] = newIds[j]!;
      });
      ctx.count('keysForgotten', keyTable.size - live.length);
      keyTable = fresh;
      sessions = moved;
    };

    const drop = (s: number) => {
      const list = sessions[slots.keyId[s]!]!;
      list.splice(list.indexOf(s), 1);
      set.clear(s);
      slots.release(s);
    };

    return {
      onBatch(batch: RecordBatch) {
        const n = batch.numRows;
        if (n === 0) return;
        const cols = columnsOf(batch);
        const keyCols = b.keys.map((k) => cols[k]!);
        const values = AggregateSet.valuesOf(b.aggregates, batch, ctx);
        const weights = b.weight >= 0 ? (cols[b.weight]!.values as Int32Array) : null;
        hashes = keyHashes(keyCols, b.keyTypes, n, hashes);
        times = batchTimes(cols, b.time, n, ctx.clock.now(), times);
        if (keyIds.length < n) keyIds = new Int32Array(Math.max(n, 1024));
        keyTable.lookup(keyCols, hashes, null, n, keyIds);
        const timeValid = b.time >= 0 ? validityOf(cols[b.time]!) : null;
        const timeOffset = b.time >= 0 ? cols[b.time]!.offset : 0;
        const wm = ctx.watermark;
        // Pass 1: the session of every row (creating, extending and merging sessions); merges of
        // accumulator state are recorded and run after the old rows of changed sessions are read.
        const parent = new Map<number, number>();
        const find = (s: number): number => {
          let r = s;
          while (parent.has(r)) r = parent.get(r)!;
          return r;
        };
        const merges: [number, number][] = [];
        const touched = new Set<number>();
        const created = new Set<number>();
        const rowSlots = new Int32Array(n).fill(-1);
        // Bounds of emitted sessions before this batch moved them: their retractions show those.
        const oldBounds = new Map<number, [number, number]>();
        const remember = (x: number) => {
          if (mode === 'changes' && slots.emitted[x] === 1 && !oldBounds.has(x)) oldBounds.set(x, [slots.start[x]!, slots.last[x]!]);
        };
        let late = 0;
        let unmatched = 0;
        for (let i = 0; i < n; i++) {
          if (timeValid !== null && ((timeValid[(timeOffset + i) >> 3]! >> ((timeOffset + i) & 7)) & 1) === 0) continue;
          const t = times[i]!;
          const w = weights === null ? 1 : weights[i]!;
          const k = keyIds[i]!;
          const list = (sessions[k] ??= []);
          if (w < 0) {
            // A retraction belongs to the session that holds its time.
            const s = list.find((x) => slots.start[x]! <= t && t <= slots.last[x]!);
            if (s === undefined) unmatched++;
            else {
              rowSlots[i] = s;
              touched.add(s);
            }
            continue;
          }
          if (t + gap + lateness <= wm) {
            late++;
            continue;
          }
          // The common case: one session to extend, found without allocating.
          let first = -1;
          let many = false;
          for (let q = 0; q < list.length; q++) {
            const x = list[q]!;
            if (t < slots.last[x]! + gap && slots.start[x]! < t + gap) {
              if (first < 0) first = x;
              else many = true;
            }
          }
          if (first >= 0 && !many) {
            remember(first);
            if (t < slots.start[first]!) slots.start[first] = t;
            if (t > slots.last[first]!) slots.last[first] = t;
            touched.add(first);
            rowSlots[i] = first;
            continue;
          }
          const overlapping = first < 0 ? [] : list.filter((x) => t < end(x) && slots.start[x]! < t + gap);
          let target: number;
          if (overlapping.length === 0) {
            target = slots.allocate();
            slots.start[target] = t;
            slots.last[target] = t;
            slots.keyId[target] = k;
            list.push(target);
            created.add(target);
          } else {
            overlapping.sort((x, y) => slots.start[x]! - slots.start[y]!);
            target = overlapping[0]!;
            for (const x of overlapping) remember(x);
            for (const other of overlapping.slice(1)) {
              slots.start[target] = Math.min(slots.start[target]!, slots.start[other]!);
              slots.last[target] = Math.max(slots.last[target]!, slots.last[other]!);
              slots.rows[target]! += slots.rows[other]!;
              if (slots.emitted[other] === 1) touched.add(other);
              merges.push([target, other]);
              parent.set(other, target);
              list.splice(list.indexOf(other), 1);
            }
            if (t < slots.start[target]!) slots.start[target] = t;
            if (t > slots.last[target]!) slots.last[target] = t;
          }
          touched.add(target);
          rowSlots[i] = target;
        }
        if (late > 0) ctx.count('lateRows', late);
        if (unmatched > 0) ctx.count('unmatchedRetractions', unmatched);
        // Old rows of emitted sessions this batch changes (state is still as before the batch).
        const oldStart = (x: number) => oldBounds.get(x)?.[0] ?? slots.start[x]!;
        const retract = mode === 'changes' ? [...touched].filter((x) => slots.emitted[x] === 1 && !created.has(x)).sort((x, y) => oldStart(x) - oldStart(y)) : [];
        const retractions = rowsOf(retract, -1, oldBounds);
        for (const [into, from] of merges) set.merge(into, from);
        for (const [, from] of merges) {
          set.clear(from);
          slots.release(from);
        }
        // Rows into their (final) sessions.
        const sel = new Int32Array(n);
        const gids = new Int32Array(n);
        let count = 0;
        const merged = parent.size > 0;
        for (let i = 0; i < n; i++) {
          if (rowSlots[i]! < 0) continue;
          const s = merged ? find(rowSlots[i]!) : rowSlots[i]!;
          sel[count] = i;
          gids[count++] = s;
          slots.rows[s]! += weights === null ? 1 : weights[i]!;
        }
        if (count > 0) set.update(values, gids, sel, count, weights, b.time >= 0 ? times : null, seq);
        seq += n;
        const alive = [...touched].filter((s) => !parent.has(s));
        for (const s of alive) if (slots.rows[s]! <= 0) drop(s);
        if (mode !== 'changes') return;
        const now = alive.filter((x) => slots.rows[x]! > 0).sort((x, y) => slots.start[x]! - slots.start[y]!);
        for (const s of retract) slots.emitted[s] = 0;
        for (const s of now) slots.emitted[s] = 1;
        const batchOut = OutputBuilder.concat(b.schema, [...(retractions ? [retractions] : []), ...(now.length > 0 ? [rowsOf(now, 1)!] : [])]);
        if (batchOut !== undefined) ctx.emit(batchOut);
      },
      onWatermark(watermark: number) {
        const closing: number[] = [];
        for (const list of sessions) {
          if (list === undefined) continue;
          for (const s of list) if (end(s) + (mode === 'close' ? 0 : lateness) <= watermark) closing.push(s);
        }
        closing.sort((x, y) => end(x) - end(y) || slots.start[x]! - slots.start[y]!);
        if (mode !== 'changes') {
          const batch = rowsOf(closing, 1);
          if (batch !== undefined) ctx.emit(batch);
        }
        for (const s of closing) drop(s);
        compactKeys();
        ctx.emitWatermark(watermark);
      },
      onEnd() {
        const all = sessions.flat().sort((x, y) => end(x) - end(y) || slots.start[x]! - slots.start[y]!);
        if (mode !== 'changes') {
          const batch = rowsOf(all, 1);
          if (batch !== undefined) ctx.emit(batch);
        }
      },
      snapshot() {
        return { keys: keyTable.snapshot(), set: set.snapshot(), slots: slots.snapshot(), sessions: structuredClone(sessions), seq };
      },
      restore(state: unknown) {
        const s = state as { keys: Parameters<typeof GroupTable.restore>[1]; set: unknown[]; slots: unknown; sessions: number[][]; seq: number };
        keyTable = GroupTable.restore(b.keyTypes, s.keys);
        set.restore(s.set);
        slots = new Slots();
        slots.restore(s.slots);
        sessions = structuredClone(s.sessions);
        seq = s.seq;
      },
    };
  },
});
