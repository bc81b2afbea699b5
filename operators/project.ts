/** Computes new columns from compiled expressions (SELECT list, Dataflow `project`). */
import { defineOperator, stateless } from '../runtime/index.js';
import type { plan } from '../specs/index.js';
import { compileCalc } from './expr/compile.js';

export const project = defineOperator<plan.ProjectNode>({
  name: 'project',
  inputs: [{ partitioning: 'forward' }],
  outputSchema: (node, [input], env) => compileCalc([{ project: node }], input!, { functions: env?.functions }).schema,
  setup(ctx, node) {
    const program = compileCalc([{ project: node }], ctx.inputSchemas[0]!, { failOnError: node.failOnError === true, functions: ctx.functions });
    return {
      onBatch(batch) {
        const out = program.run(batch, ctx);
        if (out !== undefined) ctx.emit(out);
      },
      ...stateless,
    };
  },
});
