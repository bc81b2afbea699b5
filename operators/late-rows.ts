/**
 * Splits a stream by lateness (LATE DATA TO): with `late` set it keeps the rows that a window
 * aggregate with the same window and lateness drops as late, else the rows it keeps. Without a
 * window a row is late when it is behind the watermark. Both sides read the same messages in the
 * same order as the aggregate, so the split agrees with it row for row.
 */
import { columnsOf, defineOperator, fieldIndex, PlanError, selectRows, timesOf, validityOf } from '../runtime/index.js';
import type { plan } from '../specs/index.js';
import { lastWindowEnd } from './window-aggregate.js';

/** The last moment a row at `t` is still on time, for a window (or none). */
function deadlineOf(node: plan.LateRowsNode): (t: number) => number {
  const w = node.window;
  const lateness = node.latenessMs ?? 0;
  if (w == null) return (t) => t + lateness;
  if (w.session != null) {
    const gap = w.session.gapMs ?? 0;
    return (t) => t + gap + lateness;
  }
  const shape = w.tumbling != null
    ? { kind: 'tumbling' as const, size: w.tumbling.sizeMs ?? 0, slide: w.tumbling.sizeMs ?? 0, offset: w.tumbling.offsetMs ?? 0 }
    : w.sliding != null
      ? { kind: 'sliding' as const, size: w.sliding.sizeMs ?? 0, slide: w.sliding.slideMs ?? 0, offset: w.sliding.offsetMs ?? 0 }
      : { kind: 'cumulate' as const, size: w.cumulate?.sizeMs ?? 0, slide: w.cumulate?.stepMs ?? 0, offset: w.cumulate?.offsetMs ?? 0 };
  if (!(shape.size > 0)) throw new PlanError('late-row splitting needs a window with a positive size');
  return (t) => lastWindowEnd(shape, t) + lateness;
}

export const lateRows = defineOperator<plan.LateRowsNode>({
  name: 'late-rows',
  inputs: [{ partitioning: 'forward' }],
  outputSchema(node, [input]) {
    fieldIndex(input!, node.timeColumn ?? '', 'late rows time column');
    deadlineOf(node);
    return input!;
  },
  setup(ctx, node) {
    const time = fieldIndex(ctx.inputSchemas[0]!, node.timeColumn ?? '', 'late rows time column');
    const deadline = deadlineOf(node);
    // Without a window a row exactly at the watermark is on time (LaminarDB keeps it).
    const windowed = node.window != null;
    const wantLate = node.late === true;
    let times: Float64Array = new Float64Array(1024);
    let sel = new Int32Array(1024);
    return {
      onBatch(batch) {
        const n = batch.numRows;
        const col = columnsOf(batch)[time]!;
        if (times.length < n) times = new Float64Array(n);
        if (sel.length < n) sel = new Int32Array(n);
        timesOf(col, times);
        const validity = validityOf(col);
        const wm = ctx.watermark;
        let count = 0;
        for (let i = 0; i < n; i++) {
          const bit = col.offset + i;
          // Rows without an event time are neither late nor windowed: the aggregate skips them.
          if (validity !== null && ((validity[bit >> 3]! >> (bit & 7)) & 1) === 0) {
            if (!wantLate) sel[count++] = i;
            continue;
          }
          const d = deadline(times[i]!);
          const late = windowed ? d <= wm : d < wm;
          if (late === wantLate) sel[count++] = i;
        }
        if (count > 0) ctx.emit(count === n ? batch : selectRows(batch, sel, count));
      },
      snapshot: () => null,
      restore() {},
    };
  },
});
