/**
 * Keeps the rows for which a predicate holds: a compiled column expression (NULL counts as false,
 * as in SQL WHERE), or a JS function over plain row objects (truthy keeps the row).
 */
import { batchToRows, defineOperator, PlanError, selectRows, stateless } from '../runtime/index.js';
import type { plan } from '../specs/index.js';
import { compileCalc } from './expr/compile.js';

export const filter = defineOperator<plan.FilterNode>({
  name: 'filter',
  inputs: [{ partitioning: 'forward' }],
  outputSchema(node, [input], env) {
    if (node.expr != null) return compileCalc([{ filter: node }], input!, { functions: env?.functions }).schema;
    if (!node.rowFunction) throw new PlanError('a filter needs a predicate expression or a row function');
    return input!;
  },
  setup(ctx, node) {
    if (node.expr != null) {
      const program = compileCalc([{ filter: node }], ctx.inputSchemas[0]!, { failOnError: node.failOnError === true, functions: ctx.functions });
      return {
        onBatch(batch) {
          const out = program.run(batch, ctx);
          if (out !== undefined) ctx.emit(out);
        },
        ...stateless,
      };
    }
    const predicate = ctx.functions.row(node.rowFunction!);
    let sel = new Int32Array(1024);
    return {
      onBatch(batch) {
        const rows = batchToRows(batch);
        if (sel.length < rows.length) sel = new Int32Array(rows.length);
        let count = 0;
        for (let i = 0; i < rows.length; i++) if (predicate(rows[i]!)) sel[count++] = i;
        if (count > 0) ctx.emit(selectRows(batch, sel, count));
      },
      ...stateless,
    };
  },
});
