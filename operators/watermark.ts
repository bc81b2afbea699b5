/**
 * Assigns event time and generates watermarks with bounded out-of-orderness: the watermark is
 * the largest event time seen minus `delay_ms`, and never regresses. Upstream watermarks (for
 * example explicit `pipeline.watermark()` calls) pass through when they are ahead. Rows behind
 * the current watermark are late: dropped at ingestion and counted (`lateRows`); a row exactly at
 * the watermark is kept. Rows with a NULL event time are dropped and counted (`nullTimeRows`).
 *
 * Without a column the watermark follows processing time: every `interval_ms` of the injected
 * clock it moves to now - delay.
 */
import { columnsOf, defineOperator, fieldIndex, kindOf, PlanError, selectRows, timesOf, validityOf, type Schema } from '../runtime/index.js';
import type { plan } from '../specs/index.js';

function timeColumn(node: plan.WatermarkNode, input: Schema): number {
  if (!node.column) return -1;
  const k = fieldIndex(input, node.column, 'watermark');
  const type = input.fields[k]!.type;
  if (kindOf(type) !== 'timestamp' && type !== 'int64') throw new PlanError(`event-time column '${node.column}' must be a timestamp (or int64 epoch ms), got ${type}`);
  return k;
}

export const watermarkAssigner = defineOperator<plan.WatermarkNode>({
  name: 'watermark',
  inputs: [{ partitioning: 'forward' }],
  outputSchema(node, [input]) {
    timeColumn(node, input!);
    if ((node.delayMs ?? 0) < 0) throw new PlanError(`watermark delay must not be negative, got ${node.delayMs} ms`);
    if (!node.column && !((node.intervalMs ?? 0) > 0)) throw new PlanError('a processing-time watermark needs a positive interval_ms');
    return input!;
  },
  setup(ctx, node) {
    const column = timeColumn(node, ctx.inputSchemas[0]!);
    const delay = node.delayMs ?? 0;
    let maxTime = -Infinity;
    let ownWatermark = -Infinity;
    let times = new Float64Array(1024);
    let sel = new Int32Array(1024);
    const tick = () => {
      ctx.emitWatermark(ctx.clock.now() - delay);
      ctx.setTimer(node.intervalMs!, tick);
    };
    return {
      open() {
        if (column < 0) ctx.setTimer(node.intervalMs!, tick);
      },
      onBatch(batch) {
        if (column < 0) {
          ctx.emit(batch);
          return;
        }
        const n = batch.numRows;
        const col = columnsOf(batch)[column]!;
        if (times.length < n) times = new Float64Array(n);
        timesOf(col, times);
        const validity = validityOf(col);
        // Late means behind the watermark as it stood before this batch.
        const watermark = ctx.watermark > ownWatermark ? ctx.watermark : ownWatermark;
        if (sel.length < n) sel = new Int32Array(n);
        let count = 0;
        let late = 0;
        let nulls = 0;
        for (let i = 0; i < n; i++) {
          const bit = col.offset + i;
          if (validity !== null && ((validity[bit >> 3]! >> (bit & 7)) & 1) === 0) {
            nulls++;
            continue;
          }
          const t = times[i]!;
          if (t < watermark) {
            late++;
            continue;
          }
          sel[count++] = i;
          if (t > maxTime) maxTime = t;
        }
        if (late > 0) ctx.count('lateRows', late);
        if (nulls > 0) ctx.count('nullTimeRows', nulls);
        const out = count === n ? batch : selectRows(batch, sel, count);
        if (out.numRows > 0) ctx.emit(out);
        if (maxTime > -Infinity && maxTime - delay > ownWatermark) {
          ownWatermark = maxTime - delay;
          ctx.emitWatermark(ownWatermark);
        }
      },
      onWatermark(watermark) {
        if (watermark > ownWatermark) ownWatermark = watermark;
        ctx.emitWatermark(watermark);
      },
      snapshot: () => ({ maxTime, ownWatermark }),
      restore(state) {
        ({ maxTime, ownWatermark } = state as { maxTime: number; ownWatermark: number });
      },
    };
  },
});
