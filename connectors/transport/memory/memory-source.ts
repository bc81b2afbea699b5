/**
 * The `memory` source: rows pushed by the application (`insert`), buffered in a bounded
 * mailbox. `insert` resolves once the buffer accepted the rows and waits while it is full, so a
 * producer faster than the pipeline is slowed down instead of filling memory. The time inserts
 * spend waiting is reported as the `insertBlockedMs` counter.
 */
import {
  data,
  defineSource,
  END,
  fromPlanSchema,
  Mailbox,
  PlanError,
  watermark,
  type Message,
} from '../../../runtime/index.js';
import type { plan } from '../../../specs/index.js';
import { parseOptions } from '../../options.js';

const OPTIONS = {
  buffer_rows: { type: 'integer', default: 8192, min: 1, description: 'rows buffered before insert waits' },
} as const;

/**
 * Push source. Position = rows emitted so far, the tag (write-ahead log sequence number) of the
 * last batch emitted, and the tag of the first batch still buffered (what a log may not drop).
 */
export const memorySource = defineSource<plan.SourceNode>({
  name: 'memory',
  schema(node) {
    const schema = fromPlanSchema(node.schema);
    if (schema.fields.length === 0) throw new PlanError(`a memory source needs a schema with at least one column`);
    return schema;
  },
  setup(ctx, node) {
    const options = parseOptions('memory', OPTIONS, node.options);
    const ingress = new Mailbox({ capacity: options.buffer_rows, name: `${ctx.name} ingress` });
    ingress.consumer = { notify: () => ctx.wake() };
    let rows = 0;
    let tag: bigint | null = null;
    // Tags of the data messages in the ingress, in order (null: untagged).
    const tags: (bigint | null)[] = [];
    const send = (message: Message): Promise<void> | undefined => {
      const started = performance.now();
      const waiting = ingress.send(message);
      return waiting?.then(() => ctx.count('insertBlockedMs', performance.now() - started));
    };
    return {
      poll() {
        const message = ingress.poll();
        if (message === undefined) return 'idle';
        switch (message.kind) {
          case 'data':
            rows += message.batch.numRows;
            tag = tags.shift() ?? tag;
            ctx.emit(message.batch);
            return 'more';
          case 'watermark':
            ctx.emitWatermark(message.ts);
            return 'more';
          case 'end':
            return 'end';
          case 'barrier':
            return 'more';
        }
      },
      snapshot: () => ({ rows, tag, pending: tags.find((t) => t !== null) ?? null }),
      restore(position) {
        const p = position as { rows: number; tag?: bigint | null };
        rows = p.rows;
        tag = p.tag ?? null;
      },
      abort: (error) => ingress.close(error),
      push: {
        insert: (batch, t) => {
          tags.push(t ?? null);
          return send(data(batch));
        },
        watermark: (ts) => send(watermark(ts)),
        end: () => send(END),
      },
    };
  },
});
