/**
 * Planning grouped queries: `GROUP BY keys, TUMBLE(ts, size [, offset])` or `HOP(ts, slide, size)`
 * with COUNT/SUM/MIN/MAX/AVG becomes an event-time window aggregate, followed by HAVING and the
 * select list over its output (keys, window_start, window_end, aggregates). Results are emitted
 * once per window and key when the watermark passes the window end (EMIT ON WINDOW CLOSE, the
 * default; FINAL and AFTER WATERMARK mean the same here). Everything else a grouped query can ask
 * for is rejected with the issue that brings it.
 */
import type { plan } from '../../specs/index.js';
import type { ColumnRef, Expr, Ident, Query, Select, Span } from '../ast.js';
import { print } from '../print.js';
import type { Column } from './catalog.js';
import { planError, PlanErrorCode } from './errors.js';
import { sqlTypeName } from './types.js';
import { intervalValue, isAggregateName, lower, nameOf, walk, type ScopeEntry } from './expr.js';
import { isBounded, type AggregateCall, type Logical, type WindowShape } from './logical.js';
import { project, typeAt, type QueryContext } from './context.js';
import { planAggregateCall } from './aggregate-call.js';

const WINDOW_CALLS = new Set(['tumble', 'hop', 'slide', 'session', 'cumulate']);

type CallExpr = Extract<Expr, { kind: 'call' }>;

function ident(value: string, span: Span): Ident {
  return { kind: 'ident', value, quoted: true, span };
}

function columnRef(name: string, span: Span): ColumnRef {
  return { kind: 'column', parts: [ident(name, span)], span };
}

/** Milliseconds of a constant interval argument. */
function durationMs(e: Expr, cx: QueryContext, what: string): number {
  if (e.kind !== 'interval') throw planError(PlanErrorCode.type, `${what} must be an INTERVAL literal, e.g. INTERVAL '1' MINUTE`, cx.text, e.span);
  const v = intervalValue(e.value, e.unit, e.toUnit);
  if (typeof v === 'string') throw planError(PlanErrorCode.type, v, cx.text, e.span);
  if (v.months !== 0) throw planError(PlanErrorCode.type, `${what} cannot use months or years (their length varies); use days`, cx.text, e.span);
  return v.days * 86_400_000 + v.millis;
}

/** Replaces subtrees of `e` (matched by their SQL text) with references to output columns. */
function rewrite(e: Expr, replacements: ReadonlyMap<string, string>): Expr {
  const hit = replacements.get(print(e));
  if (hit !== undefined) return columnRef(hit, e.span);
  const map = (x: Expr) => rewrite(x, replacements);
  switch (e.kind) {
    case 'unary': return { ...e, operand: map(e.operand) };
    case 'binary': return { ...e, left: map(e.left), right: map(e.right) };
    case 'is': return { ...e, operand: map(e.operand) };
    case 'is-distinct': return { ...e, left: map(e.left), right: map(e.right) };
    case 'between': return { ...e, operand: map(e.operand), low: map(e.low), high: map(e.high) };
    case 'like': return { ...e, operand: map(e.operand), pattern: map(e.pattern), ...(e.escape ? { escape: map(e.escape) } : {}) };
    case 'in-list': return { ...e, operand: map(e.operand), list: e.list.map(map) };
    case 'call': return { ...e, args: e.args.map((a) => ({ ...a, value: map(a.value) })) };
    case 'case': return { ...e, ...(e.operand ? { operand: map(e.operand) } : {}), whens: e.whens.map((w) => ({ ...w, when: map(w.when), then: map(w.then) })), ...(e.else ? { else: map(e.else) } : {}) };
    case 'cast': return { ...e, expr: map(e.expr) };
    case 'subscript': return { ...e, base: map(e.base), index: map(e.index) };
    case 'field': return { ...e, base: map(e.base) };
    case 'array': return { ...e, elements: e.elements.map(map) };
    default: return e;
  }
}

/** The window of a windowed GROUP BY. */
interface WindowInfo {
  readonly call: CallExpr;
  readonly fn: string;
  readonly shape: WindowShape;
  readonly timeColumn: string;
  readonly timeType: string;
}

/** Plans `select` (which groups or aggregates) over `input`. */
export function planGroupBy(select: Select, input: Logical, scope: readonly ScopeEntry[], cx: QueryContext, q: Query): Logical {
  const windowCalls = select.groupBy.filter((g): g is CallExpr => g.kind === 'call' && WINDOW_CALLS.has(nameOf(g.name)));
  if (windowCalls.length === 0) {
    if (!isBounded(input)) {
      throw planError(PlanErrorCode.unsupported, 'aggregation of a stream without a window (a changelog of running totals) arrives with the event-time issue; group by TUMBLE(ts, ...) or HOP(ts, ...) for window results now, or aggregate a table or materialized view', cx.text, select.groupBy[0]?.span ?? select.span);
    }
    if (q.emit !== undefined) throw planError(PlanErrorCode.unsupported, 'EMIT applies to queries over streams; this one reads only tables, views or VALUES', cx.text, q.emit.span);
    return planAggregate(select, input, scope, cx, undefined);
  }
  return planAggregate(select, input, scope, cx, windowOf(select, windowCalls, input, scope, cx, q));
}

function windowOf(select: Select, windowCalls: readonly CallExpr[], input: Logical, scope: readonly ScopeEntry[], cx: QueryContext, q: Query): WindowInfo {
  if (windowCalls.length > 1) throw planError(PlanErrorCode.type, 'GROUP BY can have only one window', cx.text, windowCalls[1]!.span);
  const w = windowCalls[0]!;
  const fn = nameOf(w.name);
  if (fn === 'session' || fn === 'cumulate') throw planError(PlanErrorCode.unsupported, `${fn.toUpperCase()} windows arrive with the event-time issue; TUMBLE and HOP run now`, cx.text, w.span);
  const emit = q.emit?.mode;
  if (emit === 'changes' || emit === 'on-update' || emit === 'every') {
    throw planError(PlanErrorCode.unsupported, `EMIT ${emit.toUpperCase().replace(/-/g, ' ')} on windows (intermediate and retracted results) arrives with the event-time issue; EMIT ON WINDOW CLOSE runs now`, cx.text, q.emit!.span);
  }
  const args = w.args.map((a) => a.value);
  const time = args[0];
  if (time === undefined || time.kind !== 'column') throw planError(PlanErrorCode.type, `${fn.toUpperCase()} needs an event-time column as its first argument`, cx.text, w.span);
  const timeColumn = (lower(time, { text: cx.text, catalog: cx.catalog, scope }) as plan.Expr).column?.name ?? undefined;
  if (timeColumn === undefined) throw planError(PlanErrorCode.type, 'the window time must be a column, not a struct field', cx.text, time.span);
  const timeType = input.columns.find((c) => c.name === timeColumn)!.type;
  if (!timeType.startsWith('timestamp')) throw planError(PlanErrorCode.type, `the window time column '${timeColumn}' must be a TIMESTAMP, got ${sqlTypeName(timeType)}`, cx.text, time.span);
  let window: WindowShape;
  if (fn === 'tumble') {
    if (args.length < 2 || args.length > 3) throw planError(PlanErrorCode.type, 'TUMBLE(ts, size [, offset])', cx.text, w.span);
    window = { kind: 'tumbling', sizeMs: durationMs(args[1]!, cx, 'the window size'), offsetMs: args[2] ? durationMs(args[2], cx, 'the window offset') : 0 };
  } else {
    if (args.length < 3 || args.length > 4) throw planError(PlanErrorCode.type, `${fn.toUpperCase()}(ts, ${fn === 'hop' ? 'slide, size' : 'size, slide'} [, offset])`, cx.text, w.span);
    let [slide, size] = [durationMs(args[1]!, cx, 'the hop'), durationMs(args[2]!, cx, 'the window size')];
    if (fn === 'slide') [slide, size] = [size, slide];
    // HOP is (slide, size) in LaminarDB's tests and (size, slide) in its README: a slide is never larger than the size.
    if (slide > size) [slide, size] = [size, slide];
    window = { kind: 'sliding', sizeMs: size, slideMs: slide, offsetMs: args[3] ? durationMs(args[3], cx, 'the window offset') : 0 };
  }
  if (window.sizeMs <= 0 || (window.kind === 'sliding' && window.slideMs <= 0)) throw planError(PlanErrorCode.type, 'window sizes must be positive', cx.text, w.span);
  void select;
  return { call: w, fn, shape: window, timeColumn, timeType };
}

/** Keys, aggregates, HAVING and the select list of a grouped query, windowed or not. */
function planAggregate(select: Select, input: Logical, scope: readonly ScopeEntry[], cx: QueryContext, win: WindowInfo | undefined): Logical {
  const w = win?.call;
  // Group keys: plain columns stay; expressions are computed first as key columns.
  const keyExprs = select.groupBy.filter((g) => g !== w);
  const replacements = new Map<string, string>();
  const preExprs: { name: string; expr: plan.Expr }[] = input.columns.map((c) => ({ name: c.name, expr: { column: { name: c.name } } }));
  const preColumns: Column[] = [...input.columns];
  const keys: string[] = [];
  keyExprs.forEach((k, i) => {
    const expr = lower(k, { text: cx.text, catalog: cx.catalog, scope });
    const type = typeAt(cx, expr, input.columns, k.span);
    let name = expr.column?.name ?? undefined;
    if (name === undefined) {
      name = `__key${i}`;
      preExprs.push({ name, expr });
      preColumns.push({ name, type, nullable: true });
    }
    keys.push(name);
    replacements.set(print(k), name);
  });
  const pre: Logical = preColumns.length === input.columns.length ? input : { kind: 'project', input, exprs: preExprs, columns: preColumns };

  // Aggregates used in the select list and HAVING.
  const aggregates: AggregateCall[] = [];
  const aggColumns: Column[] = [];
  const collect = (e: Expr) =>
    walk(e, (x) => {
      if (x.kind !== 'call' || !isAggregateName(nameOf(x.name), cx.catalog) || x.over !== undefined) return;
      const key = print(x);
      if (replacements.has(key)) return;
      const out = `__agg${aggregates.length}`;
      const planned = planAggregateCall(x, out, input.columns, scope, cx);
      aggregates.push(planned.call);
      aggColumns.push(planned.column);
      replacements.set(key, out);
    });
  for (const item of select.items) if (item.expr.kind !== 'wildcard') collect(item.expr);
  if (select.having) collect(select.having);
  if (aggregates.length === 0 && win !== undefined) throw planError(PlanErrorCode.type, 'a windowed GROUP BY needs at least one aggregate in the select list', cx.text, select.span);
  const fn = win?.fn ?? '';
  const endCall = `${fn}_end`;
  let columns: Column[];
  let node: Logical;
  if (win !== undefined) {
    replacements.set(print(win.call), 'window_start');
    columns = [
      ...keys.map((k) => preColumns.find((c) => c.name === k)!),
      { name: 'window_start', type: win.timeType, nullable: false },
      { name: 'window_end', type: win.timeType, nullable: false },
      ...aggColumns,
    ];
    node = { kind: 'window-aggregate', input: pre, keys, window: win.shape, timeColumn: win.timeColumn, aggregates, columns };
  } else {
    columns = [...keys.map((k) => preColumns.find((c) => c.name === k)!), ...aggColumns];
    node = { kind: 'aggregate', input: pre, keys, aggregates, columns };
  }
  const outScope: ScopeEntry[] = [{ alias: '', columns }];
  const fix = (e: Expr) => {
    // TUMBLE_END(ts, ...) / HOP_END(...) name the window end; Flink's TUMBLE_START its start.
    const withEnd = win === undefined || e.kind !== 'call' ? e
      : nameOf(e.name) === endCall ? columnRef('window_end', e.span)
      : nameOf(e.name) === `${fn}_start` ? columnRef('window_start', e.span) : e;
    const out = rewrite(withEnd, replacements);
    walk(out, (x) => {
      if (x.kind === 'column' && x.parts.length === 1 && !columns.some((c) => c.name === nameOf(x.parts[0]!))) {
        throw planError(PlanErrorCode.type, `column '${x.parts.map((p) => p.value).join('.')}' must appear in GROUP BY or inside an aggregate`, cx.text, x.span);
      }
    });
    return out;
  };
  if (select.having !== undefined) {
    const predicate = lower(fix(select.having), { text: cx.text, catalog: cx.catalog, scope: outScope });
    const type = typeAt(cx, predicate, columns, select.having.span);
    if (type !== 'bool') throw planError(PlanErrorCode.type, `HAVING needs a boolean condition, got ${sqlTypeName(type)}`, cx.text, select.having.span);
    node = { kind: 'filter', input: node, predicate, columns };
  }
  const items = select.items.map((item) => {
    if (item.expr.kind === 'wildcard') throw planError(PlanErrorCode.type, 'SELECT * is not allowed in a grouped query; list the keys and aggregates', cx.text, item.span);
    const rewritten = fix(item.expr);
    // Keep the name the user would expect for an unaliased aggregate or window call.
    return rewritten === item.expr || item.alias ? { ...item, expr: rewritten } : { ...item, expr: rewritten, alias: ident(defaultItemName(item.expr, fn, endCall), item.span) };
  });
  return project({ ...select, items }, node, outScope, cx, false);
}

function defaultItemName(e: Expr, fn: string, endCall: string): string {
  if (e.kind === 'call') {
    const name = nameOf(e.name);
    if (name === fn || name === `${fn}_start`) return 'window_start';
    if (name === endCall) return 'window_end';
    return name;
  }
  return e.kind === 'column' ? nameOf(e.parts[e.parts.length - 1]!) : print(e);
}
