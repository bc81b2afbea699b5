/**
 * Window functions in the select list (`f(...) OVER (PARTITION BY .. ORDER BY .. frame)`): the
 * partition, order and argument expressions are computed as columns, one over node per distinct
 * PARTITION BY / ORDER BY computes every call sharing it, and the select list reads the results.
 *
 * How the node runs follows from its input: a bounded input is computed once when it ends; an
 * append-only stream ordered by its event time (ascending, first key) emits each row once, final,
 * when the watermark passes it; anything else is a changelog whose rows are retracted and emitted
 * again as later rows change them. A filter `rn <= N` over a ranking call (rules.ts) turns the
 * node into a top-N that keeps only N rows per partition.
 */
import type { plan } from '../../specs/index.js';
import type { Expr, FrameBound, Select, Span } from '../ast.js';
import { print } from '../print.js';
import type { Column } from './catalog.js';
import { PlanErrorCode } from './errors.js';
import { sqlTypeName } from './types.js';
import { defaultName, isAggregateName, lower, nameOf, numberLiteral, walk, type ScopeEntry } from './expr.js';
import { changelogOf, isBounded, timeAttributes, type Logical, type OverCall, type OverMode, type SortKey } from './logical.js';
import { fail, typeAt, WEIGHT, type QueryContext } from './context.js';
import { planAggregateCall } from './aggregate-call.js';
import { durationMs, rewrite } from './window.js';

type CallExpr = Extract<Expr, { kind: 'call' }>;

const RANKING = new Set(['row_number', 'rank', 'dense_rank', 'percent_rank', 'cume_dist', 'ntile']);
const NAVIGATION = new Set(['lag', 'lead']);
const VALUE = new Set(['first_value', 'last_value', 'nth_value']);
const BOUNDS = ['UNBOUNDED PRECEDING', 'PRECEDING', 'CURRENT ROW', 'FOLLOWING', 'UNBOUNDED FOLLOWING'] as const;
/** The scope entry holding the calls' results: only qualified names reach it, never `*`. */
const OVER = '__over';

/** Whether the select list calls window functions. */
export function hasWindowCalls(select: Select): boolean {
  return select.items.some((i) => windowCalls(i.expr).length > 0);
}

function windowCalls(e: Expr): CallExpr[] {
  const out: CallExpr[] = [];
  walk(e, (x) => {
    if (x.kind === 'call' && x.over !== undefined) out.push(x);
  });
  return out;
}

/**
 * Plans the window calls of `select` over `input`: returns the node computing them and the
 * select list and scope that read their results.
 */
export function planOver(select: Select, input: Logical, scope: readonly ScopeEntry[], cx: QueryContext): { select: Select; node: Logical; scope: ScopeEntry[] } {
  const ex = { text: cx.text, catalog: cx.catalog, scope };
  const calls = new Map<string, CallExpr>();
  for (const item of select.items) for (const c of windowCalls(item.expr)) calls.set(print(c), c);
  for (const c of calls.values()) {
    const inner = [...c.args.map((a) => a.value), ...c.over!.partitionBy, ...c.over!.orderBy.map((o) => o.expr)].flatMap(windowCalls);
    if (inner.length > 0) throw fail(cx, PlanErrorCode.unsupported, 'window functions cannot be nested; compute the inner one in a subquery', inner[0]!.span);
  }
  const kind = changelogOf(input);
  if (kind === 'upsert') throw fail(cx, PlanErrorCode.unsupported, 'window functions over an update stream (EMIT ON UPDATE / EVERY) cannot tell which rows an update replaces; produce the input with EMIT CHANGES', select.span);

  // Partition, order and argument expressions as columns (a plain column stays itself).
  const extra: { name: string; expr: plan.Expr; column: Column }[] = [];
  const columnOf = (e: Expr): { name: string; type: string } => {
    const expr = lower(e, ex);
    const type = typeAt(cx, expr, input.columns, e.span);
    const name = expr.column?.name;
    if (name != null && input.columns.some((c) => c.name === name)) return { name, type };
    const known = extra.find((x) => JSON.stringify(x.expr) === JSON.stringify(expr));
    if (known !== undefined) return { name: known.name, type };
    const out = `__wx${extra.length}`;
    extra.push({ name: out, expr, column: { name: out, type: type === 'null' ? 'int32' : type, nullable: true } });
    return { name: out, type };
  };

  // One node per distinct PARTITION BY / ORDER BY, in the order the calls are written.
  interface Group { partitionBy: string[]; orderBy: SortKey[]; orderTypes: string[]; calls: { ast: CallExpr; out: string; value?: { name: string; type: string } }[] }
  const groups = new Map<string, Group>();
  const names = new Map<string, string>();
  let n = 0;
  for (const [text, c] of calls) {
    const spec = c.over!;
    const partitionBy = spec.partitionBy.map((p) => columnOf(p).name);
    const order = spec.orderBy.map((o) => ({ o, col: columnOf(o.expr) }));
    const orderBy = order.map(({ o, col }) => ({ expr: { column: { name: col.name } }, descending: o.direction === 'DESC', nullsFirst: o.nulls === undefined ? o.direction === 'DESC' : o.nulls === 'FIRST' }));
    const key = JSON.stringify([partitionBy, orderBy]);
    let g = groups.get(key);
    if (g === undefined) groups.set(key, (g = { partitionBy, orderBy, orderTypes: order.map((x) => x.col.type), calls: [] }));
    const out = `${OVER}${n++}`;
    const value = readsValue(c) && c.args[0] !== undefined ? columnOf(c.args[0].value) : undefined;
    g.calls.push({ ast: c, out, ...(value !== undefined ? { value } : {}) });
    names.set(text, out);
  }

  let node: Logical = input;
  if (extra.length > 0) {
    const exprs = [...input.columns.map((c) => ({ name: c.name, expr: { column: { name: c.name } } as plan.Expr })), ...extra.map((x) => ({ name: x.name, expr: x.expr }))];
    node = { kind: 'project', input, exprs, columns: [...input.columns, ...extra.map((x) => x.column)] };
  }
  const inner: ScopeEntry[] = [...scope, ...(extra.length > 0 ? [{ alias: '__wx', columns: extra.map((x) => x.column), hidden: extra.map(() => true) }] : [])];
  const outputs: Column[] = [];
  for (const g of groups.values()) {
    const planned = g.calls.map(({ ast, out, value }) => planCall(ast, out, value, g, node, inner, cx));
    const mode = modeOf(node, g.orderBy, cx);
    const data = node.columns.filter((c) => c.name !== WEIGHT);
    const columns = [...data, ...planned.map((p) => p.column), ...(mode === 'changelog' ? [{ name: WEIGHT, type: 'int32', nullable: false }] : [])];
    node = {
      kind: 'over', input: node, partitionBy: g.partitionBy, orderBy: g.orderBy, calls: planned.map((p) => p.call), mode,
      timeColumn: mode === 'watermark' ? g.orderBy[0]!.expr.column!.name! : '', limit: 0, limitCall: 0, columns,
    };
    outputs.push(...planned.map((p) => p.column));
  }
  const items = select.items.map((item) => {
    if (windowCalls(item.expr).length === 0) return item;
    const expr = rewrite(item.expr, names, OVER);
    return { ...item, expr, alias: item.alias ?? { kind: 'ident' as const, value: defaultName(item.expr), quoted: true, span: item.span } };
  });
  return { select: { ...select, items }, node, scope: [...inner, { alias: OVER, columns: outputs, hidden: outputs.map(() => true) }] };
}

/** BOUNDED for a bounded input; WATERMARK for an append-only stream ordered by its event time; else CHANGELOG. */
function modeOf(input: Logical, orderBy: readonly SortKey[], cx: QueryContext): OverMode {
  if (isBounded(input)) return 'bounded';
  if (changelogOf(input) !== 'append' || cx.streaming !== true) return 'changelog';
  const first = orderBy[0];
  const time = first?.expr.column?.name;
  return first !== undefined && !first.descending && time != null && timeAttributes(input).get(time) === 0 ? 'watermark' : 'changelog';
}

function planCall(c: CallExpr, out: string, computed: { name: string; type: string } | undefined, g: { orderBy: readonly SortKey[]; orderTypes: readonly string[] }, input: Logical, scope: readonly ScopeEntry[], cx: QueryContext): { call: OverCall; column: Column } {
  const fn = nameOf(c.name);
  const NAME = fn.toUpperCase();
  const ex = { text: cx.text, catalog: cx.catalog, scope };
  const args = c.args.map((a) => a.value);
  const err = (detail: string, at: { span: Span } = c) => fail(cx, PlanErrorCode.type, detail, at.span);
  if (c.distinct) throw fail(cx, PlanErrorCode.unsupported, `DISTINCT is not supported in window functions (${NAME}(DISTINCT ...) OVER); aggregate the distinct values in a subquery`, c.span);
  if (c.filter !== undefined && !isAggregate(fn, cx)) throw err(`FILTER (WHERE ...) applies to aggregates, not to ${NAME}`);
  const ordered = g.orderBy.length > 0;
  const frameless = RANKING.has(fn) || NAVIGATION.has(fn);
  if (frameless && c.over!.frame !== undefined) throw err(`${NAME} does not use a window frame; remove ROWS/RANGE ...`, c.over!.frame);
  if ((RANKING.has(fn) || NAVIGATION.has(fn)) && !ordered && fn !== 'row_number') throw err(`${NAME} needs ORDER BY in its OVER clause`, c.over!);
  const constant = (e: Expr | undefined, what: string): plan.Expr => {
    if (e === undefined) throw err(`${NAME} needs ${what}`);
    const lowered = lower(e, ex);
    if (lowered.literal == null) throw err(`${what} of ${NAME} must be a constant`, e);
    return lowered;
  };
  const valueColumn = (e: Expr | undefined): { name: string; type: string } => {
    if (e === undefined || computed === undefined) throw err(`${NAME} needs a value argument`);
    return computed;
  };
  const frame = frameOf(c, g, cx);
  if (RANKING.has(fn)) {
    if (fn === 'ntile') {
      if (args.length !== 1) throw err('NTILE takes one argument: the number of buckets');
      return { call: { name: out, fn, args: [constant(args[0], 'the bucket count')] }, column: { name: out, type: 'int64', nullable: false } };
    }
    if (args.length > 0) throw err(`${NAME}() takes no arguments`);
    return { call: { name: out, fn, args: [] }, column: { name: out, type: fn === 'percent_rank' || fn === 'cume_dist' ? 'float64' : 'int64', nullable: false } };
  }
  if (NAVIGATION.has(fn)) {
    if (args.length < 1 || args.length > 3) throw err(`${NAME} takes a value, then an optional offset and default`);
    const value = valueColumn(args[0]);
    const rest = args.slice(1).map((a, i) => constant(a, i === 0 ? 'the offset' : 'the default'));
    if (rest[1] !== undefined && rest[1].literal?.nullValue !== true) {
      const t = typeAt(cx, rest[1], [], args[2]!.span);
      const fits = t === value.type || (/^(int|float|decimal)/.test(t) && /^(int|float|decimal)/.test(value.type));
      if (!fits) throw err(`the default of ${NAME} is ${sqlTypeName(t)}, the value is ${sqlTypeName(value.type)}; CAST one of them`, args[2]!);
    }
    return { call: { name: out, fn, args: [{ column: { name: value.name } }, ...rest] }, column: { name: out, type: value.type, nullable: true } };
  }
  if (VALUE.has(fn) && c.orderBy.length === 0) {
    if (args.length !== (fn === 'nth_value' ? 2 : 1)) throw err(fn === 'nth_value' ? 'NTH_VALUE takes a value and a position' : `${NAME} takes one value`);
    const value = valueColumn(args[0]);
    const more = fn === 'nth_value' ? [constant(args[1], 'the position')] : [];
    return { call: { name: out, fn, args: [{ column: { name: value.name } }, ...more], frame }, column: { name: out, type: value.type, nullable: true } };
  }
  if (isAggregate(fn, cx)) {
    const { over: _, ...plain } = c;
    const planned = planAggregateCall(plain, out, input.columns, scope, cx);
    return { call: { name: out, fn: 'aggregate', args: [], frame, aggregate: planned.call }, column: { ...planned.column, nullable: true } };
  }
  throw fail(cx, PlanErrorCode.unknownFunction, `'${fn}' is not a window function; use ROW_NUMBER, RANK, DENSE_RANK, PERCENT_RANK, CUME_DIST, NTILE, LAG, LEAD, FIRST_VALUE, LAST_VALUE, NTH_VALUE or an aggregate`, c.span);
}

function isAggregate(fn: string, cx: QueryContext): boolean {
  return isAggregateName(fn, cx.catalog);
}

/** Whether a call's first argument is a value read per row (LAG, LEAD, FIRST_VALUE, ...). */
function readsValue(c: CallExpr): boolean {
  const fn = nameOf(c.name);
  return NAVIGATION.has(fn) || (VALUE.has(fn) && c.orderBy.length === 0);
}

/** The call's frame; none means SQL's default (the operator applies it). */
function frameOf(c: CallExpr, g: { orderBy: readonly SortKey[]; orderTypes: readonly string[] }, cx: QueryContext): plan.Frame | undefined {
  const f = c.over!.frame;
  if (f === undefined) return undefined;
  const range = f.units === 'RANGE';
  const end: FrameBound = f.end ?? { bound: 'CURRENT ROW', span: f.span };
  const offset = (b: FrameBound): number => {
    if (b.offset === undefined) return 0;
    if (!range) {
      const e = b.offset;
      if (e.kind !== 'number' || !/^\d+$/.test(e.value)) throw fail(cx, PlanErrorCode.type, 'a ROWS frame offset must be a non-negative whole number, e.g. ROWS BETWEEN 3 PRECEDING AND CURRENT ROW', e.span);
      return Number(e.value);
    }
    if (g.orderBy.length !== 1) throw fail(cx, PlanErrorCode.type, `a RANGE frame with an offset needs exactly one ORDER BY key (this window has ${g.orderBy.length})`, b.span);
    const type = g.orderTypes[0]!;
    if (type.startsWith('timestamp')) {
      const ms = durationMs(b.offset, cx, 'a RANGE offset over a timestamp order key');
      if (ms < 0) throw fail(cx, PlanErrorCode.type, 'a RANGE frame offset must not be negative', b.offset.span);
      return ms;
    }
    if (!/^(int|uint|float|decimal)/.test(type)) throw fail(cx, PlanErrorCode.type, `a RANGE frame with an offset needs a numeric or time ORDER BY key, not ${sqlTypeName(type)}`, b.span);
    const v = b.offset.kind === 'number' ? numberLiteral(b.offset.value).literal : undefined;
    const x = v?.int32Value ?? v?.doubleValue ?? (v?.int64Value != null ? Number(v.int64Value) : v?.stringValue != null ? Number(v.stringValue) : undefined);
    if (x == null || !(x >= 0)) throw fail(cx, PlanErrorCode.type, 'a RANGE frame offset over a numeric key must be a non-negative number', b.offset.span);
    return x;
  };
  const start = BOUNDS.indexOf(f.start.bound);
  const stop = BOUNDS.indexOf(end.bound);
  if (f.start.bound === 'UNBOUNDED FOLLOWING' || end.bound === 'UNBOUNDED PRECEDING' || start > stop) {
    throw fail(cx, PlanErrorCode.type, `a window frame cannot start at ${f.start.bound} and end at ${end.bound}`, f.span);
  }
  if (range && g.orderBy.length === 0 && (f.start.offset !== undefined || end.offset !== undefined)) throw fail(cx, PlanErrorCode.type, 'a RANGE frame with an offset needs ORDER BY', f.span);
  return { range, start, startOffset: offset(f.start), end: stop, endOffset: offset(end) };
}

/** The ranking call a top-N filter `column <= n` limits, if `column` is one. */
export function rankingCall(node: Extract<Logical, { kind: 'over' }>, column: string): number {
  return node.calls.findIndex((c) => c.name === column && (c.fn === 'row_number' || c.fn === 'rank' || c.fn === 'dense_rank'));
}
