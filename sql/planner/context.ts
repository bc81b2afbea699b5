/**
 * Shared by the query and window planners: the planning context, positioned errors, expression
 * typing and the select-list projection.
 */
import type { plan } from '../../specs/index.js';
import type { Select, Span } from '../ast.js';
import { didYouMean } from '../errors.js';
import type { Column, PlannerCatalog } from './catalog.js';
import { planError, PlanErrorCode } from './errors.js';
import { sqlTypeName } from './types.js';
import { defaultName, lower, nameOf, starColumns, type ScopeEntry } from './expr.js';
import type { Logical } from './logical.js';

/** What planning a query needs. */
export interface QueryContext {
  readonly text: string;
  readonly catalog: PlannerCatalog;
  /** CTEs visible here, by name. */
  readonly ctes: ReadonlyMap<string, Logical>;
  /** The query runs over change streams (a stream, view, sink or live SELECT), not snapshots. */
  readonly streaming?: boolean;
  /** State TTL of unwindowed aggregates ('state.ttl' of CREATE STREAM / MATERIALIZED VIEW). */
  readonly ttlMs?: number;
  /** Keyed watermarks for windows ('watermark.keyed' of CREATE STREAM / MATERIALIZED VIEW). */
  readonly keyedWatermark?: { readonly idleMs: number };
}

export type Code = (typeof PlanErrorCode)[keyof typeof PlanErrorCode];

/** The changelog weight column. */
export const WEIGHT = '__weight';

export function fail(cx: QueryContext, code: Code, detail: string, span: Span | undefined) {
  return planError(code, detail, cx.text, span);
}

/** The type of `expr` over `columns`, with type errors positioned at `span`. */
export function typeAt(cx: QueryContext, expr: plan.Expr, columns: readonly Column[], span: Span): string {
  try {
    return cx.catalog.typeOf(expr, columns);
  } catch (err) {
    // The binder speaks engine types (utf8, int32); users wrote SQL (VARCHAR, INTEGER).
    const message = (err as Error).message.replace(/^node '[^']*': /, '').replace(/got \(([^)]*)\)/, (_m, list: string) => `got (${list.split(', ').map(sqlTypeName).join(', ')})`);
    const code = /unknown function/.test(message) ? PlanErrorCode.unknownFunction : /unknown column/.test(message) ? PlanErrorCode.unknownColumn : PlanErrorCode.type;
    throw fail(cx, code, message, span);
  }
}

/** The select list as a projection over `node`. */
export function project(select: Select, node: Logical, scope: readonly ScopeEntry[], cx: QueryContext, changelog: boolean): Logical {
  const ex = { text: cx.text, catalog: cx.catalog, scope };
  const exprs: { name: string; expr: plan.Expr }[] = [];
  const columns: Column[] = [];
  const seen = new Map<string, Span>();
  const add = (name: string, expr: plan.Expr, type: string, nullable: boolean, span: Span) => {
    if (seen.has(name)) throw fail(cx, PlanErrorCode.conflict, `the output has two columns named '${name}'; give one an alias (AS ...)`, span);
    seen.set(name, span);
    exprs.push({ name, expr });
    columns.push({ name, type, nullable });
  };
  for (const item of select.items) {
    if (item.expr.kind === 'wildcard') {
      const qualifier = item.expr.qualifier?.map(nameOf).join('.');
      const entries = qualifier === undefined ? scope : scope.filter((s) => s.alias === qualifier);
      if (qualifier !== undefined && entries.length === 0) throw fail(cx, PlanErrorCode.unknownRelation, `no relation '${qualifier}' in FROM${didYouMean(qualifier, scope.map((s) => s.alias))}`, item.span);
      if (scope.length === 0) throw fail(cx, PlanErrorCode.type, "SELECT * needs a FROM clause", item.span);
      for (const c of starColumns(entries, qualifier !== undefined)) {
        // Both inputs of a join may have a column 'id': the second is named after its relation (b_id).
        const owner = entries.find((e) => e.columns.includes(c.column))?.alias ?? '';
        let name = c.name;
        for (let n = 1; seen.has(name); n++) name = owner !== '' && n === 1 ? `${owner}_${c.name}` : `${owner !== '' ? `${owner}_` : ''}${c.name}_${n}`;
        add(name, { column: { name: c.ref } }, c.column.type, c.column.nullable, item.span);
      }
      continue;
    }
    const expr = lower(item.expr, ex);
    const type = typeAt(cx, expr, node.columns, item.expr.span);
    add(item.alias ? nameOf(item.alias) : defaultName(item.expr), expr, type === 'null' ? 'int32' : type, true, item.span);
  }
  // A changelog input's weight travels with its rows; EMIT CHANGES over an append-only input adds +1.
  if (node.columns.some((c) => c.name === WEIGHT) && !seen.has(WEIGHT)) add(WEIGHT, { column: { name: WEIGHT } }, 'int32', false, select.span);
  else if (changelog && !seen.has(WEIGHT)) add(WEIGHT, { literal: { int32Value: 1 } }, 'int32', false, select.span);
  const identity = exprs.length === node.columns.length && exprs.every((e, k) => e.expr.column?.name === node.columns[k]!.name && e.name === node.columns[k]!.name);
  return identity ? node : { kind: 'project', input: node, exprs, columns };
}
