/**
 * Assigns event time and generates watermarks with bounded out-of-orderness: the watermark is
 * the largest event time seen minus `delay_ms`, and never regresses. Upstream watermarks (for
 * example explicit `pipeline.watermark()` calls) pass through when they are ahead. Rows behind
 * the current watermark are late: dropped at ingestion and counted (`lateRows`), unless
 * `keep_late` hands them on (a query with lateness decides); a row exactly at the watermark is
 * kept. Rows with a NULL event time are dropped and counted (`nullTimeRows`).
 *
 * With a partition column the watermark is the minimum over partitions of their own (max - delay),
 * so a slow partition holds it back; a partition silent for `idle_timeout_ms` of processing time
 * stops holding it back until it sends rows again.
 *
 * Without a column the watermark follows processing time: every `interval_ms` of the injected
 * clock it moves to now - delay.
 */
import { columnsOf, defineOperator, fieldIndex, kindOf, PlanError, readValue, selectRows, timesOf, validityOf, type Schema, type WatermarkAlignment } from '../runtime/index.js';
import type { plan } from '../specs/index.js';

function timeColumn(node: plan.WatermarkNode, input: Schema): number {
  if (!node.column) return -1;
  const k = fieldIndex(input, node.column, 'watermark');
  const type = input.fields[k]!.type;
  if (kindOf(type) !== 'timestamp' && type !== 'int64') throw new PlanError(`event-time column '${node.column}' must be a timestamp (or int64 epoch ms), got ${type}`);
  return k;
}

interface Partition {
  max: number;
  seenAt: number;
}

export const watermarkAssigner = defineOperator<plan.WatermarkNode>({
  name: 'watermark',
  inputs: [{ partitioning: 'forward' }],
  outputSchema(node, [input]) {
    timeColumn(node, input!);
    if ((node.delayMs ?? 0) < 0) throw new PlanError(`watermark delay must not be negative, got ${node.delayMs} ms`);
    if (!node.column && !((node.intervalMs ?? 0) > 0)) throw new PlanError('a processing-time watermark needs a positive interval_ms');
    if (node.partitionColumn) {
      if (!node.column) throw new PlanError('per-partition watermarks need an event-time column');
      fieldIndex(input!, node.partitionColumn, 'watermark partition column');
    }
    if ((node.idleTimeoutMs ?? 0) < 0) throw new PlanError(`an idle timeout must not be negative, got ${node.idleTimeoutMs} ms`);
    if (node.alignmentGroup && !((node.alignmentMaxDriftMs ?? 0) >= 0)) throw new PlanError('an alignment group needs a non-negative maximum drift');
    if (node.alignmentGroup && !node.column) throw new PlanError('watermark alignment needs an event-time column');
    return input!;
  },
  setup(ctx, node) {
    const input = ctx.inputSchemas[0]!;
    const column = timeColumn(node, input);
    const delay = node.delayMs ?? 0;
    const keepLate = node.keepLate === true;
    const partitionColumn = node.partitionColumn ? fieldIndex(input, node.partitionColumn, 'watermark partition column') : -1;
    const partitionType = partitionColumn >= 0 ? input.fields[partitionColumn]!.type : '';
    const idle = node.idleTimeoutMs ?? 0;
    const partitions = new Map<unknown, Partition>();
    let maxTime = -Infinity;
    let ownWatermark = -Infinity;
    let times: Float64Array = new Float64Array(1024);
    let sel = new Int32Array(1024);
    const tick = () => {
      ctx.emitWatermark(ctx.clock.now() - delay);
      ctx.setTimer(node.intervalMs!, tick);
    };

    /** min over active partitions of (max - delay); every partition when all are idle. */
    const partitionedWatermark = (): number => {
      const now = ctx.clock.now();
      let active = Infinity;
      let any = false;
      let all = -Infinity;
      for (const p of partitions.values()) {
        all = Math.max(all, p.max - delay);
        if (idle > 0 && now - p.seenAt >= idle) continue;
        any = true;
        active = Math.min(active, p.max - delay);
      }
      return any ? active : all;
    };

    const advance = (candidate: number) => {
      if (candidate > ownWatermark) {
        ownWatermark = candidate;
        ctx.emitWatermark(ownWatermark);
      }
    };

    const idleCheck = () => {
      advance(partitionedWatermark());
      alignment?.tick();
      ctx.setTimer(Math.max(1, idle / 2), idleCheck);
    };
    const group = node.alignmentGroup ?? '';
    const alignment = group ? ctx.service<WatermarkAlignment>('alignment') : undefined;

    return {
      open() {
        if (column < 0) ctx.setTimer(node.intervalMs!, tick);
        alignment?.join(group, ctx.name, node.alignmentMaxDriftMs ?? 0, idle);
        if ((partitionColumn >= 0 || alignment !== undefined) && idle > 0) ctx.setTimer(Math.max(1, idle / 2), idleCheck);
      },
      close() {
        alignment?.leave(group, ctx.name);
      },
      onEnd() {
        // An ended source holds nobody back.
        alignment?.leave(group, ctx.name);
      },
      onBatch(batch) {
        if (column < 0) {
          ctx.emit(batch);
          return;
        }
        const n = batch.numRows;
        const cols = columnsOf(batch);
        const col = cols[column]!;
        if (times.length < n) times = new Float64Array(n);
        timesOf(col, times);
        const validity = validityOf(col);
        // Late means behind the watermark as it stood before this batch.
        const watermark = ctx.watermark > ownWatermark ? ctx.watermark : ownWatermark;
        if (sel.length < n) sel = new Int32Array(n);
        const now = partitionColumn >= 0 ? ctx.clock.now() : 0;
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
            if (!keepLate) continue;
          }
          sel[count++] = i;
          if (t > maxTime) maxTime = t;
          if (partitionColumn >= 0) {
            const key = readValue(cols[partitionColumn]!, partitionType, i);
            const p = partitions.get(key);
            if (p === undefined) partitions.set(key, { max: t, seenAt: now });
            else {
              if (t > p.max) p.max = t;
              p.seenAt = now;
            }
          }
        }
        if (late > 0) ctx.count(keepLate ? 'lateRowsKept' : 'lateRows', late);
        if (nulls > 0) ctx.count('nullTimeRows', nulls);
        const out = count === n ? batch : selectRows(batch, sel, count);
        if (out.numRows > 0) ctx.emit(out);
        advance(partitionColumn >= 0 ? partitionedWatermark() : maxTime - delay);
        // Too far ahead of the group: wait (the source behind this node is suspended meanwhile).
        const wait = alignment?.report(group, ctx.name, ownWatermark);
        if (wait !== undefined) {
          ctx.count('alignmentWaits');
          return wait;
        }
      },
      onWatermark(watermark) {
        if (watermark > ownWatermark) ownWatermark = watermark;
        ctx.emitWatermark(watermark);
      },
      snapshot: () => ({ maxTime, ownWatermark, partitions: [...partitions] }),
      restore(state) {
        const s = state as { maxTime: number; ownWatermark: number; partitions?: [unknown, Partition][] };
        maxTime = s.maxTime;
        ownWatermark = s.ownWatermark;
        partitions.clear();
        for (const [k, p] of s.partitions ?? []) partitions.set(k, { ...p });
      },
    };
  },
});
