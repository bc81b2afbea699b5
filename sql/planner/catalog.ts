/**
 * What the planner needs to know about the database, as an interface the facade implements:
 * the named relations with their columns, a typing service for expressions (the runtime's type
 * rules, so the planner and the engine agree), the registered connectors and functions, and node
 * ids for new plan nodes. The SQL layer depends on this interface only, never on the runtime.
 */
import type { plan } from '../../specs/index.js';

/** A column of a relation (structurally the runtime's FieldSpec). */
export interface Column {
  readonly name: string;
  /** A canonical column type string (`int64`, `decimal(10,2)`, `timestamp(6)`, ...). */
  readonly type: string;
  readonly nullable: boolean;
}

/** The kinds of named objects. */
export type ObjectKind = 'source' | 'stream' | 'materialized view' | 'table' | 'lookup table' | 'sink';

/** A named relation the planner can read from. */
export interface Relation {
  readonly kind: ObjectKind;
  readonly name: string;
  readonly columns: readonly Column[];
  /** The plan node whose output is this relation (undefined for relations without one). */
  readonly nodeId?: number;
  /** The event-time column, when the relation has a watermark. */
  readonly eventTime?: string;
  /** True for bounded relations that snapshot queries can read (tables, materialized views). */
  readonly stored: boolean;
  /** What its change stream's rows mean (default `append`); `retract` streams carry `__weight`. */
  readonly changelog?: 'append' | 'retract' | 'upsert';
  /** The key of an `upsert` stream. */
  readonly upsertKey?: readonly string[];
  /**
   * For sources with a watermark: the node before the watermark (every row, none dropped as late)
   * and the watermark definition, so a query with lateness can see late rows and judge them.
   */
  readonly raw?: { readonly nodeId: number; readonly column: string; readonly delayMs: number; readonly partitionColumn?: string; readonly idleTimeoutMs?: number };
  /**
   * For lookup tables (CREATE LOOKUP TABLE): the primary key their source finds rows by, and
   * whether conditions on their other columns are passed to the source (pushdown).
   */
  readonly lookup?: { readonly key: string; readonly pushdown: boolean };
}

/** The facade's side of planning. */
export interface PlannerCatalog {
  /** A relation by name (names are already normalised: unquoted names lower-cased). */
  lookup(name: string): Relation | undefined;
  /** Every relation name, for did-you-mean hints. */
  names(): string[];
  /**
   * The result type of `expr` over `columns`, or a thrown Error whose message says what is wrong
   * (unknown function, argument types). Implemented with the runtime's binder.
   */
  typeOf(expr: plan.Expr, columns: readonly Column[]): string;
  /** Whether a scalar function (or alias) exists. */
  hasFunction(name: string): boolean;
  /** Function names for did-you-mean hints. */
  functionNames(): string[];
  /** A fresh plan node id. */
  nextNodeId(): number;
  /** A user-defined aggregate: its argument type and result type. */
  aggregate?(name: string): { readonly arg: string; readonly returns: string } | undefined;
}
