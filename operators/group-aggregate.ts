/**
 * Grouped aggregation without a window.
 *
 * - ON_CLOSE (bounded inputs, snapshot queries): one row per group when the input ends; without
 *   keys exactly one row, even for no input (COUNT 0, SUM NULL), as SQL requires.
 * - CHANGES: the running result of an unbounded stream as a changelog: after each batch, -1 for
 *   the previous row of every changed group and +1 for its new row (a group whose rows were all
 *   retracted only retracts).
 * - ON_UPDATE: after each batch, the current row of every changed group.
 * - EVERY: every interval of the clock, the current row of every group changed since.
 *
 * A state TTL forgets groups untouched for that long (processing time); under CHANGES their rows
 * are retracted. Inputs with a `__weight` column are changelogs: rows with weight -1 retract.
 *
 * Under a state memory budget, groups over the operator's share spill to disk and come back
 * when their key does (group-spill.ts); results are the same.
 *
 * Output columns: keys..., aggregates... [, __weight]
 */
import {
  columnsOf,
  defineOperator,
  makeSchema,
  PlanError,
  type Column,
  type ColumnType,
  type FunctionTable,
  type RecordBatch,
  type Schema,
} from '../runtime/index.js';
import type { plan } from '../specs/index.js';
import { AggregateSet, bindAggregates, type BoundAggregates } from './aggregate-internals.js';
import { budgetShare, GroupSpill, importPairs } from './group-spill.js';
import { emitOf, GroupStore, keyHashes, keyIndexes, OutputBuilder, outputFields, weightIndex, type EmitMode } from './window-internals.js';

interface Bound {
  readonly keys: readonly number[];
  readonly keyTypes: readonly ColumnType[];
  readonly weight: number;
  readonly mode: EmitMode;
  readonly everyMs: number;
  readonly ttlMs: number;
  readonly aggregates: BoundAggregates;
  readonly schema: Schema;
}

function bindNode(node: plan.GroupAggregateNode, input: Schema, functions?: FunctionTable): Bound {
  const keys = keyIndexes(input, node.keys ?? []);
  const calls = node.aggregates ?? [];
  if (calls.length === 0 && keys.length === 0) throw new PlanError('a group aggregate needs keys or at least one aggregate');
  const { mode, everyMs } = emitOf(node.emit);
  if (mode === 'final') throw new PlanError('EMIT FINAL needs a window; an unwindowed aggregate has no end to wait for');
  const weight = weightIndex(input);
  if (weight >= 0 && (mode === 'update' || mode === 'every')) throw new PlanError('an aggregate over a changelog cannot emit updates as plain rows (a group may disappear); use EMIT CHANGES');
  const ttlMs = node.ttlMs ?? 0;
  if (ttlMs < 0) throw new PlanError(`state TTL must not be negative, got ${ttlMs} ms`);
  if (ttlMs > 0 && mode === 'close') throw new PlanError('a state TTL applies to aggregates of unbounded streams');
  const aggregates = bindAggregates(calls, input, functions);
  const schema = makeSchema(outputFields(input, keys, undefined, aggregates, mode === 'changes'));
  return { keys, keyTypes: keys.map((k) => input.fields[k]!.type), weight, mode, everyMs, ttlMs, aggregates, schema };
}

export const groupAggregate = defineOperator<plan.GroupAggregateNode>({
  name: 'group-aggregate',
  inputs: [{ partitioning: 'keyed' }],
  keysOf: (node) => node.keys ?? [],
  outputSchema: (node, [input], env) => bindNode(node, input!, env?.functions).schema,
  setup(ctx, node) {
    const b = bindNode(node, ctx.inputSchemas[0]!, ctx.functions);
    const { mode } = b;
    const onError = (kind: string) => ctx.count(`errors.${kind}`);
    const out = new OutputBuilder(b.schema.fields, b.keys.length, undefined, mode === 'changes');
    let store = new GroupStore(b.keyTypes, b.aggregates, b.weight >= 0, onError);
    let hashes: Uint32Array = new Uint32Array(0);
    let gids = new Int32Array(0);
    let seq = 0;
    /** Groups forgotten by the TTL (their slots hold no state until the table is rebuilt). */
    let evicted = 0;
    const newStore = () => new GroupStore(b.keyTypes, b.aggregates, b.weight >= 0, onError);
    // Spilling needs keys: a keyless aggregate has one group.
    const share = b.keys.length > 0 ? budgetShare(ctx) : undefined;
    const spill = share !== undefined ? new GroupSpill(ctx, share, b.keyTypes, mode, newStore) : undefined;

    const emitRows = (list: Int32Array, weight: number): RecordBatch | undefined => (list.length > 0 ? out.build(store, list, list.length, 0, 0, weight) : undefined);

    /** Forgets groups untouched since `before`; retracts their rows under CHANGES. */
    const expire = (before: number) => {
      if (spill !== undefined && spill.spilled > 0) {
        const gone = spill.expire(before, (chunk, gids) => {
          if (mode !== 'changes') return;
          const emitted = gids.filter((g) => chunk.emitted[g] === 1);
          if (emitted.length > 0) ctx.emit(out.build(chunk, emitted, emitted.length, 0, 0, -1));
        });
        if (gone > 0) ctx.count('expiredGroups', gone);
      }
      const old: number[] = [];
      for (let g = 0; g < store.groups.size; g++) if (store.rows[g]! > 0 && store.touchedAt[g]! <= before) old.push(g);
      if (old.length === 0) return;
      const list = Int32Array.from(old);
      if (mode === 'changes') {
        const batch = emitRows(Int32Array.from(old.filter((g) => store.emitted[g] === 1)), -1);
        if (batch !== undefined) ctx.emit(batch);
      }
      for (const g of old) {
        store.set.clear(g);
        store.rows[g] = 0;
        store.emitted[g] = 0;
        store.dirty[g] = 0;
      }
      ctx.count('expiredGroups', list.length);
      evicted += list.length;
      // Rebuild the key table once most of it is forgotten, so state stays bounded.
      if (evicted * 2 > store.groups.size) compact();
    };

    /**
     * Rebuilds the key table with only the groups `live` (renumbered 0..live-1 in order), moving
     * their accumulator state slot by slot: every slot below a live group's old slot is empty by
     * the time it is moved into, because dead groups were cleared and live ones moved down first.
     */
    const compact = (live = store.live()) => {
      const fresh = new GroupStore(b.keyTypes, b.aggregates, b.weight >= 0, onError, store.set);
      const keyCols: Column[] = b.keys.map((_, c) => store.groups.keyColumn(c, live, live.length));
      const ids = new Int32Array(live.length);
      fresh.groups.lookup(keyCols, keyHashes(keyCols, b.keyTypes, live.length, new Uint32Array(0)), null, live.length, ids);
      fresh.ensure(live.length - 1);
      for (let j = 0; j < live.length; j++) {
        const from = live[j]!;
        // A move, not a merge: aggregate UDFs need not define merge for it.
        if (from !== j) fresh.set.move(j, from);
        fresh.rows[j] = store.rows[from]!;
        fresh.emitted[j] = store.emitted[from]!;
        fresh.dirty[j] = store.dirty[from]!;
        fresh.touchedAt[j] = store.touchedAt[from]!;
      }
      store = fresh;
      evicted = 0;
    };

    /** After a batch: over the budget share, groups spill and the key table keeps the rest. */
    const keepInBudget = (s: GroupSpill) => {
      const keep = s.evict(store);
      if (keep === undefined) return;
      compact(keep);
      s.estimate(store);
    };

    const tick = () => {
      const list = store.live().filter((g) => store.dirty[g] === 1);
      const batch = emitRows(list, 1);
      store.dirty.fill(0);
      if (batch !== undefined) ctx.emit(batch);
      ctx.setTimer(b.everyMs, tick);
    };

    return {
      open() {
        if (mode === 'every') ctx.setTimer(b.everyMs, tick);
        if (b.ttlMs > 0) {
          const sweep = () => {
            expire(ctx.clock.now() - b.ttlMs);
            ctx.setTimer(Math.max(1, b.ttlMs / 4), sweep);
          };
          ctx.setTimer(Math.max(1, b.ttlMs / 4), sweep);
        }
      },
      onBatch(batch: RecordBatch) {
        const n = batch.numRows;
        if (n === 0) return;
        const cols = columnsOf(batch);
        const keyCols = b.keys.map((k) => cols[k]!);
        const values = AggregateSet.valuesOf(b.aggregates, batch, ctx);
        const weights = b.weight >= 0 ? (cols[b.weight]!.values as Int32Array) : null;
        hashes = keyHashes(keyCols, b.keyTypes, n, hashes);
        if (gids.length < n) gids = new Int32Array(Math.max(n, 1024));
        const sizeBefore = store.groups.size;
        store.groups.lookup(keyCols, hashes, null, n, gids);
        if (spill !== undefined) spill.reload(store, sizeBefore);
        const now = ctx.clock.now();
        if (mode === 'close' || mode === 'every') {
          store.apply(values, gids, null, n, weights, null, seq, now);
          seq += n;
          if (spill !== undefined) keepInBudget(spill);
          return;
        }
        const touched = store.distinct(gids, n);
        const list = touched.gids.slice(0, touched.count);
        const retractions = mode === 'changes' ? emitRows(list.filter((g) => store.emitted[g] === 1), -1) : undefined;
        store.apply(values, gids, null, n, weights, null, seq, now);
        seq += n;
        const current = list.filter((g) => store.rows[g]! > 0);
        for (const g of list) {
          store.emitted[g] = store.rows[g]! > 0 ? 1 : 0;
          // A group whose rows were all retracted starts afresh if its key comes back.
          if (store.rows[g]! <= 0) store.set.clear(g);
        }
        const batchOut = OutputBuilder.concat(b.schema, [...(retractions ? [retractions] : []), ...(current.length > 0 ? [emitRows(current, 1)!] : [])]);
        if (batchOut !== undefined) ctx.emit(batchOut);
        if (spill !== undefined) keepInBudget(spill);
      },
      onWatermark(watermark: number) {
        ctx.emitWatermark(watermark);
      },
      onEnd() {
        if (mode === 'every') {
          const list = store.live().filter((g) => store.dirty[g] === 1);
          const batch = emitRows(list, 1);
          if (batch !== undefined) ctx.emit(batch);
          return;
        }
        if (mode !== 'close') return;
        // Without keys, SQL has one row even for no input.
        const count = b.keys.length === 0 ? 1 : store.groups.size;
        if (count > 0) {
          const all = new Int32Array(count);
          for (let g = 0; g < count; g++) all[g] = g;
          ctx.emit(out.build(store, all, count, 0, 0, 1));
        }
        // Spilled groups, read back a chunk at a time.
        if (spill !== undefined) for (const chunk of spill.chunks()) ctx.emit(out.build(chunk.store, chunk.gids, chunk.gids.length, 0, 0, 1));
      },
      snapshot() {
        const spilled = spill?.snapshot() ?? [];
        return spilled.length > 0 ? { store: store.snapshot(), seq, spilled } : { store: store.snapshot(), seq };
      },
      restore(state: unknown) {
        const s = state as { store: unknown; seq: number; spilled?: [Uint8Array, Uint8Array][] };
        store = newStore();
        store.restore(s.store);
        seq = s.seq;
        // Spilled groups go back to the spill store; without a budget now, to memory.
        if (spill !== undefined) spill.restore(s.spilled ?? []);
        else if (s.spilled !== undefined) importPairs(store, s.spilled);
      },
      close() {
        return share?.release();
      },
    };
  },
});
