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
  type FieldSpec,
  type FunctionTable,
  type GroupTableState,
  type RecordBatch,
  type Schema,
} from '../runtime/index.js';
import type { plan } from '../specs/index.js';
import { aggregateSpecs, createAccumulator, type AggregateSpec } from './aggregate-internals.js';
import { compileCalc, type CalcProgram } from './expr/compile.js';

interface Bound {
  readonly keys: readonly number[];
  readonly keyTypes: readonly ColumnType[];
  readonly args: CalcProgram | undefined;
  readonly specs: readonly AggregateSpec[];
  readonly schema: Schema;
}

function bindNode(node: plan.GroupAggregateNode, input: Schema, functions?: FunctionTable): Bound {
  const keys = (node.keys ?? []).map((k) => fieldIndex(input, k, 'group keys'));
  const calls = node.aggregates ?? [];
  if (calls.length === 0 && keys.length === 0) throw new PlanError('a group aggregate needs keys or at least one aggregate');
  const plain = calls.every((c) => (c.args ?? []).every((a) => a.column != null));
  let args: CalcProgram | undefined;
  let argSchema = input;
  const argColumns: number[] = [];
  if (plain) {
    for (const c of calls) argColumns.push(c.args?.length ? fieldIndex(input, c.args[0]!.column!.name ?? '', 'aggregate argument') : -1);
  } else {
    const exprs = calls.flatMap((c, k) => (c.args ?? []).slice(0, 1).map((e) => ({ name: `arg${k}`, expr: e })));
    args = compileCalc([{ project: { exprs } }], input, { functions });
    argSchema = args.schema;
    let next = 0;
    for (const c of calls) argColumns.push(c.args?.length ? next++ : -1);
  }
  const specs = aggregateSpecs(calls, argSchema, (k) => argColumns[k]!, functions);
  const fields: FieldSpec[] = [
    ...keys.map((k) => input.fields[k]!),
    ...specs.map((s) => ({ name: s.name, type: s.type, nullable: s.fn !== 'count' || s.udaf !== undefined })),
  ];
  return { keys, keyTypes: keys.map((k) => input.fields[k]!.type), args, specs, schema: makeSchema(fields) };
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
    let groups = new GroupTable(b.keyTypes);
    let accumulators = b.specs.map(createAccumulator);
    let hashes = new Uint32Array(0);
    let gids = new Int32Array(0);
    return {
      onBatch(batch: RecordBatch) {
        const n = batch.numRows;
        if (n === 0) return;
        const cols = columnsOf(batch);
        const keyCols = b.keys.map((k) => cols[k]!);
        const argCols = b.args !== undefined ? columnsOf(b.args.run(batch, ctx) ?? batch) : cols;
        if (hashes.length < n) hashes = new Uint32Array(Math.max(n, 1024));
        if (gids.length < n) gids = new Int32Array(Math.max(n, 1024));
        hashKeys(keyCols, b.keyTypes, hashes.subarray(0, n));
        groups.lookup(keyCols, hashes, null, n, gids);
        b.specs.forEach((s, k) => accumulators[k]!.add(gids, s.arg >= 0 ? argCols[s.arg]! : null, null, n));
      },
      onWatermark(watermark: number) {
        ctx.emitWatermark(watermark);
      },
      onEnd() {
        // Without keys, SQL has one row even for no input.
        const n = b.keys.length === 0 ? 1 : groups.size;
        if (n === 0) return;
        const columns: Column[] = [...b.keys.map((_, c) => groups.keyColumn(c)), ...accumulators.map((a) => a.result(n))];
        ctx.emit(makeBatch(b.schema, columns, n));
      },
      snapshot(): GroupState {
        return { groups: groups.snapshot(), accumulators: accumulators.map((a) => a.snapshot()) };
      },
      restore(state: unknown) {
        const s = state as GroupState;
        groups = GroupTable.restore(b.keyTypes, s.groups);
        accumulators = b.specs.map(createAccumulator);
        accumulators.forEach((a, k) => a.restore(s.accumulators[k]!));
      },
    };
  },
});
