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
import { changelogOf, isBounded, relationsOf, type AggregateCall, type EmitSpec, type Logical, type WindowShape } from './logical.js';
import { project, typeAt, type QueryContext } from './context.js';
import { planAggregateCall } from './aggregate-call.js';

const WINDOW_CALLS = new Set(['tumble', 'hop', 'slide', 'session', 'cumulate']);

type CallExpr = Extract<Expr, { kind: 'call' }>;

function ident(value: string, span: Span): Ident {
  return { kind: 'ident', value, quoted: true, span };
}

function columnRef(name: string, span: Span, qualifier?: string): ColumnRef {
  return { kind: 'column', parts: [...(qualifier !== undefined ? [ident(qualifier, span)] : []), ident(name, span)], span };
}

/** Milliseconds of a constant interval argument. */
export function durationMs(e: Expr, cx: QueryContext, what: string): number {
  if (e.kind !== 'interval') throw planError(PlanErrorCode.type, `${what} must be an INTERVAL literal, e.g. INTERVAL '1' MINUTE`, cx.text, e.span);
  const v = intervalValue(e.value, e.unit, e.toUnit);
  if (typeof v === 'string') throw planError(PlanErrorCode.type, v, cx.text, e.span);
  if (v.months !== 0) throw planError(PlanErrorCode.type, `${what} cannot use months or years (their length varies); use days`, cx.text, e.span);
  return v.days * 86_400_000 + v.millis;
}

/**
 * Replaces subtrees of `e` (matched by their SQL text) with references to output columns
 * (qualified by `qualifier` when given: columns only a qualified name reaches).
 */
export function rewrite(e: Expr, replacements: ReadonlyMap<string, string>, qualifier?: string): Expr {
  const hit = replacements.get(print(e));
  if (hit !== undefined) return columnRef(hit, e.span, qualifier);
  const map = (x: Expr) => rewrite(x, replacements, qualifier);
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
export interface WindowInfo {
  /** The GROUP BY window call (absent for a FROM table function, grouped by window_start/end). */
  readonly call?: CallExpr;
  readonly fn: string;
  readonly shape: WindowShape;
  readonly timeColumn: string;
  readonly timeType: string;
}

/** How a grouped query over a stream emits, and its lateness clauses. */
interface Tail {
  readonly emit: EmitSpec;
  readonly latenessMs: number;
  readonly lateTo?: string;
  readonly keyed?: { readonly delayMs: number; readonly idleMs: number };
}

/** The EMIT clause as a spec; `windowed` picks the default. */
export function emitSpec(q: Query, cx: QueryContext, windowed: boolean): EmitSpec {
  const e = q.emit;
  if (e === undefined) return { mode: windowed ? 'close' : 'changes', everyMs: 0 };
  switch (e.mode) {
    case 'after-watermark': case 'on-window-close': return { mode: 'close', everyMs: 0 };
    case 'final': return { mode: 'final', everyMs: 0 };
    case 'on-update': return { mode: 'update', everyMs: 0 };
    case 'changes': return { mode: 'changes', everyMs: 0 };
    case 'every': {
      const ms = durationMs(e.interval!, cx, 'the EMIT EVERY interval');
      if (ms <= 0) throw planError(PlanErrorCode.type, 'the EMIT EVERY interval must be positive', cx.text, e.interval!.span);
      return { mode: 'every', everyMs: ms };
    }
  }
}

/** Plans `select` (which groups or aggregates) over `input`; `tvf` is a FROM window table function. */
export function planGroupBy(select: Select, input: Logical, scope: readonly ScopeEntry[], cx: QueryContext, q: Query, tvf?: WindowInfo): Logical {
  const windowCalls = select.groupBy.filter((g): g is CallExpr => g.kind === 'call' && WINDOW_CALLS.has(nameOf(g.name)));
  const bounded = isBounded(input);
  if (windowCalls.length > 0 && tvf !== undefined) throw planError(PlanErrorCode.type, 'group by window_start, window_end of the FROM window function, or by a window call, not both', cx.text, windowCalls[0]!.span);
  let win = windowCalls.length > 0 ? windowOf(windowCalls, input, scope, cx) : undefined;
  if (tvf !== undefined) {
    const grouped = new Set(select.groupBy.map((g) => (g.kind === 'column' ? nameOf(g.parts[g.parts.length - 1]!) : '')));
    if (!grouped.has('window_start') || !grouped.has('window_end')) throw planError(PlanErrorCode.type, `a query over ${tvf.fn.toUpperCase()}(TABLE ..., DESCRIPTOR(...), ...) groups by window_start and window_end`, cx.text, select.groupBy[0]?.span ?? select.span);
    win = tvf;
  }
  if (bounded) {
    if (q.emit !== undefined) throw planError(PlanErrorCode.unsupported, 'EMIT applies to queries over streams; this one reads only tables, views or VALUES', cx.text, q.emit.span);
    if (q.lateness !== undefined || q.lateDataTo !== undefined) throw planError(PlanErrorCode.unsupported, 'ALLOW LATENESS and LATE DATA TO apply to queries over streams', cx.text, (q.lateness ?? q.lateDataTo)!.span);
    if (win !== undefined) throw planError(PlanErrorCode.unsupported, 'windows group streams by event time; this query reads only tables, views or VALUES (group by date_trunc(...) instead)', cx.text, win.call?.span ?? select.span);
    return planAggregate(select, input, scope, cx, undefined, { emit: { mode: 'close', everyMs: 0 }, latenessMs: 0 });
  }
  const kind = changelogOf(input);
  if (kind === 'upsert') throw planError(PlanErrorCode.unsupported, 'this query aggregates an update stream (EMIT ON UPDATE / EVERY, or a late-updating window), whose rows replace earlier ones; aggregate it with EMIT CHANGES upstream so retractions are explicit', cx.text, select.span);
  const emit = emitSpec(q, cx, win !== undefined);
  if (win === undefined) {
    if (emit.mode === 'close' || emit.mode === 'final') throw planError(PlanErrorCode.type, `EMIT ${q.emit!.mode === 'final' ? 'FINAL' : 'ON WINDOW CLOSE'} needs a window to close; an unwindowed aggregate over a stream emits CHANGES (the default), ON UPDATE or EVERY`, cx.text, q.emit!.span);
    if (q.lateness !== undefined || q.lateDataTo !== undefined) throw planError(PlanErrorCode.type, 'ALLOW LATENESS and LATE DATA TO apply to windows: an unwindowed aggregate takes every row', cx.text, (q.lateness ?? q.lateDataTo)!.span);
    if (kind === 'retract' && (emit.mode === 'update' || emit.mode === 'every')) throw planError(PlanErrorCode.type, 'an aggregate over a changelog cannot emit plain updates (a group may disappear); use EMIT CHANGES', cx.text, q.emit!.span);
    return planAggregate(select, input, scope, cx, undefined, { emit, latenessMs: 0 });
  }
  if (kind === 'retract' && (emit.mode === 'update' || emit.mode === 'every')) throw planError(PlanErrorCode.type, 'a window over a changelog cannot emit plain updates (a group may disappear); use EMIT CHANGES, ON WINDOW CLOSE or FINAL', cx.text, q.emit!.span);
  const latenessMs = q.lateness !== undefined ? durationMs(q.lateness, cx, 'ALLOW LATENESS') : 0;
  if (latenessMs < 0) throw planError(PlanErrorCode.type, 'ALLOW LATENESS must not be negative', cx.text, q.lateness!.span);
  if (win.shape.kind === 'session') {
    if (emit.mode === 'update' || emit.mode === 'every') throw planError(PlanErrorCode.type, `SESSION windows emit ON WINDOW CLOSE, FINAL or CHANGES: a session's bounds move as it grows, which only a changelog can express as it happens`, cx.text, q.emit!.span);
    if (emit.mode === 'close' && latenessMs > 0) throw planError(PlanErrorCode.type, 'SESSION windows with ALLOW LATENESS need EMIT CHANGES or EMIT FINAL: a late row can move an emitted session\'s bounds or merge it with another', cx.text, q.lateness!.span);
  }
  if (kind === 'retract' && emit.mode === 'close' && latenessMs > 0) throw planError(PlanErrorCode.type, 'a window over a changelog with ALLOW LATENESS needs EMIT CHANGES or FINAL', cx.text, q.lateness!.span);
  let tail: Tail = { emit, latenessMs, ...(q.lateDataTo ? { lateTo: nameOf(q.lateDataTo) } : {}) };
  let source = input;
  if (latenessMs > 0 || tail.lateTo !== undefined || cx.keyedWatermark !== undefined) {
    // Late rows reach the window only if the source's watermark does not drop them first.
    source = keepLate(input, cx, (q.lateness ?? q.lateDataTo)?.span ?? select.span);
  }
  if (cx.keyedWatermark !== undefined) {
    if (emit.mode !== 'close' || latenessMs > 0 || kind !== 'append' || win.shape.kind === 'session') {
      throw planError(PlanErrorCode.type, "'watermark.keyed' applies to TUMBLE, HOP and CUMULATE windows that EMIT ON WINDOW CLOSE without lateness over an append-only source", cx.text, q.emit?.span ?? select.span);
    }
    const raw = relationsOf(source)[0]!.raw!;
    tail = { ...tail, keyed: { delayMs: raw.delayMs, idleMs: cx.keyedWatermark.idleMs } };
  }
  return planAggregate(select, source, scope, cx, win, tail);
}

/**
 * The same plan reading its source's rows before the source's watermark drops late ones, for a
 * query that judges lateness itself (ALLOW LATENESS, LATE DATA TO, temporal filters).
 */
export function keepLate(node: Logical, cx: QueryContext, span: Span): Logical {
  switch (node.kind) {
    case 'scan':
      if (node.relation.raw === undefined) {
        throw planError(PlanErrorCode.unsupported, `late rows never reach this query: '${node.relation.name}' is a ${node.relation.kind}${node.relation.kind === 'source' ? ' without a watermark' : ', whose source already dropped them'}; read a source with WATERMARK FOR directly`, cx.text, span);
      }
      return { ...node, keepLate: true };
    case 'filter': case 'project': return { ...node, input: keepLate(node.input, cx, span) };
    default: throw planError(PlanErrorCode.unsupported, 'late rows can be kept only when the query reads one source directly', cx.text, span);
  }
}

function windowOf(windowCalls: readonly CallExpr[], input: Logical, scope: readonly ScopeEntry[], cx: QueryContext): WindowInfo {
  if (windowCalls.length > 1) throw planError(PlanErrorCode.type, 'GROUP BY can have only one window', cx.text, windowCalls[1]!.span);
  const w = windowCalls[0]!;
  const fn = nameOf(w.name);
  const args = w.args.map((a) => a.value);
  const time = args[0];
  if (time === undefined || time.kind !== 'column') throw planError(PlanErrorCode.type, `${fn.toUpperCase()} needs an event-time column as its first argument`, cx.text, w.span);
  const timeColumn = (lower(time, { text: cx.text, catalog: cx.catalog, scope }) as plan.Expr).column?.name ?? undefined;
  if (timeColumn === undefined) throw planError(PlanErrorCode.type, 'the window time must be a column, not a struct field', cx.text, time.span);
  return { call: w, ...windowShape(fn, timeColumn, args.slice(1), input, cx, w.span, time.span) };
}

/** A window function's shape from its interval arguments (after the time column). */
export function windowShape(fn: string, timeColumn: string, args: readonly Expr[], input: Logical, cx: QueryContext, span: Span, timeSpan: Span): Omit<WindowInfo, 'call'> {
  const timeType = input.columns.find((c) => c.name === timeColumn)?.type;
  if (timeType === undefined) throw planError(PlanErrorCode.unknownColumn, `no column '${timeColumn}' for the window time`, cx.text, timeSpan);
  if (!timeType.startsWith('timestamp')) throw planError(PlanErrorCode.type, `the window time column '${timeColumn}' must be a TIMESTAMP, got ${sqlTypeName(timeType)}`, cx.text, timeSpan);
  const count = (min: number, max: number, form: string) => {
    if (args.length < min || args.length > max) throw planError(PlanErrorCode.type, form, cx.text, span);
  };
  let shape: WindowShape;
  switch (fn) {
    case 'tumble':
      count(1, 2, 'TUMBLE(ts, size [, offset])');
      shape = { kind: 'tumbling', sizeMs: durationMs(args[0]!, cx, 'the window size'), offsetMs: args[1] ? durationMs(args[1], cx, 'the window offset') : 0 };
      break;
    case 'hop': case 'slide': {
      count(2, 3, `${fn.toUpperCase()}(ts, ${fn === 'hop' ? 'slide, size' : 'size, slide'} [, offset])`);
      let [slide, size] = [durationMs(args[0]!, cx, 'the hop'), durationMs(args[1]!, cx, 'the window size')];
      if (fn === 'slide') [slide, size] = [size, slide];
      // HOP is (slide, size) in LaminarDB's tests and (size, slide) in its README: a slide is never larger than the size.
      if (slide > size) [slide, size] = [size, slide];
      shape = { kind: 'sliding', sizeMs: size, slideMs: slide, offsetMs: args[2] ? durationMs(args[2], cx, 'the window offset') : 0 };
      break;
    }
    case 'cumulate': {
      count(2, 3, 'CUMULATE(ts, step, size [, offset])');
      const [step, size] = [durationMs(args[0]!, cx, 'the step'), durationMs(args[1]!, cx, 'the window size')];
      if (step > size) throw planError(PlanErrorCode.type, `CUMULATE's step (${step} ms) must not exceed its size (${size} ms)`, cx.text, span);
      if (size % step !== 0) throw planError(PlanErrorCode.type, `CUMULATE's size (${size} ms) must be a multiple of its step (${step} ms)`, cx.text, span);
      shape = { kind: 'cumulate', stepMs: step, sizeMs: size, offsetMs: args[2] ? durationMs(args[2], cx, 'the window offset') : 0 };
      break;
    }
    default:
      count(1, 1, 'SESSION(ts, gap)');
      shape = { kind: 'session', gapMs: durationMs(args[0]!, cx, 'the session gap') };
  }
  const sizes = shape.kind === 'session' ? [shape.gapMs] : shape.kind === 'sliding' ? [shape.sizeMs, shape.slideMs] : shape.kind === 'cumulate' ? [shape.sizeMs, shape.stepMs] : [shape.sizeMs];
  if (sizes.some((x) => x <= 0)) throw planError(PlanErrorCode.type, 'window sizes must be positive', cx.text, span);
  return { fn: fn === 'slide' ? 'hop' : fn, shape, timeColumn, timeType };
}

/** Keys, aggregates, HAVING and the select list of a grouped query, windowed or not. */
function planAggregate(select: Select, input: Logical, scope: readonly ScopeEntry[], cx: QueryContext, win: WindowInfo | undefined, tail: Tail): Logical {
  const w = win?.call;
  const bound = (g: Expr) => win !== undefined && w === undefined && g.kind === 'column' && ['window_start', 'window_end'].includes(nameOf(g.parts[g.parts.length - 1]!));
  // Group keys: plain columns stay; expressions are computed first as key columns.
  const keyExprs = select.groupBy.filter((g) => g !== w && !bound(g));
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
  const fn = win?.fn ?? '';
  const endCall = `${fn}_end`;
  let columns: Column[];
  let node: Logical;
  const weighted = tail.emit.mode === 'changes';
  const weight: Column[] = weighted ? [{ name: '__weight', type: 'int32', nullable: false }] : [];
  if (win !== undefined) {
    if (win.call !== undefined) replacements.set(print(win.call), 'window_start');
    columns = [
      ...keys.map((k) => preColumns.find((c) => c.name === k)!),
      { name: 'window_start', type: win.timeType, nullable: false },
      { name: 'window_end', type: win.timeType, nullable: false },
      ...aggColumns,
    ];
    columns.push(...weight);
    node = {
      kind: 'window-aggregate', input: pre, keys, window: win.shape, timeColumn: win.timeColumn, aggregates, emit: tail.emit, latenessMs: tail.latenessMs,
      ...(tail.lateTo !== undefined ? { lateTo: tail.lateTo } : {}), ...(tail.keyed !== undefined ? { keyed: tail.keyed } : {}), columns,
    };
  } else {
    columns = [...keys.map((k) => preColumns.find((c) => c.name === k)!), ...aggColumns];
    columns.push(...weight);
    node = { kind: 'aggregate', input: pre, keys, aggregates, emit: tail.emit, ttlMs: tail.emit.mode === 'close' ? 0 : cx.ttlMs ?? 0, columns };
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
