/**
 * Planning one aggregate call of a grouped query: the catalog aggregate (or aggregate UDF) it
 * names, its value and constant arguments, `DISTINCT`, `FILTER (WHERE ...)`, `ORDER BY` inside the
 * call and the `WITHIN GROUP (ORDER BY x)` form of percentiles, each checked where it is written.
 */
import type { plan } from '../../specs/index.js';
import { aggregateAccepts, aggregateFunctions, aggregateName, aggregateResultType } from '../../operators/catalog.js';
import type { Call, Expr, OrderItem } from '../ast.js';
import type { Column } from './catalog.js';
import { planError, PlanErrorCode } from './errors.js';
import { sqlTypeName } from './types.js';
import { lower, nameOf, type ScopeEntry } from './expr.js';
import type { AggregateCall, SortKey } from './logical.js';
import { typeAt, type QueryContext } from './context.js';

/** A planned aggregate call and its output column. */
export interface PlannedCall {
  readonly call: AggregateCall;
  readonly column: Column;
}

const sortKey = (o: OrderItem, expr: plan.Expr): SortKey => ({ expr, descending: o.direction === 'DESC', nullsFirst: o.nulls === undefined ? o.direction === 'DESC' : o.nulls === 'FIRST' });

/** Plans aggregate call `x` as output column `out` over `input`. */
export function planAggregateCall(x: Call, out: string, input: readonly Column[], scope: readonly ScopeEntry[], cx: QueryContext): PlannedCall {
  const raw = nameOf(x.name);
  const fn = aggregateName(raw);
  const udaf = fn === undefined ? cx.catalog.aggregate?.(raw) : undefined;
  const ex = { text: cx.text, catalog: cx.catalog, scope };
  const fail = (detail: string, at: { span: Call['span'] } = x) => planError(PlanErrorCode.type, detail, cx.text, at.span);
  if (fn === undefined && udaf === undefined) throw planError(PlanErrorCode.unknownFunction, `unknown aggregate '${raw}'`, cx.text, x.span);
  const desc = fn === undefined ? undefined : aggregateFunctions[fn]!;
  const NAME = raw.toUpperCase();
  // The value and the constants, in either percentile form.
  let value: Expr | undefined;
  let constants: Expr[];
  let flip = false;
  const fraction = desc?.constants?.[0] === 'fraction';
  if (x.withinGroup !== undefined) {
    if (!fraction) throw fail(`WITHIN GROUP (ORDER BY ...) applies to percentiles (percentile_cont, percentile_disc), not to ${raw}`);
    if (x.withinGroup.length !== 1) throw fail(`${NAME}(...) WITHIN GROUP takes one ORDER BY key`);
    if (x.args.length !== 1) throw fail(`${NAME}(fraction) WITHIN GROUP (ORDER BY x) takes the fraction as its only argument`);
    value = x.withinGroup[0]!.expr;
    constants = [x.args[0]!.value];
    flip = x.withinGroup[0]!.direction === 'DESC';
  } else if (desc?.withinGroup) {
    if (x.args.length !== 2) throw fail(`write ${NAME}(fraction) WITHIN GROUP (ORDER BY x), or ${NAME}(x, fraction)`);
    [value, ...constants] = x.args.map((a) => a.value);
  } else {
    [value, ...constants] = x.args.map((a) => a.value);
  }
  if (value?.kind === 'wildcard') {
    if (fn !== 'count') throw fail(`${NAME}(*) is not defined; name a column`);
    value = undefined;
  }
  if (value === undefined && fn !== 'count') throw fail(`${NAME} needs an argument`);
  const wanted = desc?.constants ?? [];
  // STRING_AGG's separator may be left out (',').
  const optional = fn === 'string_agg' ? 1 : 0;
  if (constants.length > wanted.length || constants.length < wanted.length - optional) {
    throw fail(`${NAME} takes ${1 + wanted.length} argument(s)${wanted.length > 0 ? ` (a value, then ${wanted.map((w) => (w === 'text' ? 'a separator' : 'a fraction from 0 to 1')).join(', ')})` : ''}, got ${x.args.length}`);
  }
  const constantExprs = constants.map((c, i): plan.Expr => {
    const lowered = lower(c, ex);
    const l = lowered.literal;
    const number = c.kind === 'number' ? Number(c.value) : l?.doubleValue ?? l?.int32Value ?? (l?.int64Value != null ? Number(l.int64Value) : undefined);
    if (wanted[i] === 'fraction') {
      if (number == null || !(number >= 0 && number <= 1)) throw fail(`the fraction of ${NAME} must be a number from 0 to 1`, c);
      return { literal: { doubleValue: flip ? 1 - number : number } };
    }
    if (l?.stringValue == null || c.kind !== 'string') throw fail(`the separator of ${NAME} must be a text literal`, c);
    return lowered;
  });
  if (fn === 'string_agg' && constantExprs.length === 0) constantExprs.push({ literal: { stringValue: ',' } });
  // ORDER BY inside the call.
  if (x.orderBy.length > 0 && !desc?.ordered) throw fail(`${NAME} does not take ORDER BY inside the call; only first_value, last_value, string_agg and array_agg do`);
  if (x.orderBy.length > 1) throw fail(`${NAME}(... ORDER BY ...) takes one ordering key`, x.orderBy[1]!);
  const orderBy = x.orderBy.map((o) => {
    const e = lower(o.expr, ex);
    typeAt(cx, e, input, o.expr.span);
    return sortKey(o, e);
  });
  if (x.distinct && (fn === 'first_value' || fn === 'last_value')) throw fail(`${NAME}(DISTINCT ...) has no meaning; drop DISTINCT`);
  if (x.distinct && udaf !== undefined) throw fail(`DISTINCT is not supported for aggregate UDFs`);
  // FILTER (WHERE ...).
  let filter: plan.Expr | undefined;
  if (x.filter !== undefined) {
    filter = lower(x.filter, ex);
    const t = typeAt(cx, filter, input, x.filter.span);
    if (t !== 'bool' && t !== 'null') throw fail(`FILTER (WHERE ...) needs a boolean condition, got ${sqlTypeName(t)}`, x.filter);
  }
  // The value, typed.
  let valueExpr = value === undefined ? undefined : lower(value, ex);
  let argType = valueExpr === undefined ? undefined : typeAt(cx, valueExpr, input, value!.span);
  let type: string;
  if (udaf !== undefined) {
    // The UDAF sees its declared argument type: cast, and let the cast report what cannot be.
    valueExpr = { call: { function: 'cast', args: [valueExpr!, { literal: { stringValue: udaf.arg } }] } };
    argType = typeAt(cx, valueExpr, input, value!.span);
    type = udaf.returns;
  } else {
    if (argType === 'null') {
      valueExpr = { call: { function: 'cast', args: [valueExpr!, { literal: { stringValue: fn === 'string_agg' ? 'utf8' : 'int32' } }] } };
      argType = fn === 'string_agg' ? 'utf8' : 'int32';
    }
    if (argType !== undefined) {
      const need = aggregateAccepts(fn!, argType);
      if (need !== undefined) throw fail(`${NAME} needs ${need}, got ${sqlTypeName(argType)}`, value!);
    }
    type = aggregateResultType(fn!, argType);
  }
  const call: AggregateCall = {
    name: out, fn: fn ?? raw, args: [...(valueExpr ? [valueExpr] : []), ...constantExprs], distinct: x.distinct,
    ...(filter ? { filter } : {}), orderBy,
  };
  return { call, column: { name: out, type, nullable: fn !== 'count' && fn !== 'approx_count_distinct' } };
}
