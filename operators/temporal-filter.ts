/**
 * The retracting temporal filter `WHERE ts > now() - range ... EMIT CHANGES`, with now() the
 * watermark: a row passes (+1) while its time is within `range` of the watermark and is retracted
 * (-1) once the watermark moves `range` past it. Rows already out of range when they arrive are
 * dropped. The output is a changelog (`__weight`); an input changelog's weights carry through.
 */
import {
  columnsOf,
  concatBatches,
  defineOperator,
  fieldIndex,
  fixedColumn,
  makeBatch,
  makeSchema,
  PlanError,
  selectRows,
  timesOf,
  validityOf,
  type Column,
  type RecordBatch,
  type Schema,
} from '../runtime/index.js';
import type { plan } from '../specs/index.js';
import { WEIGHT, weightIndex } from './window-internals.js';

function outputOf(input: Schema): Schema {
  return weightIndex(input) >= 0 ? input : makeSchema([...input.fields, { name: WEIGHT, type: 'int32', nullable: false }]);
}

export const temporalFilter = defineOperator<plan.TemporalFilterNode>({
  name: 'temporal-filter',
  inputs: [{ partitioning: 'forward' }],
  outputSchema(node, [input]) {
    fieldIndex(input!, node.timeColumn ?? '', 'temporal filter time column');
    if (!((node.rangeMs ?? 0) > 0)) throw new PlanError(`a temporal filter needs a positive range, got ${node.rangeMs} ms`);
    return outputOf(input!);
  },
  setup(ctx, node) {
    const input = ctx.inputSchemas[0]!;
    const time = fieldIndex(input, node.timeColumn ?? '', 'temporal filter time column');
    const range = node.rangeMs!;
    const weight = weightIndex(input);
    const schema = outputOf(input);
    /** Rows that passed, waiting for the watermark to leave them behind, by expiry time. */
    let held: { expires: number; batch: RecordBatch }[] = [];
    let times: Float64Array = new Float64Array(1024);

    /** The batch in the output schema with every weight multiplied by `sign`. */
    const signed = (batch: RecordBatch, sign: number): RecordBatch => {
      const cols = columnsOf(batch);
      if (weight >= 0) {
        if (sign === 1) return batch;
        const w = cols[weight]!.values as Int32Array;
        const out = Int32Array.from(w.subarray(0, batch.numRows), (x) => -x);
        return makeBatch(schema, cols.map((c, k) => (k === weight ? fixedColumn('int32', out, batch.numRows) : c)), batch.numRows);
      }
      const columns: Column[] = [...cols, fixedColumn('int32', new Int32Array(batch.numRows).fill(sign), batch.numRows)];
      return makeBatch(schema, columns, batch.numRows);
    };

    const expire = (wm: number) => {
      const due = held.filter((h) => h.expires <= wm);
      if (due.length === 0) return;
      held = held.filter((h) => h.expires > wm);
      due.sort((x, y) => x.expires - y.expires);
      ctx.emit(concatBatches(schema, due.map((h) => signed(h.batch, -1))));
    };

    return {
      onBatch(batch) {
        const n = batch.numRows;
        const col = columnsOf(batch)[time]!;
        if (times.length < n) times = new Float64Array(n);
        timesOf(col, times);
        const validity = validityOf(col);
        const wm = ctx.watermark;
        // Group passing rows by expiry, so each expiry retracts exactly the rows it inserted.
        const byExpiry = new Map<number, number[]>();
        for (let i = 0; i < n; i++) {
          const bit = col.offset + i;
          if (validity !== null && ((validity[bit >> 3]! >> (bit & 7)) & 1) === 0) continue;
          const expires = times[i]! + range;
          if (!(expires > wm)) continue;
          let rows = byExpiry.get(expires);
          if (rows === undefined) byExpiry.set(expires, (rows = []));
          rows.push(i);
        }
        const passed: RecordBatch[] = [];
        for (const [expires, rows] of byExpiry) {
          const part = selectRows(batch, Int32Array.from(rows), rows.length);
          held.push({ expires, batch: part });
          passed.push(part);
        }
        if (passed.length > 0) ctx.emit(signed(passed.length === 1 ? passed[0]! : concatBatches(input, passed), 1));
      },
      onWatermark(wm) {
        expire(wm);
        ctx.emitWatermark(wm);
      },
      snapshot: () => ({ held }),
      restore(state) {
        held = (state as { held: typeof held }).held;
      },
    };
  },
});
