/**
 * `defineOperator`: how every operator (and sink) is written. An operator file declares its
 * name, its inputs and how its output schema follows from its inputs, and returns handlers from
 * `setup`. The runtime owns everything else: error capture, per-input watermarks (the operator
 * sees the minimum), barrier alignment, end-of-stream across inputs, forwarding of control
 * messages it does not handle, metrics and backpressure.
 *
 * Every operator has `snapshot()` and `restore()` from day one, so checkpointing is never a
 * retrofit. A snapshot is any value `structuredClone` accepts (typed arrays, Maps, bigints).
 */
import type { RecordBatch } from '../batch/batch.js';
import type { Row, Schema } from '../batch/types.js';
import type { Clock, TimerHandle } from '../clock/clock.js';

/** How rows reach an input when the pipeline runs on several nodes. */
export type Partitioning = 'forward' | 'broadcast' | 'keyed';

/** One input of an operator. */
export interface InputSpec {
  /** `keyed` inputs are hash-partitioned on `keysOf(node)`. */
  readonly partitioning: Partitioning;
}

/** A scalar user-defined function: a JS function over the JS values of its argument types. */
export interface ScalarUdf {
  readonly name: string;
  readonly fn: (...args: unknown[]) => unknown;
  /** Argument column types; arguments are cast to them. */
  readonly args: readonly string[];
  /** The result column type. */
  readonly returns: string;
}

/**
 * A user-defined aggregate: a fold over the non-NULL values of one argument, per group.
 * `create` makes an empty state; `add` returns the state with one value folded in; `result`
 * gives the group's value (of type `returns`). States must survive `structuredClone` (checkpoints).
 */
export interface AggregateUdf<S = unknown> {
  readonly name: string;
  /** The argument's column type; values are cast to it. */
  readonly arg: string;
  /** The result column type. */
  readonly returns: string;
  create(): S;
  add(state: S, value: unknown): S;
  result(state: S): unknown;
  /** Removes one value: needed to aggregate a changelog (rows retracted with weight -1). */
  retract?(state: S, value: unknown): S;
  /** Combines two states: needed by SESSION windows, which merge when a row bridges two sessions. */
  merge?(a: S, b: S): S;
}

/** JS functions a plan refers to by name (plans stay serialisable; functions stay in-process). */
export interface FunctionTable {
  /** A row predicate or row mapper registered under `name`. */
  row(name: string): (row: Row) => unknown;
  /** A scalar UDF, or undefined when none has that name. */
  udf(name: string): ScalarUdf | undefined;
  /** An aggregate UDF, or undefined when none has that name. */
  udaf(name: string): AggregateUdf | undefined;
}

/** What `outputSchema` may consult besides the node and its inputs. */
export interface SchemaEnv {
  readonly functions: FunctionTable;
}

/** A function table with no functions. */
export const noFunctions: FunctionTable = {
  row(name) {
    throw new Error(`no JS function '${name}' is registered`);
  },
  udf: () => undefined,
  udaf: () => undefined,
};

/** What an operator's handlers can do. */
export interface OperatorContext {
  /** The actor name (unique in the pipeline). */
  readonly name: string;
  readonly clock: Clock;
  readonly inputSchemas: readonly Schema[];
  readonly outputSchema: Schema;
  readonly functions: FunctionTable;
  /** The combined input watermark (minimum over live inputs), -Infinity before any. */
  readonly watermark: number;
  /** One input's watermark (+Infinity once the input ended: it brings no more rows). */
  inputWatermark(input: number): number;
  /** Sends a batch downstream (empty batches are skipped). */
  emit(batch: RecordBatch): void;
  /** Sends a watermark downstream; ignored unless it advances the output watermark. */
  emitWatermark(ts: number): void;
  /** Adds to a named counter shown in metrics (e.g. `lateRows`). */
  count(counter: string, n?: number): void;
  /** A clock timer that runs as part of this actor and is cancelled when it stops. */
  setTimer(ms: number, fn: () => void): TimerHandle;
  /** A service the application registered with the pipeline (a store, a client), by name. */
  service<T>(name: string): T;
}

/** The behaviour of one operator instance. */
export interface OperatorHandlers {
  /** Called before the pipeline runs (open connections, allocate). */
  open?(): void | Promise<void>;
  /** Handles a batch from input `input`. May return a promise; the actor waits for it. */
  onBatch(batch: RecordBatch, input: number): void | Promise<void>;
  /** The combined input watermark advanced. Default: forward it. */
  onWatermark?(watermark: number): void | Promise<void>;
  /**
   * One input's watermark advanced (or the input ended: +Infinity), before any combined
   * `onWatermark`. Operators whose state depends on each input's progress (joins) use it.
   */
  onInputWatermark?(input: number, watermark: number): void;
  /** Checkpoint barrier aligned on every input, after `snapshot()`; the runtime forwards it. */
  onBarrier?(checkpointId: number): void | Promise<void>;
  /** Every input ended: emit what is left. The runtime then forwards end of stream. */
  onEnd?(): void | Promise<void>;
  /** The operator state for a checkpoint. */
  snapshot(): unknown;
  /** Restores state from `snapshot()` output, before the first message. */
  restore(state: unknown): void;
  /** Releases resources when the pipeline stops or fails. */
  close?(): void | Promise<void>;
}

/** An operator definition: data plus a setup function. */
export interface OperatorDefinition<N = unknown> {
  readonly kind: 'operator' | 'sink';
  readonly name: string;
  /** One spec per input, or `variadic` for operators that take any number (union). */
  readonly inputs: readonly InputSpec[] | 'variadic';
  /** Keys of `keyed` inputs. */
  keysOf?(node: N): readonly string[];
  /** The output schema, validating the node against its input schemas (throw PlanError/SchemaError). */
  outputSchema(node: N, inputs: readonly Schema[], env?: SchemaEnv): Schema;
  setup(ctx: OperatorContext, node: N): OperatorHandlers;
}

/**
 * Defines an operator.
 *
 * @example
 * ```ts
 * export const passThrough = defineOperator<{}>({
 *   name: 'pass-through',
 *   inputs: [{ partitioning: 'forward' }],
 *   outputSchema: (_node, [input]) => input!,
 *   setup: (ctx) => ({ onBatch: (batch) => ctx.emit(batch), ...stateless }),
 * });
 * ```
 */
export function defineOperator<N>(definition: Omit<OperatorDefinition<N>, 'kind'>): OperatorDefinition<N> {
  return { kind: 'operator', ...definition };
}

/**
 * `snapshot`/`restore` for operators without state.
 *
 * @example
 * ```ts
 * setup: (ctx) => ({ onBatch: (b) => ctx.emit(b), ...stateless })
 * ```
 */
export const stateless = {
  snapshot(): null {
    return null;
  },
  restore(): void {},
} as const;
