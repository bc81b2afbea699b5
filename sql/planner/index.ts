/**
 * The planner: binding names, type checking through the catalog, logical plans, rewrite rules,
 * lowering to plan messages, and EXPLAIN.
 */
import type { FromItem, Query, SetExpr } from '../ast.js';
import { nameOf } from './expr.js';
import type { PlannerCatalog } from './catalog.js';
import type { Logical } from './logical.js';
import { planQuery } from './query.js';
import { optimize } from './rules.js';

export type { Column, ObjectKind, PlannerCatalog, Relation } from './catalog.js';
export { planError, PlanErrorCode } from './errors.js';
export { lower, nameOf, intervalValue, numberLiteral, defaultName, walk, containsAggregate, type ScopeEntry, type ExprContext } from './expr.js';
export { changelogOf, inputsOf, isBounded, lookupTablesOf, relationsOf, upsertKeyOf, type ChangelogKind, type Logical, type SortKey, type WindowShape } from './logical.js';
export { lowerPlan, type Fragment, type LeafLowering, type LowerOptions } from './physical.js';
export { explain, exprText } from './explain.js';
export { optimize, fold, substitute } from './rules.js';
export { resolveType, sqlTypeName, TypeResolutionError, type ResolvedType } from './types.js';
export { typeAt } from './context.js';

/**
 * Plans a query into an optimised logical plan.
 *
 * @example
 * ```ts
 * const [stmt] = parse('SELECT sym, price * qty AS notional FROM trades WHERE price > 0');
 * const logical = planSelect((stmt as QueryStatement).query, text, catalog);
 * console.log(explain(logical));
 * ```
 */
export function planSelect(query: Query, text: string, catalog: PlannerCatalog, options: PlanOptions = {}): Logical {
  const streaming = options.streaming ?? readsStream(query, catalog);
  return optimize(planQuery(query, {
    text, catalog, ctes: new Map(), streaming,
    ...(options.ttlMs !== undefined ? { ttlMs: options.ttlMs } : {}), ...(options.keyedWatermark !== undefined ? { keyedWatermark: options.keyedWatermark } : {}),
  }));
}

/** Options of `planSelect`. */
export interface PlanOptions {
  /** Plan over change streams (default: when the query reads any relation that is not stored). */
  readonly streaming?: boolean;
  /** State TTL for unwindowed aggregates over streams, in ms. */
  readonly ttlMs?: number;
  /** Keyed watermarks for windows over a source; `idleMs` closes keys left behind (0: at the end only). */
  readonly keyedWatermark?: { readonly idleMs: number };
}

/** Whether a query reads a relation that is not stored (a source or stream), by the names in its FROM clauses. */
export function readsStream(query: Query, catalog: PlannerCatalog): boolean {
  const local = new Set(query.with.map((c) => nameOf(c.name)));
  const fromQuery = (q: Query): boolean => q.with.some((c) => fromQuery(c.query)) || fromBody(q.body);
  const fromBody = (b: SetExpr): boolean => {
    switch (b.kind) {
      case 'query': return fromQuery(b);
      case 'values': return false;
      case 'set-op': return fromBody(b.left) || fromBody(b.right);
      case 'select': return b.from.some(fromItem);
    }
  };
  const fromItem = (f: FromItem): boolean => {
    switch (f.kind) {
      case 'table': {
        const name = nameOf(f.name);
        if (local.has(name)) return false;
        const r = catalog.lookup(name);
        return r !== undefined && !r.stored;
      }
      case 'derived': return fromQuery(f.query);
      case 'table-function': return f.call.args.some((a) => a.value.kind === 'table-arg' ? fromItem({ kind: 'table', name: a.value.name, span: a.span }) : a.value.kind === 'column' && a.value.parts.length === 1 && fromItem({ kind: 'table', name: a.value.parts[0]!, span: a.span }));
      case 'join': return fromItem(f.left) || fromItem(f.right);
      default: return true;
    }
  };
  return fromQuery(query);
}
