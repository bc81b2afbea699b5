/**
 * SELECT forms that become stateful streaming plans: window table functions in FROM
 * (`TUMBLE(TABLE t, DESCRIPTOR(ts), ...)`, also RisingWave's `HOP(t, ts, ...)`), DISTINCT and the
 * set operations UNION / INTERSECT / EXCEPT (aggregates over all columns, retracting over
 * streams), and the retracting temporal filter `WHERE ts > now() - INTERVAL ... EMIT CHANGES`.
 */
import type { plan } from '../../specs/index.js';
import type { Expr, Query, Select, SelectItem, SetExpr, Span, TableFunction } from '../ast.js';
import type { Column } from './catalog.js';
import { PlanErrorCode } from './errors.js';
import { intervalValue, nameOf, starColumns, walk, type ScopeEntry } from './expr.js';
import { changelogOf, isBounded, type Logical } from './logical.js';
import { fail, WEIGHT, type QueryContext } from './context.js';
import { emitSpec, keepLate, windowShape, type WindowInfo } from './window.js';

const WINDOW_FUNCTIONS = new Set(['tumble', 'hop', 'slide', 'cumulate', 'session']);

/** A window table function in FROM: its input relation, scope (with window_start/end) and window. */
export function planWindowFunction(item: TableFunction, cx: QueryContext): { node: Logical; scope: ScopeEntry[]; window: WindowInfo } {
  const fn = nameOf(item.call.name);
  if (!WINDOW_FUNCTIONS.has(fn)) throw fail(cx, PlanErrorCode.unknownFunction, `unknown table function '${item.call.name.value}'; the window functions TUMBLE, HOP, CUMULATE and SESSION can be used in FROM`, item.span);
  const [first, second, ...rest] = item.call.args.map((a) => a.value);
  // TABLE t or a bare name; DESCRIPTOR(ts) or a bare column.
  const tableName = first?.kind === 'table-arg' ? first.name : first?.kind === 'column' && first.parts.length === 1 ? first.parts[0]! : undefined;
  if (tableName === undefined) throw fail(cx, PlanErrorCode.type, `${fn.toUpperCase()}(TABLE t, DESCRIPTOR(ts), ...) takes a table first`, item.span);
  const descriptor = second?.kind === 'call' && nameOf(second.name) === 'descriptor' ? second.args[0]?.value : second;
  if (descriptor?.kind !== 'column' || descriptor.parts.length !== 1) throw fail(cx, PlanErrorCode.type, `${fn.toUpperCase()} takes the event-time column second: DESCRIPTOR(ts)`, second?.span ?? item.span);
  const relation = cx.catalog.lookup(nameOf(tableName));
  const cte = cx.ctes.get(nameOf(tableName));
  if (relation === undefined && cte === undefined) throw fail(cx, PlanErrorCode.unknownRelation, `unknown source, stream, view or table '${tableName.value}'`, tableName.span);
  const weighted = cx.streaming === true && relation?.changelog === 'retract';
  const node: Logical = cte ?? { kind: 'scan', relation: relation!, columns: weighted ? [...relation!.columns, { name: WEIGHT, type: 'int32', nullable: false }] : relation!.columns };
  const timeColumn = nameOf(descriptor.parts[0]!);
  const window = windowShape(fn, timeColumn, rest, node, cx, item.span, descriptor.span);
  const bounds: Column[] = [{ name: 'window_start', type: window.timeType, nullable: false }, { name: 'window_end', type: window.timeType, nullable: false }];
  const alias = item.alias ? nameOf(item.alias.name) : nameOf(tableName);
  return { node, scope: [{ alias, columns: [...node.columns, ...bounds] }], window };
}

/** SELECT DISTINCT as a grouping by every select item (`*` expanded). */
export function distinctAsGroupBy(select: Select, scope: readonly ScopeEntry[], cx: QueryContext): Select {
  if (select.groupBy.length > 0 || select.having !== undefined) throw fail(cx, PlanErrorCode.unsupported, 'SELECT DISTINCT with GROUP BY: put the grouped query in a subquery and select DISTINCT from it', select.span);
  const items: SelectItem[] = select.items.flatMap((item) => {
    if (item.expr.kind !== 'wildcard') return [item];
    const qualifier = item.expr.qualifier?.map(nameOf).join('.');
    const entries = qualifier === undefined ? scope : scope.filter((s) => s.alias === qualifier);
    // Each column by its entry's alias when it has one: two relations may share a column name.
    return starColumns(entries, qualifier !== undefined).map((c) => {
      const owner = entries.find((e) => e.columns.includes(c.column))!;
      const parts = [...(owner.alias !== '' ? [owner.alias] : []), c.name].map((value) => ({ kind: 'ident' as const, value, quoted: true, span: item.span }));
      return { span: item.span, expr: { kind: 'column' as const, parts, span: item.span } };
    });
  });
  return { ...select, distinct: false, items, groupBy: items.map((i) => i.expr) };
}

/**
 * UNION, INTERSECT and EXCEPT (distinct): the inputs are tagged with their side, appended, and
 * grouped by every column; a row is in the result while its counts say so. Over streams the
 * result is a changelog that retracts rows as the inputs change.
 */
export function planSetOperation(body: Extract<SetExpr, { kind: 'set-op' }>, cx: QueryContext, q: Query, planSet: (b: SetExpr) => Logical): Logical {
  if (body.all) throw fail(cx, PlanErrorCode.unsupported, `${body.op} ALL keeps duplicates by count, which needs rows replicated per count; use ${body.op} (distinct) or UNION ALL`, body.span);
  const left = planSet(body.left);
  const right = planSet(body.right);
  const cols = (n: Logical) => n.columns.filter((c) => c.name !== WEIGHT);
  if (cols(left).length !== cols(right).length) throw fail(cx, PlanErrorCode.type, `each ${body.op} input must have the same number of columns (${cols(left).length} and ${cols(right).length})`, body.span);
  const names = cols(left).map((c) => c.name);
  const tag = (n: Logical, l: number, r: number): Logical => {
    const exprs = cols(n).map((c, k) => ({ name: names[k]!, expr: { column: { name: c.name } } as plan.Expr }));
    const tags = [{ name: '__left', expr: { literal: { int32Value: l } } }, { name: '__right', expr: { literal: { int32Value: r } } }];
    const weight = n.columns.some((c) => c.name === WEIGHT) ? [{ name: WEIGHT, expr: { column: { name: WEIGHT } } as plan.Expr }] : [];
    const columns = [...cols(n).map((c, k) => ({ ...c, name: names[k]! })), { name: '__left', type: 'int32', nullable: false }, { name: '__right', type: 'int32', nullable: false }, ...(weight.length > 0 ? [{ name: WEIGHT, type: 'int32', nullable: false }] : [])];
    return { kind: 'project', input: n, exprs: [...exprs, ...tags, ...weight], columns };
  };
  const [a, b] = [tag(left, 1, 0), tag(right, 0, 1)];
  // Both sides in one column list: a changelog side gives the union a weight; the other side adds +1.
  const weighted = a.columns.some((c) => c.name === WEIGHT) || b.columns.some((c) => c.name === WEIGHT);
  const align = (n: Logical): Logical => (!weighted || n.columns.some((c) => c.name === WEIGHT) ? n : {
    kind: 'project', input: n, exprs: [...n.columns.map((c) => ({ name: c.name, expr: { column: { name: c.name } } as plan.Expr })), { name: WEIGHT, expr: { literal: { int32Value: 1 } } }],
    columns: [...n.columns, { name: WEIGHT, type: 'int32', nullable: false }],
  });
  for (const [k, c] of cols(left).entries()) {
    if (c.type !== cols(right)[k]!.type) throw fail(cx, PlanErrorCode.type, `${body.op} column ${k + 1} has type ${c.type} on the left and ${cols(right)[k]!.type} on the right; CAST one side`, body.span);
  }
  const union: Logical = { kind: 'union', inputs: [align(a), align(b)], columns: align(a).columns };
  const bounded = isBounded(union);
  const emit = bounded ? { mode: 'close' as const, everyMs: 0 } : emitSpec(q, cx, false);
  const sum = (name: string) => ({ name: `${name}_n`, fn: 'sum', args: [{ column: { name } }] as plan.Expr[], distinct: false, orderBy: [] });
  const keysColumns = cols(left).map((c, k) => ({ ...c, name: names[k]! }));
  const counted: Column[] = [...keysColumns, { name: '__left_n', type: 'int64', nullable: true }, { name: '__right_n', type: 'int64', nullable: true }, ...(emit.mode === 'changes' ? [{ name: WEIGHT, type: 'int32', nullable: false }] : [])];
  const aggregate: Logical = { kind: 'aggregate', input: union, keys: names, aggregates: [sum('__left'), sum('__right')], emit, ttlMs: 0, columns: counted };
  const gt0 = (c: string): plan.Expr => ({ call: { function: 'gt', args: [{ column: { name: c } }, { literal: { int32Value: 0 } }] } });
  const eq0 = (c: string): plan.Expr => ({ call: { function: 'eq', args: [{ column: { name: c } }, { literal: { int32Value: 0 } }] } });
  const keep: plan.Expr = body.op === 'UNION' ? { literal: { boolValue: true } }
    : body.op === 'INTERSECT' ? { call: { function: 'and', args: [gt0('__left_n'), gt0('__right_n')] } }
      : { call: { function: 'and', args: [gt0('__left_n'), eq0('__right_n')] } };
  const filtered: Logical = { kind: 'filter', input: aggregate, predicate: keep, columns: counted };
  const out = counted.filter((c) => !c.name.startsWith('__') || c.name === WEIGHT);
  return { kind: 'project', input: filtered, exprs: out.map((c) => ({ name: c.name, expr: { column: { name: c.name } } })), columns: out };
}

/** Whether an expression calls now(), current_timestamp or proctime(). */
export function mentionsNow(e: Expr): boolean {
  let found = false;
  walk(e, (x) => {
    if (x.kind === 'call' && ['now', 'proctime', 'current_timestamp'].includes(nameOf(x.name))) found = true;
    if (x.kind === 'column' && x.parts.length === 1 && nameOf(x.parts[0]!) === 'current_timestamp') found = true;
  });
  return found;
}

/** `ts > now() - INTERVAL ...` (or `>=`, or mirrored): the time column and range. */
function temporalBound(e: Expr): { column: string; rangeMs: number } | undefined {
  if (e.kind !== 'binary') return undefined;
  const flip: Record<string, string> = { '<': '>', '<=': '>=' };
  const [col, bound, op] = e.op === '>' || e.op === '>=' ? [e.left, e.right, e.op] : flip[e.op] ? [e.right, e.left, flip[e.op]!] : [undefined, undefined, ''];
  if (col?.kind !== 'column' || col.parts.length !== 1 || bound?.kind !== 'binary' || bound.op !== '-' || op === '') return undefined;
  const now = bound.left;
  const isNow = (now.kind === 'call' && ['now', 'current_timestamp'].includes(nameOf(now.name)) && now.args.length === 0) || (now.kind === 'column' && now.parts.length === 1 && nameOf(now.parts[0]!) === 'current_timestamp');
  if (!isNow || bound.right.kind !== 'interval') return undefined;
  const v = intervalValue(bound.right.value, bound.right.unit, bound.right.toUnit);
  if (typeof v === 'string' || v.months !== 0) return undefined;
  return { column: nameOf(col.parts[0]!), rangeMs: v.days * 86_400_000 + v.millis };
}

/** Splits a WHERE into its temporal bound and the other conjuncts. */
function splitConjuncts(e: Expr): Expr[] {
  return e.kind === 'binary' && e.op === 'AND' ? [...splitConjuncts(e.left), ...splitConjuncts(e.right)] : [e];
}

/**
 * The retracting temporal filter of a streaming SELECT: rows enter the result while
 * `ts > now() - range` (now() is the watermark) and are retracted when the watermark moves past.
 * Returns the filtered input and the remaining WHERE, or undefined when the WHERE has no now().
 */
export function planTemporalFilter(select: Select, input: Logical, scope: readonly ScopeEntry[], cx: QueryContext, q: Query, plainFilter: (node: Logical, where: Expr) => Logical): Logical | undefined {
  const where = select.where;
  if (where === undefined || !mentionsNow(where) || isBounded(input)) return undefined;
  const span: Span = where.span;
  if (q.emit?.mode !== 'changes') {
    throw fail(cx, PlanErrorCode.unsupported, 'a WHERE on now() over a stream is a temporal filter: rows enter and leave the result as now() (the watermark) moves, which only a changelog can express; add EMIT CHANGES', span);
  }
  const parts = splitConjuncts(where);
  const bounds = parts.map(temporalBound);
  const k = bounds.findIndex((b) => b !== undefined);
  if (k < 0 || parts.some((p, i) => i !== k && mentionsNow(p))) throw fail(cx, PlanErrorCode.unsupported, 'a temporal filter is written ts > now() - INTERVAL \'...\' (one such condition, ANDed with conditions without now())', span);
  const bound = bounds[k]!;
  const column = scope.flatMap((s) => s.columns).find((c) => c.name === bound.column);
  if (column === undefined || !column.type.startsWith('timestamp')) throw fail(cx, PlanErrorCode.type, `the temporal filter compares '${bound.column}', which must be a TIMESTAMP column`, span);
  if (changelogOf(input) === 'upsert') throw fail(cx, PlanErrorCode.unsupported, 'a temporal filter over an update stream cannot retract its rows; use EMIT CHANGES upstream', span);
  // Rows behind the source watermark can still be in range: read them before it drops them.
  let node = hasRawSource(input) ? keepLate(input, cx, span) : input;
  const rest = parts.filter((_, i) => i !== k);
  if (rest.length > 0) node = plainFilter(node, rest.reduce((a, b) => ({ kind: 'binary', op: 'AND', left: a, right: b, span: a.span })));
  const columns = node.columns.some((c) => c.name === WEIGHT) ? node.columns : [...node.columns, { name: WEIGHT, type: 'int32', nullable: false }];
  return { kind: 'temporal-filter', input: node, timeColumn: bound.column, rangeMs: bound.rangeMs, columns };
}

/** Whether a plan reads one source that has a watermark, through filters and projections only. */
export function hasRawSource(node: Logical): boolean {
  if (node.kind === 'scan') return node.relation.raw !== undefined;
  return (node.kind === 'filter' || node.kind === 'project') && hasRawSource(node.input);
}
