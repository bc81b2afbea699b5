/**
 * Subscriptions: an RxJS Observable (one emission per output batch) that is also an
 * AsyncIterable. Each subscriber gets its own bounded mailbox on the node's outlet:
 * - as an Observable, a subscriber actor delivers batches in scheduler turns, so slow work inside
 *   `next` slows the pipeline instead of queueing;
 * - as an AsyncIterable, batches wait in the mailbox until the loop asks for them, so a slow
 *   `for await` body suspends the pipeline (or drops, with a lossy policy).
 * Unsubscribing (or leaving the loop) detaches the mailbox and releases everything.
 */
import { Observable, type Subscriber } from 'rxjs';
import { Actor, IDLE, type ActorHost, type StepResult } from '../actor/actor.js';
import { Outlet } from '../actor/outlet.js';
import type { RecordBatch } from '../batch/batch.js';
import { Mailbox, type OverflowPolicy } from '../mailbox/mailbox.js';

/** Options of a subscription. */
export interface SubscribeOptions {
  /** Rows buffered for this subscriber before the policy applies (default 8192). */
  bufferRows?: number;
  /** `suspend` (default): a slow subscriber slows the pipeline. `dropping`/`sliding` lose data instead. */
  overflow?: OverflowPolicy;
  /** Called when a subscriber's buffer attaches (each subscribe or iteration). */
  onAttach?: () => void;
  /** Called once when that buffer detaches again (unsubscribe, completion, error). */
  onDetach?: () => void;
}

/** Callbacks a subscription receives from the pipeline. */
export interface SubscriptionListener {
  /** The pipeline failed. */
  error(error: unknown): void;
  /** The pipeline was cancelled, or the node had ended before the subscription started. */
  complete(): void;
}

/** What the pipeline hands a new subscription. */
export interface Attachment {
  readonly mailbox: Mailbox;
  readonly host: ActorHost;
  /** Detaches the mailbox from the outlet and forgets the listener. */
  detach(): void;
}

/** Attaches a new subscriber mailbox to a node, or settles the listener at once if it cannot. */
export type Attach = (options: SubscribeOptions, listener: SubscriptionListener) => Attachment | undefined;

/** Delivers a subscriber mailbox to an RxJS subscriber, in scheduler turns. */
class SubscriberActor<T> extends Actor {
  constructor(host: ActorHost, name: string, mailbox: Mailbox, private readonly subscriber: Subscriber<T>, private readonly map: (batch: RecordBatch) => T, private readonly onEnd: () => void) {
    super(host, -1, name, 'sink', [mailbox], new Outlet());
    this.lifecycle.send({ type: 'START' });
    this.lifecycle.send({ type: 'STARTED' });
  }

  open(): void {}
  close(): void {}
  snapshotState(): null {
    return null;
  }
  restoreState(): void {}

  hasWork(): boolean {
    return this.inputs[0]!.length > 0;
  }

  protected step(): StepResult {
    const message = this.inputs[0]!.poll();
    if (message === undefined) return IDLE;
    if (message.kind === 'data') {
      this.rowsIn += message.batch.numRows;
      this.batchesIn++;
      this.subscriber.next(this.map(message.batch));
    } else if (message.kind === 'end') {
      this.finishQuietly();
      this.onEnd();
      this.subscriber.complete();
    }
  }

  finishQuietly(): void {
    this.halt();
    this.lifecycle.send({ type: 'STOP' });
  }
}

/**
 * An Observable of one value per output batch that can also be consumed with `for await`.
 *
 * @example
 * ```ts
 * const stream = pipeline.subscribe('vwap');
 * stream.subscribe((rows) => console.log(rows));   // as an Observable
 * for await (const rows of stream) console.log(rows); // or as an AsyncIterable
 * ```
 */
export class Subscription<T> extends Observable<T> implements AsyncIterable<T> {
  constructor(
    private readonly attach: Attach,
    private readonly map: (batch: RecordBatch) => T,
    private readonly options: SubscribeOptions,
    label: string,
  ) {
    super((subscriber) => {
      let actor: SubscriberActor<T> | undefined;
      const attachment = attach(options, {
        error: (err) => {
          actor?.finishQuietly();
          subscriber.error(err);
        },
        complete: () => {
          actor?.finishQuietly();
          subscriber.complete();
        },
      });
      if (attachment === undefined) return;
      actor = new SubscriberActor(attachment.host, `subscriber(${label})`, attachment.mailbox, subscriber, map, () => attachment.detach());
      if (attachment.mailbox.length > 0) actor.wake();
      return () => {
        actor!.finishQuietly();
        attachment.detach();
      };
    });
  }

  [Symbol.asyncIterator](): AsyncIterator<T> {
    let waiting: { resolve: (r: IteratorResult<T>) => void; reject: (e: unknown) => void } | undefined;
    let failure: { error: unknown } | undefined;
    let done = false;
    const finish = (): IteratorResult<T> => {
      done = true;
      attachment?.detach();
      return { done: true, value: undefined };
    };
    const pull = (): IteratorResult<T> | undefined => {
      if (done) return { done: true, value: undefined };
      if (failure) throw failure.error;
      const mailbox = attachment?.mailbox;
      for (let m = mailbox?.poll(); m !== undefined; m = mailbox!.poll()) {
        if (m.kind === 'data') return { done: false, value: this.map(m.batch) };
        if (m.kind === 'end') return finish();
      }
      return undefined;
    };
    const settle = (): void => {
      if (waiting === undefined) return;
      const w = waiting;
      try {
        const r = pull();
        if (r === undefined) return;
        waiting = undefined;
        w.resolve(r);
      } catch (err) {
        waiting = undefined;
        w.reject(err);
      }
    };
    const attachment = this.attach(this.options, {
      error: (err) => {
        failure = { error: err };
        settle();
      },
      complete: () => {
        done = true;
        settle();
      },
    });
    if (attachment !== undefined) attachment.mailbox.consumer = { notify: settle };
    return {
      next: () => {
        try {
          const r = pull();
          if (r !== undefined) return Promise.resolve(r);
        } catch (err) {
          return Promise.reject(err);
        }
        return new Promise((resolve, reject) => (waiting = { resolve, reject }));
      },
      return: () => Promise.resolve(finish()),
    };
  }
}
