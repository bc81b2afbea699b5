/**
 * The actor that runs an operator or sink definition: reads its inputs round-robin, combines
 * per-input watermarks (minimum over live inputs), aligns checkpoint barriers (an input that
 * delivered barrier n is not read again until every input has), and forwards end of stream
 * once every input ended.
 */
import type { RecordBatch } from '../batch/batch.js';
import type { Schema } from '../batch/types.js';
import { Actor, IDLE, type ActorHost, type ActorKind, type StepResult } from '../actor/actor.js';
import type { Outlet } from '../actor/outlet.js';
import type { Mailbox } from '../mailbox/mailbox.js';
import type { Message } from '../message/message.js';
import type { FunctionTable, OperatorContext, OperatorDefinition, OperatorHandlers } from './define-operator.js';

export class OperatorActor extends Actor {
  readonly handlers: OperatorHandlers;
  private readonly ctx: OperatorContext;
  private readonly inputWatermarks: Float64Array;
  private readonly ended: boolean[];
  private readonly aligned: boolean[];
  private endedCount = 0;
  private alignedCount = 0;
  private pendingBarrier = -1;
  private next = 0;
  private inputWatermark = -Infinity;

  constructor(
    host: ActorHost,
    id: number,
    name: string,
    kind: ActorKind,
    inputs: readonly Mailbox[],
    outlet: Outlet,
    definition: OperatorDefinition<never>,
    node: unknown,
    inputSchemas: readonly Schema[],
    outputSchema: Schema,
    functions: FunctionTable,
    service: <T>(name: string) => T,
  ) {
    super(host, id, name, kind, inputs, outlet);
    this.inputWatermarks = new Float64Array(inputs.length).fill(-Infinity);
    this.ended = inputs.map(() => false);
    this.aligned = inputs.map(() => false);
    const actor = this;
    this.ctx = {
      name,
      clock: host.clock,
      inputSchemas,
      outputSchema,
      functions,
      get watermark() {
        return actor.inputWatermark;
      },
      inputWatermark: (input: number) => (actor.ended[input] ? Infinity : actor.inputWatermarks[input]!),
      emit: (batch: RecordBatch) => outlet.emit(batch),
      emitWatermark: (ts: number) => actor.forwardWatermark(ts),
      count: (counter: string, n?: number) => actor.count(counter, n),
      setTimer: (ms: number, fn: () => void) => actor.setTimer(ms, fn),
      service,
    };
    this.handlers = (definition as OperatorDefinition<unknown>).setup(this.ctx, node);
  }

  open(): void | Promise<void> {
    return this.handlers.open?.();
  }

  close(): void | Promise<void> {
    return this.handlers.close?.();
  }

  snapshotState(): unknown {
    return this.handlers.snapshot();
  }

  restoreState(state: unknown): void {
    this.handlers.restore(state);
  }

  hasWork(): boolean {
    const inputs = this.inputs;
    for (let i = 0; i < inputs.length; i++) if (!this.aligned[i] && inputs[i]!.length > 0) return true;
    return false;
  }

  protected step(): StepResult {
    const message = this.take();
    if (message === undefined) return IDLE;
    const input = this.next === 0 ? this.inputs.length - 1 : this.next - 1;
    switch (message.kind) {
      case 'data':
        this.rowsIn += message.batch.numRows;
        this.batchesIn++;
        return this.handlers.onBatch(message.batch, input);
      case 'watermark':
        return this.onInputWatermark(input, message.ts);
      case 'barrier':
        return this.onInputBarrier(input, message.checkpointId);
      case 'end':
        return this.onInputEnd(input);
    }
  }

  /** The next message, round-robin over inputs that are not held back by barrier alignment. */
  private take(): Message | undefined {
    const inputs = this.inputs;
    const n = inputs.length;
    for (let k = 0; k < n; k++) {
      const i = (this.next + k) % n;
      if (this.aligned[i]) continue;
      const message = inputs[i]!.poll();
      if (message !== undefined) {
        this.next = (i + 1) % n;
        return message;
      }
    }
    return undefined;
  }

  private onInputWatermark(input: number, ts: number): StepResult {
    if (ts <= this.inputWatermarks[input]!) return;
    this.inputWatermarks[input] = ts;
    this.handlers.onInputWatermark?.(input, ts);
    return this.advanceWatermark();
  }

  /** Recomputes the combined watermark; calls onWatermark (or forwards) if it advanced. */
  private advanceWatermark(): StepResult {
    let min = Infinity;
    for (let i = 0; i < this.inputs.length; i++) if (!this.ended[i]) min = Math.min(min, this.inputWatermarks[i]!);
    if (min === Infinity || min <= this.inputWatermark) return;
    this.inputWatermark = min;
    if (this.handlers.onWatermark !== undefined) return this.handlers.onWatermark(min);
    this.forwardWatermark(min);
  }

  forwardWatermark(ts: number): void {
    if (!(ts > this.watermark)) return;
    this.watermark = ts;
    this.outlet.emitWatermark(ts);
    if (this.host.inspecting) {
      this.host.publish({ type: '@runtime.watermark', pipeline: this.host.name, at: performance.now(), actor: this.name, watermark: ts });
    }
  }

  private onInputBarrier(input: number, checkpointId: number): StepResult {
    if (this.inputs.length === 1) return this.checkpoint(checkpointId);
    this.pendingBarrier = checkpointId;
    this.aligned[input] = true;
    this.alignedCount++;
    return this.maybeAligned();
  }

  private maybeAligned(): StepResult {
    if (this.pendingBarrier < 0 || this.alignedCount + this.endedCount < this.inputs.length) return;
    const id = this.pendingBarrier;
    this.pendingBarrier = -1;
    this.alignedCount = 0;
    this.aligned.fill(false);
    return this.checkpoint(id);
  }

  private checkpoint(checkpointId: number): StepResult {
    this.lifecycle.send({ type: 'CHECKPOINT' });
    // The state at the barrier, copied before any later message can change it.
    const state = structuredClone(this.handlers.snapshot());
    const done = (): void => {
      this.host.snapshotTaken(this, checkpointId, state);
      this.outlet.emitBarrier(checkpointId);
      this.lifecycle.send({ type: 'CHECKPOINTED' });
    };
    // A sink pre-commits before it reports, so the checkpoint completes only after every pre-commit.
    const result = this.handlers.onBarrier?.(checkpointId);
    if (result !== undefined) return result.then(done);
    done();
  }

  private onInputEnd(input: number): StepResult {
    if (this.ended[input]) return;
    this.ended[input] = true;
    this.endedCount++;
    if (this.aligned[input]) {
      this.aligned[input] = false;
      this.alignedCount--;
    }
    if (this.endedCount === 1) this.lifecycle.send({ type: 'DRAIN' });
    this.handlers.onInputWatermark?.(input, Infinity);
    if (this.endedCount < this.inputs.length) {
      // An ended input no longer holds back the watermark or a barrier.
      const w = this.advanceWatermark();
      if (w !== undefined && w !== IDLE) return w.then(() => this.maybeAligned());
      return this.maybeAligned();
    }
    const result = this.handlers.onEnd?.();
    if (result !== undefined) return result.then(() => this.endOfStream());
    this.endOfStream();
  }

  private endOfStream(): void {
    this.outlet.emitEnd();
    this.finish();
  }
}
