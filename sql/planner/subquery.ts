/**
 * Subqueries in WHERE: `[NOT] EXISTS (SELECT ...)` and `x [NOT] IN (SELECT y ...)` (also
 * `(a, b) [NOT] IN (SELECT c, d ...)`), each a condition ANDed at the top of a WHERE, become SEMI
 * and ANTI joins of the query's rows with the subquery's. A correlated subquery (its WHERE uses the
 * outer query's columns) is decorrelated: its equalities of an outer and an inner expression
 * become join keys, its other conditions on outer columns the join condition, and the rest filter
 * the subquery before the join. Over streams the joins are changelogs: an ANTI row is retracted
 * once a match arrives, and comes back when the match is retracted.
 *
 * NOT IN follows SQL's three-valued logic, which an ANTI join on `x = y` alone gets wrong: when
 * the subquery yields a NULL, `x NOT IN (...)` is NULL or FALSE for every x, and a NULL x is not
 * NOT IN a non-empty subquery. A second ANTI join removes those rows (see `planNotIn`).
 */
import type { plan } from '../../specs/index.js';
import { commonType } from '../../operators/catalog.js';
import type { Expr, Ident, Query, Select, Span } from '../ast.js';
import { SqlError } from '../errors.js';
import { PlanErrorCode } from './errors.js';
import { containsAggregate, lower, misplacedSubquery, nameOf, starColumns, walk, type ExprContext, type ScopeEntry } from './expr.js';
import { isBounded, relationsOf, type Logical } from './logical.js';
import { fail, typeAt, WEIGHT, type QueryContext } from './context.js';
import { conjuncts, renameApart, type FromResult } from './join.js';
import { sideOf } from './lookup.js';
import { distinctRows, freshNames, mayBeNull, projectTo, semiAnti, withColumns, type KeyPair } from './subquery-joins.js';
import { hasWindowCalls } from './over.js';
import { mentionsNow } from './relational.js';
import { sqlTypeName } from './types.js';

/** One subquery condition of a WHERE. */
export interface SubqueryCondition {
  readonly kind: 'exists' | 'in';
  /** NOT EXISTS, NOT IN (or NOT (x IN ...)). */
  readonly not: boolean;
  /** IN: the values on the left, one per column the subquery selects. */
  readonly operands: readonly Expr[];
  readonly query: Query;
  readonly span: Span;
}

/** What planning a subquery needs from the query planner (query.ts), which imports this file. */
export interface SubqueryPlanner {
  /** Plans a FROM list; returns the WHERE conjuncts its joins did not take. */
  planFrom(items: Select['from'], where: Expr | undefined, span: Span): { from: FromResult; where: Expr | undefined };
  planQuery(q: Query): Logical;
}

const colRef = (name: string): plan.Expr => ({ column: { name } });
const call = (fn: string, ...args: plan.Expr[]): plan.Expr => ({ call: { function: fn, args } });
const TRUE: plan.Expr = { literal: { boolValue: true } };

/** The subquery condition `e` is (through any NOTs), if it is one. */
function asCondition(e: Expr, not = false): SubqueryCondition | undefined {
  if (e.kind === 'unary' && e.op === 'NOT') return asCondition(e.operand, !not);
  if (e.kind === 'exists') return { kind: 'exists', not, operands: [], query: e.query, span: e.span };
  if (e.kind !== 'in-subquery') return undefined;
  // `(a, b) IN (SELECT c, d ...)`: the parser gives the row value as ROW(a, b).
  const row = e.operand.kind === 'call' && nameOf(e.operand.name) === 'row' && e.operand.over === undefined ? e.operand.args.map((a) => a.value) : [e.operand];
  return { kind: 'in', not: e.not !== not, operands: row, query: e.query, span: e.span };
}

/** The first subquery anywhere in `e` (walk visits subquery nodes without entering them). */
function firstSubquery(e: Expr): Extract<Expr, { kind: 'in-subquery' | 'exists' | 'subquery' }> | undefined {
  let found: Extract<Expr, { kind: 'in-subquery' | 'exists' | 'subquery' }> | undefined;
  walk(e, (x) => {
    if (found === undefined && (x.kind === 'in-subquery' || x.kind === 'exists' || x.kind === 'subquery')) found = x;
  });
  return found;
}

/**
 * Splits `where` into its subquery conditions and the other conjuncts. A subquery anywhere else
 * in the WHERE (under OR, as a value) is an error that says how to rewrite it.
 *
 * @example
 * // WHERE a > 0 AND NOT (k IN (SELECT k FROM s)): rest `a > 0`, one condition { kind: 'in', not: true }
 * const { rest, conditions } = splitSubqueries(select.where, cx);
 */
export function splitSubqueries(where: Expr | undefined, cx: QueryContext): { rest: Expr | undefined; conditions: SubqueryCondition[] } {
  if (where === undefined) return { rest: undefined, conditions: [] };
  const rest: Expr[] = [];
  const conditions: SubqueryCondition[] = [];
  for (const c of conjuncts(where)) {
    const condition = asCondition(c);
    if (condition !== undefined) {
      conditions.push(condition);
      continue;
    }
    const nested = firstSubquery(c);
    if (nested !== undefined) throw fail(cx, PlanErrorCode.unsupported, misplacedSubquery(nested.kind), nested.span);
    rest.push(c);
  }
  const restExpr = rest.reduce<Expr | undefined>((a, b) => (a === undefined ? b : { kind: 'binary', op: 'AND', left: a, right: b, span: b.span }), undefined);
  return { rest: restExpr, conditions };
}

/**
 * Filters `node` (whose names live in `scope`) by each subquery condition, in order.
 *
 * @example
 * node = planSubqueries(filtered, from.scope, conditions, cx, { planFrom, planQuery });
 */
export function planSubqueries(node: Logical, scope: readonly ScopeEntry[], conditions: readonly SubqueryCondition[], cx: QueryContext, planner: SubqueryPlanner): Logical {
  return conditions.reduce((n, c) => planCondition({ node: n, scope: [...scope] }, c, cx, planner), node);
}

/** The planned subquery: its rows, the values IN compares, and its correlation with the outer rows. */
interface Inner {
  readonly node: Logical;
  /** IN: one expression over `node` per column the subquery selects. */
  readonly values: readonly plan.Expr[];
  readonly keys: readonly KeyPair[];
  readonly condition: readonly plan.Expr[];
  readonly correlated: boolean;
}

function planCondition(outer: FromResult, c: SubqueryCondition, cx: QueryContext, planner: SubqueryPlanner): Logical {
  const inner = planInner(outer, c, cx, planner);
  if (cx.streaming === true) {
    const table = relationsOf(inner.node).find((r) => (r.kind === 'table' || r.kind === 'lookup table') && r.nodeId === undefined);
    if (table !== undefined) {
      throw fail(cx, PlanErrorCode.unsupported, `this subquery reads table '${table.name}', which has no change stream, in a query over streams; look the table up with a join instead: JOIN ${table.name} ON ${table.name}.k = t.k for IN (when the key is unique), LEFT JOIN ${table.name} ON ${table.name}.k = t.k WHERE ${table.name}.k IS NULL for NOT EXISTS`, c.span);
    }
  }
  const ex: ExprContext = { text: cx.text, catalog: cx.catalog, scope: outer.scope };
  if (c.kind === 'exists') return semiAnti(outer.node, inner.node, c.not ? 'anti' : 'semi', inner.keys, inner.condition, cx, c.span);
  if (c.operands.length !== inner.values.length) {
    throw fail(cx, PlanErrorCode.type, `IN compares ${c.operands.length} value${c.operands.length === 1 ? '' : 's'} with a subquery that selects ${inner.values.length} column${inner.values.length === 1 ? '' : 's'}`, c.span);
  }
  const pairs = c.operands.map((o, k): KeyPair & { nullable: readonly [boolean, boolean] } => {
    const left = lower(o, ex);
    const right = inner.values[k]!;
    const [lt, rt] = [typeAt(cx, left, outer.node.columns, o.span), typeAt(cx, right, inner.node.columns, c.query.span)];
    const type = commonType(lt, rt);
    if (type === undefined) throw fail(cx, PlanErrorCode.type, `IN compares ${sqlTypeName(lt)} with ${sqlTypeName(rt)}, which have no common type; cast one side`, o.span);
    return { left, right, type: type === 'null' ? 'int32' : type, nullable: [mayBeNull(left, outer.node), mayBeNull(right, inner.node)] };
  });
  const keys = [...inner.keys, ...pairs];
  if (!c.not) return semiAnti(outer.node, inner.node, 'semi', keys, inner.condition, cx, c.span);
  return planNotIn(outer.node, inner, pairs, cx, c.span);
}

/**
 * `x NOT IN (subquery)` is TRUE when no subquery row equals x and, if the subquery has rows, none
 * of them holds a NULL and x is not NULL. The ANTI join on `x = y` keeps rows without an equal
 * value; a second ANTI join drops those the NULLs make unknown. With one column it probes the
 * subquery's rows flagged `y IS NULL` (uncorrelated: at most two distinct rows, true and false)
 * and drops a row when a flag is true or its own x is NULL. With several columns a row
 * `(a, b) = (c, d)` is unknown when no pair is unequal and some value is NULL: one join compares
 * every row with the subquery's rows holding a NULL, another the rows holding a NULL with all
 * the subquery's rows (keyed by that, so other rows probe nothing).
 */
function planNotIn(outer: Logical, inner: Inner, pairs: readonly (KeyPair & { nullable: readonly [boolean, boolean] })[], cx: QueryContext, span: Span): Logical {
  const keys = [...inner.keys, ...pairs];
  let node = semiAnti(outer, inner.node, 'anti', keys, inner.condition, cx, span);
  const leftNull = pairs.some((p) => p.nullable[0]);
  const rightNull = pairs.some((p) => p.nullable[1]);
  if (!leftNull && !rightNull) return node;
  const isNull = (e: plan.Expr) => call('is_null', e);
  const anyNull = (es: readonly plan.Expr[]) => es.map(isNull).reduce((a, b) => call('or', a, b));
  const cast = (e: plan.Expr, type: string) => call('cast', e, { literal: { stringValue: type } });
  // Without correlation only the compared values matter: their distinct rows are enough.
  const reduce = (n: Logical, exprs: readonly { name: string; expr: plan.Expr; type: string }[]) => (inner.correlated ? withColumns(n, exprs) : distinctRows(n, exprs, cx));
  const fresh = freshNames([...outer.columns, ...inner.node.columns]);
  if (pairs.length === 1) {
    const p = pairs[0]!;
    const flag = fresh('__null');
    const right = reduce(inner.node, [{ name: flag, expr: isNull(p.right), type: 'bool' }]);
    return semiAnti(node, right, 'anti', inner.keys, [...inner.condition, call('or', colRef(flag), isNull(p.left))], cx, span);
  }
  // Row values (a, b) = (c, d) that are not FALSE: every pair equal or unknown.
  const names = pairs.map((_, k) => fresh(`__in${k}`));
  const values = pairs.map((p, k) => ({ name: names[k]!, expr: cast(p.right, p.type), type: p.type }));
  const notFalse = (rightOf: (k: number) => plan.Expr) => pairs.map((p, k) => call('not', call('is_false', call('eq', cast(p.left, p.type), rightOf(k)))));
  const rightOf = (k: number) => colRef(names[k]!);
  if (rightNull) {
    const holdingNull: Logical = { kind: 'filter', input: inner.node, predicate: anyNull(pairs.map((p) => p.right)), columns: inner.node.columns };
    node = semiAnti(node, reduce(holdingNull, values), 'anti', inner.keys, [...inner.condition, ...notFalse(rightOf)], cx, span);
  }
  if (leftNull) {
    const nullKey: KeyPair = { left: anyNull(pairs.map((p) => p.left)), right: TRUE, type: 'bool' };
    node = semiAnti(node, reduce(inner.node, values), 'anti', [...inner.keys, nullKey], [...inner.condition, ...notFalse(rightOf)], cx, span);
  }
  return node;
}

/**
 * Plans the subquery of `c`. A plain SELECT ... FROM ... WHERE whose WHERE uses the outer query's
 * columns is correlated: those conjuncts become join keys (an outer and an inner expression
 * compared with =) and the join condition (the rest); the other conjuncts filter its rows. Any
 * other subquery runs as a query of its own, reduced to its distinct values.
 */
function planInner(outer: FromResult, c: SubqueryCondition, cx: QueryContext, planner: SubqueryPlanner): Inner {
  return withOuterHint(outer, cx, () => {
    const q = c.query;
    const body = q.body;
    if (body.kind !== 'select' || q.with.length > 0) return uncorrelated(outer, c, cx, planner);
    const planned = planner.planFrom(body.from, body.where, body.span);
    const from = renameApart(outer, planned.from);
    const innerEx: ExprContext = { text: cx.text, catalog: cx.catalog, scope: from.scope };
    // The subquery's own names come first: `k` is its column when both queries have one.
    const both: ExprContext = { ...innerEx, scope: [...from.scope, ...shadowed(outer.scope, from.scope)] };
    const local: Expr[] = [];
    const correlated: Expr[] = [];
    for (const w of planned.where === undefined ? [] : conjuncts(planned.where)) {
      if (firstSubquery(w) !== undefined || resolves(w, innerEx)) local.push(w);
      else {
        lower(w, both); // a name neither query has: the error says which
        correlated.push(w);
      }
    }
    if (correlated.length === 0) return uncorrelated(outer, c, cx, planner);
    const span = correlated[0]!.span;
    const extra = [
      body.groupBy.length > 0 || body.having !== undefined || body.items.some((i) => containsAggregate(i.expr, cx.catalog)) ? 'GROUP BY or aggregates' : '',
      hasWindowCalls(body) ? 'window functions' : '', planned.from.window !== undefined ? 'a window table function' : '',
      q.orderBy.length > 0 || q.limit !== undefined || q.offset !== undefined ? 'ORDER BY, LIMIT or OFFSET' : '',
      q.emit !== undefined || q.lateness !== undefined || q.lateDataTo !== undefined ? 'EMIT or lateness clauses' : '',
    ].filter((x) => x !== '');
    if (extra.length > 0) {
      throw fail(cx, PlanErrorCode.unsupported, `a correlated subquery (its WHERE uses the outer query's columns) must be a plain SELECT ... FROM ... WHERE; this one has ${extra.join(' and ')}. Join a grouped subquery instead: t.v = (SELECT max(v) FROM s WHERE s.k = t.k) is (t.k, t.v) IN (SELECT k, max(v) FROM s GROUP BY k)`, span);
    }
    // Conditions on the subquery's own rows, and its own subquery conditions, run before the join.
    let node = from.node;
    const split = splitSubqueries(local.length === 0 ? undefined : local.reduce((a, b) => ({ kind: 'binary', op: 'AND', left: a, right: b, span: b.span })), cx);
    if (split.rest !== undefined) {
      if (mentionsNow(split.rest) && !isBounded(node)) throw fail(cx, PlanErrorCode.unsupported, 'now() in a correlated subquery over a stream is not supported; filter the stream by time in a query of its own (CREATE STREAM ... EMIT CHANGES) and use that', split.rest.span);
      const predicate = lower(split.rest, innerEx);
      const t = typeAt(cx, predicate, node.columns, split.rest.span);
      if (t !== 'bool' && t !== 'null') throw fail(cx, PlanErrorCode.type, `WHERE needs a boolean condition, got ${sqlTypeName(t)}`, split.rest.span);
      node = { kind: 'filter', input: node, predicate, columns: node.columns };
    }
    node = planSubqueries(node, from.scope, split.conditions, cx, planner);
    // IN compares the select list; EXISTS only checks it names real columns.
    const values = body.items.flatMap((item) => {
      if (item.expr.kind !== 'wildcard') return [c.kind === 'in' ? lower(item.expr, innerEx) : lower(item.expr, both)];
      const qualifier = item.expr.qualifier?.map(nameOf).join('.');
      const entries = qualifier === undefined ? from.scope : from.scope.filter((s) => s.alias === qualifier);
      return starColumns(entries, qualifier !== undefined).map((s) => colRef(s.ref));
    });
    const outerNames = new Set(outer.node.columns.map((col) => col.name));
    const innerNames = new Set(node.columns.map((col) => col.name));
    const keys: KeyPair[] = [];
    const condition: plan.Expr[] = [];
    for (const w of correlated) {
      if (w.kind === 'binary' && w.op === '=') {
        const [a, b] = [lower(w.left, both), lower(w.right, both)];
        const [sa, sb] = [sideOf(a, outerNames, innerNames), sideOf(b, outerNames, innerNames)];
        if ((sa === 'left' && sb === 'right') || (sa === 'right' && sb === 'left')) {
          const [left, right] = sa === 'left' ? [a, b] : [b, a];
          const [lt, rt] = [typeAt(cx, left, outer.node.columns, w.span), typeAt(cx, right, node.columns, w.span)];
          const type = commonType(lt, rt);
          if (type === undefined) throw fail(cx, PlanErrorCode.type, `cannot compare ${sqlTypeName(lt)} with ${sqlTypeName(rt)}; cast one side`, w.span);
          keys.push({ left, right, type: type === 'null' ? 'int32' : type });
          continue;
        }
      }
      condition.push(lower(w, both));
    }
    return { node, values: c.kind === 'in' ? values : [], keys, condition, correlated: true };
  });
}

/**
 * An uncorrelated subquery: planned on its own, then reduced to its distinct values (IN) or one
 * row (EXISTS), so each outer row probes one row per value.
 */
function uncorrelated(outer: FromResult, c: SubqueryCondition, cx: QueryContext, planner: SubqueryPlanner): Inner {
  const planned = planner.planQuery(c.query);
  const fresh = freshNames(outer.node.columns);
  const data = planned.columns.filter((col) => col.name !== WEIGHT);
  const exprs = c.kind === 'exists' ? [{ name: fresh('__exists'), expr: TRUE, type: 'bool' }] : data.map((col) => ({ name: fresh(col.name), expr: colRef(col.name), type: col.type }));
  // A SEMI join of append-only streams stays append-only: IN over one keeps all its rows instead.
  const appendOnly = cx.streaming === true && c.kind === 'in' && !c.not && !planned.columns.some((col) => col.name === WEIGHT);
  const node = appendOnly ? projectTo(planned, exprs) : distinctRows(planned, exprs, cx);
  return { node, values: c.kind === 'in' ? exprs.map((x) => colRef(x.name)) : [], keys: [], condition: [], correlated: false };
}

/** Whether `e` lowers in `ex`'s scope. */
function resolves(e: Expr, ex: ExprContext): boolean {
  try {
    lower(e, ex);
    return true;
  } catch {
    return false;
  }
}

/** The outer query's scope behind the subquery's: only a qualified name reaches a column both have. */
function shadowed(outer: readonly ScopeEntry[], inner: readonly ScopeEntry[]): ScopeEntry[] {
  const names = new Set(inner.flatMap((e) => e.columns.filter((_, k) => e.hidden?.[k] !== true).map((col) => col.name)));
  return outer.map((e) => ({ ...e, hidden: e.columns.map((col, k) => e.hidden?.[k] === true || names.has(col.name)) }));
}

/**
 * Runs `plan`; an unknown column that is the outer query's becomes an error saying where a
 * subquery may use the outer query's columns.
 */
function withOuterHint<T>(outer: FromResult, cx: QueryContext, plan: () => T): T {
  try {
    return plan();
  } catch (err) {
    if (!(err instanceof SqlError) || err.code !== PlanErrorCode.unknownColumn) throw err;
    const m = /^unknown column '([^']+)'/.exec(err.detail);
    if (m === null) throw err;
    const span: Span = { offset: err.offset, length: 0, line: err.line, column: err.column };
    const parts: Ident[] = m[1]!.split('.').map((value) => ({ kind: 'ident', value, quoted: false, span }));
    if (!resolves({ kind: 'column', parts, span }, { text: cx.text, catalog: cx.catalog, scope: outer.scope })) throw err;
    throw SqlError.at(err.code, `column '${m[1]}' belongs to the enclosing query; a subquery can use its columns only in conditions ANDed at the top of its WHERE (EXISTS (SELECT 1 FROM s WHERE s.k = t.k AND s.v > t.v)), not in its select list, FROM, GROUP BY or a nested query's WHERE`, cx.text, err.offset);
  }
}
