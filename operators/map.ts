/**
 * Applies a JS function to every row (as a plain object) and builds output rows of a declared
 * schema. Returning `null` or `undefined` drops the row. A function that throws fails the
 * pipeline, naming this operator and the error.
 */
import { batchToRows, defineOperator, fromPlanSchema, PlanError, rowsToBatch, stateless, type Row } from '../runtime/index.js';
import type { plan } from '../specs/index.js';

export const map = defineOperator<plan.MapNode>({
  name: 'map',
  inputs: [{ partitioning: 'forward' }],
  outputSchema(node) {
    if (!node.rowFunction) throw new PlanError('a map needs a row function');
    const schema = fromPlanSchema(node.output);
    if (schema.fields.length === 0) throw new PlanError('a map needs a declared output schema with at least one column');
    return schema;
  },
  setup(ctx, node) {
    const fn = ctx.functions.row(node.rowFunction!) as (row: Row) => Row | null | undefined;
    return {
      onBatch(batch) {
        const out: Row[] = [];
        for (const row of batchToRows(batch)) {
          const mapped = fn(row);
          if (mapped !== null && mapped !== undefined) out.push(mapped);
        }
        if (out.length > 0) ctx.emit(rowsToBatch(ctx.outputSchema, out));
      },
      ...stateless,
    };
  },
});
