/**
 * Sorts a bounded input: buffers every batch and emits the sorted rows at end of stream
 * (snapshot queries with ORDER BY). NULLs order first or last as the key asks; ties keep arrival
 * order (the sort is stable).
 */
import { columnsOf, concatBatches, defineOperator, PlanError, readValue, selectRows, type RecordBatch } from '../runtime/index.js';
import type { plan } from '../specs/index.js';
import { compileCalc } from './expr/compile.js';

/** Compares two non-NULL values of one type (decimals and dates arrive as text). */
export function compareValues(a: unknown, b: unknown): number {
  if (typeof a === 'number' && typeof b === 'number') {
    if (a !== a) return b !== b ? 0 : 1;
    if (b !== b) return -1;
    return a < b ? -1 : a > b ? 1 : 0;
  }
  if (typeof a === 'bigint' && typeof b === 'bigint') return a < b ? -1 : a > b ? 1 : 0;
  if (typeof a === 'boolean' && typeof b === 'boolean') return Number(a) - Number(b);
  if (typeof a === 'string' && typeof b === 'string') {
    // Decimals and dates arrive as strings; numeric text sorts by value.
    const x = Number(a);
    const y = Number(b);
    if (a !== '' && b !== '' && !Number.isNaN(x) && !Number.isNaN(y) && /^-?[\d.]+$/.test(a) && /^-?[\d.]+$/.test(b)) return x < y ? -1 : x > y ? 1 : 0;
    return a < b ? -1 : a > b ? 1 : 0;
  }
  return JSON.stringify(a) < JSON.stringify(b) ? -1 : JSON.stringify(a) > JSON.stringify(b) ? 1 : 0;
}

export const sort = defineOperator<plan.SortNode>({
  name: 'sort',
  inputs: [{ partitioning: 'broadcast' }],
  outputSchema(node, [input], env) {
    if ((node.keys ?? []).length === 0) throw new PlanError('a sort needs at least one key');
    compileCalc([{ project: { exprs: (node.keys ?? []).map((k, i) => ({ name: `k${i}`, expr: k.expr ?? {} })) } }], input!, { functions: env?.functions });
    return input!;
  },
  setup(ctx, node) {
    const keys = node.keys ?? [];
    const program = compileCalc([{ project: { exprs: keys.map((k, i) => ({ name: `k${i}`, expr: k.expr ?? {} })) } }], ctx.inputSchemas[0]!, { functions: ctx.functions });
    let batches: RecordBatch[] = [];
    return {
      onBatch(batch) {
        batches.push(batch);
      },
      onEnd() {
        if (batches.length === 0) return;
        const all = concatBatches(ctx.inputSchemas[0]!, batches);
        batches = [];
        const keyBatch = program.run(all, ctx)!;
        const cols = columnsOf(keyBatch);
        const values = keys.map((_, k) => Array.from({ length: all.numRows }, (_, r) => readValue(cols[k]!, program.schema.fields[k]!.type, r)));
        const order = Array.from({ length: all.numRows }, (_, i) => i);
        order.sort((x, y) => {
          for (let k = 0; k < keys.length; k++) {
            const a = values[k]![x];
            const b = values[k]![y];
            const key = keys[k]!;
            if (a === null || b === null) {
              if (a === b) continue;
              return (a === null) === (key.nullsFirst ?? false) ? -1 : 1;
            }
            const c = compareValues(a, b);
            if (c !== 0) return key.descending ? -c : c;
          }
          return x - y;
        });
        ctx.emit(selectRows(all, Int32Array.from(order), order.length));
      },
      snapshot: () => ({ batches }),
      restore(state) {
        batches = (state as { batches: RecordBatch[] }).batches;
      },
    };
  },
});
