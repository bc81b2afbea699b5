/**
 * `defineSource`: sources are pull-driven. The runtime calls `poll()` whenever every downstream
 * mailbox has room, so a source never produces faster than the pipeline consumes: a Kafka
 * consumer stops fetching, a push API's `insert` waits. A source with nothing to deliver returns
 * `'idle'` and calls `ctx.wake()` when data arrives.
 *
 * Checkpoints: when a barrier is injected, the runtime calls `snapshot()` for the source
 * position between two polls, so the position covers exactly what was emitted before the
 * barrier. `committed(epoch)` says that checkpoint is durable (commit consumer offsets then).
 */
import type { RecordBatch } from '../batch/batch.js';
import type { Schema } from '../batch/types.js';
import type { Clock, TimerHandle } from '../clock/clock.js';

/** What a poll did: emitted something (call again), found nothing (wait for wake), or ended. */
export type PollResult = 'more' | 'idle' | 'end';

/** What a source's handlers can do. */
export interface SourceContext {
  readonly name: string;
  readonly clock: Clock;
  readonly schema: Schema;
  /** Sends a batch downstream. */
  emit(batch: RecordBatch): void;
  /** Sends a watermark downstream (ignored unless it advances). */
  emitWatermark(ts: number): void;
  /** Asks the runtime to poll again (after returning `'idle'`). */
  wake(): void;
  /** Adds to a named counter shown in metrics. */
  count(counter: string, n?: number): void;
  /** A clock timer that runs as part of this source and is cancelled when it stops. */
  setTimer(ms: number, fn: () => void): TimerHandle;
  /** A service the application registered with the pipeline (a store, a client), by name. */
  service<T>(name: string): T;
}

/** Accepts rows pushed by the application (`pipeline.insert`). */
export interface PushIngress {
  /**
   * Accepts a batch; returns a promise while the source's buffer is full (backpressure). `tag`
   * (a write-ahead log sequence number) is reported in the source's position once the batch
   * is emitted, so recovery knows which logged inserts the checkpoint holds.
   */
  insert(batch: RecordBatch, tag?: bigint): Promise<void> | undefined;
  /** Advances the source watermark explicitly. */
  watermark(ts: number): Promise<void> | undefined;
  /** No more rows will be pushed. */
  end(): Promise<void> | undefined;
}

/** The behaviour of one source instance. */
export interface SourceHandlers {
  open?(): void | Promise<void>;
  poll(): PollResult | Promise<PollResult>;
  /** The position to resume from (offsets, sequence numbers) for a checkpoint. */
  snapshot(): unknown;
  /** Resumes from a position returned by `snapshot()`, before the first poll. */
  restore(position: unknown): void;
  /** The checkpoint `epoch` is durable. */
  committed?(epoch: number): void | Promise<void>;
  /** The pipeline failed or was cancelled: reject whatever waits on this source (pending inserts). */
  abort?(error: Error): void;
  close?(): void | Promise<void>;
  /** Present when the application can push rows into this source. */
  readonly push?: PushIngress;
  /**
   * True for a source that produces rows by itself without end (an unbounded generator): `flush`
   * pauses it while it waits, so "everything so far" is a cut of its stream, not all of it.
   */
  readonly unbounded?: boolean;
}

/** A source definition. */
export interface SourceDefinition<N = unknown> {
  readonly kind: 'source';
  readonly name: string;
  /** The output schema (declared in the node, or discovered). */
  schema(node: N): Schema;
  /**
   * The columns the connector produces for these options, when it knows them without being told
   * (a generator, a registry): what `CREATE SOURCE name (*)` infers.
   */
  describe?(options: Readonly<Record<string, string>>): Schema;
  setup(ctx: SourceContext, node: N): SourceHandlers;
}

/**
 * Defines a source connector.
 *
 * @example
 * ```ts
 * export const counter = defineSource<plan.SourceNode>({
 *   name: 'counter',
 *   schema: () => schemaOf({ n: 'int32' }),
 *   setup(ctx) {
 *     let n = 0;
 *     return {
 *       poll: () => (n < 10 ? (ctx.emit(rowsToBatch(ctx.schema, [{ n: n++ }])), 'more') : 'end'),
 *       snapshot: () => n,
 *       restore: (position) => void (n = position as number),
 *     };
 *   },
 * });
 * ```
 */
export function defineSource<N>(definition: Omit<SourceDefinition<N>, 'kind'>): SourceDefinition<N> {
  return { kind: 'source', ...definition };
}
