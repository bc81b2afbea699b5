/**
 * The `LaminarDB` class: an embedded streaming database. SQL and the push API grow one running
 * pipeline; `flush()` makes every result deterministic, so nobody sleeps and polls.
 */
import { CollectStore } from '../connectors/index.js';
import { aggregateFunctions } from '../operators/index.js';
import {
  batchToRows,
  InvalidArgumentError,
  PlanError,
  formatType,
  Subscription,
  typeInfo,
  type PipelineMetrics,
  type RecordBatch,
  type Row,
  type SubscribeOptions,
} from '../runtime/index.js';
import { didYouMean, isBounded, parse, parseExpression, planSelect, resolveType, SqlError, type Query } from '../sql/index.js';
import type { DbObject } from './catalog.js';
import { Database, type OpenOptions } from './database.js';
import { DbDataflow } from './dataflow.js';
import { executeText, subscribeStatement } from './execute.js';
import { watermarksOf } from './show.js';
import { assertStreamable, cancelQuery, runSnapshot, startContinuous, startingSources } from './read.js';
import type { ExecuteResult, ResultColumn } from './results.js';
import { insertInto } from './write.js';

/** A catalog object as `db.sources()`, `db.streams()` and friends list it. */
export interface CatalogEntry {
  readonly name: string;
  readonly kind: 'source' | 'stream' | 'materialized view' | 'table' | 'sink';
  readonly columns: readonly ResultColumn[];
  /** The canonical DDL (`SHOW CREATE`). */
  readonly sql: string;
  /** Relations it reads. */
  readonly reads: readonly string[];
  /** The event-time column, when it has one. */
  readonly eventTime?: string;
  readonly connector?: string;
  readonly primaryKey?: readonly string[];
}

/** Options of `execute`. */
export interface ExecuteOptions {
  /** Called with each statement's result before the next statement runs. */
  readonly onResult?: (result: ExecuteResult) => void;
}

/** A running continuous query (a SELECT or SUBSCRIBE ... WHERE over streams). */
export interface QueryInfo {
  readonly id: string;
  readonly sql: string;
  readonly subscribers: number;
}

/** The signature of a scalar UDF: SQL type names (`BIGINT`, `VARCHAR`) or engine types (`int64`). */
export interface FunctionSignature {
  readonly args: readonly string[];
  readonly returns: string;
}

/** An aggregate UDF: a fold over one argument's non-NULL values per group. */
export interface AggregateFunction<S = unknown> {
  /** The state of a group before any value. */
  create(): S;
  /** The state after one more value (of the declared argument type). */
  add(state: S, value: never): S;
  /** The group's result (of the declared result type; undefined means NULL). */
  result(state: S): unknown;
}

const AGGREGATE_NAMES = new Set(Object.keys(aggregateFunctions));

/** A SQL type name or an engine type as the canonical engine type. */
function engineType(type: string, what: string): string {
  try {
    return formatType(typeInfo(type));
  } catch {
    // not an engine type: read it as SQL
  }
  try {
    const cast = parseExpression(`CAST(NULL AS ${type})`);
    if (cast.kind !== 'cast') throw new Error('not a type');
    return resolveType(cast.type).type;
  } catch (err) {
    throw new InvalidArgumentError(`${what}: '${type}' is not a type (${err instanceof SqlError ? err.detail : (err as Error).message}); use SQL names like BIGINT, DOUBLE, VARCHAR, TIMESTAMP or engine types like int64`);
  }
}

/** Opens a database whose replayed statements run through the SQL executor. */
function openDatabase(options: OpenOptions, collect: CollectStore, functions?: Pick<Database, 'udfs' | 'udafs'>): Promise<Database> {
  return Database.open(options, collect, (db, sql) => executeText(db, sql), functions);
}

/**
 * An embedded streaming SQL database.
 *
 * @example
 * ```ts
 * import { LaminarDB } from 'laminardb';
 *
 * const db = await LaminarDB.open();
 * await db.execute(`
 *   CREATE SOURCE trades (sym VARCHAR, price DOUBLE, qty BIGINT, ts TIMESTAMP,
 *                         WATERMARK FOR ts AS ts - INTERVAL '1' SECOND);
 *   CREATE STREAM big AS SELECT sym, price * qty AS notional FROM trades WHERE qty > 100;
 * `);
 * db.subscribe('big').subscribe((rows) => console.log(rows));
 * await db.insert('trades', [{ sym: 'AAPL', price: 190.5, qty: 200n, ts: Date.now() }]);
 * await db.flush(); // the subscriber has seen the row
 * await db.close();
 * ```
 */
export class LaminarDB {
  private db!: Database;

  private constructor(db: Database) {
    this.adopt(db);
  }

  /** Makes `db` the database this object drives (on open, and again after RESTORE reopens it). */
  private adopt(db: Database): void {
    this.db = db;
    db.rollBack = (id) => this.rollBack(id);
  }

  /**
   * Opens a database: in memory, or durable with `path`. A durable database logs every DDL
   * statement, acknowledged insert and table change, takes checkpoints (`CHECKPOINT`,
   * `db.checkpoint()` or `durability.checkpointIntervalMs`), and on the next open with the same
   * path restores every object and resumes from the newest committed checkpoint plus the log.
   *
   * @example
   * ```ts
   * const db = await LaminarDB.open({ path: './state', durability: { checkpointIntervalMs: 1000 } });
   * ```
   */
  static async open(options: OpenOptions = {}): Promise<LaminarDB> {
    return new LaminarDB(await openDatabase(options, new CollectStore()));
  }

  /**
   * Takes a checkpoint: a consistent cut of every operator's state (and, in a durable database,
   * written to disk and committed before sinks commit). Resolves with its id.
   *
   * @example
   * ```ts
   * const { id } = await db.checkpoint();
   * ```
   */
  async checkpoint(): Promise<{ id: number; completedAt: number }> {
    this.db.assertOpen();
    const c = await (this.db.durable !== undefined ? this.db.durable.checkpoint() : this.db.pipeline.checkpoint());
    this.db.lastCheckpoint = { id: c.id, completedAt: c.completedAt };
    return { id: c.id, completedAt: c.completedAt };
  }

  /**
   * Runs one or more `;`-separated statements; one result per statement. It stops at the first
   * error (a `SqlError` with code, position and excerpt); the statements before it took effect.
   * `onResult` sees each result before the next statement runs: subscribe there to a live
   * result of a script whose later statements insert rows.
   */
  async execute(sql: string, options: ExecuteOptions = {}): Promise<ExecuteResult[]> {
    if (typeof sql !== 'string') throw InvalidArgumentError.format('sql', 'a string of SQL statements', sql);
    try {
      return await executeText(this.db, sql, options.onResult);
    } finally {
      // Sources with connectors start once the statements that read them are all in place.
      this.db.startSources();
    }
  }

  /**
   * Pushes rows (plain objects, see docs/sql.md for the JS type of each SQL type) or an Arrow
   * batch into a source, or upserts them into a table. Resolves with the row count once accepted.
   */
  insert(name: string, rows: readonly Row[] | RecordBatch): Promise<number> {
    return insertInto(this.db, name, rows);
  }

  /** Advances a source's watermark to `ts` (epoch ms or a Date): windows up to it may close. */
  watermark(source: string, ts: number | Date): Promise<void> {
    const object = this.db.catalog.get(source);
    if (object?.kind !== 'source') return Promise.reject(new PlanError(`no source named '${source}'${didYouMean(source, this.db.catalog.all().filter((o) => o.kind === 'source').map((o) => o.name))}`));
    return this.db.pipeline.watermark(source, ts instanceof Date ? ts.getTime() : ts);
  }

  /**
   * The current event-time watermark of every source with `WATERMARK FOR`, and the database's:
   * the minimum over them (the slowest source holds it back). `null` before a source's first
   * watermark. `lagMs` is how far each trails the clock.
   *
   * @example
   * ```ts
   * await db.insert('trades', [{ sym: 'A', ts: 5000 }]);
   * await db.insert('orders', [{ id: 1, ts: 2000 }]);
   * await db.flush();
   * db.watermarks().global; // 2000
   * ```
   */
  watermarks(): { global: number | null; sources: Record<string, { watermark: number | null; lagMs: number | null }> } {
    return watermarksOf(this.db);
  }

  /**
   * Live rows of a source, stream, materialized view or sink, or of a `SELECT` over them (which
   * runs as a continuous query until the last subscriber leaves). Changelog results carry
   * `__weight` (+1 insert, -1 retraction). One array of rows per output batch.
   */
  subscribe(target: string, options: SubscribeOptions = {}): Subscription<Row[]> {
    this.db.assertOpen();
    const object = this.db.catalog.get(target);
    if (object !== undefined) {
      if (object.failure !== undefined) throw new PlanError(`${object.kind} '${target}' failed (${object.failure}); DROP it and create it again`);
      if (object.subscribeNode === undefined) throw new PlanError(`'${target}' is a ${object.kind} and has no change stream yet; read it with db.query('SELECT * FROM ${target}')`);
      return new Subscription(startingSources(this.db, this.db.pipeline.attacher(object.subscribeNode), [object.name, ...object.dependsOn]), (b) => batchToRows(b), options, target);
    }
    if (!/\s/.test(target.trim())) throw new PlanError(`no object named '${target}'${didYouMean(target, this.db.catalog.names())}; subscribe to a source, stream, view or sink, or pass a SELECT`);
    const statements = parse(target, this.varsOption());
    const [s] = statements;
    if (statements.length !== 1 || (s!.kind !== 'query-statement' && s!.kind !== 'subscribe')) {
      throw new PlanError('subscribe() takes one SELECT or SUBSCRIBE statement (or the name of a stream); run other statements with execute()');
    }
    if (s!.kind === 'subscribe') return subscribeStatement(this.db, s!, target).subscription;
    const query: Query = s!.query;
    const logical = planSelect(query, target, this.db.catalog);
    if (isBounded(logical)) throw new PlanError('this query reads only tables and views: it has a result, not a stream; use db.query(sql)');
    assertStreamable(this.db, logical, target, query.span, 'a continuous query');
    return startContinuous(this.db, logical, target.trim(), options, { text: target, span: query.span });
  }

  /**
   * Runs a snapshot query over tables, materialized views and VALUES, or any statement that
   * returns rows (SHOW, DESCRIBE, EXPLAIN); returns the rows.
   */
  async query(sql: string): Promise<Row[]> {
    this.db.assertOpen();
    const statements = parse(sql, this.varsOption());
    if (statements.length !== 1) throw new PlanError(`query() takes exactly one statement, got ${statements.length}; use execute() for scripts`);
    const s = statements[0]!;
    if (s.kind === 'query-statement') {
      const logical = planSelect(s.query, sql, this.db.catalog);
      if (!isBounded(logical)) throw new PlanError('this query reads streams, which never end; use db.subscribe(sql) for live results, or create a MATERIALIZED VIEW and query that');
      return (await runSnapshot(this.db, logical, undefined, { text: sql, span: s.query.span })).rows;
    }
    const [result] = await executeText(this.db, sql);
    if (result!.rows === undefined) throw new PlanError(`${result!.statement} returns no rows; use execute()`);
    return [...result!.rows];
  }

  /** Resolves when everything accepted so far is processed and delivered to sinks and subscribers. */
  flush(): Promise<void> {
    this.db.unflushedWrites = false;
    return this.db.pipeline.flush();
  }

  /** Stops gracefully: sources end, open windows fire, subscribers complete. */
  async close(): Promise<void> {
    await LaminarDB.shutdown(this.db, 'checkpoint');
  }

  /**
   * Stops a database: a durable one without ending its sources (open windows stay open in the
   * checkpoint and fire after the next open, instead of firing now and again after replay),
   * after a last checkpoint unless it was rolled back.
   */
  private static async shutdown(db: Database, last: 'checkpoint' | 'abandon'): Promise<void> {
    if (db.closed) return;
    for (const c of db.cursors.values()) c.close();
    db.cursors.clear();
    db.closed = true;
    try {
      if (db.durable !== undefined) {
        const stop = () => db.pipeline.cancel();
        await (last === 'checkpoint' ? db.durable.close(stop) : db.durable.abandon(stop));
      } else await db.pipeline.stop();
      await db.lookups.closeAll();
    } finally {
      db.lock?.release();
    }
  }

  /**
   * RESTORE FROM CHECKPOINT n: records the rollback, stops this database (subscriptions and
   * cursors end), opens the path again (which restores checkpoint n) and takes the first
   * checkpoint of the new timeline.
   */
  private async rollBack(id: number): Promise<void> {
    const old = this.db;
    await old.durable!.rollBack(id);
    await LaminarDB.shutdown(old, 'abandon');
    this.adopt(await openDatabase(old.options, old.collect, old));
    await this.checkpoint();
  }

  /** Sources, with columns and event time. */
  sources(): CatalogEntry[] {
    return this.entries('source');
  }

  /** Streams (CREATE STREAM and registered dataflows). */
  streams(): CatalogEntry[] {
    return this.entries('stream');
  }

  /** Sinks. */
  sinks(): CatalogEntry[] {
    return this.entries('sink');
  }

  /** Materialized views. */
  materializedViews(): CatalogEntry[] {
    return this.entries('materialized view');
  }

  /** Tables. */
  tables(): CatalogEntry[] {
    return this.entries('table');
  }

  /** Continuous queries started by SELECT or SUBSCRIBE ... WHERE over streams. */
  queries(): QueryInfo[] {
    return [...this.db.queries.values()].map((q) => ({ id: q.id, sql: q.sql, subscribers: q.subscribers }));
  }

  /** Stops a continuous query; its subscribers complete. */
  cancelQuery(id: string): Promise<boolean> {
    return cancelQuery(this.db, id);
  }

  /**
   * Registers a function for SQL. With a JS function it is a scalar UDF: arguments are cast to
   * `args` before the call; NULL in any argument gives NULL without calling; a throw is a row
   * error (NULL and a count, or a failure with `SET on_error = 'fail'`). With an
   * `{ create, add, result }` object it is an aggregate UDF over one argument, usable wherever
   * COUNT or SUM are (windowed GROUP BY, snapshot GROUP BY); it folds the non-NULL values of each
   * group. Its states must survive `structuredClone`, because checkpoints copy them.
   *
   * @example
   * ```ts
   * db.registerFunction('fee', (qty, price) => Number(qty) * price * 0.001, { args: ['BIGINT', 'DOUBLE'], returns: 'DOUBLE' });
   * db.registerFunction('spread', {
   *   create: () => ({ lo: Infinity, hi: -Infinity }),
   *   add: (s, v: number) => ({ lo: Math.min(s.lo, v), hi: Math.max(s.hi, v) }),
   *   result: (s) => (s.hi >= s.lo ? s.hi - s.lo : null),
   * }, { args: ['DOUBLE'], returns: 'DOUBLE' });
   * await db.execute('SELECT sym, spread(price) FROM trades_mv GROUP BY sym');
   * ```
   */
  registerFunction<S>(name: string, fn: ((...args: never[]) => unknown) | AggregateFunction<S>, signature: FunctionSignature): void {
    if (!/^[a-z_][a-z0-9_]*$/i.test(name)) throw InvalidArgumentError.format('function name', 'an identifier (letters, digits, _)', name);
    const key = name.toLowerCase();
    if (this.db.catalog.hasFunction(key) || this.db.catalog.aggregate(key) !== undefined || AGGREGATE_NAMES.has(key)) {
      throw new PlanError(`a function named '${key}' exists already; UDFs cannot replace functions`);
    }
    const args = (signature?.args ?? []).map((t, k) => engineType(t, `argument ${k + 1} of '${name}'`));
    const returns = engineType(signature?.returns ?? '', `result of '${name}'`);
    if (typeof fn === 'function') {
      this.db.udfs[key] = { name: key, fn: fn as (...args: unknown[]) => unknown, args, returns };
      return;
    }
    const agg = fn as AggregateFunction<S>;
    if (agg === null || typeof agg !== 'object' || typeof agg.create !== 'function' || typeof agg.add !== 'function' || typeof agg.result !== 'function') {
      throw InvalidArgumentError.format(`function '${name}'`, 'a function, or an aggregate { create(), add(state, value), result(state) }', fn);
    }
    if (args.length !== 1) throw new InvalidArgumentError(`aggregate '${name}' takes exactly one argument; its signature lists ${args.length}`);
    this.db.udafs[key] = { name: key, arg: args[0]!, returns, create: () => agg.create(), add: (s, v) => agg.add(s as S, v as never), result: (s) => agg.result(s as S) };
  }

  /** A Dataflow builder whose pipelines read this database's relations (`from(name)`). */
  dataflow(name = 'dataflow'): DbDataflow {
    this.db.assertOpen();
    return new DbDataflow(this.db, name);
  }

  /** Live metrics of the database pipeline: per-actor rows, batches, busy time, mailboxes. */
  metrics(): PipelineMetrics {
    return this.db.pipeline.metrics();
  }

  private varsOption() {
    return this.db.options.vars !== undefined ? { vars: this.db.options.vars } : {};
  }

  private entries(kind: CatalogEntry['kind']): CatalogEntry[] {
    return this.db.catalog.all().filter((o) => o.kind === kind).sort((a, b) => (a.name < b.name ? -1 : 1)).map(entry);
  }
}

function entry(o: DbObject): CatalogEntry {
  return {
    name: o.name,
    kind: o.kind as CatalogEntry['kind'],
    columns: o.columns.map((c) => ({ name: c.name, type: c.type, nullable: c.nullable })),
    sql: o.sql,
    reads: o.dependsOn,
    ...(o.eventTime !== undefined ? { eventTime: o.eventTime } : {}),
    ...(o.connector !== undefined ? { connector: o.connector } : {}),
    ...(o.primaryKey !== undefined && o.primaryKey.length > 0 ? { primaryKey: o.primaryKey } : {}),
  };
}
