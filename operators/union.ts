/**
 * Merges any number of inputs with the same column names and types (UNION ALL). The watermark is
 * the minimum over live inputs, and barriers are aligned, by the runtime.
 */
import { columnsOf, defineOperator, describeSchema, makeBatch, makeSchema, PlanError, sameShape, stateless } from '../runtime/index.js';

export const union = defineOperator<object>({
  name: 'union',
  inputs: 'variadic',
  outputSchema(_node, inputs) {
    const first = inputs[0]!;
    inputs.forEach((s, i) => {
      if (!sameShape(first, s)) throw new PlanError(`union input ${i} has columns (${describeSchema(s)}), but input 0 has (${describeSchema(first)})`);
    });
    return makeSchema(first.fields.map((f, k) => ({ ...f, nullable: inputs.some((s) => s.fields[k]!.nullable) })));
  },
  setup(ctx) {
    return {
      // Re-wrap every batch in the output schema so downstream sees one schema.
      onBatch: (batch) => ctx.emit(makeBatch(ctx.outputSchema, columnsOf(batch), batch.numRows)),
      ...stateless,
    };
  },
});
