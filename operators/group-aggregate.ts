/**
 * Grouped aggregation without a window, over a bounded input: rows are folded into per-group
 * accumulators and one row per group is emitted when the input ends. Without keys there is exactly
 * one output row, even for no input (COUNT 0, SUM NULL), as SQL requires. Snapshot queries
 * (`SELECT sym, count(*) FROM view GROUP BY sym`) run on it.
 *
 * Output columns: keys..., aggregates...
 */
import {
  columnsOf,
  defineOperator,
  fieldIndex,
  GroupTable,
  hashKeys,
  makeBatch,
  makeSchema,
  PlanError,
  type Column,
  type ColumnType,
  type FunctionTable,
  type GroupTableState,
  type RecordBatch,
  type Schema,
} from '../runtime/index.js';
import type { plan } from '../specs/index.js';
import { AggregateSet, bindAggregates, type BoundAggregates } from './aggregate-internals.js';

interface Bound {
  readonly keys: readonly number[];
  readonly keyTypes: readonly ColumnType[];
  readonly aggregates: BoundAggregates;
  readonly schema: Schema;
}

function bindNode(node: plan.GroupAggregateNode, input: Schema, functions?: FunctionTable): Bound {
  const keys = (node.keys ?? []).map((k) => fieldIndex(input, k, 'group keys'));
  const calls = node.aggregates ?? [];
  if (calls.length === 0 && keys.length === 0) throw new PlanError('a group aggregate needs keys or at least one aggregate');
  const aggregates = bindAggregates(calls, input, functions);
  const fields = [...keys.map((k) => input.fields[k]!), ...aggregates.fields];
  return { keys, keyTypes: keys.map((k) => input.fields[k]!.type), aggregates, schema: makeSchema(fields) };
}

interface GroupState {
  readonly groups: GroupTableState;
  readonly accumulators: unknown[];
}

export const groupAggregate = defineOperator<plan.GroupAggregateNode>({
  name: 'group-aggregate',
  inputs: [{ partitioning: 'keyed' }],
  keysOf: (node) => node.keys ?? [],
  outputSchema: (node, [input], env) => bindNode(node, input!, env?.functions).schema,
  setup(ctx, node) {
    const b = bindNode(node, ctx.inputSchemas[0]!, ctx.functions);
    const onError = (kind: string) => ctx.count(`errors.${kind}`);
    let groups = new GroupTable(b.keyTypes);
    const set = new AggregateSet(b.aggregates, false, onError);
    let hashes = new Uint32Array(0);
    let gids = new Int32Array(0);
    let seq = 0;
    return {
      onBatch(batch: RecordBatch) {
        const n = batch.numRows;
        if (n === 0) return;
        const cols = columnsOf(batch);
        const keyCols = b.keys.map((k) => cols[k]!);
        if (hashes.length < n) hashes = new Uint32Array(Math.max(n, 1024));
        if (gids.length < n) gids = new Int32Array(Math.max(n, 1024));
        hashKeys(keyCols, b.keyTypes, hashes.subarray(0, n));
        groups.lookup(keyCols, hashes, null, n, gids);
        set.update(AggregateSet.valuesOf(b.aggregates, batch, ctx), gids, null, n, null, null, seq);
        seq += n;
      },
      onWatermark(watermark: number) {
        ctx.emitWatermark(watermark);
      },
      onEnd() {
        // Without keys, SQL has one row even for no input.
        const n = b.keys.length === 0 ? 1 : groups.size;
        if (n === 0) return;
        const all = new Int32Array(n);
        for (let g = 0; g < n; g++) all[g] = g;
        const columns: Column[] = [...b.keys.map((_, c) => groups.keyColumn(c)), ...set.results(all, n)];
        ctx.emit(makeBatch(b.schema, columns, n));
      },
      snapshot(): GroupState {
        return { groups: groups.snapshot(), accumulators: set.snapshot() };
      },
      restore(state: unknown) {
        const s = state as GroupState;
        groups = GroupTable.restore(b.keyTypes, s.groups);
        set.restore(s.accumulators);
      },
    };
  },
});
