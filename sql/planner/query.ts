/**
 * Query planning: a SELECT (with CTEs, derived tables, UNION ALL, VALUES, ORDER BY/LIMIT on
 * bounded inputs, and event-time window aggregates) becomes a logical plan. Anything the engine
 * cannot run is an error here, at the clause that asks for it, never a query that silently does
 * less than it says.
 */
import type { plan } from '../../specs/index.js';
import { commonType } from '../../operators/catalog.js';
import type { Expr, FromItem, Query, Select, SetExpr, Span } from '../ast.js';
import { didYouMean } from '../errors.js';
import type { Column } from './catalog.js';
import { PlanErrorCode } from './errors.js';
import { sqlTypeName } from './types.js';
import { containsAggregate, lower, nameOf } from './expr.js';
import { isBounded, relationsOf, type Logical } from './logical.js';
import { fail, project, typeAt, type QueryContext } from './context.js';
import { keepLate, planGroupBy } from './window.js';
import { planFromList, planJoin, type FromResult } from './join.js';
import { withoutAsOf } from './temporal.js';
import { notScanned } from './lookup.js';
import { planTemporalProbe } from './probe.js';
import { hasWindowCalls, planOver } from './over.js';
import { planSubqueries, splitSubqueries, type SubqueryPlanner } from './subquery.js';
import { distinctAsGroupBy, planSetOperation, planTemporalFilter, planWindowFunction } from './relational.js';

/** Plans a query. */
export function planQuery(q: Query, outer: QueryContext): Logical {
  const ctes = new Map(outer.ctes);
  const local = new Set<string>();
  for (const cte of q.with) {
    const name = nameOf(cte.name);
    if (local.has(name)) throw fail(outer, PlanErrorCode.conflict, `WITH defines '${name}' twice`, cte.name.span);
    local.add(name);
    let plan = planQuery(cte.query, { ...outer, ctes });
    if (cte.columns.length > 0) plan = renameColumns(plan, cte.columns.map(nameOf), outer, cte.span);
    ctes.set(name, plan);
  }
  const cx: QueryContext = { ...outer, ctes };
  let node = planSetExpr(q.body, cx, q);
  if (q.emit !== undefined && q.body.kind !== 'select') throw fail(cx, PlanErrorCode.unsupported, 'EMIT applies to a streaming SELECT', q.emit.span);
  if (q.orderBy.length > 0) {
    if (!isBounded(node)) throw fail(cx, PlanErrorCode.unsupported, 'ORDER BY needs a bounded input (a table, a materialized view or VALUES); a stream never ends, so it cannot be sorted', q.orderBy[0]!.span);
    node = planOrderBy(q, node, cx);
  }
  if (q.limit !== undefined || q.offset !== undefined) {
    if (!isBounded(node)) throw fail(cx, PlanErrorCode.unsupported, 'LIMIT and OFFSET need a bounded input (a table, a materialized view or VALUES); on a stream use a window or a subscription', (q.limit ?? q.offset)!.span);
    const count = (e: Expr | undefined, what: string) => {
      if (e === undefined) return undefined;
      if (e.kind !== 'number' || !/^\d+$/.test(e.value)) throw fail(cx, PlanErrorCode.type, `${what} must be a non-negative integer literal`, e.span);
      return Number(e.value);
    };
    node = { kind: 'limit', input: node, limit: count(q.limit, 'LIMIT') ?? Infinity, offset: count(q.offset, 'OFFSET') ?? 0, columns: node.columns };
  }
  return node;
}

/**
 * ORDER BY: keys name output columns (by name, alias or position) or, in a plain SELECT, any
 * expression over its FROM clause (`ORDER BY t.id`, a column not selected). Those are computed as
 * hidden columns, sorted on, and projected away again.
 */
function planOrderBy(q: Query, node: Logical, cx: QueryContext): Logical {
  const sortKey = (o: Query['orderBy'][number], expr: plan.Expr) => ({ expr, descending: o.direction === 'DESC', nullsFirst: o.nulls === undefined ? o.direction === 'DESC' : o.nulls === 'FIRST' });
  const resolved = q.orderBy.map((o) => {
    try {
      return orderKey(o.expr, node.columns, cx);
    } catch (err) {
      return err as Error;
    }
  });
  const firstError = resolved.find((r): r is Error => r instanceof Error);
  if (firstError === undefined) return { kind: 'sort', input: node, keys: q.orderBy.map((o, k) => sortKey(o, resolved[k] as plan.Expr)), columns: node.columns };
  const body = q.body;
  // A position out of range stays an error; only expressions can name FROM columns.
  const positional = q.orderBy.some((o, k) => resolved[k] instanceof Error && o.expr.kind === 'number');
  if (body.kind !== 'select' || body.distinct || positional) throw firstError;
  const hidden = q.orderBy.map((o, k) => (resolved[k] instanceof Error ? `__order${k}` : undefined));
  const items = [...body.items, ...q.orderBy.flatMap((o, k) => (hidden[k] === undefined ? [] : [{ span: o.span, expr: o.expr, alias: { kind: 'ident' as const, value: hidden[k]!, quoted: true, span: o.span } }]))];
  let wide: Logical;
  try {
    wide = planSelect({ ...body, items }, cx, q);
  } catch {
    throw firstError;
  }
  const keys = q.orderBy.map((o, k) => sortKey(o, hidden[k] !== undefined ? { column: { name: hidden[k]! } } : (resolved[k] as plan.Expr)));
  const sorted: Logical = { kind: 'sort', input: wide, keys, columns: wide.columns };
  const exprs = node.columns.map((c) => ({ name: c.name, expr: { column: { name: c.name } } as plan.Expr }));
  return { kind: 'project', input: sorted, exprs, columns: node.columns };
}

function orderKey(e: Expr, columns: readonly Column[], cx: QueryContext): plan.Expr {
  if (e.kind === 'number' && /^\d+$/.test(e.value)) {
    const i = Number(e.value);
    if (i < 1 || i > columns.length) throw fail(cx, PlanErrorCode.unknownColumn, `ORDER BY ${i} is out of range: the query has ${columns.length} columns`, e.span);
    return { column: { name: columns[i - 1]!.name } };
  }
  const expr = lower(e, { text: cx.text, catalog: cx.catalog, scope: [{ alias: '', columns }] });
  typeAt(cx, expr, columns, e.span);
  return expr;
}

function planSetExpr(body: SetExpr, cx: QueryContext, q: Query): Logical {
  switch (body.kind) {
    case 'query': return planQuery(body, cx);
    case 'values': return planValues(body, cx);
    case 'select': return planSelect(body, cx, q);
    case 'set-op': {
      if (body.op !== 'UNION' || !body.all) return planSetOperation(body, cx, q, (b) => planSetExpr(b, cx, q));
      const inputs = [planSetExpr(body.left, cx, q), planSetExpr(body.right, cx, q)].flatMap((i) => (i.kind === 'union' ? i.inputs : [i]));
      const width = inputs[0]!.columns.length;
      inputs.forEach((i) => {
        if (i.columns.length !== width) throw fail(cx, PlanErrorCode.type, `each UNION ALL input must have the same number of columns (${width} and ${i.columns.length})`, body.span);
      });
      const types = inputs[0]!.columns.map((c, k) => inputs.reduce<string | undefined>((t, i) => (t === undefined ? undefined : commonType(t, i.columns[k]!.type)), c.type));
      types.forEach((t, k) => {
        if (t === undefined) throw fail(cx, PlanErrorCode.type, `UNION ALL column ${k + 1} mixes ${inputs.map((i) => sqlTypeName(i.columns[k]!.type)).join(' and ')}, which have no common type`, body.span);
      });
      const names = inputs[0]!.columns.map((c) => c.name);
      const aligned = inputs.map((input) => {
        const same = input.columns.every((c, k) => c.name === names[k] && c.type === types[k]);
        if (same) return input;
        const exprs = input.columns.map((c, k) => ({ name: names[k]!, expr: c.type === types[k] ? ({ column: { name: c.name } } as plan.Expr) : ({ call: { function: 'cast', args: [{ column: { name: c.name } }, { literal: { stringValue: types[k]! } }] } } as plan.Expr) }));
        return { kind: 'project', input, exprs, columns: names.map((name, k) => ({ name, type: types[k]!, nullable: true })) } as Logical;
      });
      return { kind: 'union', inputs: aligned, columns: names.map((name, k) => ({ name, type: types[k]!, nullable: aligned.some((i) => i.columns[k]!.nullable) })) };
    }
  }
}

function planValues(body: Extract<SetExpr, { kind: 'values' }>, cx: QueryContext): Logical {
  const width = body.rows[0]?.length ?? 0;
  const rows = body.rows.map((row) => {
    if (row.length !== width) throw fail(cx, PlanErrorCode.type, `VALUES rows must have the same number of columns (${width} and ${row.length})`, row[0]?.span ?? body.span);
    return row.map((e) => lower(e, { text: cx.text, catalog: cx.catalog, scope: [] }));
  });
  const columns: Column[] = [];
  for (let k = 0; k < width; k++) {
    // Quoted literals take the type of the other values, as in PostgreSQL: VALUES (1.5), ('2').
    const typed = rows.map((r, i) => ({ expr: r[k]!, ast: body.rows[i]![k]!, type: typeAt(cx, r[k]!, [], body.rows[i]![k]!.span) }));
    const others = typed.filter((x) => x.ast.kind !== 'string');
    let type = 'null';
    for (const x of others.length > 0 && others.some((o) => o.type !== 'null') ? others : typed) {
      const next = commonType(type, x.type);
      if (next === undefined) throw fail(cx, PlanErrorCode.type, `VALUES column ${k + 1} mixes ${sqlTypeName(type)} and ${sqlTypeName(x.type)}`, x.ast.span);
      type = next;
    }
    columns.push({ name: `column${k + 1}`, type: type === 'null' ? 'int32' : type, nullable: true });
  }
  return { kind: 'values', rows, columns };
}

/** The FROM clause as a logical input plus the scope its names live in. */
function planFrom(items: readonly FromItem[], cx: QueryContext, span: Span): FromResult {
  if (items.length === 0) return { node: { kind: 'values', rows: [[]], columns: [] }, scope: [] };
  return notScanned(withoutAsOf(planFromItem(items[0]!, cx, span), cx, 'a table read on its own'), cx, items[0]!.span);
}

function planFromItem(item: FromItem, cx: QueryContext, span: Span): FromResult {
  switch (item.kind) {
    case 'table': {
      const name = nameOf(item.name);
      let node = cx.ctes.get(name);
      if (node === undefined) {
        const relation = cx.catalog.lookup(name);
        if (relation === undefined) {
          const known = [...cx.ctes.keys(), ...cx.catalog.names()];
          throw fail(cx, PlanErrorCode.unknownRelation, `unknown source, stream, view or table '${item.name.value}'${didYouMean(name, known)}`, item.name.span);
        }
        if (relation.kind === 'sink') throw fail(cx, PlanErrorCode.wrongObject, `'${name}' is a sink; read the stream it writes instead`, item.name.span);
        // A change stream's rows carry their weight; snapshots of it are consolidated.
        const weighted = cx.streaming === true && relation.changelog === 'retract';
        node = { kind: 'scan', relation, columns: weighted ? [...relation.columns, { name: '__weight', type: 'int32', nullable: false }] : relation.columns };
      }
      const alias = item.alias ? nameOf(item.alias.name) : name;
      if (item.alias && item.alias.columns.length > 0) node = renameColumns(node, item.alias.columns.map(nameOf), cx, item.alias.span);
      return { node, scope: [{ alias, columns: node.columns }], ...(item.systemTimeAsOf !== undefined ? { asOf: item.systemTimeAsOf } : {}) };
    }
    case 'derived': {
      let node = planQuery(item.query, cx);
      if (item.alias && item.alias.columns.length > 0) node = renameColumns(node, item.alias.columns.map(nameOf), cx, item.alias.span);
      return { node, scope: [{ alias: item.alias ? nameOf(item.alias.name) : '', columns: node.columns }] };
    }
    case 'table-function': return planWindowFunction(item, cx);
    case 'join': return planJoin(item, cx, (i) => planFromItem(i, cx, span));
    case 'temporal-probe': return planTemporalProbe(item, cx, (i) => planFromItem(i, cx, span));
  }
  throw fail(cx, PlanErrorCode.unsupported, 'unsupported FROM clause', span);
}

/** How subquery.ts plans a subquery's FROM list and whole queries. */
function subqueryPlanner(cx: QueryContext): SubqueryPlanner {
  return {
    planFrom: (items, where, span) => (items.length > 1 ? planFromList(items, where, cx, (i) => planFromItem(i, cx, span)) : { from: planFrom(items, cx, span), where }),
    planQuery: (sq) => planQuery(sq, cx),
  };
}

function renameColumns(node: Logical, names: readonly string[], cx: QueryContext, span: Span): Logical {
  if (names.length > node.columns.length) throw fail(cx, PlanErrorCode.type, `${names.length} column names given for ${node.columns.length} columns`, span);
  const all = node.columns.map((c, k) => names[k] ?? c.name);
  if (node.kind === 'values') return { ...node, columns: node.columns.map((c, k) => ({ ...c, name: all[k]! })) };
  const exprs = node.columns.map((c, k) => ({ name: all[k]!, expr: { column: { name: c.name } } as plan.Expr }));
  return { kind: 'project', input: node, exprs, columns: node.columns.map((c, k) => ({ ...c, name: all[k]! })) };
}

function planSelect(written: Select, cx: QueryContext, q: Query): Logical {
  // IN and EXISTS subqueries in WHERE filter as SEMI and ANTI joins, after the other conditions.
  const sub = splitSubqueries(written.where, cx);
  const { where: _where, ...bare } = written;
  const full: Select = sub.conditions.length === 0 ? written : sub.rest === undefined ? bare : { ...bare, where: sub.rest };
  let select = full;
  let from: FromResult;
  if (full.from.length > 1) {
    const list = planFromList(full.from, full.where, cx, (i) => planFromItem(i, cx, full.span));
    from = list.from;
    const { where: _, ...rest } = full;
    select = list.where === undefined ? rest : { ...rest, where: list.where };
  } else from = planFrom(full.from, cx, full.span);
  let node = from.node;
  const ex = { text: cx.text, catalog: cx.catalog, scope: from.scope };
  const filter = (input: Logical, where: Expr): Logical => {
    if (containsAggregate(where, cx.catalog)) throw fail(cx, PlanErrorCode.type, 'aggregates are not allowed in WHERE; use HAVING', where.span);
    const predicate = lower(where, ex);
    const type = typeAt(cx, predicate, input.columns, where.span);
    if (type !== 'bool' && type !== 'null') throw fail(cx, PlanErrorCode.type, `WHERE needs a boolean condition, got ${sqlTypeName(type)}`, where.span);
    return { kind: 'filter', input, predicate, columns: input.columns };
  };
  const temporal = planTemporalFilter(select, node, from.scope, cx, q, filter);
  if (temporal !== undefined) node = temporal;
  else if (select.where !== undefined) node = filter(node, select.where);
  if (sub.conditions.length > 0) node = planSubqueries(node, from.scope, sub.conditions, cx, subqueryPlanner(cx));
  const distinct = select.distinct ? distinctAsGroupBy(select, from.scope, cx) : select;
  const grouped = distinct.groupBy.length > 0 || distinct.having !== undefined || distinct.items.some((i) => containsAggregate(i.expr, cx.catalog)) || from.window !== undefined;
  if (grouped && hasWindowCalls(distinct)) {
    throw fail(cx, PlanErrorCode.unsupported, 'window functions over a grouped query: aggregate in a subquery, then apply the window function in the outer query (SELECT ..., RANK() OVER (ORDER BY total DESC) FROM (SELECT k, SUM(x) AS total FROM t GROUP BY k))', select.span);
  }
  if (grouped) {
    if (temporal !== undefined) throw fail(cx, PlanErrorCode.unsupported, 'aggregate a temporal filter\'s changelog in a second query (CREATE STREAM ... EMIT CHANGES, then group that stream)', select.span);
    return planGroupBy(distinct, node, from.scope, cx, q, from.window);
  }
  if (q.emit !== undefined && q.emit.mode !== 'changes') {
    throw fail(cx, PlanErrorCode.unsupported, `EMIT ${q.emit.mode.toUpperCase().replace(/-/g, ' ')} applies to aggregates; this query has none (EMIT CHANGES is allowed: every row is an insertion)`, q.emit.span);
  }
  if (q.lateness !== undefined) throw fail(cx, PlanErrorCode.type, 'ALLOW LATENESS applies to window aggregates: a query without one drops rows behind the watermark (send them on with LATE DATA TO)', q.lateness.span);
  if (q.lateDataTo !== undefined) {
    if (isBounded(node)) throw fail(cx, PlanErrorCode.unsupported, 'LATE DATA TO applies to queries over streams', q.lateDataTo.span);
    const kept = keepLate(node, cx, q.lateDataTo.span);
    const time = relationsOf(kept)[0]!.raw!.column;
    node = { kind: 'late-filter', input: kept, timeColumn: time, lateTo: nameOf(q.lateDataTo), columns: kept.columns };
  }
  if (hasWindowCalls(select)) {
    const over = planOver(select, node, from.scope, cx);
    return project(over.select, over.node, over.scope, cx, q.emit?.mode === 'changes');
  }
  return project(select, node, from.scope, cx, q.emit?.mode === 'changes');
}
