/**
 * Lookup join (plan.proto's LookupJoinNode): enriches each row of a stream with the rows of a
 * table as the table is when the row is processed (S16). A CREATE TABLE is read through the
 * `stores` service; its hash index is rebuilt only when the table's version changes, so a probe
 * is a vectorised hash lookup and a gather. A LOOKUP TABLE (the `lookups` service has it) is read
 * from its source through a cache (lookup-cached.ts). Later table changes do not revise rows
 * already joined.
 */
import {
  columnsOf,
  concatBatches,
  defineOperator,
  fieldIndex,
  fromPlanSchema,
  gatherColumn,
  makeBatch,
  makeSchema,
  nullColumn,
  PlanError,
  stateless,
  type Column,
  type RecordBatch,
  type FunctionTable,
  type Schema,
  type LookupTableHandle,
  type OperatorContext,
} from '../runtime/index.js';
import type { plan } from '../specs/index.js';
import { compileCalc, type CalcProgram } from './expr/compile.js';
import { cachedLookupJoin } from './lookup-cached.js';
import { isTrueAt } from './join-state.js';
import { LookupIndex, type VersionedTable } from './lookup-index.js';
import { WEIGHT } from './window-internals.js';

interface Bound {
  readonly leftKeys: readonly number[];
  readonly tableKeys: readonly number[];
  readonly table: Schema;
  readonly left: boolean;
  readonly schema: Schema;
  readonly condition: CalcProgram | undefined;
}

function bindNode(node: plan.LookupJoinNode, input: Schema, functions?: FunctionTable): Bound {
  if (input.fields.some((f) => f.name === WEIGHT)) throw new PlanError('a lookup join enriches an append-only stream; this input is a changelog');
  const table = fromPlanSchema(node.schema);
  const leftKeys = (node.leftKeys ?? []).map((k) => fieldIndex(input, k, 'lookup keys'));
  const tableKeys = (node.tableKeys ?? []).map((k) => fieldIndex(table, k, `keys of table '${node.table}'`));
  if (leftKeys.length === 0 || leftKeys.length !== tableKeys.length) throw new PlanError(`a lookup join needs as many stream keys as table keys, at least one (${leftKeys.length} and ${tableKeys.length})`);
  leftKeys.forEach((k, i) => {
    const [a, b] = [input.fields[k]!, table.fields[tableKeys[i]!]!];
    if (a.type !== b.type) throw new PlanError(`lookup key '${a.name}' (${a.type}) and table column '${b.name}' (${b.type}) must have the same type; cast the stream's`);
  });
  const renamed = node.outputNames ?? [];
  if (renamed.length > 0 && renamed.length !== table.fields.length) throw new PlanError(`a lookup join names ${renamed.length} output columns for the ${table.fields.length} of table '${node.table}'`);
  const names = new Set(input.fields.map((f) => f.name));
  const tableOut = table.fields.map((f, i) => ({ ...f, name: renamed[i] ?? f.name }));
  const clash = tableOut.find((f) => names.has(f.name));
  if (clash !== undefined) throw new PlanError(`the stream and table '${node.table}' both have a column '${clash.name}'; rename one (the planner gives them distinct names)`);
  const left = Number(node.type ?? 0) === 1;
  const schema = makeSchema([...input.fields, ...tableOut.map((f) => ({ ...f, nullable: f.nullable || left }))]);
  const condition = node.condition != null ? compileCalc([{ project: { exprs: [{ name: 'c', expr: node.condition }] } }], schema, { functions }) : undefined;
  if (condition !== undefined && condition.schema.fields[0]!.type !== 'bool') throw new PlanError(`a join condition must be boolean, got ${condition.schema.fields[0]!.type}`);
  return { leftKeys, tableKeys, table, left, schema, condition };
}


export const lookupJoin = defineOperator<plan.LookupJoinNode>({
  name: 'lookup join',
  inputs: [{ partitioning: 'forward' }],
  outputSchema: (node, [input], env) => bindNode(node, input!, env?.functions).schema,
  setup(ctx, node) {
    const b = bindNode(node, ctx.inputSchemas[0]!, ctx.functions);
    const name = node.table ?? '';
    // A LOOKUP TABLE is read from its source through a cache; a table's rows are in memory.
    const external = lookupTables(ctx)?.get(name);
    if (external !== undefined) return cachedLookupJoin(ctx, node, b, external);
    if ((node.tableFilters ?? []).length > 0) throw new PlanError(`lookup join: conditions are passed down to lookup tables only, and '${name}' is a table`);
    const stores = ctx.service<{ get(name: string): unknown }>('stores');
    if (stores === undefined) throw new PlanError(`lookup join: no table store service for '${name}'`);
    let index: LookupIndex | undefined;
    const current = (): LookupIndex => {
      const table = stores.get(name) as VersionedTable;
      if (index === undefined || index.version !== (table.version ?? 0)) {
        index = LookupIndex.build(table, b.tableKeys);
        ctx.count('indexBuilds');
      }
      return index;
    };
    let slots = new Int32Array(0);
    const inputWidth = ctx.inputSchemas[0]!.fields.length;
    const tableTypes = b.table.fields.map((f) => f.type);
    const inputTypes = ctx.inputSchemas[0]!.fields.map((f) => f.type);

    /** Output rows: probe row `l[i]` with table row `r[i]`; -1 pads (those rows come last). */
    const build = (batch: RecordBatch, idx: LookupIndex, l: Int32Array, r: Int32Array, n: number): RecordBatch => {
      const cols = columnsOf(batch);
      const tcols = columnsOf(idx.batch);
      const part = (ls: Int32Array, rs: Int32Array | null, k: number) => {
        const out: Column[] = [];
        for (let c = 0; c < inputWidth; c++) out.push(gatherColumn(cols[c]!, inputTypes[c]!, ls, k));
        for (let c = 0; c < tableTypes.length; c++) out.push(rs === null ? nullColumn(tableTypes[c]!, k) : gatherColumn(tcols[c]!, tableTypes[c]!, rs, k));
        return makeBatch(b.schema, out, k);
      };
      let pads = 0;
      for (let j = 0; j < n; j++) if (r[j]! < 0) pads++;
      if (pads === 0) return part(l, r, n);
      const ml = new Int32Array(n - pads);
      const mr = new Int32Array(n - pads);
      const pl = new Int32Array(pads);
      let [a, p] = [0, 0];
      for (let j = 0; j < n; j++) {
        if (r[j]! < 0) pl[p++] = l[j]!;
        else [ml[a], mr[a++]] = [l[j]!, r[j]!];
      }
      return concatBatches(b.schema, [part(ml, mr, a), part(pl, null, p)]);
    };

    return {
      onBatch(batch: RecordBatch) {
        const n = batch.numRows;
        if (n === 0) return;
        const idx = current();
        if (slots.length < n) slots = new Int32Array(Math.max(n, 1024));
        const cols = columnsOf(batch);
        idx.probe(b.leftKeys.map((k) => cols[k]!), n, slots);
        // Pairs: every table row of a key (several for a table without a primary key).
        let l: Int32Array = new Int32Array(n);
        let r: Int32Array = new Int32Array(n);
        let m = 0;
        for (let i = 0; i < n; i++) {
          let row = slots[i]!;
          if (row < 0) {
            if (!b.left) continue;
            if (m === l.length) [l, r] = [grow(l), grow(r)];
            l[m] = i;
            r[m++] = -1;
            continue;
          }
          for (; row >= 0; row = idx.next[row]!) {
            if (m === l.length) [l, r] = [grow(l), grow(r)];
            l[m] = i;
            r[m++] = row;
          }
        }
        if (m === 0) return;
        let out = build(batch, idx, l, r, m);
        if (b.condition !== undefined) {
          const c = columnsOf(b.condition.run(out, ctx)!)[0]!;
          // Failing pairs do not match; under LEFT a probe row left without any match is padded.
          const keep: number[] = [];
          const matched = new Uint8Array(n);
          for (let j = 0; j < m; j++) {
            if (r[j]! >= 0 && isTrueAt(c, j)) {
              keep.push(j);
              matched[l[j]!] = 1;
            }
          }
          const kl = Int32Array.from(keep, (j) => l[j]!);
          const kr = Int32Array.from(keep, (j) => r[j]!);
          const parts = [build(batch, idx, kl, kr, kl.length)];
          if (b.left) {
            const pad = Int32Array.from([...new Set(Array.from(l.subarray(0, m)))].filter((i) => matched[i] === 0));
            if (pad.length > 0) parts.push(build(batch, idx, pad, new Int32Array(pad.length).fill(-1), pad.length));
          }
          out = parts.length === 1 ? parts[0]! : concatBatches(b.schema, parts);
        }
        ctx.emit(out);
      },
      // The index is rebuilt from the table; nothing of the operator's own needs saving.
      ...stateless,
    };
  },
});

/** The `lookups` service, when the pipeline has one (plans built without a database may not). */
function lookupTables(ctx: OperatorContext): { get(name: string): LookupTableHandle | undefined } | undefined {
  try {
    return ctx.service('lookups');
  } catch {
    return undefined;
  }
}

function grow(a: Int32Array): Int32Array<ArrayBuffer> {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}

