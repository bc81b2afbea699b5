/**
 * The inspection vocabulary: one discriminated union of typed events (after xstate's
 * `@xstate.*` inspection events), delivered as an RxJS Observable by `pipeline.inspect()`.
 * Events are only built while someone is subscribed.
 */
import type { LifecycleStatus } from '../actor/lifecycle.js';

interface Base {
  /** The pipeline the event belongs to. */
  readonly pipeline: string;
  /** Wall-clock time of the event (performance.timeOrigin based, ms). */
  readonly at: number;
}

/** An actor's lifecycle status changed. */
export interface ActorStatusEvent extends Base {
  readonly type: '@runtime.actor';
  readonly actor: string;
  readonly status: LifecycleStatus;
}

/** The pipeline's lifecycle status changed. */
export interface PipelineStatusEvent extends Base {
  readonly type: '@runtime.pipeline';
  readonly status: LifecycleStatus;
}

/** An actor started or stopped waiting for room in a downstream mailbox. */
export interface BackpressureEvent extends Base {
  readonly type: '@runtime.backpressure';
  readonly actor: string;
  readonly mailbox: string;
  readonly blocked: boolean;
  /** When `blocked` is false: how long the actor waited, in ms. */
  readonly waitedMs?: number;
}

/** An actor failed. */
export interface ErrorEvent extends Base {
  readonly type: '@runtime.error';
  readonly actor: string;
  readonly error: unknown;
}

/** An actor's output watermark advanced. */
export interface WatermarkEvent extends Base {
  readonly type: '@runtime.watermark';
  readonly actor: string;
  readonly watermark: number;
}

/** A checkpoint progressed: an actor snapshotted, or the checkpoint completed. */
export interface CheckpointEvent extends Base {
  readonly type: '@runtime.checkpoint';
  readonly checkpointId: number;
  readonly actor?: string;
  readonly phase: 'snapshot' | 'complete' | 'failed';
}

/** Every inspection event. */
export type InspectionEvent =
  | ActorStatusEvent
  | PipelineStatusEvent
  | BackpressureEvent
  | ErrorEvent
  | WatermarkEvent
  | CheckpointEvent;

/** Counters of one actor. */
export interface ActorMetrics {
  readonly name: string;
  readonly kind: 'source' | 'operator' | 'sink';
  readonly status: LifecycleStatus;
  rowsIn: number;
  rowsOut: number;
  batchesIn: number;
  batchesOut: number;
  /** Rows queued in the actor's input mailboxes now. */
  queueDepth: number;
  /** Milliseconds spent waiting for room downstream (backpressure). */
  blockedMs: number;
  /** Milliseconds spent inside asynchronous handlers (sinks writing, sources fetching). */
  busyMs: number;
  /** The actor's output watermark (-Infinity before the first). */
  watermark: number;
  /** How far the watermark trails the clock (now - watermark, ms); null before the first watermark. */
  watermarkLagMs: number | null;
  /** Operator-specific counters, e.g. `lateRows` of a window. */
  readonly counters: Record<string, number>;
}
