/**
 * The database behind the `LaminarDB` facade: one long-running pipeline that DDL grows and
 * shrinks, the catalog, the stores of views and tables, session settings, cursors and the
 * temporary streams of continuous queries. Statement execution lives in execute.ts and friends;
 * this class holds the state they share.
 */
import { connectorRegistry, type CollectStore } from '../connectors/index.js';
import { operatorRegistry } from '../operators/index.js';
import {
  lockDirectory,
  mergeRegistries,
  parseBytes,
  Pipeline,
  PipelineStateError,
  PlanError,
  Scheduler,
  STATE_BUDGET_SERVICE,
  StateBudget,
  systemClock,
  WatermarkAlignment,
  type Clock,
  type Registry,
  type Row,
  type AggregateUdf,
  type Checkpoint,
  type DirectoryLock,
  type IsolatedFailure,
  type ScalarUdf,
} from '../runtime/index.js';
import type { plan } from '../specs/index.js';
import { DbCatalog, type DbObject } from './catalog.js';
import { rowsSource, snapshotSource, Stores } from './stores.js';
import { tableSink } from './table-sink.js';
import { LookupTables } from './lookup-store.js';
import { DbDataflow } from './dataflow.js';
import { Durability, type DurableOptions } from './durable.js';

/** Options of `LaminarDB.open`. */
export interface OpenOptions {
  /** Values for `${NAME}` placeholders in SQL. */
  readonly vars?: Readonly<Record<string, string>>;
  /**
   * A directory for durable state: the catalog, acknowledged inserts and table changes (a
   * write-ahead log) and checkpoints. Opening it again restores everything and resumes.
   */
  readonly path?: string;
  /** Durable mode only: checkpoint interval, retention and fsync policy. */
  readonly durability?: DurableOptions;
  /** The clock for processing time, now() and timers (default: the wall clock). */
  readonly clock?: Clock;
  /** Default mailbox budget in rows. */
  readonly capacity?: number;
  /** Where the stdout sink writes (default: process.stdout). */
  readonly stdout?: { write(text: string): unknown };
  /**
   * A memory budget for operator state, in bytes or as text (`'64mb'`, `'512kb'`, `'2gb'`; units
   * are powers of 1024). Unbounded GROUP BY state over it spills to an on-disk store (LMDB, in
   * `<path>/spill/` or a temp directory) and comes back when its key does; results do not change.
   * The budget counts an estimate of resident state (sampled serialized sizes), not the JS heap.
   * Without it, nothing spills and no store is opened.
   *
   * @example
   * ```ts
   * const db = await LaminarDB.open({ stateMemoryBudget: '64mb' });
   * ```
   */
  readonly stateMemoryBudget?: string | number;
  /**
   * Durable mode: the builders of the dataflows registered in earlier runs, by dataflow name
   * (their operators are code, which the log cannot hold). Opening the path rebuilds each logged
   * dataflow at its place in the catalog, so later SQL over its outputs finds them and its
   * operators get their checkpointed state back. A logged dataflow without a builder here is an
   * error naming it. (Builders are not registered by `open`; register new dataflows with
   * `db.dataflow(name)`. An in-memory database has nothing to rebuild.)
   *
   * @example
   * ```ts
   * const big = (flow: DbDataflow) => flow.from('trades').filter(col('qty').gt(100)).as('big_trades');
   * const db = await LaminarDB.open({ path: './state', dataflows: { big } });
   * if (!db.streams().some((s) => s.name === 'big_trades')) {
   *   const flow = db.dataflow('big');
   *   big(flow);
   *   await flow.register();
   * }
   * ```
   */
  readonly dataflows?: Readonly<Record<string, (flow: DbDataflow) => void>>;
}

/** Session settings (`SET key = value`). */
export interface Settings {
  /** `null` (default): row errors give NULL and are counted; `fail`: they fail the query. */
  on_error: 'null' | 'fail';
  /** Only UTC: timestamps are UTC instants and are shown in UTC. */
  timezone: 'UTC';
}

/** A cursor over a subscription (DECLARE ... CURSOR FOR SUBSCRIBE). */
export interface Cursor {
  readonly name: string;
  readonly columns: readonly { readonly name: string; readonly type: string; readonly nullable: boolean }[];
  readonly buffer: Row[];
  /** Set when the subscription failed; FETCH reports it. */
  readonly failure: unknown;
  close(): void;
}

/** A continuous query a SELECT or SUBSCRIBE started. */
export interface TempQuery {
  readonly id: string;
  readonly sql: string;
  readonly nodes: readonly string[];
  /** Relations the query reads (DROP ... CASCADE stops it too). */
  readonly dependsOn: readonly string[];
  subscribers: number;
}

export const DB_SERVICES = { stores: 'stores', lookups: 'lookups', collect: 'collect', stdout: 'stdout' } as const;

export class Database {
  readonly udfs: Record<string, ScalarUdf> = {};
  readonly udafs: Record<string, AggregateUdf> = {};
  readonly catalog = new DbCatalog(this.udfs, this.udafs);
  readonly stores = new Stores();
  /** Lookup tables' sources, caches settings and stats (the `lookups` service). */
  readonly lookups = new LookupTables();
  readonly registry: Registry;
  readonly pipeline: Pipeline;
  readonly scheduler: Scheduler;
  readonly clock: Clock;
  readonly settings: Settings = { on_error: 'null', timezone: 'UTC' };
  readonly cursors = new Map<string, Cursor>();
  /**
   * Connector sources that have not started: a source with a connector starts producing once
   * something reads it (a stream, view, sink or subscription), after the statements that create
   * those readers are in place, so a bounded generator is read from its first row.
   */
  readonly pendingSources = new Set<string>();

  /** Starts the pending sources in `names` (or every one some object reads, by default). */
  startSources(names?: readonly string[]): void {
    const ready = [...this.pendingSources].filter((n) => (names !== undefined ? names.includes(n) : this.catalog.dependents(n).length > 0));
    for (const n of ready) this.pendingSources.delete(n);
    if (ready.length > 0) this.pipeline.resumeSources(ready);
  }
  readonly queries = new Map<string, TempQuery>();
  /** Rows were inserted since the last flush: the next snapshot of a view flushes first. */
  unflushedWrites = false;
  /** The last completed checkpoint (SHOW CHECKPOINT STATUS). */
  lastCheckpoint: { readonly id: number; readonly completedAt: number } | undefined;
  private nextQuery = 1;
  closed = false;
  /** The durable directory's lock (released on close). */
  lock: DirectoryLock | undefined;
  /** RESTORE FROM CHECKPOINT: rolls back and reopens (set by the LaminarDB that owns this database). */
  rollBack: ((checkpoint: number) => Promise<void>) | undefined;
  /** Durable mode's log and checkpoints (undefined in memory). */
  durable: Durability | undefined;
  /** The state memory budget operators share (`stateMemoryBudget`), if one was set. */
  readonly stateBudget: StateBudget | undefined;

  private constructor(readonly options: OpenOptions, readonly collect: CollectStore, restore?: { id: number; states: Record<string, unknown> }, functions?: Pick<Database, 'udfs' | 'udafs'>) {
    // A database reopened in place (RESTORE) keeps the JS functions registered with it.
    Object.assign(this.udfs, functions?.udfs);
    Object.assign(this.udafs, functions?.udafs);
    this.clock = options.clock ?? systemClock;
    this.scheduler = new Scheduler();
    this.stateBudget = options.stateMemoryBudget !== undefined ? new StateBudget(parseBytes(options.stateMemoryBudget, 'stateMemoryBudget'), options.path !== undefined ? { path: options.path } : {}) : undefined;
    this.registry = mergeRegistries(operatorRegistry, connectorRegistry, {
      sources: { snapshot: snapshotSource, rows: rowsSource },
      sinks: { table: tableSink },
    });
    this.pipeline = new Pipeline({ name: 'laminardb', nodes: [], edges: [] }, {
      registry: this.registry,
      clock: this.clock,
      scheduler: this.scheduler,
      ...(options.capacity !== undefined ? { capacity: options.capacity } : {}),
      services: { stores: this.stores, lookups: this.lookups, collect, stdout: options.stdout ?? process.stdout, alignment: new WatermarkAlignment(this.clock), ...(options.durability?.fs !== undefined ? { fs: options.durability.fs } : {}), ...(this.stateBudget !== undefined ? { [STATE_BUDGET_SERVICE]: this.stateBudget } : {}) },
      udfs: this.udfs,
      udafs: this.udafs,
      onIsolatedFailure: (f) => this.failed(f),
      keepRunning: true,
      ...(restore !== undefined ? { restore } : {}),
      ...(options.path !== undefined ? { persist: (c: Checkpoint) => this.durable!.persist(c), sideState: (actor: string) => this.viewState(actor) } : {}),
    });
  }

  /**
   * Opens a database with its pipeline running: in memory, or (with `path`) restored from the
   * newest committed checkpoint there and the log after it. `run` executes replayed statements.
   */
  static async open(options: OpenOptions, collect: CollectStore, run?: (db: Database, sql: string) => Promise<unknown>, functions?: Pick<Database, 'udfs' | 'udafs'>): Promise<Database> {
    if (options.stateMemoryBudget !== undefined) parseBytes(options.stateMemoryBudget, 'stateMemoryBudget');
    if (options.path === undefined) {
      const db = new Database(options, collect);
      await db.pipeline.start();
      return db;
    }
    const durability = options.durability ?? {};
    const lock = lockDirectory(options.path);
    let db: Database | undefined;
    try {
      const point = Durability.restorePoint(options.path, durability);
      const { checkpoint, lastId: last } = point;
      db = new Database(options, collect, checkpoint !== undefined ? { id: last, states: checkpoint.states } : last > 0 ? { id: last, states: {} } : undefined, functions);
      db.lock = lock;
      await db.pipeline.start();
      const opened = db;
      db.durable = await Durability.recover(db, options.path, durability, point, { sql: (sql) => run!(opened, sql), dataflow: (name) => opened.buildDataflow(name) });
      return db;
    } catch (err) {
      if (db !== undefined) await db.pipeline.cancel().catch(() => {});
      lock.release();
      throw err;
    }
  }

  /** Rebuilds the logged dataflow `name` from `options.dataflows`. */
  private async buildDataflow(name: string): Promise<void> {
    const build = this.options.dataflows?.[name];
    if (build === undefined) {
      throw new PlanError(`the log of this database holds dataflow '${name}', registered in an earlier run; pass its builder when opening: LaminarDB.open({ path, dataflows: { '${name}': (flow) => ... } })`);
    }
    const flow = new DbDataflow(this, name);
    build(flow);
    await flow.register();
  }

  /** A materialized view's rows at its output actor's barrier (durable mode's checkpoints). */
  private viewState(actor: string): Record<string, unknown> | undefined {
    const view = this.catalog.get(actor);
    if (view?.kind !== 'materialized view' || view.store === undefined || view.subscribeNode !== actor) return undefined;
    if (this.durable === undefined) return undefined;
    try {
      return this.durable.viewState(view.name, view.store);
    } catch (error) {
      // Not the view's failure: the checkpoint fails (and the database stops taking writes).
      this.durable.viewFailed(error);
      return undefined;
    }
  }

  /** Adds plan nodes to the running pipeline. */
  async extend(fragment: Omit<plan.Plan, 'name'>, functions: Readonly<Record<string, (row: Row) => unknown>> = {}): Promise<void> {
    await this.pipeline.extend({ name: 'laminardb', ...fragment }, functions);
  }

  /** Removes the pipeline nodes of catalog objects. */
  async removeNodes(objects: readonly DbObject[]): Promise<void> {
    const names = objects.flatMap((o) => o.nodes);
    if (names.length > 0) await this.pipeline.remove(names);
  }

  /**
   * A failure took these nodes out: the objects that owned them stop (and say why in SHOW and
   * on subscribe); continuous queries over them end. Everything else runs on.
   */
  private failed(f: IsolatedFailure): void {
    const gone = new Set(f.nodes);
    const reason = f.error.cause instanceof Error ? f.error.cause.message : f.error.message;
    const origin = this.catalog.all().find((o) => o.nodes.includes(f.error.actor ?? ''))?.name
      ?? [...this.queries.values()].find((q) => q.nodes.includes(f.error.actor ?? ''))?.id;
    for (const o of this.catalog.all()) {
      if (!o.nodes.some((n) => gone.has(n))) continue;
      const kept = o.nodes.filter((n) => !gone.has(n));
      this.catalog.replace({ ...o, nodes: kept, failure: origin === undefined || origin === o.name ? reason : `'${origin}', which it reads, failed: ${reason}` });
    }
    for (const q of [...this.queries.values()]) if (q.nodes.some((n) => gone.has(n))) this.queries.delete(q.id);
  }

  /** A fresh id for a continuous query. */
  queryId(): string {
    return `query${this.nextQuery++}`;
  }

  assertOpen(): void {
    if (this.closed) throw new PipelineStateError('the database is closed');
  }
}
