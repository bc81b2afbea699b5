/**
 * A fused chain of filters and projections (operator chaining): the runtime merges adjacent
 * expression filters and projections into one calc node, which runs as a single generated loop.
 */
import { defineOperator, stateless } from '../runtime/index.js';
import type { plan } from '../specs/index.js';
import { compileCalc } from './expr/compile.js';

export const calc = defineOperator<plan.CalcNode>({
  name: 'calc',
  inputs: [{ partitioning: 'forward' }],
  outputSchema: (node, [input], env) => compileCalc(node.steps ?? [], input!, { functions: env?.functions }).schema,
  setup(ctx, node) {
    const failOnError = (node.steps ?? []).some((s) => s.filter?.failOnError === true || s.project?.failOnError === true);
    const program = compileCalc(node.steps ?? [], ctx.inputSchemas[0]!, { failOnError, functions: ctx.functions });
    return {
      onBatch(batch) {
        const out = program.run(batch, ctx);
        if (out !== undefined) ctx.emit(out);
      },
      ...stateless,
    };
  },
});
