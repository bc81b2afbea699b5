/**
 * Lowering SQL expressions (AST) to plan expressions: names resolved against a scope, operators
 * turned into catalog function calls, typed literals given their column types. Every error points
 * at the expression in the SQL text.
 */
import type { plan } from '../../specs/index.js';
import { aggregateName } from '../../operators/catalog.js';
import type { Expr, Ident, IntervalUnit, Span } from '../ast.js';
import { didYouMean } from '../errors.js';
import { print } from '../print.js';
import type { Column, PlannerCatalog } from './catalog.js';
import { planError, PlanErrorCode } from './errors.js';
import { resolveType, TypeResolutionError } from './types.js';

/** A relation visible in a query: its alias and columns. */
export interface ScopeEntry {
  readonly alias: string;
  readonly columns: readonly Column[];
  /**
   * The plan column each column reads (default: its own name). A join renames a column whose
   * name the other side already uses; the scope keeps the name the user writes.
   */
  readonly refs?: readonly string[];
  /** Columns only a qualified name reaches (`t.k`), not `k` or `*`: the copies a USING join merged. */
  readonly hidden?: readonly boolean[];
}

/** The plan column of column `k` of a scope entry. */
export function refOf(entry: ScopeEntry, k: number): string {
  return entry.refs?.[k] ?? entry.columns[k]!.name;
}

/** The columns `*` (or `t.*`) expands to, as output names and plan columns. */
export function starColumns(entries: readonly ScopeEntry[], qualified: boolean): { name: string; ref: string; column: Column }[] {
  return entries.flatMap((e) => e.columns.flatMap((c, k) => (c.name === '__weight' || (!qualified && e.hidden?.[k]) ? [] : [{ name: c.name, ref: refOf(e, k), column: c }])));
}

/** What lowering needs: the SQL text (for positions), the catalog and the visible relations. */
export interface ExprContext {
  readonly text: string;
  readonly catalog: PlannerCatalog;
  readonly scope: readonly ScopeEntry[];
}

/** Unquoted identifiers are case-insensitive (lower-cased); quoted ones are exact. */
export function nameOf(id: Ident): string {
  return id.quoted ? id.value : id.value.toLowerCase();
}

const WINDOW_ONLY = new Set(['lag', 'lead', 'row_number', 'rank', 'dense_rank', 'ntile', 'percent_rank', 'cume_dist']);
const WINDOWS = new Set(['tumble', 'hop', 'slide', 'session', 'cumulate', 'tumble_end', 'hop_end', 'cumulate_end']);

/** Whether a call is an aggregate (by name): a built-in one or a registered aggregate UDF. */
export function isAggregateName(name: string, catalog?: PlannerCatalog): boolean {
  return aggregateName(name) !== undefined || catalog?.aggregate?.(name.toLowerCase()) !== undefined;
}

/** Whether an expression contains an aggregate call anywhere. */
export function containsAggregate(e: Expr, catalog?: PlannerCatalog): boolean {
  let found = false;
  walk(e, (x) => {
    if (x.kind === 'call' && isAggregateName(nameOf(x.name), catalog) && x.over === undefined) found = true;
  });
  return found;
}

/** Visits every sub-expression (not entering subqueries). */
export function walk(e: Expr, visit: (e: Expr) => void): void {
  visit(e);
  const kids: (Expr | undefined)[] = [];
  switch (e.kind) {
    case 'unary': kids.push(e.operand); break;
    case 'binary': kids.push(e.left, e.right); break;
    case 'is': kids.push(e.operand); break;
    case 'is-distinct': kids.push(e.left, e.right); break;
    case 'between': kids.push(e.operand, e.low, e.high); break;
    case 'like': kids.push(e.operand, e.pattern, e.escape); break;
    case 'in-list': kids.push(e.operand, ...e.list); break;
    case 'in-subquery': kids.push(e.operand); break;
    case 'call': kids.push(...e.args.map((a) => a.value), e.filter, ...e.orderBy.map((o) => o.expr), ...(e.withinGroup ?? []).map((o) => o.expr)); break;
    case 'case': kids.push(e.operand, ...e.whens.flatMap((w) => [w.when, w.then]), e.else); break;
    case 'cast': kids.push(e.expr); break;
    case 'subscript': kids.push(e.base, e.index); break;
    case 'field': kids.push(e.base); break;
    case 'array': kids.push(...e.elements); break;
    case 'map': kids.push(...e.entries.flatMap((x) => [x.key, x.value])); break;
  }
  for (const k of kids) if (k !== undefined) walk(k, visit);
}

const call = (fn: string, ...args: plan.Expr[]): plan.Expr => ({ call: { function: fn, args } });
const colRef = (name: string): plan.Expr => ({ column: { name } });
const text = (value: string): plan.Expr => ({ literal: { stringValue: value } });

const BINARY: Record<string, string> = {
  OR: 'or', AND: 'and', '=': 'eq', '<>': 'neq', '<': 'lt', '<=': 'lte', '>': 'gt', '>=': 'gte',
  '||': 'concat_op', '+': 'add', '-': 'sub', '*': 'mul', '/': 'div', '%': 'mod', '->': 'json_get', '->>': 'json_get_text',
};

const UNIT_MS: Partial<Record<IntervalUnit, number>> = { WEEK: 7 * 86_400_000, HOUR: 3_600_000, MINUTE: 60_000, SECOND: 1000, MILLISECOND: 1, MICROSECOND: 0.001, NANOSECOND: 0.000001 };

/** `{months, days, millis}` of an interval literal, or an error message. */
export function intervalValue(value: string, unit: IntervalUnit | undefined, toUnit: IntervalUnit | undefined): { months: number; days: number; millis: number } | string {
  const v = value.trim();
  if (unit === undefined) {
    let months = 0;
    let days = 0;
    let millis = 0;
    const re = /(-?\d+(?:\.\d+)?)\s*([a-zA-Z]+)/g;
    let consumed = '';
    for (let m = re.exec(v); m !== null; m = re.exec(v)) {
      consumed += m[0];
      const n = Number(m[1]);
      const u = m[2]!.toLowerCase().replace(/s$/, '');
      if (u === 'year' || u === 'y') months += 12 * n;
      else if (u === 'month' || u === 'mon') months += n;
      else if (u === 'week' || u === 'w') days += 7 * n;
      else if (u === 'day' || u === 'd') days += n;
      else if (u === 'hour' || u === 'h' || u === 'hr') millis += n * 3_600_000;
      else if (u === 'minute' || u === 'min' || u === 'm') millis += n * 60_000;
      else if (u === 'second' || u === 'sec' || u === 's') millis += n * 1000;
      else if (u === 'millisecond' || u === 'ms') millis += n;
      else if (u === 'microsecond' || u === 'us') millis += n / 1000;
      else return `unknown interval unit '${m[2]}'`;
    }
    if (consumed.replace(/\s/g, '') !== v.replace(/\s/g, '') || consumed === '') return `cannot read interval '${value}'; write e.g. INTERVAL '5' SECOND or INTERVAL '1 day 2 hours'`;
    return { months, days, millis };
  }
  if (toUnit !== undefined) {
    // INTERVAL '1:30' HOUR TO MINUTE, INTERVAL '2 10:00:00' DAY TO SECOND.
    const m = /^(-)?(?:(\d+)\s+)?(\d+)(?::(\d+))?(?::(\d+(?:\.\d+)?))?$/.exec(v);
    if (!m) return `cannot read interval '${value}' ${unit} TO ${toUnit}`;
    const sign = m[1] ? -1 : 1;
    const parts = [m[3], m[4], m[5]].filter((x) => x !== undefined).map(Number);
    const order: IntervalUnit[] = ['DAY', 'HOUR', 'MINUTE', 'SECOND'];
    let idx = order.indexOf(unit);
    let millis = 0;
    let days = m[2] !== undefined ? Number(m[2]) : 0;
    for (const p of parts) {
      const u = order[idx++];
      if (u === 'DAY') days += p;
      else if (u !== undefined) millis += p * UNIT_MS[u]!;
    }
    return { months: 0, days: sign * days, millis: sign * millis };
  }
  const n = Number(v);
  if (!Number.isFinite(n)) return `interval value '${value}' is not a number`;
  switch (unit) {
    case 'YEAR': return { months: 12 * n, days: 0, millis: 0 };
    case 'MONTH': return { months: n, days: 0, millis: 0 };
    case 'DAY': return { months: 0, days: n, millis: 0 };
    default: return { months: 0, days: 0, millis: n * UNIT_MS[unit]! };
  }
}

/** The plan literal of a numeric literal: int32, int64, DECIMAL(p,s) or DOUBLE by its spelling. */
export function numberLiteral(value: string, negative = false): plan.Expr {
  const v = negative ? `-${value}` : value;
  if (/^-?\d+$/.test(v)) {
    const n = BigInt(v);
    if (n >= -2147483648n && n <= 2147483647n) return { literal: { int32Value: Number(n) } };
    if (BigInt.asIntN(64, n) === n) return { literal: { int64Value: n.toString() } };
    const digits = v.replace('-', '').length;
    if (digits <= 38) return { literal: { stringValue: v, type: { spec: `decimal(${digits},0)` } } };
    return { literal: { doubleValue: Number(v) } };
  }
  const m = /^-?(\d*)\.(\d*)$/.exec(v);
  if (m) {
    const whole = m[1]!.replace(/^0+/, '');
    const scale = m[2]!.length;
    const precision = Math.max(whole.length + scale, scale + 1, 1);
    if (precision <= 38) return { literal: { stringValue: v, type: { spec: `decimal(${precision},${scale})` } } };
  }
  return { literal: { doubleValue: Number(v) } };
}

/**
 * Why a subquery cannot run where it stands, and how to rewrite it. IN and EXISTS are planned as
 * SEMI and ANTI joins (subquery.ts), which filter whole rows: only a WHERE condition ANDed with
 * the others does that.
 */
export function misplacedSubquery(kind: 'in-subquery' | 'exists' | 'subquery'): string {
  if (kind === 'subquery') return 'scalar subqueries ((SELECT ...) used as a value) are not supported; join the subquery instead: SELECT t.*, x.m FROM t JOIN (SELECT k, max(v) AS m FROM s GROUP BY k) x ON x.k = t.k';
  const what = kind === 'exists' ? '[NOT] EXISTS (SELECT ...)' : '[NOT] IN (SELECT ...)';
  return `${what} is supported as a condition of WHERE, alone or ANDed with the others (WHERE a > 0 AND k IN (SELECT k FROM s)); under OR or CASE, in the select list, ON or HAVING, join the subquery instead: LEFT JOIN (SELECT DISTINCT k FROM s) x ON x.k = t.k, then test x.k IS NOT NULL`;
}

/** Lowers an expression. */
export function lower(e: Expr, cx: ExprContext): plan.Expr {
  const fail = (code: (typeof PlanErrorCode)[keyof typeof PlanErrorCode], detail: string, span: Span = e.span) => planError(code, detail, cx.text, span);
  switch (e.kind) {
    case 'number': return numberLiteral(e.value);
    case 'string': return text(e.value);
    case 'boolean': return { literal: { boolValue: e.value } };
    case 'null': return { literal: { nullValue: true } };
    case 'typed-literal': {
      const spec = { DATE: 'date', TIME: 'time', TIMESTAMP: 'timestamp', TIMESTAMPTZ: 'timestamptz' }[e.type];
      return { literal: { stringValue: e.value, type: { spec } } };
    }
    case 'interval': {
      const v = intervalValue(e.value, e.unit, e.toUnit);
      if (typeof v === 'string') throw fail(PlanErrorCode.type, v);
      return { literal: { stringValue: JSON.stringify(v), type: { spec: 'interval' } } };
    }
    case 'column': return resolveColumn(e.parts, cx, e.span);
    case 'wildcard': throw fail(PlanErrorCode.unsupported, `'*' is only allowed as a select item or in COUNT(*)`);
    case 'table-arg': throw fail(PlanErrorCode.unsupported, `TABLE ${e.name.value} is only allowed as the first argument of a window table function`);
    case 'unary':
      if (e.op === '-' && e.operand.kind === 'number') return numberLiteral(e.operand.value, true);
      if (e.op === '+') return lower(e.operand, cx);
      return call(e.op === '-' ? 'neg' : 'not', lower(e.operand, cx));
    case 'binary': return call(BINARY[e.op]!, lower(e.left, cx), lower(e.right, cx));
    case 'is': {
      const x = lower(e.operand, cx);
      const test = e.test === 'NULL' || e.test === 'UNKNOWN' ? (e.not ? 'is_not_null' : 'is_null') : e.test === 'TRUE' ? 'is_true' : 'is_false';
      const out = call(test, x);
      return (e.test === 'TRUE' || e.test === 'FALSE') && e.not ? call('not', out) : out;
    }
    case 'is-distinct': return call(e.not ? 'is_not_distinct_from' : 'is_distinct_from', lower(e.left, cx), lower(e.right, cx));
    case 'between': {
      const x = lower(e.operand, cx);
      const inside = call('and', call('gte', x, lower(e.low, cx)), call('lte', x, lower(e.high, cx)));
      return e.not ? call('not', inside) : inside;
    }
    case 'like': {
      const args = [lower(e.operand, cx), lower(e.pattern, cx)];
      if (e.escape) args.push(lower(e.escape, cx));
      const out = call(e.caseInsensitive ? 'ilike' : 'like', ...args);
      return e.not ? call('not', out) : out;
    }
    case 'in-list': {
      const out = call('in', lower(e.operand, cx), ...e.list.map((x) => lower(x, cx)));
      return e.not ? call('not', out) : out;
    }
    case 'in-subquery':
    case 'exists':
    case 'subquery':
      throw fail(PlanErrorCode.unsupported, misplacedSubquery(e.kind));
    case 'case': {
      const args: plan.Expr[] = [];
      const operand = e.operand ? lower(e.operand, cx) : undefined;
      for (const w of e.whens) {
        args.push(operand ? call('eq', operand, lower(w.when, cx)) : lower(w.when, cx), lower(w.then, cx));
      }
      if (e.else) args.push(lower(e.else, cx));
      return call('case', ...args);
    }
    case 'cast': {
      let type: string;
      try {
        type = resolveType(e.type).type;
      } catch (err) {
        throw fail(PlanErrorCode.type, (err as TypeResolutionError).message, e.type.span);
      }
      return call(e.try ? 'try_cast' : 'cast', lower(e.expr, cx), text(type));
    }
    case 'subscript': return call('element_at', lower(e.base, cx), lower(e.index, cx));
    case 'field': return call('get_field', lower(e.base, cx), text(nameOf(e.field)));
    case 'array': return call('make_array', ...e.elements.map((x) => lower(x, cx)));
    case 'map': throw fail(PlanErrorCode.unsupported, 'MAP[...] constructors are not supported; build maps in the connector or as JSON');
    case 'call': return lowerCall(e, cx);
  }
}

function lowerCall(e: Extract<Expr, { kind: 'call' }>, cx: ExprContext): plan.Expr {
  const name = nameOf(e.name);
  const fail = (code: (typeof PlanErrorCode)[keyof typeof PlanErrorCode], detail: string) => planError(code, detail, cx.text, e.span);
  if (e.over !== undefined) throw fail(PlanErrorCode.unsupported, `window function ${name}(...) OVER (...) is only allowed in the select list of a query without GROUP BY; to filter or group on it, compute it in a subquery: SELECT * FROM (SELECT ..., ${name}(...) OVER (...) AS w FROM t) WHERE w ...`);
  if (WINDOW_ONLY.has(name)) throw fail(PlanErrorCode.type, `${name.toUpperCase()}(...) is a window function; it needs OVER (PARTITION BY ... ORDER BY ...)`);
  if (isAggregateName(name, cx.catalog)) throw fail(PlanErrorCode.unsupported, `aggregate ${name}(...) is only allowed in the select list or HAVING of a grouped query`);
  if (WINDOWS.has(name)) throw fail(PlanErrorCode.unsupported, `${name.toUpperCase()}(...) belongs in GROUP BY (or as a FROM table function)`);
  if (e.distinct || e.filter || e.orderBy.length > 0) throw fail(PlanErrorCode.unsupported, `DISTINCT, FILTER and ORDER BY apply to aggregate functions, not to ${name}(...)`);
  if (e.args.some((a) => a.name !== undefined)) throw fail(PlanErrorCode.unsupported, `${name}(...) takes no named arguments`);
  if (name === 'row' || name === 'struct' || name === 'struct_pack') {
    return call('struct_pack', ...e.args.flatMap((a, i) => [text(a.value.kind === 'column' && name !== 'row' ? nameOf(a.value.parts[a.value.parts.length - 1]!) : `f${i + 1}`), lower(a.value, cx)]));
  }
  if (!cx.catalog.hasFunction(name)) throw fail(PlanErrorCode.unknownFunction, `unknown function '${name}'${didYouMean(name, cx.catalog.functionNames())}`);
  return call(name, ...e.args.map((a) => {
    if (a.value.kind === 'wildcard') throw fail(PlanErrorCode.unsupported, `'*' is only allowed in COUNT(*)`);
    return lower(a.value, cx);
  }));
}

/** Resolves `a`, `t.a` or `a.b.c` (struct fields) against the scope. */
function resolveColumn(parts: readonly Ident[], cx: ExprContext, span: Span): plan.Expr {
  const names = parts.map(nameOf);
  const all = [...new Set(cx.scope.flatMap((s) => s.columns.map((c) => c.name)))];
  if (names.length >= 2) {
    const qualified = cx.scope.find((s) => s.alias === names[0]);
    if (qualified !== undefined) {
      const k = qualified.columns.findIndex((c) => c.name === names[1]);
      if (k < 0) {
        throw planError(PlanErrorCode.unknownColumn, `relation '${names[0]}' has no column '${names[1]}'${didYouMean(names[1]!, qualified.columns.map((c) => c.name))}; its columns are: ${qualified.columns.map((c) => c.name).join(', ')}`, cx.text, span);
      }
      return fields(colRef(refOf(qualified, k)), names.slice(2));
    }
  }
  const owners = cx.scope.flatMap((s) => s.columns.flatMap((c, k) => (c.name === names[0] && !s.hidden?.[k] ? [{ alias: s.alias, ref: refOf(s, k) }] : [])));
  if (owners.length > 1) throw planError(PlanErrorCode.unknownColumn, `column '${names[0]}' is ambiguous (in ${owners.map((o) => o.alias).join(' and ')}); qualify it`, cx.text, span);
  if (owners.length === 0) {
    if (names.length === 1 && (names[0] === 'current_timestamp' || names[0] === 'localtimestamp')) return call('now');
    const where = cx.scope.length === 0 ? 'this query has no FROM' : `columns are: ${all.join(', ')}`;
    throw planError(PlanErrorCode.unknownColumn, `unknown column '${parts.map((p) => p.value).join('.')}'${didYouMean(names[0]!, all)}; ${where}`, cx.text, span);
  }
  return fields(colRef(owners[0]!.ref), names.slice(1));
}

function fields(base: plan.Expr, path: readonly string[]): plan.Expr {
  return path.reduce((e, f) => call('get_field', e, text(f)), base);
}

/** The output name of a select item without an alias: a column's name, a call's function name, else the SQL text. */
export function defaultName(e: Expr): string {
  if (e.kind === 'column') return nameOf(e.parts[e.parts.length - 1]!);
  if (e.kind === 'call') return nameOf(e.name);
  if (e.kind === 'cast') return defaultName(e.expr);
  if (e.kind === 'field') return nameOf(e.field);
  return print(e);
}
