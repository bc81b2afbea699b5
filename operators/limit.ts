/** Skips `offset` rows, then passes at most `limit` rows; later rows are dropped. */
import { defineOperator, PlanError } from '../runtime/index.js';
import type { plan } from '../specs/index.js';

export const limit = defineOperator<plan.LimitNode>({
  name: 'limit',
  inputs: [{ partitioning: 'broadcast' }],
  outputSchema(node, [input]) {
    if ((node.offset ?? 0) < 0) throw new PlanError('OFFSET must not be negative');
    return input!;
  },
  setup(ctx, node) {
    const max = node.limit === undefined || node.limit === null || node.limit < 0 ? Infinity : node.limit;
    let skip = node.offset ?? 0;
    let passed = 0;
    return {
      onBatch(batch) {
        let start = 0;
        if (skip > 0) {
          start = Math.min(skip, batch.numRows);
          skip -= start;
        }
        const take = Math.min(batch.numRows - start, max - passed);
        if (take <= 0) return;
        passed += take;
        ctx.emit(start === 0 && take === batch.numRows ? batch : batch.slice(start, start + take));
      },
      snapshot: () => ({ skip, passed }),
      restore(state) {
        ({ skip, passed } = state as { skip: number; passed: number });
      },
    };
  },
});
