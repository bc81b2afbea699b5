/**
 * Pure data: the scalar and aggregate functions the engine implements, with their argument
 * classes and result-type rules. The SQL binder and the expression compiler both read this
 * table, so a function exists for the planner exactly when the runtime can evaluate it.
 * No imports, no logic beyond lookups.
 */

/** A class of argument types a function accepts. */
export type ArgClass = 'numeric' | 'integer' | 'comparable' | 'bool' | 'utf8' | 'any';

/**
 * How the result type follows from the argument types:
 * - `widen`: the widest numeric argument type (int8 < int16 < int32 < int64 < float32 < float64);
 *   integer types narrower than int32 widen to int32; timestamp ± integer stays timestamp.
 * - `bool`, `utf8`, `int32`, `int64`, `float64`: that type.
 * - `first`: the type of the first argument.
 */
export type ResultRule = 'widen' | 'bool' | 'utf8' | 'int32' | 'int64' | 'float64' | 'first';

/** A scalar function or operator. */
export interface ScalarFunction {
  readonly name: string;
  readonly minArgs: number;
  readonly maxArgs: number;
  readonly args: ArgClass;
  readonly result: ResultRule;
  /** `strict`: any NULL argument gives NULL. `custom`: the function decides (AND, OR, IS NULL). */
  readonly nulls: 'strict' | 'custom';
  /** The SQL operator symbol, when the function is an operator. */
  readonly symbol?: string;
  readonly description: string;
}

const fn = (f: ScalarFunction): ScalarFunction => f;

/** Scalar functions by name. */
export const scalarFunctions: Readonly<Record<string, ScalarFunction>> = {
  add: fn({ name: 'add', minArgs: 2, maxArgs: 2, args: 'numeric', result: 'widen', nulls: 'strict', symbol: '+', description: 'a + b' }),
  sub: fn({ name: 'sub', minArgs: 2, maxArgs: 2, args: 'numeric', result: 'widen', nulls: 'strict', symbol: '-', description: 'a - b' }),
  mul: fn({ name: 'mul', minArgs: 2, maxArgs: 2, args: 'numeric', result: 'widen', nulls: 'strict', symbol: '*', description: 'a * b' }),
  div: fn({ name: 'div', minArgs: 2, maxArgs: 2, args: 'numeric', result: 'widen', nulls: 'custom', symbol: '/', description: 'a / b; integer division truncates; division by zero gives NULL and counts an error' }),
  mod: fn({ name: 'mod', minArgs: 2, maxArgs: 2, args: 'numeric', result: 'widen', nulls: 'custom', symbol: '%', description: 'remainder with the sign of a; modulo zero gives NULL and counts an error' }),
  neg: fn({ name: 'neg', minArgs: 1, maxArgs: 1, args: 'numeric', result: 'first', nulls: 'strict', symbol: '-', description: '-a' }),
  abs: fn({ name: 'abs', minArgs: 1, maxArgs: 1, args: 'numeric', result: 'first', nulls: 'strict', description: 'absolute value' }),
  eq: fn({ name: 'eq', minArgs: 2, maxArgs: 2, args: 'comparable', result: 'bool', nulls: 'strict', symbol: '=', description: 'a = b' }),
  neq: fn({ name: 'neq', minArgs: 2, maxArgs: 2, args: 'comparable', result: 'bool', nulls: 'strict', symbol: '<>', description: 'a <> b' }),
  lt: fn({ name: 'lt', minArgs: 2, maxArgs: 2, args: 'comparable', result: 'bool', nulls: 'strict', symbol: '<', description: 'a < b' }),
  lte: fn({ name: 'lte', minArgs: 2, maxArgs: 2, args: 'comparable', result: 'bool', nulls: 'strict', symbol: '<=', description: 'a <= b' }),
  gt: fn({ name: 'gt', minArgs: 2, maxArgs: 2, args: 'comparable', result: 'bool', nulls: 'strict', symbol: '>', description: 'a > b' }),
  gte: fn({ name: 'gte', minArgs: 2, maxArgs: 2, args: 'comparable', result: 'bool', nulls: 'strict', symbol: '>=', description: 'a >= b' }),
  and: fn({ name: 'and', minArgs: 2, maxArgs: 2, args: 'bool', result: 'bool', nulls: 'custom', symbol: 'AND', description: 'three-valued AND' }),
  or: fn({ name: 'or', minArgs: 2, maxArgs: 2, args: 'bool', result: 'bool', nulls: 'custom', symbol: 'OR', description: 'three-valued OR' }),
  not: fn({ name: 'not', minArgs: 1, maxArgs: 1, args: 'bool', result: 'bool', nulls: 'strict', symbol: 'NOT', description: 'NOT a' }),
  is_null: fn({ name: 'is_null', minArgs: 1, maxArgs: 1, args: 'any', result: 'bool', nulls: 'custom', description: 'a IS NULL' }),
  is_not_null: fn({ name: 'is_not_null', minArgs: 1, maxArgs: 1, args: 'any', result: 'bool', nulls: 'custom', description: 'a IS NOT NULL' }),
  coalesce: fn({ name: 'coalesce', minArgs: 1, maxArgs: 16, args: 'any', result: 'first', nulls: 'custom', description: 'the first non-NULL argument' }),
  lower: fn({ name: 'lower', minArgs: 1, maxArgs: 1, args: 'utf8', result: 'utf8', nulls: 'strict', description: 'lower case' }),
  upper: fn({ name: 'upper', minArgs: 1, maxArgs: 1, args: 'utf8', result: 'utf8', nulls: 'strict', description: 'upper case' }),
  length: fn({ name: 'length', minArgs: 1, maxArgs: 1, args: 'utf8', result: 'int32', nulls: 'strict', description: 'number of characters' }),
  concat: fn({ name: 'concat', minArgs: 1, maxArgs: 16, args: 'utf8', result: 'utf8', nulls: 'strict', symbol: '||', description: 'string concatenation' }),
};

/** An aggregate function. */
export interface AggregateFunction {
  readonly name: string;
  /** Argument count range; COUNT takes 0 (COUNT(*)) or 1. */
  readonly minArgs: 0 | 1;
  readonly maxArgs: 1;
  readonly accepts: ArgClass;
  /** `count`: int64; `sum`: int64 for integers, float64 otherwise; `first`: the argument type; `float64`. */
  readonly result: 'count' | 'sum' | 'first' | 'float64';
  readonly description: string;
}

/** Aggregate functions by name. */
export const aggregateFunctions: Readonly<Record<string, AggregateFunction>> = {
  count: { name: 'count', minArgs: 0, maxArgs: 1, accepts: 'any', result: 'count', description: 'COUNT(*) or COUNT(x): rows, or non-NULL values of x' },
  sum: { name: 'sum', minArgs: 1, maxArgs: 1, accepts: 'numeric', result: 'sum', description: 'sum of non-NULL values; NULL if none' },
  min: { name: 'min', minArgs: 1, maxArgs: 1, accepts: 'numeric', result: 'first', description: 'smallest non-NULL value' },
  max: { name: 'max', minArgs: 1, maxArgs: 1, accepts: 'numeric', result: 'first', description: 'largest non-NULL value' },
  avg: { name: 'avg', minArgs: 1, maxArgs: 1, accepts: 'numeric', result: 'float64', description: 'mean of non-NULL values' },
};
