/**
 * The actor cell: input mailboxes, an outlet, a lifecycle, counters, and the turn loop the
 * scheduler drives. Subclasses (operator, source) supply `step()`: handle one message or poll
 * once. The cell owns error capture, backpressure (it never starts a step while a downstream
 * `suspend` mailbox is full) and the bookkeeping of asynchronous handlers.
 */
import type { Clock } from '../clock/clock.js';
import type { ActorMetrics, InspectionEvent } from '../inspect/events.js';
import type { Mailbox, MailboxConsumer } from '../mailbox/mailbox.js';
import type { Schedulable, Scheduler } from '../scheduler/scheduler.js';
import { createLifecycle, statusOf, type Lifecycle, type LifecycleStatus } from './lifecycle.js';
import type { Outlet } from './outlet.js';

/** The pipeline as its actors see it: supervision, reporting and shared services. */
export interface ActorHost {
  readonly name: string;
  readonly scheduler: Scheduler;
  readonly clock: Clock;
  /** Whether anyone listens to inspection events (build them only then). */
  readonly inspecting: boolean;
  publish(event: InspectionEvent): void;
  /** An actor failed: the pipeline fails. */
  fail(actor: Actor, error: unknown): void;
  /** An actor snapshotted its state for a checkpoint (called once per actor and checkpoint). */
  snapshotTaken(actor: Actor, checkpointId: number, state: unknown): void;
  /** An actor forwarded end of stream and will not run again. */
  finished(actor: Actor): void;
}

/** The kind of an actor. */
export type ActorKind = 'source' | 'operator' | 'sink';

/** `step()` found nothing to do. */
export const IDLE = 1;
/** The result of one step: done synchronously, idle, or a promise for an asynchronous handler. */
export type StepResult = void | typeof IDLE | PromiseLike<unknown>;

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return typeof value === 'object' && value !== null && typeof (value as PromiseLike<unknown>).then === 'function';
}

export abstract class Actor implements Schedulable, MailboxConsumer {
  scheduled = false;
  readonly lifecycle: Lifecycle;
  readonly counters: Record<string, number> = {};
  rowsIn = 0;
  batchesIn = 0;
  blockedMs = 0;
  busyMs = 0;
  /** The actor's output watermark. */
  watermark = -Infinity;

  protected busy = false;
  protected blockedOn: Mailbox | null = null;
  /** Finished, stopped or failed: never runs again. */
  protected halted = false;
  private blockedSince = 0;
  private timers = new Set<{ cancel(): void }>();

  constructor(
    readonly host: ActorHost,
    readonly id: number,
    readonly name: string,
    readonly kind: ActorKind,
    readonly inputs: readonly Mailbox[],
    readonly outlet: Outlet,
  ) {
    this.lifecycle = createLifecycle(name);
    for (const mailbox of inputs) mailbox.consumer = this;
    this.lifecycle.subscribe((snapshot) => {
      if (host.inspecting) {
        host.publish({ type: '@runtime.actor', pipeline: host.name, at: performance.now(), actor: name, status: statusOf(snapshot) });
      }
    });
  }

  /** The lifecycle status. */
  get status(): LifecycleStatus {
    return statusOf(this.lifecycle.getSnapshot());
  }

  /** Whether the actor will not run again. */
  get isHalted(): boolean {
    return this.halted;
  }

  /** Handles one message or polls once. */
  protected abstract step(): StepResult;
  /** Whether `step()` has something to do now. */
  abstract hasWork(): boolean;
  /** Opens resources before the pipeline runs. */
  abstract open(): void | Promise<void>;
  /** Releases resources; called once when the pipeline stops or fails. */
  abstract close(): void | Promise<void>;
  /** The actor's state now (for checkpoints). */
  abstract snapshotState(): unknown;
  /** Restores state from `snapshotState()` output, before the actor runs. */
  abstract restoreState(state: unknown): void;

  /** A message arrived in an input mailbox. */
  notify(): void {
    this.wake();
  }

  /** Queues the actor for a turn unless it is queued, busy, blocked or halted. */
  wake(): void {
    if (!this.scheduled && !this.busy && this.blockedOn === null && !this.halted) this.host.scheduler.schedule(this);
  }

  runTurn(budget: number): void {
    for (let n = 0; n < budget; n++) {
      if (this.halted || this.busy) return;
      const full = this.outlet.blocked();
      if (full !== null) {
        this.block(full);
        return;
      }
      let result: StepResult;
      try {
        result = this.step();
      } catch (error) {
        this.host.fail(this, error);
        return;
      }
      if (result === IDLE) return;
      if (isThenable(result)) {
        this.awaitHandler(result);
        return;
      }
    }
    if (!this.halted && this.hasWork()) this.host.scheduler.schedule(this);
  }

  /** Stops running for good (the pipeline stopped or failed); cancels timers. */
  halt(): void {
    this.halted = true;
    for (const t of this.timers) t.cancel();
    this.timers.clear();
  }

  /**
   * A clock timer whose callback runs as part of this actor: skipped once the actor halted, and
   * a throw fails the actor like a throwing handler.
   */
  setTimer(ms: number, fn: () => void): { cancel(): void } {
    const handle = this.host.clock.setTimeout(() => {
      this.timers.delete(handle);
      if (this.halted) return;
      try {
        fn();
      } catch (error) {
        this.host.fail(this, error);
      }
    }, ms);
    this.timers.add(handle);
    return handle;
  }

  /** Adds to a named counter (reported in metrics). */
  count(counter: string, n = 1): void {
    this.counters[counter] = (this.counters[counter] ?? 0) + n;
  }

  /** A snapshot of the counters. */
  metrics(): ActorMetrics {
    let queueDepth = 0;
    for (const m of this.inputs) queueDepth += m.depth;
    return {
      name: this.name,
      kind: this.kind,
      status: this.status,
      rowsIn: this.rowsIn,
      rowsOut: this.outlet.rows,
      batchesIn: this.batchesIn,
      batchesOut: this.outlet.batches,
      queueDepth,
      blockedMs: this.blockedMs + (this.blockedOn !== null ? performance.now() - this.blockedSince : 0),
      busyMs: this.busyMs,
      watermark: this.watermark,
      watermarkLagMs: Number.isFinite(this.watermark) ? this.host.clock.now() - this.watermark : null,
      counters: { ...this.counters },
    };
  }

  /** Runs an asynchronous handler's promise to completion, then resumes. */
  protected awaitHandler(promise: PromiseLike<unknown>, then?: () => void): void {
    this.busy = true;
    const started = performance.now();
    const scheduler = this.host.scheduler;
    scheduler.busyStarted();
    promise.then(
      () => {
        this.busy = false;
        this.busyMs += performance.now() - started;
        if (!this.halted) {
          try {
            then?.();
          } catch (error) {
            this.host.fail(this, error);
          }
          if (!this.halted && this.hasWork()) this.wake();
        }
        scheduler.busyEnded();
      },
      (error: unknown) => {
        this.busy = false;
        this.busyMs += performance.now() - started;
        this.host.fail(this, error);
        scheduler.busyEnded();
      },
    );
  }

  private block(mailbox: Mailbox): void {
    this.blockedOn = mailbox;
    this.blockedSince = performance.now();
    if (this.host.inspecting) {
      this.host.publish({ type: '@runtime.backpressure', pipeline: this.host.name, at: this.blockedSince, actor: this.name, mailbox: mailbox.name, blocked: true });
    }
    mailbox.onWritable(() => {
      const now = performance.now();
      const waited = now - this.blockedSince;
      this.blockedMs += waited;
      this.blockedOn = null;
      if (this.host.inspecting) {
        this.host.publish({ type: '@runtime.backpressure', pipeline: this.host.name, at: now, actor: this.name, mailbox: mailbox.name, blocked: false, waitedMs: waited });
      }
      this.wake();
    });
  }

  /** Marks the actor finished: lifecycle stopped, never scheduled again, host told. */
  protected finish(): void {
    if (this.halted) return;
    this.halt();
    this.lifecycle.send({ type: 'STOP' });
    this.host.finished(this);
  }
}
