/**
 * The planner: binding names, type checking through the catalog, logical plans, rewrite rules,
 * lowering to plan messages, and EXPLAIN.
 */
import type { Query } from '../ast.js';
import type { PlannerCatalog } from './catalog.js';
import type { Logical } from './logical.js';
import { planQuery } from './query.js';
import { optimize } from './rules.js';

export type { Column, ObjectKind, PlannerCatalog, Relation } from './catalog.js';
export { planError, PlanErrorCode } from './errors.js';
export { lower, nameOf, intervalValue, numberLiteral, defaultName, walk, containsAggregate, type ScopeEntry, type ExprContext } from './expr.js';
export { isBounded, relationsOf, type Logical, type SortKey, type WindowShape } from './logical.js';
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
export function planSelect(query: Query, text: string, catalog: PlannerCatalog): Logical {
  return optimize(planQuery(query, { text, catalog, ctes: new Map() }));
}
