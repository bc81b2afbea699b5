/**
 * The database catalog: every named object (sources, streams, materialized views, tables, sinks)
 * with its DDL, columns, pipeline nodes and dependencies. It implements the planner's catalog
 * interface, typing expressions with the runtime's own binder so the planner and the engine agree.
 */
import { bind, findFunction, functionNames } from '../operators/index.js';
import { makeSchema, PlanError, type FieldSpec, type Row, type ScalarUdf, type AggregateUdf } from '../runtime/index.js';
import type { plan } from '../specs/index.js';
import type { Column, ObjectKind, PlannerCatalog, Relation } from '../sql/index.js';
import type { Snapshotable } from './stores.js';
import type { RetainedHistory } from './history-ring.js';

/** One catalog entry. */
export interface DbObject {
  readonly kind: ObjectKind;
  readonly name: string;
  /** Canonical DDL (what SHOW CREATE prints). */
  readonly sql: string;
  readonly columns: readonly Column[];
  /** The node whose output is the relation (sources: after the watermark). */
  readonly nodeId?: number;
  /** Pipeline node names this object owns (removed by DROP). */
  readonly nodes: readonly string[];
  /** The node name subscriptions read. */
  readonly subscribeNode?: string;
  /** Names of the relations it reads. */
  readonly dependsOn: readonly string[];
  readonly eventTime?: string;
  readonly watermark?: string;
  readonly connector?: string;
  readonly format?: string;
  readonly options?: Readonly<Record<string, string>>;
  readonly store?: Snapshotable;
  readonly primaryKey?: readonly string[];
  /** VARCHAR(n) limits by column, checked on insert. */
  readonly maxLengths?: Readonly<Record<string, number>>;
  /** Constant DEFAULT values by column, applied on insert. */
  readonly defaults?: Readonly<Record<string, unknown>>;
  /** For sinks: the relation they read. */
  readonly from?: string;
  /** Why it stopped, when a row or connector error failed it (it keeps no pipeline nodes then). */
  readonly failure?: string;
  /** What its change stream's rows mean (default `append`); `retract` rows carry `__weight`. */
  readonly changelog?: 'append' | 'retract' | 'upsert';
  /** The key of an `upsert` change stream. */
  readonly upsertKey?: readonly string[];
  /** Lookup tables: the key their source finds rows by, and whether conditions are pushed to it. */
  readonly lookup?: { readonly key: string; readonly pushdown: boolean };
  /** Streams and views with 'retain_history': their recent changes by epoch (SUBSCRIBE ... AS OF EPOCH). */
  readonly history?: RetainedHistory;
  /** Sources with a watermark: the node before it and its definition (see Relation.raw). */
  readonly raw?: { readonly nodeId: number; readonly column: string; readonly delayMs: number; readonly partitionColumn?: string; readonly idleTimeoutMs?: number };
}

export class DbCatalog implements PlannerCatalog {
  private readonly objects = new Map<string, DbObject>();
  private nodeId = 1;

  /** `udfs` is shared with the pipeline's function table: registering once serves both. */
  constructor(private readonly udfs: Readonly<Record<string, ScalarUdf>>, private readonly udafs: Readonly<Record<string, AggregateUdf>>) {}

  get(name: string): DbObject | undefined {
    return this.objects.get(name);
  }

  all(): DbObject[] {
    return [...this.objects.values()];
  }

  add(object: DbObject): void {
    if (this.objects.has(object.name)) throw new PlanError(`'${object.name}' exists already`);
    this.objects.set(object.name, object);
  }

  replace(object: DbObject): void {
    this.objects.set(object.name, object);
  }

  remove(name: string): void {
    this.objects.delete(name);
  }

  /** Objects that read `name`, directly. */
  dependents(name: string): DbObject[] {
    return this.all().filter((o) => o.dependsOn.includes(name) || o.from === name);
  }

  // ---- PlannerCatalog ----

  lookup(name: string): Relation | undefined {
    const o = this.objects.get(name);
    if (o === undefined) return undefined;
    return {
      kind: o.kind,
      name: o.name,
      columns: o.columns,
      ...(o.nodeId !== undefined ? { nodeId: o.nodeId } : {}),
      ...(o.eventTime !== undefined ? { eventTime: o.eventTime } : {}),
      // A lookup table has no change stream: streams look it up, snapshot queries cannot scan it.
      stored: o.store !== undefined || o.kind === 'lookup table',
      ...(o.lookup !== undefined ? { lookup: o.lookup } : {}),
      ...(o.changelog !== undefined ? { changelog: o.changelog } : {}),
      ...(o.upsertKey !== undefined ? { upsertKey: o.upsertKey } : {}),
      ...(o.raw !== undefined ? { raw: o.raw } : {}),
    };
  }

  names(): string[] {
    return [...this.objects.keys()];
  }

  typeOf(expr: plan.Expr, columns: readonly Column[]): string {
    return bind(expr, makeSchema(columns as FieldSpec[]), this.udfResolver()).type;
  }

  hasFunction(name: string): boolean {
    return findFunction(name) !== undefined || this.udfs[name.toLowerCase()] !== undefined;
  }

  aggregate(name: string): { arg: string; returns: string } | undefined {
    const u = this.udafs[name.toLowerCase()];
    return u === undefined ? undefined : { arg: u.arg, returns: u.returns };
  }

  functionNames(): string[] {
    return [...functionNames(), ...Object.keys(this.udfs), ...Object.keys(this.udafs)];
  }

  nextNodeId(): number {
    return this.nodeId++;
  }

  /**
   * Ids for temporary queries, from a range of their own: the objects DDL creates get the same
   * ids (and so the same actor names) whenever the statements run again in order, which is how
   * a durable database matches checkpointed state to re-created actors.
   */
  /** The id the next DDL node gets (a durable database replays each statement from its own). */
  get nodeIdCursor(): number {
    return this.nodeId;
  }

  set nodeIdCursor(id: number) {
    this.nodeId = id;
  }

  nextTempId(): number {
    return this.tempId++;
  }
  private tempId = 1_000_000_000;

  /** UDF signatures for the binder. */
  udfResolver(): (name: string) => ScalarUdf | undefined {
    return (name) => this.udfs[name.toLowerCase()];
  }
}

/** Applies DEFAULTs and checks VARCHAR(n) limits on rows headed into an object. */
export function prepareRows(object: DbObject, rows: readonly Row[]): Row[] {
  const defaults = object.defaults ?? {};
  const limits = object.maxLengths ?? {};
  const hasDefaults = Object.keys(defaults).length > 0;
  const hasLimits = Object.keys(limits).length > 0;
  if (!hasDefaults && !hasLimits) return rows as Row[];
  return rows.map((row, r) => {
    let out = row;
    if (hasDefaults) {
      out = { ...row };
      for (const [k, v] of Object.entries(defaults)) if (out[k] === undefined) out[k] = v;
    }
    for (const [k, max] of Object.entries(limits)) {
      const v = out[k];
      if (typeof v === 'string' && [...v].length > max) {
        throw new PlanError(`row ${r}: value of column '${k}' has ${[...v].length} characters, more than its VARCHAR(${max})`);
      }
    }
    return out;
  });
}

/** The columns of an object's change stream: a changelog's rows carry `__weight`. */
export function streamColumns(object: DbObject): Column[] {
  return object.changelog === 'retract' ? [...object.columns, { name: '__weight', type: 'int32', nullable: false }] : [...object.columns];
}
