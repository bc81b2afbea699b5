/**
 * The output side of an actor: the mailboxes of every downstream edge and subscription.
 * Emitting offers the same (immutable) message to each target.
 */
import type { RecordBatch } from '../batch/batch.js';
import type { Mailbox } from '../mailbox/mailbox.js';
import { barrier, data, END, watermark, type Message } from '../message/message.js';

export class Outlet {
  private targets: Mailbox[] = [];
  rows = 0;
  batches = 0;

  /** Adds a downstream mailbox (edges at build time, subscriptions at any time). */
  add(target: Mailbox): void {
    this.targets.push(target);
  }

  /** Removes a mailbox (an ended subscription). */
  remove(target: Mailbox): void {
    this.targets = this.targets.filter((t) => t !== target);
  }

  /** Downstream mailboxes. */
  get size(): number {
    return this.targets.length;
  }

  /** A full `suspend` mailbox the actor must wait for, or null when every target has room. */
  blocked(): Mailbox | null {
    const targets = this.targets;
    for (let i = 0; i < targets.length; i++) if (!targets[i]!.writable()) return targets[i]!;
    return null;
  }

  /** Offers a message to every target. */
  offer(message: Message): void {
    const targets = this.targets;
    let closed = false;
    for (let i = 0; i < targets.length; i++) {
      const t = targets[i]!;
      if (t.closed) closed = true;
      else t.offer(message);
    }
    if (closed) this.targets = targets.filter((t) => !t.closed);
  }

  emit(batch: RecordBatch): void {
    if (batch.numRows === 0) return;
    this.rows += batch.numRows;
    this.batches++;
    this.offer(data(batch));
  }

  emitWatermark(ts: number): void {
    this.offer(watermark(ts));
  }

  emitBarrier(checkpointId: number): void {
    this.offer(barrier(checkpointId));
  }

  emitEnd(): void {
    this.offer(END);
  }
}
