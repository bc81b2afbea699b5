/**
 * The actor that runs a source definition: polls when downstream has room, injects checkpoint
 * barriers between polls, and emits end of stream when the source is exhausted.
 */
import { Actor, IDLE, type ActorHost, type StepResult } from '../actor/actor.js';
import type { Outlet } from '../actor/outlet.js';
import type { Schema } from '../batch/types.js';
import type { PollResult, SourceContext, SourceDefinition, SourceHandlers } from './define-source.js';

export class SourceActor extends Actor {
  readonly handlers: SourceHandlers;
  private idle = false;
  private ended = false;
  private barriers: number[] = [];
  private wakes = 0;
  private endRequested = false;
  private paused = false;

  constructor(host: ActorHost, id: number, name: string, outlet: Outlet, definition: SourceDefinition<never>, node: unknown, readonly schema: Schema, service: <T>(name: string) => T) {
    super(host, id, name, 'source', [], outlet);
    const ctx: SourceContext = {
      name,
      clock: host.clock,
      schema,
      emit: (batch) => outlet.emit(batch),
      emitWatermark: (ts) => this.forwardWatermark(ts),
      wake: () => {
        this.wakes++;
        this.idle = false;
        this.wake();
      },
      count: (counter, n) => this.count(counter, n),
      setTimer: (ms, fn) => this.setTimer(ms, fn),
      service,
    };
    this.handlers = (definition as SourceDefinition<unknown>).setup(ctx, node);
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

  /** Queues a checkpoint barrier; it is emitted before the next poll. */
  injectBarrier(checkpointId: number): void {
    this.barriers.push(checkpointId);
    this.wake();
  }

  hasWork(): boolean {
    return this.barriers.length > 0 || this.endRequested || (!this.idle && !this.ended && !this.paused);
  }

  /** Stops polling (barriers and end requests still go through) until `resume()`. */
  pause(): void {
    this.paused = true;
  }

  resume(): void {
    if (!this.paused) return;
    this.paused = false;
    this.wake();
  }

  get isPaused(): boolean {
    return this.paused;
  }

  protected step(): StepResult {
    if (this.barriers.length > 0) {
      const id = this.barriers.shift()!;
      this.host.snapshotTaken(this, id, structuredClone(this.handlers.snapshot()));
      this.outlet.emitBarrier(id);
      return;
    }
    if (this.endRequested) return this.after('end', 0);
    if (this.ended || this.idle || this.paused) return IDLE;
    const wakes = this.wakes;
    const result = this.handlers.poll();
    if (typeof result === 'string') return this.after(result, wakes);
    return result.then((r) => void this.after(r, wakes));
  }

  /** Ends the source at its next step (graceful stop of a source that would run forever). */
  requestEnd(): void {
    this.endRequested = true;
    this.wake();
  }

  private after(result: PollResult, wakesBefore: number): StepResult {
    if (result === 'more') return;
    if (result === 'idle') {
      // A wake during an asynchronous poll must not be lost.
      if (this.wakes !== wakesBefore) return;
      this.idle = true;
      return IDLE;
    }
    this.ended = true;
    this.lifecycle.send({ type: 'DRAIN' });
    this.outlet.emitEnd();
    this.finish();
    return IDLE;
  }

  forwardWatermark(ts: number): void {
    if (!(ts > this.watermark)) return;
    this.watermark = ts;
    this.outlet.emitWatermark(ts);
    if (this.host.inspecting) {
      this.host.publish({ type: '@runtime.watermark', pipeline: this.host.name, at: performance.now(), actor: this.name, watermark: ts });
    }
  }
}
