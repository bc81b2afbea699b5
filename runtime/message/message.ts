/**
 * The closed message union carried by every mailbox. Data is always an Arrow record batch;
 * control messages (watermark, barrier, end of stream) travel in-band, in order with the data.
 */
import type { RecordBatch } from '../batch/batch.js';

/** A batch of rows. */
export interface DataMessage {
  readonly kind: 'data';
  readonly batch: RecordBatch;
}

/** Event time has reached `ts` (epoch ms): no row with an earlier time is expected. */
export interface WatermarkMessage {
  readonly kind: 'watermark';
  readonly ts: number;
}

/** A checkpoint barrier: everything before it belongs to checkpoint `checkpointId`. */
export interface BarrierMessage {
  readonly kind: 'barrier';
  readonly checkpointId: number;
}

/** The input is exhausted; nothing follows. */
export interface EndMessage {
  readonly kind: 'end';
}

/** The message union on every mailbox. */
export type Message = DataMessage | WatermarkMessage | BarrierMessage | EndMessage;

/** Wraps a batch. */
export function data(batch: RecordBatch): DataMessage {
  return { kind: 'data', batch };
}

/** A watermark at `ts` epoch milliseconds. */
export function watermark(ts: number): WatermarkMessage {
  return { kind: 'watermark', ts };
}

/** A barrier for checkpoint `checkpointId`. */
export function barrier(checkpointId: number): BarrierMessage {
  return { kind: 'barrier', checkpointId };
}

/** The end-of-stream message (a shared constant; it carries no data). */
export const END: EndMessage = Object.freeze({ kind: 'end' });

/** Rows of a data message, 0 for control messages. */
export function rowsOf(message: Message): number {
  return message.kind === 'data' ? message.batch.numRows : 0;
}

/** A short text form for logs and marble output: `data(3 rows)`, `w(1000)`, `b(2)`, `|`. */
export function describeMessage(message: Message): string {
  switch (message.kind) {
    case 'data': return `data(${message.batch.numRows} rows)`;
    case 'watermark': return `w(${message.ts})`;
    case 'barrier': return `b(${message.checkpointId})`;
    case 'end': return '|';
  }
}
