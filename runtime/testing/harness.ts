/**
 * A test bench for one operator: feeds a marble timeline into its inputs, runs the real actor
 * (watermark combination, barrier alignment, end of stream, error capture) on a private
 * scheduler, and renders what it emitted as a timeline.
 *
 * @example
 * ```ts
 * const out = await runOperator(filter, { expr: col('qty').gt(1).node }, [schema], `
 *   [sym:utf8 qty:int32]
 *   + A 1
 *   + B 2
 *   w(10)
 *   |
 * `);
 * // out === '[sym:utf8 qty:int32]\n+ B 2\nw(10)\n|'
 * ```
 */
import type { ActorHost } from '../actor/actor.js';
import { Outlet } from '../actor/outlet.js';
import type { Schema } from '../batch/types.js';
import { SimulatedClock, type Clock } from '../clock/clock.js';
import type { InspectionEvent } from '../inspect/events.js';
import { Mailbox } from '../mailbox/mailbox.js';
import type { Message } from '../message/message.js';
import type { FunctionTable, OperatorDefinition } from '../operator/define-operator.js';
import { OperatorActor } from '../operator/operator-actor.js';
import { Scheduler } from '../scheduler/scheduler.js';
import { parseTimeline, renderTimeline } from './marble.js';
import type { Row } from '../batch/types.js';

/** Options of an operator bench. */
export interface HarnessOptions {
  readonly clock?: Clock;
  readonly functions?: Readonly<Record<string, (row: Row) => unknown>>;
  readonly services?: Readonly<Record<string, unknown>>;
  /** Restore this state before the first message. */
  readonly restore?: unknown;
}

/** One operator instance under test. */
export class OperatorHarness<N> {
  readonly scheduler = new Scheduler();
  readonly clock: Clock;
  readonly inputs: Mailbox[];
  readonly output: Mailbox;
  readonly actor: OperatorActor;
  /** Messages emitted so far. */
  readonly emitted: Message[] = [];
  /** Snapshots by checkpoint id. */
  readonly snapshots = new Map<number, unknown>();
  /** The error the actor failed with, if any. */
  error: unknown;
  finished = false;

  constructor(definition: OperatorDefinition<N>, node: N, inputSchemas: readonly Schema[], options: HarnessOptions = {}) {
    this.clock = options.clock ?? new SimulatedClock(0);
    this.inputs = inputSchemas.map((_, i) => new Mailbox({ capacity: Number.MAX_SAFE_INTEGER, name: `input ${i}` }));
    this.output = new Mailbox({ capacity: Number.MAX_SAFE_INTEGER, name: 'output' });
    const outlet = new Outlet();
    outlet.add(this.output);
    this.output.consumer = { notify: () => this.drain() };
    const host: ActorHost = {
      name: 'harness',
      scheduler: this.scheduler,
      clock: this.clock,
      inspecting: false,
      publish: (_e: InspectionEvent) => {},
      fail: (actor, error) => {
        this.error ??= error;
        actor.halt();
      },
      snapshotTaken: (_actor, id, state) => void this.snapshots.set(id, state),
      finished: () => void (this.finished = true),
    };
    const functions: FunctionTable = {
      row: (name) => {
        const fn = options.functions?.[name];
        if (fn === undefined) throw new Error(`harness has no function '${name}'`);
        return fn;
      },
      udf: () => undefined,
      udaf: () => undefined,
    };
    const service = <T>(name: string): T => options.services?.[name] as T;
    const outputSchema = definition.outputSchema(node, inputSchemas, { functions });
    this.actor = new OperatorActor(host, 0, definition.name, 'operator', this.inputs, outlet, definition as OperatorDefinition<never>, node, inputSchemas, outputSchema, functions, service);
    if (options.restore !== undefined) this.actor.restoreState(options.restore);
    this.actor.lifecycle.send({ type: 'START' });
    this.actor.lifecycle.send({ type: 'STARTED' });
  }

  /** Opens the operator (its `open` handler). */
  async open(): Promise<void> {
    await this.actor.open();
  }

  /** Feeds a marble timeline, processing after each entry, and returns what was emitted meanwhile. */
  async feed(timeline: string): Promise<string> {
    const from = this.emitted.length;
    for (const entry of parseTimeline(timeline)) {
      const mailbox = this.inputs[entry.input];
      if (mailbox === undefined) throw new Error(`the operator has ${this.inputs.length} input(s); the timeline uses @${entry.input}`);
      mailbox.offer(entry.message);
      await this.settle();
    }
    return renderTimeline(this.emitted.slice(from));
  }

  /** Runs until nothing is left to do. */
  async settle(): Promise<void> {
    while (!this.scheduler.idle) await this.scheduler.whenIdle();
  }

  /** Everything emitted so far as a timeline. */
  rendered(): string {
    return renderTimeline(this.emitted);
  }

  private drain(): void {
    for (let m = this.output.poll(); m !== undefined; m = this.output.poll()) this.emitted.push(m);
  }
}

/** Runs `timeline` through a fresh operator and returns its output timeline; rejects if it failed. */
export async function runOperator<N>(definition: OperatorDefinition<N>, node: N, inputSchemas: readonly Schema[], timeline: string, options: HarnessOptions = {}): Promise<string> {
  const h = new OperatorHarness(definition, node, inputSchemas, options);
  await h.open();
  const out = await h.feed(timeline);
  if (h.error !== undefined) throw h.error;
  return out;
}
