/**
 * A running dataflow: the actors built from a plan, their mailboxes, the pipeline lifecycle, and
 * the application-facing calls (insert, subscribe, flush, checkpoint, stop). The pipeline is
 * also the supervisor: the first actor failure fails the whole pipeline, every subscriber
 * receives the error naming the actor, waiting inserts reject, resources close, and `done`
 * rejects (without ever surfacing as an unhandled rejection).
 */
import { Observable, Subject } from 'rxjs';
import { plan } from '../../specs/index.js';
import { Actor } from '../actor/actor.js';
import { createLifecycle, isFinal, statusOf, type Lifecycle, type LifecycleStatus } from '../actor/lifecycle.js';
import type { RecordBatch } from '../batch/batch.js';
import { coerceBatch } from '../batch/coerce.js';
import { rowsToBatch, batchToRows } from '../batch/rows.js';
import type { Row, Schema } from '../batch/types.js';
import { CheckpointCoordinator, type Checkpoint } from '../checkpoint/coordinator.js';
import { systemClock, type Clock } from '../clock/clock.js';
import { ActorFailedError, CommitUnknownError, didYouMean, NotFoundError, PipelineStateError, PlanError } from '../errors/errors.js';
import type { ActorMetrics, InspectionEvent } from '../inspect/events.js';
import { Mailbox, type MailboxMetrics } from '../mailbox/mailbox.js';
import type { AggregateUdf, FunctionTable, ScalarUdf } from '../operator/define-operator.js';
import { OperatorActor } from '../operator/operator-actor.js';
import { Scheduler, type SchedulerMetrics } from '../scheduler/scheduler.js';
import type { SinkOperatorHandlers } from '../sink/define-sink.js';
import { SourceActor } from '../source/source-actor.js';
import { Subscription, type Attach, type SubscribeOptions, type SubscriptionListener } from '../subscribe/subscription.js';
import { buildGraph, type Graph } from './build.js';
import { chainOperators } from './chain.js';
import { Wiring } from './wiring.js';
import type { Registry } from './registry.js';

/** Options of a pipeline. */
export interface PipelineOptions {
  readonly registry: Registry;
  readonly clock?: Clock;
  /** Share one scheduler between pipelines (default: one each). */
  readonly scheduler?: Scheduler;
  /** Default mailbox budget in rows per edge (default 8192). */
  readonly capacity?: number;
  /** JS functions the plan refers to by name (Dataflow `filter(fn)`, `map(fn)`). */
  readonly functions?: Readonly<Record<string, (row: Row) => unknown>>;
  /**
   * Resume operator state and source positions from this checkpoint. Actors added later by
   * `extend` take their state from it too, once, by name (a database re-creates its objects one
   * statement at a time); checkpoint ids continue after its id.
   */
  readonly restore?: Pick<Checkpoint, 'id' | 'states'>;
  /**
   * Makes a completed checkpoint durable before any sink commits it (the decision point of the
   * two-phase commit). If it throws, the checkpoint fails and sinks roll the epoch back.
   */
  readonly persist?: (checkpoint: Checkpoint) => void | Promise<void>;
  /**
   * State kept outside actors that belongs to the cut at an actor's barrier (a view's rows, fed
   * by a tap on the actor's output): called as the actor snapshots; the entries join the
   * checkpoint's states under their own keys (`takeRestoreState` gives them back).
   */
  readonly sideState?: (actor: string) => Readonly<Record<string, unknown>> | undefined;
  /** Services connectors look up by name (`ctx.service(name)`), e.g. the `collect` store. */
  readonly services?: Readonly<Record<string, unknown>>;
  /** Scalar UDFs expressions may call, by (lower-case) name. */
  readonly udfs?: Readonly<Record<string, ScalarUdf>>;
  /** Aggregate UDFs window and group aggregates may call, by (lower-case) name. */
  readonly udafs?: Readonly<Record<string, AggregateUdf>>;
  /** Fuse adjacent filters and projections into one actor (default true). */
  readonly chain?: boolean;
  /**
   * Contain failures: an actor that fails takes down only itself and what reads from it (those
   * nodes are removed, their subscribers get the error) and this is called; the rest runs on.
   * Without it, any failure fails the whole pipeline. A database uses it so one bad query does
   * not stop the others.
   */
  readonly onIsolatedFailure?: (failure: IsolatedFailure) => void;
  /**
   * Keep running when every actor has finished (bounded sources ended): the pipeline ends only
   * by `stop()` or `cancel()`. A database uses it, since new queries may come at any time.
   */
  readonly keepRunning?: boolean;
}

/** What `onIsolatedFailure` reports. */
export interface IsolatedFailure {
  readonly error: ActorFailedError;
  /** The failed node and every node downstream of it, all removed. */
  readonly nodes: readonly string[];
}

/** Counters of a pipeline. */
export interface PipelineMetrics {
  readonly name: string;
  readonly status: LifecycleStatus;
  readonly actors: ActorMetrics[];
  readonly mailboxes: Record<string, MailboxMetrics>;
  readonly scheduler: SchedulerMetrics;
  /** Live subscriptions. */
  readonly subscribers: number;
}

/** Default mailbox budget in rows. */
export const DEFAULT_CAPACITY = 8192;

/**
 * A running dataflow built from a plan. The `Dataflow` API builds these for you (`flow.build()`
 * returns a `Job`, a Pipeline with its collect tables); build one directly from plan messages,
 * for example a decoded `plan.Plan`, with a Registry.
 *
 * @example
 * ```ts
 * const pipeline = new Pipeline(plan.Plan.decode(bytes), { registry: defaultRegistry });
 * pipeline.subscribe('per_minute').subscribe((rows) => console.log(rows));
 * await pipeline.start();
 * await pipeline.insert('trades', rows);
 * await pipeline.stop();
 * ```
 */
export class Pipeline {
  readonly name: string;
  readonly scheduler: Scheduler;
  readonly clock: Clock;
  readonly lifecycle: Lifecycle;
  /** Resolves when the pipeline stopped (all inputs ended, or stop/cancel); rejects if it failed. */
  readonly done: Promise<void>;

  private readonly wiring = new Wiring();
  private readonly subscriptions = new Set<{ node: string; listener: SubscriptionListener; detach(): void }>();
  private readonly inspector = new Subject<InspectionEvent>();
  private readonly coordinator: CheckpointCoordinator;
  private readonly functions: Record<string, (row: Row) => unknown>;
  private failure: ActorFailedError | undefined;
  private finishing = false;
  /** States of the restore checkpoint not yet given to an actor. */
  private readonly restoring: Map<string, unknown>;
  private readonly removals = new Set<Promise<void>>();
  private resolveDone!: () => void;
  private rejectDone!: (error: unknown) => void;

  constructor(p: plan.Plan, private readonly options: PipelineOptions) {
    this.functions = { ...options.functions };
    this.restoring = new Map(Object.entries(options.restore?.states ?? {}));
    const graph = buildGraph(options.chain === false ? p : chainOperators(p), options.registry, new Map(), functionTable(this.functions, options.udfs ?? {}, options.udafs ?? {}));
    this.name = graph.name;
    this.clock = options.clock ?? systemClock;
    this.scheduler = options.scheduler ?? new Scheduler();
    this.lifecycle = createLifecycle(this.name);
    this.done = new Promise<void>((resolve, reject) => {
      this.resolveDone = resolve;
      this.rejectDone = reject;
    });
    // `done` is for those who await it; a failure must not also surface as an unhandled rejection.
    this.done.catch(() => {});
    this.lifecycle.subscribe((s) => {
      if (this.inspecting) this.publish({ type: '@runtime.pipeline', pipeline: this.name, at: performance.now(), status: statusOf(s) });
    });
    this.coordinator = new CheckpointCoordinator(this.name, {
      participants: () => this.wiring.actors.filter((a) => !a.isHalted).map((a) => a.name),
      inject: (id) => this.wiring.sources.forEach((s) => !s.isHalted && s.injectBarrier(id)),
      complete: (checkpoint) => this.commit(checkpoint),
      now: () => this.clock.now(),
    }, (options.restore?.id ?? 0) + 1);
    this.instantiate(graph);
  }

  /** The validated graph: every node (in the order added) and edge. */
  get graph(): Graph {
    const nodes = [...this.wiring.nodes.values()];
    const byName = new Map(nodes.map((n) => [n.name, n]));
    return { name: this.name, nodes, edges: [...this.wiring.edges], byName: (n) => byName.get(n) };
  }

  private instantiate(graph: Graph): Actor[] {
    return this.wiring.build(graph, {
      host: this.host(),
      functions: this.functionTable(),
      services: this.options.services ?? {},
      capacity: this.options.capacity || DEFAULT_CAPACITY,
    });
  }

  /**
   * Adds plan nodes to the pipeline; edges may start at existing nodes. On a running pipeline
   * the new actors open and start at once and see the data that flows from then on.
   * JS row functions the fragment refers to come in `functions`. `options.created` runs once the
   * actors exist, before any of them can run (a tap on a new node sees its first row).
   */
  async extend(fragment: plan.Plan, functions: Readonly<Record<string, (row: Row) => unknown>> = {}, options: { pausedSources?: boolean; created?: () => void } = {}): Promise<string[]> {
    const { names, opened } = this.extendNow(fragment, functions, options);
    options.created?.();
    await opened;
    if (this.failure !== undefined) throw this.failure;
    return names;
  }

  /**
   * Checks that a fragment would extend the pipeline (names, edges, schemas, options) without
   * building anything; throws the error `extend` would.
   */
  validate(fragment: plan.Plan, functions: Readonly<Record<string, (row: Row) => unknown>> = {}): void {
    buildGraph(this.options.chain === false ? fragment : chainOperators(fragment), this.options.registry, this.wiring.nodes, functionTable({ ...this.functions, ...functions }, this.options.udfs ?? {}, this.options.udafs ?? {}));
  }

  /**
   * `extend` in two halves: the graph is validated and its actors exist (and can be subscribed
   * to) when this returns; the promise settles once they opened. Actors whose `open` is
   * synchronous (operators) run at once.
   */
  extendNow(fragment: plan.Plan, functions: Readonly<Record<string, (row: Row) => unknown>> = {}, options: { pausedSources?: boolean } = {}): { names: string[]; opened: Promise<void> } {
    if (this.failure !== undefined) throw this.failure;
    if (isFinal(this.status) || this.status === 'draining') throw new PipelineStateError(`pipeline '${this.name}' is ${this.status}; it cannot grow`);
    Object.assign(this.functions, functions);
    const graph = buildGraph(this.options.chain === false ? fragment : chainOperators(fragment), this.options.registry, this.wiring.nodes, functionTable(this.functions, this.options.udfs ?? {}, this.options.udafs ?? {}));
    const created = this.instantiate(graph);
    // Paused sources produce nothing until `resumeSources` (readers are wired first).
    if (options.pausedSources === true) for (const a of created) if (a instanceof SourceActor) a.pause();
    const names = created.map((a) => a.name);
    if (this.status === 'created') return { names, opened: Promise.resolve() };
    for (const actor of created) this.restoreActor(actor);
    const pending: Promise<void>[] = [];
    const started = (actor: Actor) => {
      if (this.failure !== undefined || actor.isHalted) return;
      actor.lifecycle.send({ type: 'STARTED' });
      if (actor instanceof SourceActor) actor.wake();
    };
    // A fragment that cannot open is taken out again; the running pipeline carries on.
    let rolledBack: Promise<never> | undefined;
    const rollback = (actor: Actor, error: unknown): Promise<never> => (rolledBack ??= (async () => {
      await this.remove(names.filter((n) => this.wiring.byName.has(n)));
      throw error instanceof ActorFailedError ? error : new ActorFailedError(actor.name, error);
    })());
    for (const actor of created) {
      actor.lifecycle.send({ type: 'START' });
      let opened: void | Promise<void>;
      try {
        opened = actor.open();
      } catch (error) {
        const failed = Promise.all(pending).catch(() => {}).then(() => rollback(actor, error));
        return { names, opened: failed };
      }
      if (opened === undefined) started(actor);
      else pending.push(opened.then(() => started(actor), (error: unknown) => rollback(actor, error)));
    }
    return { names, opened: Promise.all(pending).then(() => undefined) };
  }

  /**
   * Removes nodes (and their actors) by name. Every node that reads from a removed node must be
   * removed in the same call. Subscriptions to removed nodes complete.
   */
  remove(names: readonly string[]): Promise<void> {
    const removal = this.removeNow(names);
    this.removals.add(removal);
    const forget = () => void this.removals.delete(removal);
    removal.then(forget, forget);
    return removal;
  }

  private async removeNow(names: readonly string[]): Promise<void> {
    const gone = new Set(names);
    for (const name of names) this.node(name);
    this.wiring.checkRemovable(gone);
    const actors = names.map((n) => this.wiring.byName.get(n)!);
    this.wiring.disconnect(actors);
    // A checkpoint in flight no longer waits for them.
    for (const actor of actors) this.coordinator.finished(actor.name, null);
    for (const s of [...this.subscriptions]) {
      if (gone.has(s.node)) {
        s.detach();
        s.listener.complete();
      }
    }
    await Promise.all(actors.map(async (actor) => {
      try {
        await actor.close();
      } catch (error) {
        if (this.inspecting) this.publish({ type: '@runtime.error', pipeline: this.name, at: performance.now(), actor: actor.name, error });
      }
      if (!isFinal(actor.status)) actor.lifecycle.send({ type: 'STOP' });
    }));
    this.wiring.forget(actors);
  }

  /** The pipeline lifecycle status. */
  get status(): LifecycleStatus {
    return statusOf(this.lifecycle.getSnapshot());
  }

  /** Whether anyone subscribed to `inspect()`. */
  get inspecting(): boolean {
    return this.inspector.observed;
  }

  /** The function table actors of this pipeline see (row functions and UDFs). */
  functionTable(): FunctionTable {
    return functionTable(this.functions, this.options.udfs ?? {}, this.options.udafs ?? {});
  }

  /** The services given to the pipeline. */
  services(): Readonly<Record<string, unknown>> {
    return this.options.services ?? {};
  }

  /** The output schema of a node (source, stream or operator) by name. */
  schemaOf(name: string): Schema {
    return this.node(name).schema;
  }

  /** Opens every actor and starts the sources. Rejects (and fails the pipeline) if one cannot open. */
  async start(): Promise<void> {
    if (this.status !== 'created') throw new PipelineStateError(`pipeline '${this.name}' is ${this.status}; start() works once, on a new pipeline`);
    this.lifecycle.send({ type: 'START' });
    for (const actor of this.wiring.actors) {
      actor.lifecycle.send({ type: 'START' });
      this.restoreActor(actor);
    }
    await Promise.all(this.wiring.actors.map(async (actor) => {
      try {
        await actor.open();
      } catch (error) {
        this.fail(actor, error);
      }
    }));
    if (this.failure !== undefined) throw this.failure;
    if ((this.status as LifecycleStatus) !== 'starting') return;
    for (const actor of this.wiring.actors) actor.lifecycle.send({ type: 'STARTED' });
    this.lifecycle.send({ type: 'STARTED' });
    for (const source of this.wiring.sources) source.wake();
  }

  /**
   * Pushes rows (plain objects or an Arrow batch) into a push source. Resolves once the source's
   * buffer accepted them; waits while it is full. Rejects with a SchemaError for rows that do not
   * match the source schema (nothing of that call is inserted).
   */
  insert(source: string, rows: readonly Row[] | RecordBatch, tag?: bigint): Promise<void> {
    try {
      const push = this.ingress(source);
      return push.insert(this.toBatch(source, rows), tag) ?? Promise.resolve();
    } catch (err) {
      return Promise.reject(err);
    }
  }

  /** Rows (or a batch) as a batch of a push source's schema; throws SchemaError if they do not fit. */
  toBatch(source: string, rows: readonly Row[] | RecordBatch): RecordBatch {
    this.ingress(source);
    const schema = this.node(source).schema;
    return Array.isArray(rows) ? rowsToBatch(schema, rows as Row[]) : coerceBatch(rows as RecordBatch, schema);
  }

  /** Advances a push source's watermark to `ts` (epoch ms). */
  watermark(source: string, ts: number): Promise<void> {
    try {
      return this.ingress(source).watermark(ts) ?? Promise.resolve();
    } catch (err) {
      return Promise.reject(err);
    }
  }

  /** Ends a push source: no more rows; downstream windows flush and subscribers complete. */
  end(source: string): Promise<void> {
    try {
      return this.ingress(source).end() ?? Promise.resolve();
    } catch (err) {
      return Promise.reject(err);
    }
  }

  private ingress(source: string) {
    if (this.failure !== undefined) throw this.failure;
    if (isFinal(this.status) || this.status === 'draining') throw new PipelineStateError(`pipeline '${this.name}' is ${this.status}; it accepts no more rows`);
    const actor = this.wiring.byName.get(source);
    if (!(actor instanceof SourceActor)) {
      const names = this.wiring.sources.map((s) => s.name);
      throw new NotFoundError(`'${source}' is not a source of pipeline '${this.name}'${didYouMean(source, names)}; sources are: ${names.join(', ')}`);
    }
    const push = actor.handlers.push;
    if (push === undefined) {
      const connector = (this.node(source).body as plan.SourceNode).connector;
      throw new PlanError(`source '${source}' reads from connector '${connector}', which does not accept inserts; use a 'memory' source to push rows`);
    }
    return push;
  }

  /** Rows of every output batch of a node, as an Observable that is also an AsyncIterable. */
  subscribe(name: string, options: SubscribeOptions = {}): Subscription<Row[]> {
    return new Subscription(this.attach(name), (batch) => batchToRows(batch), options, name);
  }

  /** Every output batch of a node as Arrow record batches. */
  subscribeBatches(name: string, options: SubscribeOptions = {}): Subscription<RecordBatch> {
    return new Subscription(this.attach(name), (batch) => batch, options, name);
  }

  /**
   * Calls `onBatch` with every batch node `name` emits, synchronously as it is emitted (a state
   * that must never lag the node, such as a view's contents read together with a subscription).
   * `control.barrier` sees each checkpoint barrier the node forwards, in order with its batches
   * (batches before it belong to that checkpoint's epoch), and `control.end` its end of stream.
   * Callbacks must be quick and must not throw. Returns a function that removes the tap.
   *
   * @example
   * ```ts
   * const untap = pipeline.tap('mv', (b) => rows += b.numRows, { barrier: (id) => cuts.push([id, rows]) });
   * ```
   */
  tap(name: string, onBatch: (batch: RecordBatch) => void, control: { barrier?(checkpointId: number): void; end?(): void } = {}): () => void {
    this.node(name);
    const outlet = this.wiring.outlets.get(name)!;
    const mailbox = new Mailbox({ capacity: Number.MAX_SAFE_INTEGER, name: `${name} -> tap` });
    mailbox.consumer = {
      notify: () => {
        for (let m = mailbox.poll(); m !== undefined; m = mailbox.poll()) {
          if (m.kind === 'data') onBatch(m.batch);
          else if (m.kind === 'barrier') control.barrier?.(m.checkpointId);
          else if (m.kind === 'end') control.end?.();
        }
      },
    };
    outlet.add(mailbox);
    return () => {
      outlet.remove(mailbox);
      mailbox.close();
    };
  }

  /** Lets paused sources poll (see `extend`'s `pausedSources`). */
  resumeSources(names: readonly string[]): void {
    for (const name of names) {
      const actor = this.wiring.byName.get(name);
      if (actor instanceof SourceActor) actor.resume();
    }
  }

  /** How a Subscription attaches to a node (for facades that create nodes on demand). */
  attacher(name: string): Attach {
    return this.attach(name);
  }

  private attach(name: string): Attach {
    const node = this.node(name);
    if (node.kind === 'sink') throw new PlanError(`'${name}' is a sink; subscribe to the stream it reads instead`);
    const outlet = this.wiring.outlets.get(name)!;
    const actor = this.wiring.byName.get(name)!;
    return (options, listener) => {
      if (this.failure !== undefined) {
        listener.error(this.failure);
        return undefined;
      }
      if (actor.isHalted || isFinal(this.status)) {
        listener.complete();
        return undefined;
      }
      const mailbox = new Mailbox({ capacity: options.bufferRows ?? DEFAULT_CAPACITY, overflow: options.overflow ?? 'suspend', name: `${name} -> subscriber` });
      outlet.add(mailbox);
      options.onAttach?.();
      let attached = true;
      const entry = {
        node: name,
        listener,
        detach: () => {
          if (!attached) return;
          attached = false;
          this.subscriptions.delete(entry);
          outlet.remove(mailbox);
          mailbox.close();
          options.onDetach?.();
        },
      };
      this.subscriptions.add(entry);
      return { mailbox, host: this.host(), detach: entry.detach };
    };
  }

  /** Resolves when everything accepted so far has been processed and delivered. */
  async flush(): Promise<void> {
    // Nodes being removed finish closing first, so what flush reports is settled.
    while (this.removals.size > 0) await Promise.allSettled([...this.removals]);
    // Sources that never end by themselves are cut here: what they produced so far is flushed.
    const cut = this.wiring.sources.filter((s) => s.handlers.unbounded === true && !s.isPaused && !s.isHalted);
    for (const s of cut) s.pause();
    try {
      while (!this.scheduler.idle) await this.scheduler.whenIdle();
    } finally {
      for (const s of cut) s.resume();
    }
    if (this.failure !== undefined) throw this.failure;
  }

  /**
   * Takes a checkpoint: barriers flow from the sources, every actor snapshots, sinks commit.
   * Resolves with the checkpoint, which `restore` accepts when building a new pipeline.
   */
  checkpoint(): Promise<Checkpoint> {
    if (this.failure !== undefined) return Promise.reject(this.failure);
    if (this.status !== 'running' && this.status !== 'checkpointing') {
      return Promise.reject(new PipelineStateError(`pipeline '${this.name}' is ${this.status}; checkpoints need a running pipeline`));
    }
    this.lifecycle.send({ type: 'CHECKPOINT' });
    const done = () => {
      if (this.coordinator.inFlight === 0) this.lifecycle.send({ type: 'CHECKPOINTED' });
    };
    return this.coordinator.trigger().finally(done);
  }

  /**
   * The newest checkpoint id started (the restored id before any, 0 in a fresh pipeline) and how
   * many checkpoints are in flight, whose barriers may still be on their way through the graph.
   */
  get checkpointProgress(): { readonly started: number; readonly inFlight: number } {
    return { started: this.coordinator.lastStarted, inFlight: this.coordinator.inFlight };
  }

  /** Graceful stop: sources end, in-flight data drains to the sinks, then resources close. */
  async stop(): Promise<void> {
    if (this.status === 'created') {
      this.lifecycle.send({ type: 'STOP' });
      await this.closeAll();
      this.resolveDone();
      return this.done;
    }
    if (isFinal(this.status)) return this.done;
    this.lifecycle.send({ type: 'DRAIN' });
    await Promise.all(this.wiring.sources.map((s) => {
      if (s.isHalted) return undefined;
      if (s.handlers.push !== undefined) return s.handlers.push.end()?.catch(() => {});
      s.requestEnd();
      return undefined;
    }));
    // A pipeline with no actors left has nothing to drain.
    this.finishIfDone();
    return this.done;
  }

  /** Abrupt stop: in-flight data is discarded, subscribers complete, resources close. */
  async cancel(): Promise<void> {
    if (isFinal(this.status)) return this.done.catch(() => {});
    const error = new PipelineStateError(`pipeline '${this.name}' was cancelled`);
    this.haltAll(error);
    this.coordinator.abort(error);
    for (const s of [...this.subscriptions]) {
      s.detach();
      s.listener.complete();
    }
    this.lifecycle.send({ type: 'STOP' });
    await this.closeAll();
    this.resolveDone();
  }

  /** Typed events: actor and pipeline status, backpressure, watermarks, checkpoints, errors. */
  inspect(): Observable<InspectionEvent> {
    return this.inspector.asObservable();
  }

  /** Counters of every actor and mailbox. */
  metrics(): PipelineMetrics {
    const mailboxes: Record<string, MailboxMetrics> = {};
    for (const m of this.wiring.mailboxes) mailboxes[m.name] = m.metrics();
    return { name: this.name, status: this.status, actors: this.wiring.actors.map((a) => a.metrics()), mailboxes, scheduler: this.scheduler.metrics(), subscribers: this.subscriptions.size };
  }

  private node(name: string) {
    const node = [...this.wiring.nodes.values()].find((n) => n.name === name);
    if (node === undefined) {
      const names = [...this.wiring.nodes.values()].map((n) => n.name);
      throw new NotFoundError(`pipeline '${this.name}' has no stream or node '${name}'${didYouMean(name, names)}; nodes are: ${names.join(', ')}`);
    }
    return node;
  }

  private host() {
    // Actors see the pipeline only through this narrow interface.
    const self = this;
    return {
      name: this.name,
      scheduler: this.scheduler,
      clock: this.clock,
      get inspecting() {
        return self.inspecting;
      },
      publish: (event: InspectionEvent) => this.inspector.next(event),
      fail: (actor: Actor, error: unknown) => this.fail(actor, error),
      snapshotTaken: (actor: Actor, id: number, state: unknown) => this.snapshotTaken(actor, id, state),
      finished: (actor: Actor) => this.finished(actor),
    };
  }

  private publish(event: InspectionEvent): void {
    this.inspector.next(event);
  }

  private snapshotTaken(actor: Actor, checkpointId: number, state: unknown): void {
    if (this.inspecting) this.publish({ type: '@runtime.checkpoint', pipeline: this.name, at: performance.now(), checkpointId, actor: actor.name, phase: 'snapshot' });
    const side = this.options.sideState?.(actor.name);
    if (side !== undefined) for (const [key, value] of Object.entries(side)) this.coordinator.report(key, checkpointId, value);
    this.coordinator.report(actor.name, checkpointId, state);
  }

  /** Gives an actor its state from the restore checkpoint (once; a later actor of that name starts fresh). */
  private restoreActor(actor: Actor): void {
    if (!this.restoring.has(actor.name)) return;
    const state = this.restoring.get(actor.name);
    this.restoring.delete(actor.name);
    actor.restoreState(structuredClone(state));
  }

  /** A restore state that is not an actor's (see `sideState`), once; undefined if none. */
  takeRestoreState(key: string): unknown {
    const state = this.restoring.get(key);
    this.restoring.delete(key);
    return state;
  }

  /**
   * Commits checkpoint `id` at every sink: once it is complete, and again after a restart from a
   * checkpoint whose commit was decided, which sinks may not have done before the crash (sink
   * commits are idempotent).
   */
  async commitSinks(id: number): Promise<void> {
    for (const sink of this.sinkHandlers()) await sink.commit?.(id);
  }

  /** The two-phase-commit side of every sink. */
  private sinkHandlers(): SinkOperatorHandlers[] {
    return this.wiring.actors.filter((a) => a.kind === 'sink').map((a) => (a as OperatorActor & { handlers: SinkOperatorHandlers }).handlers);
  }

  /** Drops the restore states no actor took: actors created from now on start fresh. */
  endRestore(): void {
    this.restoring.clear();
  }

  private async commit(checkpoint: Checkpoint): Promise<void> {
    if (this.options.persist !== undefined) {
      try {
        await this.options.persist(checkpoint);
      } catch (error) {
        // Rolling back an epoch whose checkpoint may be committed on disk would lose its output.
        if (!(error instanceof CommitUnknownError)) for (const sink of this.sinkHandlers()) await sink.rollback?.(checkpoint.id);
        throw error;
      }
    }
    await this.commitSinks(checkpoint.id);
    for (const source of this.wiring.sources) await source.handlers.committed?.(checkpoint.id);
    if (this.inspecting) this.publish({ type: '@runtime.checkpoint', pipeline: this.name, at: performance.now(), checkpointId: checkpoint.id, phase: 'complete' });
  }

  private finished(actor: Actor): void {
    if (this.wiring.byName.get(actor.name) !== actor) return;
    // The final state stands in for the snapshot of a checkpoint in flight; with none, copying it
    // (a join's kept rows, say) would only delay the end of a bounded stream.
    if (this.coordinator.inFlight > 0) this.coordinator.finished(actor.name, structuredClone(actor.snapshotState()));
    this.finishIfDone();
  }

  /** Once every actor halted (or there are none), the pipeline closes and `done` resolves. */
  private finishIfDone(): void {
    if (this.finishing || !this.wiring.actors.every((a) => a.isHalted) || this.failure !== undefined || isFinal(this.status)) return;
    if (this.options.keepRunning === true && (this.status === 'running' || this.status === 'checkpointing' || this.status === 'created' || this.status === 'starting')) return;
    this.finishing = true;
    if (this.status === 'running' || this.status === 'checkpointing') this.lifecycle.send({ type: 'DRAIN' });
    void this.closeAll().then(() => {
      this.lifecycle.send({ type: 'STOP' });
      this.resolveDone();
    });
  }

  private fail(actor: Actor, error: unknown): void {
    if (this.failure !== undefined || isFinal(this.status)) return;
    const failure = error instanceof ActorFailedError ? error : new ActorFailedError(actor.name, error);
    const isolate = this.options.onIsolatedFailure;
    if (isolate !== undefined && this.wiring.byName.get(actor.name) === actor) {
      this.isolate(actor, error, failure, isolate);
      return;
    }
    this.failure = failure;
    if (!isFinal(actor.status)) actor.lifecycle.send({ type: 'FAIL', error });
    if (this.inspecting) this.publish({ type: '@runtime.error', pipeline: this.name, at: performance.now(), actor: actor.name, error });
    this.haltAll(failure);
    this.coordinator.abort(failure);
    for (const s of [...this.subscriptions]) {
      s.detach();
      s.listener.error(failure);
    }
    this.lifecycle.send({ type: 'FAIL', error: failure });
    void this.closeAll().then(() => this.rejectDone(failure));
  }

  /** Removes the failed actor and everything downstream of it; the rest keeps running. */
  private isolate(actor: Actor, error: unknown, failure: ActorFailedError, report: (f: IsolatedFailure) => void): void {
    const doomed = this.wiring.downstreamOf(actor.name);
    if (!isFinal(actor.status)) actor.lifecycle.send({ type: 'FAIL', error });
    if (this.inspecting) this.publish({ type: '@runtime.error', pipeline: this.name, at: performance.now(), actor: actor.name, error });
    for (const s of [...this.subscriptions]) {
      if (!doomed.has(s.node)) continue;
      s.detach();
      s.listener.error(failure);
    }
    const nodes = [...doomed];
    // Report first, so the owner knows before anyone looks (removal finishes asynchronously).
    report({ error: failure, nodes });
    void this.remove(nodes);
  }

  private haltAll(error: Error): void {
    for (const a of this.wiring.actors) a.halt();
    for (const m of this.wiring.mailboxes) m.close(error);
    for (const s of this.wiring.sources) s.handlers.abort?.(error);
  }

  private closed = false;

  /** Closes every actor once; errors while closing are reported, never thrown. */
  private async closeAll(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    for (const a of this.wiring.actors) a.halt();
    await Promise.all(this.wiring.actors.map(async (actor) => {
      try {
        await actor.close();
      } catch (error) {
        if (this.inspecting) this.publish({ type: '@runtime.error', pipeline: this.name, at: performance.now(), actor: actor.name, error });
      }
    }));
    for (const actor of this.wiring.actors) {
      if (!isFinal(actor.status)) actor.lifecycle.send({ type: 'STOP' });
    }
  }
}

function functionTable(functions: Readonly<Record<string, (row: Row) => unknown>>, udfs: Readonly<Record<string, ScalarUdf>>, udafs: Readonly<Record<string, AggregateUdf>>): FunctionTable {
  return {
    udf: (name) => udfs[name.toLowerCase()],
    udaf: (name) => udafs[name.toLowerCase()],
    row(name) {
      const fn = functions[name];
      if (fn === undefined) throw new PlanError(`the plan refers to JS function '${name}', which was not registered with the pipeline`);
      return fn;
    },
  };
}
