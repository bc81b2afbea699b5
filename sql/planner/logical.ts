/**
 * The logical plan: a tree of relational operators over named columns. The query planner builds
 * it, the rules rewrite it, the physical lowering turns it into plan messages.
 */
import type { plan } from '../../specs/index.js';
import type { Column, Relation } from './catalog.js';

/** A sort key. */
export interface SortKey {
  readonly expr: plan.Expr;
  readonly descending: boolean;
  readonly nullsFirst: boolean;
}

/** A window aggregate's window. */
export type WindowShape =
  | { readonly kind: 'tumbling'; readonly sizeMs: number; readonly offsetMs: number }
  | { readonly kind: 'sliding'; readonly sizeMs: number; readonly slideMs: number; readonly offsetMs: number }
  | { readonly kind: 'cumulate'; readonly stepMs: number; readonly sizeMs: number; readonly offsetMs: number }
  | { readonly kind: 'session'; readonly gapMs: number };

/** When an aggregate over a stream emits (plan.proto's Emit). */
export interface EmitSpec {
  readonly mode: 'close' | 'final' | 'update' | 'changes' | 'every';
  readonly everyMs: number;
}

/**
 * What a relation's rows mean: `append` rows only add; `retract` rows carry `__weight` (+1 adds,
 * -1 removes a row); `upsert` rows replace the previous row with the same key.
 */
export type ChangelogKind = 'append' | 'retract' | 'upsert';

/** An aggregate call. */
export interface AggregateCall {
  readonly name: string;
  readonly fn: string;
  /** The value (none for COUNT(*)), then constant arguments (a separator, a fraction). */
  readonly args: readonly plan.Expr[];
  readonly distinct: boolean;
  readonly filter?: plan.Expr;
  readonly orderBy: readonly SortKey[];
}

/** The plan message of an aggregate call. */
export function toPlanCall(a: AggregateCall): plan.AggregateCall {
  return {
    name: a.name, function: a.fn, args: [...a.args], distinct: a.distinct,
    ...(a.filter ? { filter: a.filter } : {}),
    orderBy: a.orderBy.map((k) => ({ expr: k.expr, descending: k.descending, nullsFirst: k.nullsFirst })),
  };
}

/** Every expression an aggregate call reads. */
export function callExprs(a: AggregateCall): plan.Expr[] {
  return [...a.args, ...(a.filter ? [a.filter] : []), ...a.orderBy.map((k) => k.expr)];
}

/** One window function call of an over node. */
export interface OverCall {
  readonly name: string;
  /** row_number, rank, ..., lag, lead, first_value, last_value, nth_value, or `aggregate`. */
  readonly fn: string;
  readonly args: readonly plan.Expr[];
  readonly frame?: plan.Frame;
  readonly aggregate?: AggregateCall;
}

/** How an over node runs (plan.proto's OverNode.Mode). */
export type OverMode = 'changelog' | 'watermark' | 'bounded';

/** Join types the engine runs (RIGHT joins are LEFT joins with the inputs swapped). */
export type JoinKind = 'inner' | 'left' | 'full' | 'semi' | 'anti';

/** An interval join's bound: rightTime - leftTime within [lowerMs, upperMs]. */
export interface IntervalSpec {
  readonly leftTime: string;
  readonly rightTime: string;
  readonly lowerMs: number;
  readonly upperMs: number;
  readonly leftLagMs: number;
  readonly rightLagMs: number;
}

/** The inputs of a node. */
export function inputsOf(node: Logical): readonly Logical[] {
  switch (node.kind) {
    case 'scan': case 'values': return [];
    case 'union': return node.inputs;
    case 'join': case 'asof-join': case 'temporal-probe': case 'temporal-join': return [node.left, node.right];
    default: return [node.input];
  }
}

/** A logical operator. Every node knows its output columns. */
export type Logical =
  | {
      readonly kind: 'scan';
      readonly relation: Relation;
      readonly columns: readonly Column[];
      /** Read a source's rows before its watermark drops late ones (a query with lateness judges them). */
      readonly keepLate?: boolean;
    }
  | { readonly kind: 'values'; readonly rows: readonly (readonly plan.Expr[])[]; readonly columns: readonly Column[] }
  | { readonly kind: 'filter'; readonly input: Logical; readonly predicate: plan.Expr; readonly columns: readonly Column[] }
  | { readonly kind: 'project'; readonly input: Logical; readonly exprs: readonly { readonly name: string; readonly expr: plan.Expr }[]; readonly columns: readonly Column[] }
  | { readonly kind: 'union'; readonly inputs: readonly Logical[]; readonly columns: readonly Column[] }
  | { readonly kind: 'sort'; readonly input: Logical; readonly keys: readonly SortKey[]; readonly columns: readonly Column[] }
  | { readonly kind: 'limit'; readonly input: Logical; readonly limit: number; readonly offset: number; readonly columns: readonly Column[] }
  | {
      /**
       * Grouped aggregation without a window: of a bounded input, one row per group when it ends
       * (emit `close`); of a stream, the running result (`changes`, `update`, `every`).
       */
      readonly kind: 'aggregate';
      readonly input: Logical;
      readonly keys: readonly string[];
      readonly aggregates: readonly AggregateCall[];
      readonly emit: EmitSpec;
      readonly ttlMs: number;
      readonly columns: readonly Column[];
    }
  | {
      readonly kind: 'window-aggregate';
      readonly input: Logical;
      readonly keys: readonly string[];
      readonly window: WindowShape;
      readonly timeColumn: string;
      readonly aggregates: readonly AggregateCall[];
      readonly emit: EmitSpec;
      readonly latenessMs: number;
      /** LATE DATA TO: the name of the stream of rows too late for every window. */
      readonly lateTo?: string;
      /** Keyed watermarks: windows close per key on the key's own progress. */
      readonly keyed?: { readonly delayMs: number; readonly idleMs: number };
      readonly columns: readonly Column[];
    }
  | {
      /** Drops rows behind the watermark (a stateless query over late-kept rows); LATE DATA TO sends them on. */
      readonly kind: 'late-filter';
      readonly input: Logical;
      readonly timeColumn: string;
      readonly lateTo?: string;
      readonly columns: readonly Column[];
    }
  | {
      /**
       * An equi-join (plan.proto's JoinNode): output the left columns, then the right ones (not
       * for SEMI/ANTI), then `__weight` when it is a changelog. RIGHT joins arrive swapped.
       */
      readonly kind: 'join';
      readonly left: Logical;
      readonly right: Logical;
      readonly type: JoinKind;
      readonly leftKeys: readonly string[];
      readonly rightKeys: readonly string[];
      readonly condition?: plan.Expr;
      readonly interval?: IntervalSpec;
      readonly bounded: boolean;
      readonly ttlMs: number;
      readonly columns: readonly Column[];
    }
  | {
      /** ASOF join (plan.proto's AsofJoinNode): left columns, then the right ones, nullable. */
      readonly kind: 'asof-join';
      readonly left: Logical;
      readonly right: Logical;
      readonly leftKeys: readonly string[];
      readonly rightKeys: readonly string[];
      readonly leftTime: string;
      readonly rightTime: string;
      readonly direction: 'backward' | 'forward' | 'nearest';
      readonly strict: boolean;
      /** Largest time distance of a match (Infinity: none). */
      readonly toleranceMs: number;
      readonly eager: boolean;
      readonly columns: readonly Column[];
    }
  | {
      /**
       * Temporal probe join (plan.proto's TemporalProbeJoinNode): each left row once per offset,
       * with the last right row of its key at or before left time + offset; output the left
       * columns, the right ones (nullable), then `offsetColumn` and `probeTimeColumn`.
       */
      readonly kind: 'temporal-probe';
      readonly left: Logical;
      readonly right: Logical;
      readonly type: 'inner' | 'left';
      readonly leftKeys: readonly string[];
      readonly rightKeys: readonly string[];
      readonly leftTime: string;
      readonly rightTime: string;
      readonly offsetsMs: readonly number[];
      readonly leftLagMs: number;
      readonly rightLagMs: number;
      readonly offsetColumn: string;
      readonly probeTimeColumn: string;
      readonly columns: readonly Column[];
    }
  | {
      /**
       * Lookup join (plan.proto's LookupJoinNode): each input row with the rows of `table` as
       * it is when the row arrives; output the input's columns, then the table's, named
       * `outputNames`.
       */
      readonly kind: 'lookup-join';
      readonly input: Logical;
      readonly table: Relation;
      readonly outputNames: readonly string[];
      readonly leftKeys: readonly string[];
      readonly tableKeys: readonly string[];
      readonly type: 'inner' | 'left';
      readonly condition?: plan.Expr;
      /** Conditions on the table's own columns its lookup source evaluates (pushdown). */
      readonly tableFilters?: readonly plan.Expr[];
      readonly columns: readonly Column[];
    }
  | {
      /**
       * Event-time temporal join (plan.proto's TemporalJoinNode): each left row with the version
       * of its key valid at `leftTime`; left columns, the right's, then `__weight` when the
       * versions are a changelog (their changes revise emitted rows).
       */
      readonly kind: 'temporal-join';
      readonly left: Logical;
      readonly right: Logical;
      readonly leftKeys: readonly string[];
      readonly rightKeys: readonly string[];
      readonly leftTime: string;
      readonly versionTime: string;
      readonly type: 'inner' | 'left';
      readonly eager: boolean;
      readonly columns: readonly Column[];
    }
  | {
      /**
       * Window functions (plan.proto's OverNode): the input's columns, one per call, then
       * `__weight` in changelog mode. `limit` > 0 keeps the top N rows by call `limitCall`.
       */
      readonly kind: 'over';
      readonly input: Logical;
      readonly partitionBy: readonly string[];
      readonly orderBy: readonly SortKey[];
      readonly calls: readonly OverCall[];
      readonly mode: OverMode;
      readonly timeColumn: string;
      readonly limit: number;
      readonly limitCall: number;
      /** The top-N call's values are not output (rows only enter and leave the top N). */
      readonly limitHidden?: boolean;
      readonly columns: readonly Column[];
    }
  | {
      /** WHERE ts > now() - range EMIT CHANGES, now() being the watermark. */
      readonly kind: 'temporal-filter';
      readonly input: Logical;
      readonly timeColumn: string;
      readonly rangeMs: number;
      readonly columns: readonly Column[];
    };

/** What the rows of a plan's output mean. */
export function changelogOf(node: Logical): ChangelogKind {
  // Rows with a weight are a changelog, whatever produced it (EMIT CHANGES adds +1 weights).
  if (node.columns.some((c) => c.name === '__weight')) return 'retract';
  switch (node.kind) {
    case 'scan': return node.relation.changelog ?? 'append';
    case 'values': return 'append';
    case 'union': {
      const kinds = node.inputs.map(changelogOf);
      return kinds.includes('upsert') ? 'upsert' : kinds.includes('retract') ? 'retract' : 'append';
    }
    case 'aggregate': case 'window-aggregate': {
      const m = node.emit.mode;
      if (m === 'changes') return 'retract';
      if (m === 'update' || m === 'every') return 'upsert';
      return node.kind === 'window-aggregate' && m === 'close' && node.latenessMs > 0 ? 'upsert' : 'append';
    }
    case 'temporal-filter': return 'retract';
    case 'join': case 'asof-join': case 'temporal-probe': case 'temporal-join': return 'append';
    default: return changelogOf(node.input);
  }
}

/** The key of an upsert output: its group keys (and window bounds). */
export function upsertKeyOf(node: Logical): string[] | undefined {
  switch (node.kind) {
    case 'aggregate': return [...node.keys];
    case 'window-aggregate': return [...node.keys, 'window_start', 'window_end'];
    case 'scan': return node.relation.upsertKey ? [...node.relation.upsertKey] : undefined;
    case 'values': case 'union': case 'join': case 'asof-join': case 'temporal-probe': case 'temporal-join': return undefined;
    default: return upsertKeyOf(node.input);
  }
}

/** Whether every scan under `node` reads a stored (bounded) relation. */
export function isBounded(node: Logical): boolean {
  switch (node.kind) {
    case 'scan': return node.relation.stored;
    case 'values': return true;
    case 'union': case 'join': case 'asof-join': case 'temporal-probe': case 'temporal-join': return inputsOf(node).every(isBounded);
    default: return isBounded(node.input);
  }
}

/** The relations a plan reads. */
export function relationsOf(node: Logical, into: Relation[] = []): Relation[] {
  switch (node.kind) {
    case 'scan': into.push(node.relation); break;
    default:
      for (const i of inputsOf(node)) relationsOf(i, into);
      if (node.kind === 'lookup-join') into.push(node.table);
  }
  return into;
}

/**
 * The event-time columns of a plan's output with how far behind the watermark their values may
 * be: a source's watermark column (0), a window's end (0) and start (the window size). Interval
 * joins evict state by them.
 */
export function timeAttributes(node: Logical): Map<string, number> {
  switch (node.kind) {
    case 'scan': return new Map(node.relation.eventTime !== undefined ? [[node.relation.eventTime, 0]] : []);
    case 'filter': case 'late-filter': case 'temporal-filter': case 'lookup-join': return timeAttributes(node.input);
    case 'project': {
      const inner = timeAttributes(node.input);
      const out = new Map<string, number>();
      for (const x of node.exprs) {
        const lag = x.expr.column ? inner.get(x.expr.column.name ?? '') : undefined;
        if (lag !== undefined) out.set(x.name, lag);
      }
      return out;
    }
    case 'window-aggregate': {
      const w = node.window;
      if (w.kind === 'session') return new Map();
      return new Map([['window_end', 0], ['window_start', w.sizeMs]]);
    }
    case 'join': return node.interval === undefined ? new Map() : new Map([...timeAttributes(node.left), ...timeAttributes(node.right)]);
    case 'asof-join': return node.eager ? new Map() : timeAttributes(node.left);
    // Left rows leave with their own time, held back until the versions are known.
    case 'temporal-join': return node.eager ? new Map() : timeAttributes(node.left);
    case 'temporal-probe': {
      // The operator holds its watermark back for waiting probes and negative offsets.
      const lag = timeAttributes(node.left).get(node.leftTime);
      return lag === undefined ? new Map() : new Map([[node.leftTime, lag], [node.probeTimeColumn, lag]]);
    }
    // Rows leave in event-time order, final, with the watermark held back for rows still waiting.
    case 'over': return node.mode === 'watermark' ? timeAttributes(node.input) : new Map();
    default: return new Map();
  }
}

/**
 * A join's output columns: the left data columns, the right ones (not for SEMI/ANTI), each
 * nullable on a side an outer join pads, then `__weight` when the output is a changelog: a
 * changelog input, or a regular streaming join whose outer/ANTI rows retract when matches arrive.
 */
export function joinColumns(left: readonly Column[], right: readonly Column[], type: JoinKind, interval: boolean, bounded: boolean): Column[] {
  const data = (cols: readonly Column[], padded: boolean) => cols.filter((c) => c.name !== '__weight').map((c) => (padded ? { ...c, nullable: true } : c));
  const weighted = [left, right].some((cols) => cols.some((c) => c.name === '__weight')) || (!interval && !bounded && (type === 'left' || type === 'full' || type === 'anti'));
  return [
    ...data(left, type === 'full'),
    ...(type === 'semi' || type === 'anti' ? [] : data(right, type === 'left' || type === 'full')),
    ...(weighted ? [{ name: '__weight', type: 'int32', nullable: false }] : []),
  ];
}

/** The tables a plan reads through lookup joins (they need no change stream). */
export function lookupTablesOf(node: Logical, into: Relation[] = []): Relation[] {
  if (node.kind === 'lookup-join') into.push(node.table);
  for (const i of inputsOf(node)) lookupTablesOf(i, into);
  return into;
}
