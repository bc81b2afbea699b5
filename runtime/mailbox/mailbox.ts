/**
 * Bounded mailboxes: one per edge. Capacity is a budget of rows: a batch costs
 * min(rows, capacity) (at least 1), a control message costs 1, so one large batch always fits and
 * queued memory stays bounded by the budget plus one batch.
 *
 * Overflow policies (Effect's vocabulary):
 * - `suspend` (default): a full mailbox makes its producer wait; backpressure reaches the source.
 * - `dropping`: data offered to a full mailbox is dropped and counted (never control messages).
 * - `sliding`: the oldest queued data is evicted to make room (never control messages).
 */
import { MailboxClosedError } from '../errors/errors.js';
import type { Message } from '../message/message.js';

/** What happens when a producer offers data to a full mailbox. */
export type OverflowPolicy = 'suspend' | 'dropping' | 'sliding';

/** Options of a mailbox. */
export interface MailboxOptions {
  /** Budget in rows (at least 1). */
  capacity: number;
  overflow?: OverflowPolicy;
  /** For metrics and errors, e.g. `filter#2 -> sink#3`. */
  name?: string;
}

/** Counters of a mailbox, for metrics and tests. */
export interface MailboxMetrics {
  /** Rows budget in use now. */
  depth: number;
  /** Messages queued now. */
  messages: number;
  /** Approximate bytes of queued batches now. */
  bytes: number;
  /** Highest depth seen. */
  maxDepth: number;
  /** Highest bytes seen. */
  maxBytes: number;
  enqueuedRows: number;
  droppedRows: number;
  droppedBatches: number;
  /** Milliseconds external senders (such as `insert`) spent waiting for room. */
  blockedMs: number;
}

/** Receives a notification when a message arrives (the consuming actor). */
export interface MailboxConsumer {
  notify(): void;
}

function costOf(message: Message, capacity: number): number {
  return message.kind === 'data' ? Math.max(1, Math.min(message.batch.numRows, capacity)) : 1;
}

function bytesOf(message: Message): number {
  return message.kind === 'data' ? message.batch.data.byteLength : 0;
}

/**
 * A bounded FIFO of messages between one or more producers and one consumer.
 *
 * @example
 * ```ts
 * const mb = new Mailbox({ capacity: 1024 });
 * await mb.send(data(batch));  // waits while the mailbox is full
 * mb.poll();                   // the consumer takes it
 * ```
 */
export class Mailbox {
  readonly name: string;
  readonly capacity: number;
  readonly overflow: OverflowPolicy;
  /** Set by the runtime: who to notify when a message arrives. */
  consumer: MailboxConsumer | null = null;

  private items: (Message | undefined)[] = new Array(16);
  private costs = new Int32Array(16);
  private head = 0;
  private size = 0;
  private used = 0;
  private queuedBytes = 0;
  private waiters: (() => void)[] = [];
  private closedWith: Error | null = null;
  private readonly stats = { maxDepth: 0, maxBytes: 0, enqueuedRows: 0, droppedRows: 0, droppedBatches: 0, blockedMs: 0 };

  constructor(options: MailboxOptions) {
    if (!(options.capacity >= 1) || !Number.isFinite(options.capacity)) {
      throw new RangeError(`mailbox capacity must be a positive number of rows, got ${options.capacity}`);
    }
    this.capacity = Math.floor(options.capacity);
    this.overflow = options.overflow ?? 'suspend';
    this.name = options.name ?? 'mailbox';
  }

  /** Messages queued. */
  get length(): number {
    return this.size;
  }

  /** Rows budget in use. */
  get depth(): number {
    return this.used;
  }

  /** Whether the mailbox was closed. */
  get closed(): boolean {
    return this.closedWith !== null;
  }

  /** Whether a producer may offer now without exceeding the budget (always true for lossy policies). */
  writable(): boolean {
    return this.overflow !== 'suspend' || this.used < this.capacity || this.closedWith !== null;
  }

  /**
   * Enqueues without waiting. Under `suspend` the caller is expected to have checked `writable()`
   * before the work that produced the message; the budget may then be exceeded by that one output.
   * Lossy policies drop or evict data here. Returns false if the message was dropped.
   */
  offer(message: Message): boolean {
    if (this.closedWith !== null) return false;
    const cost = costOf(message, this.capacity);
    if (message.kind === 'data' && this.used + cost > this.capacity && this.size > 0) {
      if (this.overflow === 'dropping') {
        this.stats.droppedRows += message.batch.numRows;
        this.stats.droppedBatches++;
        return false;
      }
      if (this.overflow === 'sliding') this.evictFor(cost);
    }
    this.push(message, cost);
    return true;
  }

  /**
   * Enqueues, waiting while the mailbox is full (`suspend`). Resolves once the message is
   * accepted; returns undefined when it was accepted at once, so hot callers avoid a promise.
   * Rejects with MailboxClosedError if the mailbox closes while waiting.
   */
  send(message: Message): Promise<void> | undefined {
    if (this.closedWith !== null) return Promise.reject(this.closedWith);
    if (this.writable()) {
      this.offer(message);
      return undefined;
    }
    const started = performance.now();
    return new Promise<void>((resolve, reject) => {
      const retry = (): void => {
        if (this.closedWith !== null) {
          this.stats.blockedMs += performance.now() - started;
          reject(this.closedWith);
        } else if (this.writable()) {
          this.stats.blockedMs += performance.now() - started;
          this.offer(message);
          resolve();
        } else {
          this.waiters.push(retry);
        }
      };
      this.waiters.push(retry);
    });
  }

  /** Calls `fn` once, when the mailbox becomes writable or closes. */
  onWritable(fn: () => void): void {
    if (this.writable()) fn();
    else this.waiters.push(fn);
  }

  /** Takes the oldest message, or undefined when empty. */
  poll(): Message | undefined {
    if (this.size === 0) return undefined;
    const mask = this.items.length - 1;
    const message = this.items[this.head]!;
    this.items[this.head] = undefined;
    this.used -= this.costs[this.head]!;
    this.queuedBytes -= bytesOf(message);
    this.head = (this.head + 1) & mask;
    this.size--;
    // Wake producers at half capacity, not at the first free row: fewer ping-pongs per batch.
    if (this.waiters.length > 0 && this.used <= this.capacity >> 1) this.wakeWriters();
    return message;
  }

  /** The oldest message without taking it. */
  peek(): Message | undefined {
    return this.size === 0 ? undefined : this.items[this.head];
  }

  /**
   * Closes the mailbox: queued messages are discarded and waiting senders are rejected with
   * `error` (a MailboxClosedError by default). Idempotent.
   */
  close(error?: Error): void {
    if (this.closedWith !== null) return;
    this.closedWith = error ?? new MailboxClosedError(`mailbox '${this.name}' is closed`);
    while (this.poll() !== undefined);
    this.wakeWriters();
  }

  /** A copy of the counters. */
  metrics(): MailboxMetrics {
    return { depth: this.used, messages: this.size, bytes: this.queuedBytes, ...this.stats };
  }

  private push(message: Message, cost: number): void {
    this.place(message, cost);
    if (message.kind === 'data') this.stats.enqueuedRows += message.batch.numRows;
    if (this.queuedBytes > this.stats.maxBytes) this.stats.maxBytes = this.queuedBytes;
    if (this.used > this.stats.maxDepth) this.stats.maxDepth = this.used;
    this.consumer?.notify();
  }

  private place(message: Message, cost: number): void {
    if (this.size === this.items.length) this.grow();
    const at = (this.head + this.size) & (this.items.length - 1);
    this.items[at] = message;
    this.costs[at] = cost;
    this.size++;
    this.used += cost;
    this.queuedBytes += bytesOf(message);
  }

  private grow(): void {
    const n = this.items.length;
    const items: (Message | undefined)[] = new Array(n * 2);
    const costs = new Int32Array(n * 2);
    for (let i = 0; i < this.size; i++) {
      items[i] = this.items[(this.head + i) & (n - 1)];
      costs[i] = this.costs[(this.head + i) & (n - 1)]!;
    }
    this.items = items;
    this.costs = costs;
    this.head = 0;
  }

  /** Sliding policy: evict the oldest data messages until `cost` fits (control messages stay, in order). */
  private evictFor(cost: number): void {
    let excess = this.used + cost - this.capacity;
    const kept: Message[] = [];
    while (this.size > 0) {
      const message = this.items[this.head]!;
      const c = this.costs[this.head]!;
      this.items[this.head] = undefined;
      this.head = (this.head + 1) & (this.items.length - 1);
      this.size--;
      this.used -= c;
      this.queuedBytes -= bytesOf(message);
      if (excess > 0 && message.kind === 'data') {
        excess -= c;
        this.stats.droppedRows += message.batch.numRows;
        this.stats.droppedBatches++;
      } else {
        kept.push(message);
      }
    }
    for (const m of kept) this.place(m, costOf(m, this.capacity));
  }

  private wakeWriters(): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const w of waiters) w();
  }
}
