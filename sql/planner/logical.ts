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
  | { readonly kind: 'sliding'; readonly sizeMs: number; readonly slideMs: number; readonly offsetMs: number };

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

/** A logical operator. Every node knows its output columns. */
export type Logical =
  | { readonly kind: 'scan'; readonly relation: Relation; readonly columns: readonly Column[] }
  | { readonly kind: 'values'; readonly rows: readonly (readonly plan.Expr[])[]; readonly columns: readonly Column[] }
  | { readonly kind: 'filter'; readonly input: Logical; readonly predicate: plan.Expr; readonly columns: readonly Column[] }
  | { readonly kind: 'project'; readonly input: Logical; readonly exprs: readonly { readonly name: string; readonly expr: plan.Expr }[]; readonly columns: readonly Column[] }
  | { readonly kind: 'union'; readonly inputs: readonly Logical[]; readonly columns: readonly Column[] }
  | { readonly kind: 'sort'; readonly input: Logical; readonly keys: readonly SortKey[]; readonly columns: readonly Column[] }
  | { readonly kind: 'limit'; readonly input: Logical; readonly limit: number; readonly offset: number; readonly columns: readonly Column[] }
  | {
      /** Grouped aggregation of a bounded input: one row per group when the input ends. */
      readonly kind: 'aggregate';
      readonly input: Logical;
      readonly keys: readonly string[];
      readonly aggregates: readonly AggregateCall[];
      readonly columns: readonly Column[];
    }
  | {
      readonly kind: 'window-aggregate';
      readonly input: Logical;
      readonly keys: readonly string[];
      readonly window: WindowShape;
      readonly timeColumn: string;
      readonly aggregates: readonly AggregateCall[];
      readonly columns: readonly Column[];
    };

/** Whether every scan under `node` reads a stored (bounded) relation. */
export function isBounded(node: Logical): boolean {
  switch (node.kind) {
    case 'scan': return node.relation.stored;
    case 'values': return true;
    case 'union': return node.inputs.every(isBounded);
    default: return isBounded(node.input);
  }
}

/** The relations a plan reads. */
export function relationsOf(node: Logical, into: Relation[] = []): Relation[] {
  switch (node.kind) {
    case 'scan': into.push(node.relation); break;
    case 'values': break;
    case 'union': for (const i of node.inputs) relationsOf(i, into); break;
    default: relationsOf(node.input, into);
  }
  return into;
}
