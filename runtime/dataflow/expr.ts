/**
 * Column expressions for the Dataflow API: `col('price').mul(col('qty')).gt(100)`. They build plan
 * `Expr` messages; the operators compile them to JS over column vectors. Plain values (numbers,
 * strings, booleans, bigints, null) are literals wherever an expression is accepted.
 */
import type { plan } from '../../specs/index.js';
import { InvalidArgumentError } from '../errors/errors.js';

/** Anything usable where an expression is expected. */
export type ExprLike = Expr | number | string | boolean | bigint | null;

/**
 * A column expression.
 *
 * @example
 * ```ts
 * const notional = col('price').mul(col('qty'));
 * flow.source('trades', ...).filter(notional.gt(1_000)).project({ sym: 'sym', notional });
 * ```
 */
export class Expr {
  constructor(readonly node: plan.Expr) {}

  add(other: ExprLike): Expr { return call('add', this, other); }
  sub(other: ExprLike): Expr { return call('sub', this, other); }
  mul(other: ExprLike): Expr { return call('mul', this, other); }
  /** Division; integer division truncates; dividing by zero gives NULL (counted as an error). */
  div(other: ExprLike): Expr { return call('div', this, other); }
  mod(other: ExprLike): Expr { return call('mod', this, other); }
  neg(): Expr { return call('neg', this); }
  abs(): Expr { return call('abs', this); }
  eq(other: ExprLike): Expr { return call('eq', this, other); }
  neq(other: ExprLike): Expr { return call('neq', this, other); }
  lt(other: ExprLike): Expr { return call('lt', this, other); }
  lte(other: ExprLike): Expr { return call('lte', this, other); }
  gt(other: ExprLike): Expr { return call('gt', this, other); }
  gte(other: ExprLike): Expr { return call('gte', this, other); }
  /** Three-valued AND (NULL AND false is false). */
  and(other: ExprLike): Expr { return call('and', this, other); }
  /** Three-valued OR (NULL OR true is true). */
  or(other: ExprLike): Expr { return call('or', this, other); }
  not(): Expr { return call('not', this); }
  isNull(): Expr { return call('is_null', this); }
  isNotNull(): Expr { return call('is_not_null', this); }
  lower(): Expr { return call('lower', this); }
  upper(): Expr { return call('upper', this); }
  length(): Expr { return call('length', this); }
  concat(...others: ExprLike[]): Expr { return call('concat', this, ...others); }
  /** This value, or the first non-NULL of `others`. */
  coalesce(...others: ExprLike[]): Expr { return call('coalesce', this, ...others); }
}

/** A reference to the column `name`. */
export function col(name: string): Expr {
  if (typeof name !== 'string' || name === '') throw InvalidArgumentError.format('column name', 'a non-empty string', name);
  return new Expr({ column: { name } });
}

/**
 * A literal value: integers that fit 32 bits are int32, other integers int64, other numbers float64.
 *
 * @example
 * ```ts
 * stream.project({ sym: 'sym', label: lit('trade'), big: col('qty').gt(lit(1000)) });
 * ```
 */
export function lit(value: number | string | boolean | bigint | null): Expr {
  if (value === null) return new Expr({ literal: { nullValue: true } });
  switch (typeof value) {
    case 'boolean': return new Expr({ literal: { boolValue: value } });
    case 'string': return new Expr({ literal: { stringValue: value } });
    case 'bigint': return new Expr({ literal: { int64Value: value.toString() } });
    case 'number':
      if (Number.isInteger(value) && value >= -2147483648 && value <= 2147483647 && !Object.is(value, -0)) return new Expr({ literal: { int32Value: value } });
      if (Number.isSafeInteger(value)) return new Expr({ literal: { int64Value: String(value) } });
      return new Expr({ literal: { doubleValue: value } });
  }
  throw InvalidArgumentError.format('literal', 'a number, string, boolean, bigint or null', value);
}

/** A call of a built-in scalar function by name (see the function catalog). */
export function call(fn: string, ...args: ExprLike[]): Expr {
  return new Expr({ call: { function: fn, args: args.map((a) => toExpr(a).node) } });
}

/** Wraps a plain value as a literal; expressions pass through. */
export function toExpr(value: ExprLike): Expr {
  return value instanceof Expr ? value : lit(value);
}

/** An aggregate call for `window(...).aggregate({...})`. */
export class Aggregate {
  constructor(readonly fn: string, readonly arg: Expr | undefined) {}
}

const argOf = (column: string | Expr): Expr => (typeof column === 'string' ? col(column) : column);

/**
 * COUNT(*), or COUNT(column) counting non-NULL values.
 *
 * @example
 * ```ts
 * stream.keyBy('sym').window(tumbling('1m')).aggregate({ n: count(), priced: count('price'), vol: sum('qty'), hi: max('price'), mean: avg('price') });
 * ```
 */
export function count(column?: string | Expr): Aggregate {
  return new Aggregate('count', column === undefined ? undefined : argOf(column));
}
/** SUM of non-NULL values (int64 for integer input, float64 otherwise). */
export function sum(column: string | Expr): Aggregate {
  return new Aggregate('sum', argOf(column));
}
/** Smallest non-NULL value. */
export function min(column: string | Expr): Aggregate {
  return new Aggregate('min', argOf(column));
}
/** Largest non-NULL value. */
export function max(column: string | Expr): Aggregate {
  return new Aggregate('max', argOf(column));
}
/** Mean of non-NULL values, as float64. */
export function avg(column: string | Expr): Aggregate {
  return new Aggregate('avg', argOf(column));
}

const UNITS: Record<string, number> = {
  ms: 1, millisecond: 1, milliseconds: 1,
  s: 1000, sec: 1000, second: 1000, seconds: 1000,
  m: 60_000, min: 60_000, minute: 60_000, minutes: 60_000,
  h: 3_600_000, hour: 3_600_000, hours: 3_600_000,
  d: 86_400_000, day: 86_400_000, days: 86_400_000,
};

/**
 * A duration in ms from a number of ms or text such as `'5s'`, `'1 minute'`, `'250ms'`.
 *
 * @example
 * ```ts
 * duration('1.5s'); // 1500
 * ```
 */
export function duration(value: number | string, what = 'duration'): number {
  if (typeof value === 'number') {
    if (!Number.isFinite(value) || value < 0) throw InvalidArgumentError.format(what, 'non-negative milliseconds', value);
    return value;
  }
  const m = /^\s*(\d+(?:\.\d+)?)\s*([a-z]+)\s*$/i.exec(String(value));
  const unit = m ? UNITS[m[2]!.toLowerCase()] : undefined;
  if (!m || unit === undefined) throw InvalidArgumentError.format(what, "milliseconds or text like '5s', '1 minute', '250ms'", value);
  return Number(m[1]) * unit;
}

/** A window shape. */
export type WindowSpec = { readonly kind: 'tumbling'; readonly size: number; readonly offset: number } | { readonly kind: 'sliding'; readonly size: number; readonly slide: number; readonly offset: number };

/**
 * Tumbling (fixed, non-overlapping) windows of `size`.
 *
 * @example
 * ```ts
 * stream.keyBy('sym').window(tumbling('1 minute')).aggregate({ n: count() });
 * stream.window(tumbling(60_000, { offset: '15s' })).aggregate({ n: count() }); // :15 to :15
 * ```
 */
export function tumbling(size: number | string, options: { offset?: number | string } = {}): WindowSpec {
  return { kind: 'tumbling', size: duration(size, 'window size'), offset: duration(options.offset ?? 0, 'window offset') };
}

/**
 * Sliding (hopping) windows of `size` starting every `slide`; a row lands in size/slide windows.
 *
 * @example
 * ```ts
 * stream.keyBy('device').window(sliding('5 minutes', '1 minute')).aggregate({ mean: avg('temp') });
 * ```
 */
export function sliding(size: number | string, slide: number | string, options: { offset?: number | string } = {}): WindowSpec {
  return { kind: 'sliding', size: duration(size, 'window size'), slide: duration(slide, 'window slide'), offset: duration(options.offset ?? 0, 'window offset') };
}
