/**
 * `defineSink`: sinks follow the two-phase commit protocol
 * `open → write* → preCommit(epoch) → commit(epoch) | rollback(epoch) → close`.
 * `preCommit` runs when the checkpoint barrier reaches the sink (after every write that belongs to
 * the epoch); `commit` runs once the checkpoint is complete, so a sink that makes its writes
 * visible only in `commit` is exactly-once. A sink runs as an operator without outputs.
 */
import type { RecordBatch } from '../batch/batch.js';
import type { Schema } from '../batch/types.js';
import { defineOperator, type OperatorContext, type OperatorDefinition, type OperatorHandlers } from '../operator/define-operator.js';

/** The behaviour of one sink instance. */
export interface SinkHandlers {
  open?(): void | Promise<void>;
  /** Writes a batch. A returned promise suspends the sink (and, through backpressure, the sources). */
  write(batch: RecordBatch): void | Promise<void>;
  /** The input watermark advanced. */
  onWatermark?(watermark: number): void | Promise<void>;
  /** Every write of `epoch` has been made; make them durable but not yet visible. */
  preCommit?(epoch: number): void | Promise<void>;
  /** The checkpoint of `epoch` is complete: make its writes visible. */
  commit?(epoch: number): void | Promise<void>;
  /** The checkpoint of `epoch` failed: discard its writes. */
  rollback?(epoch: number): void | Promise<void>;
  /** The input ended (after the last write). */
  end?(): void | Promise<void>;
  /** Sink state for a checkpoint (for example a pending transaction id); null if none. */
  snapshot?(): unknown;
  restore?(state: unknown): void;
  close?(): void | Promise<void>;
}

/** Operator handlers of a sink, plus the commit side of the protocol. */
export interface SinkOperatorHandlers extends OperatorHandlers {
  commit?(epoch: number): void | Promise<void>;
  rollback?(epoch: number): void | Promise<void>;
}

/** A sink definition: an operator definition of kind `sink`. */
export type SinkDefinition<N = unknown> = OperatorDefinition<N>;

/**
 * Defines a sink connector.
 *
 * @example
 * ```ts
 * export const consoleSink = defineSink<plan.SinkNode>({
 *   name: 'console',
 *   setup: () => ({ write: (batch) => console.log(batchToRows(batch)) }),
 * });
 * ```
 */
export function defineSink<N>(definition: {
  name: string;
  setup(ctx: OperatorContext, node: N): SinkHandlers;
}): SinkDefinition<N> {
  const op = defineOperator<N>({
    name: definition.name,
    inputs: [{ partitioning: 'forward' }],
    outputSchema: (_node: N, inputs: readonly Schema[]) => inputs[0]!,
    setup(ctx, node): SinkOperatorHandlers {
      const sink = definition.setup(ctx, node);
      const handlers: SinkOperatorHandlers = {
        onBatch: (batch) => sink.write(batch),
        snapshot: () => sink.snapshot?.() ?? null,
        restore: (state) => sink.restore?.(state),
      };
      if (sink.open) handlers.open = () => sink.open!();
      if (sink.onWatermark) handlers.onWatermark = (w) => sink.onWatermark!(w);
      if (sink.preCommit) handlers.onBarrier = (epoch) => sink.preCommit!(epoch);
      if (sink.end) handlers.onEnd = () => sink.end!();
      if (sink.close) handlers.close = () => sink.close!();
      if (sink.commit) handlers.commit = (epoch) => sink.commit!(epoch);
      if (sink.rollback) handlers.rollback = (epoch) => sink.rollback!(epoch);
      return handlers;
    },
  });
  return { ...op, kind: 'sink' };
}
