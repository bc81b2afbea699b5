/**
 * A cooperative scheduler. Ready actors wait in a FIFO run queue; each turn an actor handles at
 * most `turnBudget` messages, then goes to the back of the queue, so one hot actor cannot starve
 * the others. After `sliceMs` of work the scheduler yields to the event loop (setImmediate), so
 * timers and I/O keep running. No promise is created per row or per message: an actor only
 * awaits when its handler is asynchronous.
 */

/** What the scheduler runs. */
export interface Schedulable {
  /** True while in the run queue (owned by the scheduler). */
  scheduled: boolean;
  /** Handles up to `budget` messages. Must not throw (actors capture their own errors). */
  runTurn(budget: number): void;
}

/** Scheduler tuning. */
export interface SchedulerOptions {
  /** Messages per actor turn (default 16). */
  turnBudget?: number;
  /** Milliseconds of work before yielding to the event loop (default 8). */
  sliceMs?: number;
}

/** Counters of a scheduler. */
export interface SchedulerMetrics {
  turns: number;
  /** How often the scheduler yielded to the event loop because its slice ran out. */
  yields: number;
}

/**
 * The run queue shared by the actors of one or more pipelines.
 *
 * @example
 * ```ts
 * const scheduler = new Scheduler({ turnBudget: 8, sliceMs: 4 }); // share it between two jobs
 * const a = await flowA.start({ scheduler });
 * const b = await flowB.start({ scheduler });
 * ```
 */
export class Scheduler {
  readonly turnBudget: number;
  readonly sliceMs: number;
  private queue: Schedulable[] = [];
  private head = 0;
  private running = false;
  private pending = false;
  private busy = 0;
  private idleWaiters: (() => void)[] = [];
  private readonly stats: SchedulerMetrics = { turns: 0, yields: 0 };

  constructor(options: SchedulerOptions = {}) {
    this.turnBudget = Math.max(1, options.turnBudget ?? 16);
    this.sliceMs = Math.max(0, options.sliceMs ?? 8);
  }

  /** Queues an actor for a turn (idempotent while it is queued). */
  schedule(actor: Schedulable): void {
    if (actor.scheduled) return;
    actor.scheduled = true;
    this.queue.push(actor);
    this.kick();
  }

  /** Marks the start of an asynchronous handler (the scheduler is not idle until it ends). */
  busyStarted(): void {
    this.busy++;
  }

  /** Marks the end of an asynchronous handler. */
  busyEnded(): void {
    this.busy--;
    this.checkIdle();
  }

  /** True when nothing is queued, running or awaiting an asynchronous handler. */
  get idle(): boolean {
    return this.queue.length === this.head && !this.running && !this.pending && this.busy === 0;
  }

  /** Resolves the next time the scheduler is idle (at once if it is now). */
  whenIdle(): Promise<void> {
    if (this.idle) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  /** A copy of the counters. */
  metrics(): SchedulerMetrics {
    return { ...this.stats };
  }

  private kick(): void {
    if (this.running || this.pending) return;
    this.pending = true;
    queueMicrotask(this.run);
  }

  private readonly run = (): void => {
    this.pending = false;
    this.running = true;
    const deadline = performance.now() + this.sliceMs;
    while (this.head < this.queue.length) {
      const actor = this.queue[this.head++]!;
      actor.scheduled = false;
      this.stats.turns++;
      actor.runTurn(this.turnBudget);
      if (this.head > 1024 && this.head * 2 > this.queue.length) {
        this.queue = this.queue.slice(this.head);
        this.head = 0;
      }
      if (this.head < this.queue.length && performance.now() > deadline) {
        this.stats.yields++;
        this.running = false;
        this.pending = true;
        setImmediate(this.run);
        return;
      }
    }
    this.queue = [];
    this.head = 0;
    this.running = false;
    this.checkIdle();
  };

  private checkIdle(): void {
    if (!this.idle || this.idleWaiters.length === 0) return;
    const waiters = this.idleWaiters;
    this.idleWaiters = [];
    for (const w of waiters) w();
  }
}
