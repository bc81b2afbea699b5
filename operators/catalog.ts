/**
 * The function catalog: every scalar and aggregate function the engine evaluates, with argument
 * classes and result-type rules. Pure data plus the pure type rules both the SQL binder and the
 * expression compiler use, so a function exists for the planner exactly when the runtime can
 * evaluate it. This file imports nothing (the SQL layer may import it).
 *
 * Types are canonical strings (`int32`, `decimal(10,2)`, `timestamp(6)`, `list<utf8>`, ...; see
 * runtime/batch/types.ts).
 */

/** A class of argument types a function accepts. */
export type ArgClass = 'numeric' | 'integer' | 'comparable' | 'bool' | 'text' | 'json' | 'temporal' | 'interval' | 'list' | 'map' | 'struct' | 'any';

/**
 * How the result type follows from the argument types:
 * - `widen`: the common numeric type of the arguments (see `commonType`);
 * - `first` / `second`: the type of that argument; `common`: the common type of all arguments;
 * - `item`: the item type of a list argument; `value`: the value type of a map argument;
 * - a concrete type string such as `bool`, `utf8`, `int64`, `float64`, `json`, `list<utf8>`;
 * - `special`: the binder decides (CAST, CASE, arithmetic on dates and timestamps, field access).
 */
export type ResultRule = 'widen' | 'first' | 'second' | 'common' | 'item' | 'value' | 'special' | string;

/** A scalar function or operator. */
export interface ScalarFunction {
  readonly name: string;
  readonly minArgs: number;
  readonly maxArgs: number;
  /** One class for all arguments, or one per position (the last repeats). */
  readonly args: ArgClass | readonly ArgClass[];
  readonly result: ResultRule;
  /** `strict`: any NULL argument gives NULL. `custom`: the function decides (AND, OR, COALESCE, ...). */
  readonly nulls: 'strict' | 'custom';
  /** SQL spelling when it is an operator or keyword form. */
  readonly symbol?: string;
  /** Other names that resolve to this function. */
  readonly aliases?: readonly string[];
  /** True when the result depends on more than the arguments (now(), random()). */
  readonly volatile?: boolean;
  readonly description: string;
  /** A SQL example, run by the docs spec. */
  readonly example?: string;
}

const f = (def: ScalarFunction): ScalarFunction => def;
const math1 = (name: string, description: string, aliases?: string[]) => f({ name, minArgs: 1, maxArgs: 1, args: 'numeric', result: 'float64', nulls: 'strict', description, ...(aliases ? { aliases } : {}) });

/** Scalar functions by canonical name. */
export const scalarFunctions: Readonly<Record<string, ScalarFunction>> = Object.fromEntries([
  // Arithmetic (dates, times, timestamps and intervals follow special rules in the binder)
  f({ name: 'add', minArgs: 2, maxArgs: 2, args: 'any', result: 'special', nulls: 'strict', symbol: '+', description: 'a + b (numbers; timestamp/date ± interval; date ± integer days)' }),
  f({ name: 'sub', minArgs: 2, maxArgs: 2, args: 'any', result: 'special', nulls: 'strict', symbol: '-', description: 'a - b (numbers; timestamp - timestamp is an interval; date - date is days)' }),
  f({ name: 'mul', minArgs: 2, maxArgs: 2, args: 'any', result: 'special', nulls: 'strict', symbol: '*', description: 'a * b (numbers; interval * number)' }),
  f({ name: 'div', minArgs: 2, maxArgs: 2, args: 'any', result: 'special', nulls: 'custom', symbol: '/', description: 'a / b; integers divide with truncation; division by zero is a row error' }),
  f({ name: 'mod', minArgs: 2, maxArgs: 2, args: 'numeric', result: 'widen', nulls: 'custom', symbol: '%', description: 'remainder with the sign of a; modulo zero is a row error' }),
  f({ name: 'neg', minArgs: 1, maxArgs: 1, args: 'any', result: 'first', nulls: 'strict', symbol: '-', description: '-a' }),
  f({ name: 'abs', minArgs: 1, maxArgs: 1, args: 'numeric', result: 'first', nulls: 'strict', description: 'absolute value', example: 'SELECT abs(-3)' }),
  f({ name: 'sign', minArgs: 1, maxArgs: 1, args: 'numeric', result: 'first', nulls: 'strict', description: '-1, 0 or 1 (INTEGER for a decimal; NaN gives 0)' }),
  f({ name: 'ceil', minArgs: 1, maxArgs: 1, args: 'numeric', result: 'first', nulls: 'strict', aliases: ['ceiling'], description: 'smallest integer not less than x' }),
  f({ name: 'floor', minArgs: 1, maxArgs: 1, args: 'numeric', result: 'first', nulls: 'strict', description: 'largest integer not greater than x' }),
  f({ name: 'round', minArgs: 1, maxArgs: 2, args: ['numeric', 'integer'], result: 'first', nulls: 'strict', description: 'round half away from zero to d decimals', example: 'SELECT round(2.567, 2)' }),
  f({ name: 'trunc', minArgs: 1, maxArgs: 2, args: ['numeric', 'integer'], result: 'first', nulls: 'strict', description: 'truncate toward zero to d decimals' }),
  math1('sqrt', 'square root (NULL for negatives: a row error)'),
  math1('cbrt', 'cube root'),
  math1('exp', 'e^x'),
  math1('ln', 'natural logarithm (row error for x <= 0)'),
  math1('log10', 'base-10 logarithm (row error for x <= 0)'),
  math1('log2', 'base-2 logarithm (row error for x <= 0)'),
  math1('sin', 'sine'), math1('cos', 'cosine'), math1('tan', 'tangent'),
  math1('asin', 'arcsine'), math1('acos', 'arccosine'), math1('atan', 'arctangent'),
  math1('degrees', 'radians to degrees'), math1('radians', 'degrees to radians'),
  f({ name: 'atan2', minArgs: 2, maxArgs: 2, args: 'numeric', result: 'float64', nulls: 'strict', description: 'arctangent of y/x' }),
  f({ name: 'power', minArgs: 2, maxArgs: 2, args: 'numeric', result: 'float64', nulls: 'strict', aliases: ['pow'], description: 'x^y' }),
  f({ name: 'pi', minArgs: 0, maxArgs: 0, args: 'any', result: 'float64', nulls: 'strict', description: 'π' }),
  f({ name: 'random', minArgs: 0, maxArgs: 0, args: 'any', result: 'float64', nulls: 'strict', volatile: true, description: 'a uniform random number in [0, 1)' }),
  f({ name: 'greatest', minArgs: 1, maxArgs: 64, args: 'comparable', result: 'common', nulls: 'custom', description: 'the largest non-NULL argument' }),
  f({ name: 'least', minArgs: 1, maxArgs: 64, args: 'comparable', result: 'common', nulls: 'custom', description: 'the smallest non-NULL argument' }),
  // Comparison and logic
  f({ name: 'eq', minArgs: 2, maxArgs: 2, args: 'comparable', result: 'bool', nulls: 'strict', symbol: '=', description: 'a = b' }),
  f({ name: 'neq', minArgs: 2, maxArgs: 2, args: 'comparable', result: 'bool', nulls: 'strict', symbol: '<>', description: 'a <> b' }),
  f({ name: 'lt', minArgs: 2, maxArgs: 2, args: 'comparable', result: 'bool', nulls: 'strict', symbol: '<', description: 'a < b' }),
  f({ name: 'lte', minArgs: 2, maxArgs: 2, args: 'comparable', result: 'bool', nulls: 'strict', symbol: '<=', description: 'a <= b' }),
  f({ name: 'gt', minArgs: 2, maxArgs: 2, args: 'comparable', result: 'bool', nulls: 'strict', symbol: '>', description: 'a > b' }),
  f({ name: 'gte', minArgs: 2, maxArgs: 2, args: 'comparable', result: 'bool', nulls: 'strict', symbol: '>=', description: 'a >= b' }),
  f({ name: 'is_distinct_from', minArgs: 2, maxArgs: 2, args: 'comparable', result: 'bool', nulls: 'custom', symbol: 'IS DISTINCT FROM', description: 'a <> b treating NULLs as equal values' }),
  f({ name: 'is_not_distinct_from', minArgs: 2, maxArgs: 2, args: 'comparable', result: 'bool', nulls: 'custom', symbol: 'IS NOT DISTINCT FROM', description: 'a = b treating NULLs as equal values' }),
  f({ name: 'and', minArgs: 2, maxArgs: 2, args: 'bool', result: 'bool', nulls: 'custom', symbol: 'AND', description: 'three-valued AND' }),
  f({ name: 'or', minArgs: 2, maxArgs: 2, args: 'bool', result: 'bool', nulls: 'custom', symbol: 'OR', description: 'three-valued OR' }),
  f({ name: 'not', minArgs: 1, maxArgs: 1, args: 'bool', result: 'bool', nulls: 'strict', symbol: 'NOT', description: 'NOT a' }),
  f({ name: 'is_null', minArgs: 1, maxArgs: 1, args: 'any', result: 'bool', nulls: 'custom', symbol: 'IS NULL', description: 'a IS NULL' }),
  f({ name: 'is_not_null', minArgs: 1, maxArgs: 1, args: 'any', result: 'bool', nulls: 'custom', symbol: 'IS NOT NULL', description: 'a IS NOT NULL' }),
  f({ name: 'is_true', minArgs: 1, maxArgs: 1, args: 'bool', result: 'bool', nulls: 'custom', symbol: 'IS TRUE', description: 'a IS TRUE (false for NULL)' }),
  f({ name: 'is_false', minArgs: 1, maxArgs: 1, args: 'bool', result: 'bool', nulls: 'custom', symbol: 'IS FALSE', description: 'a IS FALSE (false for NULL)' }),
  f({ name: 'coalesce', minArgs: 1, maxArgs: 64, args: 'any', result: 'common', nulls: 'custom', description: 'the first non-NULL argument', example: "SELECT coalesce(NULL, 'x')" }),
  f({ name: 'nullif', minArgs: 2, maxArgs: 2, args: 'comparable', result: 'first', nulls: 'custom', description: 'NULL if a = b, else a' }),
  f({ name: 'case', minArgs: 2, maxArgs: 129, args: 'any', result: 'special', nulls: 'custom', symbol: 'CASE', description: 'CASE WHEN c1 THEN v1 ... [ELSE e] END: arguments are c1, v1, c2, v2, ..., [e]' }),
  f({ name: 'in', minArgs: 2, maxArgs: 10_000, args: 'comparable', result: 'bool', nulls: 'custom', symbol: 'IN', description: 'a IN (b, c, ...) with SQL NULL rules' }),
  f({ name: 'cast', minArgs: 2, maxArgs: 2, args: ['any', 'text'], result: 'special', nulls: 'strict', symbol: 'CAST', description: 'CAST(x AS type): a value that does not convert is a row error' }),
  f({ name: 'try_cast', minArgs: 2, maxArgs: 2, args: ['any', 'text'], result: 'special', nulls: 'custom', description: 'TRY_CAST(x AS type): NULL when the value does not convert' }),
  // Strings
  f({ name: 'concat_op', minArgs: 2, maxArgs: 2, args: 'any', result: 'utf8', nulls: 'strict', symbol: '||', description: 'a || b (NULL if either is NULL)' }),
  f({ name: 'concat', minArgs: 1, maxArgs: 64, args: 'any', result: 'utf8', nulls: 'custom', description: 'concatenation that skips NULLs', example: "SELECT concat('a', NULL, 'b')" }),
  f({ name: 'concat_ws', minArgs: 2, maxArgs: 64, args: 'any', result: 'utf8', nulls: 'custom', description: 'concatenation with a separator, skipping NULLs' }),
  f({ name: 'lower', minArgs: 1, maxArgs: 1, args: 'text', result: 'utf8', nulls: 'strict', description: 'lower case' }),
  f({ name: 'upper', minArgs: 1, maxArgs: 1, args: 'text', result: 'utf8', nulls: 'strict', description: 'upper case' }),
  f({ name: 'length', minArgs: 1, maxArgs: 1, args: 'text', result: 'int64', nulls: 'strict', aliases: ['char_length', 'character_length'], description: 'number of characters (code points)' }),
  f({ name: 'octet_length', minArgs: 1, maxArgs: 1, args: 'text', result: 'int64', nulls: 'strict', description: 'number of bytes in UTF-8' }),
  f({ name: 'substring', minArgs: 2, maxArgs: 3, args: ['text', 'integer'], result: 'utf8', nulls: 'strict', aliases: ['substr'], description: 'substring(s, start[, length]) with 1-based start, in characters', example: "SELECT substring('streaming', 1, 6)" }),
  f({ name: 'trim', minArgs: 1, maxArgs: 2, args: 'text', result: 'utf8', nulls: 'strict', aliases: ['btrim'], description: 'removes spaces (or the given characters) at both ends' }),
  f({ name: 'ltrim', minArgs: 1, maxArgs: 2, args: 'text', result: 'utf8', nulls: 'strict', description: 'removes leading spaces (or characters)' }),
  f({ name: 'rtrim', minArgs: 1, maxArgs: 2, args: 'text', result: 'utf8', nulls: 'strict', description: 'removes trailing spaces (or characters)' }),
  f({ name: 'replace', minArgs: 3, maxArgs: 3, args: 'text', result: 'utf8', nulls: 'strict', description: 'replaces every occurrence of from with to' }),
  f({ name: 'split_part', minArgs: 3, maxArgs: 3, args: ['text', 'text', 'integer'], result: 'utf8', nulls: 'strict', description: 'the n-th field (1-based; negative counts from the end) split by a delimiter' }),
  f({ name: 'starts_with', minArgs: 2, maxArgs: 2, args: 'text', result: 'bool', nulls: 'strict', description: 'whether s starts with the prefix' }),
  f({ name: 'ends_with', minArgs: 2, maxArgs: 2, args: 'text', result: 'bool', nulls: 'strict', description: 'whether s ends with the suffix' }),
  f({ name: 'strpos', minArgs: 2, maxArgs: 2, args: 'text', result: 'int64', nulls: 'strict', aliases: ['position', 'instr'], description: '1-based position of a substring, 0 when absent' }),
  f({ name: 'left', minArgs: 2, maxArgs: 2, args: ['text', 'integer'], result: 'utf8', nulls: 'strict', description: 'the first n characters' }),
  f({ name: 'right', minArgs: 2, maxArgs: 2, args: ['text', 'integer'], result: 'utf8', nulls: 'strict', description: 'the last n characters' }),
  f({ name: 'lpad', minArgs: 2, maxArgs: 3, args: ['text', 'integer', 'text'], result: 'utf8', nulls: 'strict', description: 'pads on the left to n characters' }),
  f({ name: 'rpad', minArgs: 2, maxArgs: 3, args: ['text', 'integer', 'text'], result: 'utf8', nulls: 'strict', description: 'pads on the right to n characters' }),
  f({ name: 'reverse', minArgs: 1, maxArgs: 1, args: 'text', result: 'utf8', nulls: 'strict', description: 'characters in reverse order' }),
  f({ name: 'repeat', minArgs: 2, maxArgs: 2, args: ['text', 'integer'], result: 'utf8', nulls: 'strict', description: 's repeated n times' }),
  f({ name: 'like', minArgs: 2, maxArgs: 3, args: 'text', result: 'bool', nulls: 'strict', symbol: 'LIKE', description: "pattern match with % and _ (optional escape character)" }),
  f({ name: 'ilike', minArgs: 2, maxArgs: 3, args: 'text', result: 'bool', nulls: 'strict', symbol: 'ILIKE', description: 'case-insensitive LIKE' }),
  f({ name: 'regexp_matches', minArgs: 2, maxArgs: 3, args: 'text', result: 'bool', nulls: 'strict', aliases: ['regexp_like'], description: 'whether the regular expression matches somewhere in s' }),
  f({ name: 'regexp_replace', minArgs: 3, maxArgs: 4, args: 'text', result: 'utf8', nulls: 'strict', description: "replaces the first match (every match with flag 'g')" }),
  f({ name: 'regexp_extract', minArgs: 2, maxArgs: 3, args: ['text', 'text', 'integer'], result: 'utf8', nulls: 'strict', description: "the first match (or capture group n); '' when nothing matches" }),
  f({ name: 'regexp_match', minArgs: 2, maxArgs: 2, args: 'text', result: 'list<utf8>', nulls: 'strict', description: 'the capture groups of the first match (the whole match when there are none); NULL when nothing matches' }),
  f({ name: 'md5', minArgs: 1, maxArgs: 1, args: 'text', result: 'utf8', nulls: 'strict', description: 'MD5 digest as hex' }),
  f({ name: 'sha256', minArgs: 1, maxArgs: 1, args: 'text', result: 'utf8', nulls: 'strict', description: 'SHA-256 digest as hex' }),
  f({ name: 'hash', minArgs: 1, maxArgs: 64, args: 'any', result: 'int64', nulls: 'custom', description: "the engine's 32-bit row hash of the arguments (the partitioning hash), as int64" }),
  // Date and time
  f({ name: 'now', minArgs: 0, maxArgs: 0, args: 'any', result: 'timestamptz', nulls: 'strict', volatile: true, aliases: ['current_timestamp'], description: 'the current time of the pipeline clock' }),
  f({ name: 'proctime', minArgs: 0, maxArgs: 0, args: 'any', result: 'timestamp', nulls: 'strict', volatile: true, description: 'processing time: the pipeline clock when the row is evaluated' }),
  f({ name: 'date_trunc', minArgs: 2, maxArgs: 2, args: ['text', 'temporal'], result: 'second', nulls: 'strict', description: "truncates to 'millisecond', 'second', 'minute', 'hour', 'day', 'week', 'month', 'quarter' or 'year' (UTC)", example: "SELECT date_trunc('hour', TIMESTAMP '2024-05-01 10:42:00')" }),
  f({ name: 'extract', minArgs: 2, maxArgs: 2, args: ['text', 'any'], result: 'float64', nulls: 'strict', aliases: ['date_part'], description: "a field: year, quarter, month, week, day, dow, doy, hour, minute, second, millisecond, microsecond, epoch (UTC)" }),
  f({ name: 'to_timestamp', minArgs: 1, maxArgs: 1, args: 'numeric', result: 'timestamptz(6)', nulls: 'strict', description: 'epoch seconds (fractions to the microsecond) to a timestamp' }),
  f({ name: 'epoch_ms', minArgs: 1, maxArgs: 1, args: 'any', result: 'special', nulls: 'strict', description: 'timestamp to epoch milliseconds (int64), or epoch milliseconds to a timestamp' }),
  f({ name: 'make_date', minArgs: 3, maxArgs: 3, args: 'integer', result: 'date', nulls: 'strict', description: 'a date from year, month, day (row error when invalid)' }),
  // JSON
  f({ name: 'json_get', minArgs: 2, maxArgs: 2, args: ['json', 'any'], result: 'json', nulls: 'strict', symbol: '->', description: "a member by key or an element by 0-based index, as JSON; NULL when absent" }),
  f({ name: 'json_get_text', minArgs: 2, maxArgs: 2, args: ['json', 'any'], result: 'utf8', nulls: 'strict', symbol: '->>', description: 'like -> but as text (strings unquoted)' }),
  f({ name: 'json_extract', minArgs: 2, maxArgs: 2, args: ['json', 'text'], result: 'json', nulls: 'strict', aliases: ['json_extract_path'], description: "the value at a JSON path such as '$.a.b[0]'" }),
  f({ name: 'json_extract_string', minArgs: 2, maxArgs: 2, args: ['json', 'text'], result: 'utf8', nulls: 'strict', aliases: ['json_value', 'json_extract_path_text'], description: 'like json_extract but as text' }),
  f({ name: 'json_array_length', minArgs: 1, maxArgs: 1, args: 'json', result: 'int64', nulls: 'strict', description: 'elements of a JSON array; NULL for other values' }),
  f({ name: 'json_type', minArgs: 1, maxArgs: 1, args: 'json', result: 'utf8', nulls: 'strict', description: "'object', 'array', 'string', 'number', 'boolean' or 'null'" }),
  f({ name: 'json_valid', minArgs: 1, maxArgs: 1, args: 'text', result: 'bool', nulls: 'strict', description: 'whether the text is valid JSON' }),
  // Lists, structs, maps
  f({ name: 'element_at', minArgs: 2, maxArgs: 2, args: ['any', 'any'], result: 'special', nulls: 'strict', symbol: '[]', description: 'a[i] (1-based list index; NULL out of range) or m[key]' }),
  f({ name: 'get_field', minArgs: 2, maxArgs: 2, args: ['struct', 'text'], result: 'special', nulls: 'strict', symbol: '.', description: 's.field' }),
  f({ name: 'cardinality', minArgs: 1, maxArgs: 1, args: 'any', result: 'int64', nulls: 'strict', aliases: ['array_length'], description: 'number of list elements or map entries' }),
  f({ name: 'array_contains', minArgs: 2, maxArgs: 2, args: ['list', 'any'], result: 'bool', nulls: 'strict', aliases: ['list_contains'], description: 'whether the list holds the value' }),
  f({ name: 'make_array', minArgs: 0, maxArgs: 256, args: 'any', result: 'special', nulls: 'custom', symbol: 'ARRAY[]', description: 'a list of the arguments' }),
  f({ name: 'struct_pack', minArgs: 1, maxArgs: 256, args: 'any', result: 'special', nulls: 'custom', symbol: 'ROW()', description: 'a struct of the arguments (fields f1, f2, ... or named)' }),
].map((d) => [d.name, d]));

/** Resolves a function name or alias (case-insensitive) to its canonical entry. */
export function findFunction(name: string): ScalarFunction | undefined {
  const lower = name.toLowerCase();
  const direct = scalarFunctions[lower];
  if (direct) return direct;
  for (const def of Object.values(scalarFunctions)) if (def.aliases?.includes(lower)) return def;
  return undefined;
}

/** Every callable name (canonical and aliases), for did-you-mean hints. */
export function functionNames(): string[] {
  return Object.values(scalarFunctions).flatMap((d) => [d.name, ...(d.aliases ?? [])]);
}

/** An aggregate function. */
export interface AggregateFunction {
  readonly name: string;
  /** Value arguments: COUNT takes 0 (COUNT(*)) or 1, the others 1. */
  readonly minArgs: 0 | 1;
  readonly maxArgs: 1;
  /** Constant arguments after the value: a STRING_AGG separator, a percentile fraction. */
  readonly constants?: readonly ('text' | 'fraction')[];
  readonly accepts: ArgClass;
  /**
   * `count`: int64; `sum`: int64 for integers, decimal(38,s) for decimals, float64 for floats;
   * `first`: the argument type; `float64`; `bool`; `utf8`; `list`: a list of the argument type.
   */
  readonly result: 'count' | 'sum' | 'first' | 'float64' | 'bool' | 'utf8' | 'list';
  /** Takes `ORDER BY` inside the call (its order decides the result). */
  readonly ordered?: boolean;
  /** Written `f(fraction) WITHIN GROUP (ORDER BY x)`. */
  readonly withinGroup?: boolean;
  readonly aliases?: readonly string[];
  readonly description: string;
}

const agg = (def: AggregateFunction): [string, AggregateFunction] => [def.name, def];

/** Aggregate functions by canonical name. */
export const aggregateFunctions: Readonly<Record<string, AggregateFunction>> = Object.fromEntries([
  agg({ name: 'count', minArgs: 0, maxArgs: 1, accepts: 'any', result: 'count', description: 'COUNT(*) or COUNT(x): rows, or non-NULL values of x' }),
  agg({ name: 'sum', minArgs: 1, maxArgs: 1, accepts: 'numeric', result: 'sum', description: 'sum of non-NULL values (exact for integers and decimals); NULL if none' }),
  agg({ name: 'avg', minArgs: 1, maxArgs: 1, accepts: 'numeric', result: 'float64', aliases: ['mean'], description: 'mean of non-NULL values' }),
  agg({ name: 'min', minArgs: 1, maxArgs: 1, accepts: 'comparable', result: 'first', description: 'smallest non-NULL value' }),
  agg({ name: 'max', minArgs: 1, maxArgs: 1, accepts: 'comparable', result: 'first', description: 'largest non-NULL value' }),
  agg({ name: 'first_value', minArgs: 1, maxArgs: 1, accepts: 'any', result: 'first', ordered: true, aliases: ['first'], description: 'the value of the first row, by ORDER BY inside the call, else by event time then arrival' }),
  agg({ name: 'last_value', minArgs: 1, maxArgs: 1, accepts: 'any', result: 'first', ordered: true, aliases: ['last'], description: 'the value of the last row, by ORDER BY inside the call, else by event time then arrival' }),
  agg({ name: 'stddev_samp', minArgs: 1, maxArgs: 1, accepts: 'numeric', result: 'float64', aliases: ['stddev'], description: 'sample standard deviation; NULL for fewer than 2 values' }),
  agg({ name: 'stddev_pop', minArgs: 1, maxArgs: 1, accepts: 'numeric', result: 'float64', description: 'population standard deviation' }),
  agg({ name: 'var_samp', minArgs: 1, maxArgs: 1, accepts: 'numeric', result: 'float64', aliases: ['variance'], description: 'sample variance; NULL for fewer than 2 values' }),
  agg({ name: 'var_pop', minArgs: 1, maxArgs: 1, accepts: 'numeric', result: 'float64', description: 'population variance' }),
  agg({ name: 'bool_and', minArgs: 1, maxArgs: 1, accepts: 'bool', result: 'bool', aliases: ['every'], description: 'TRUE if every non-NULL value is TRUE' }),
  agg({ name: 'bool_or', minArgs: 1, maxArgs: 1, accepts: 'bool', result: 'bool', description: 'TRUE if any non-NULL value is TRUE' }),
  agg({ name: 'string_agg', minArgs: 1, maxArgs: 1, constants: ['text'], accepts: 'text', result: 'utf8', ordered: true, aliases: ['listagg', 'group_concat'], description: 'non-NULL values joined by a separator, in ORDER BY (or event-time) order' }),
  agg({ name: 'array_agg', minArgs: 1, maxArgs: 1, accepts: 'any', result: 'list', ordered: true, aliases: ['list'], description: 'values (NULLs included) as a list, in ORDER BY (or event-time) order' }),
  agg({ name: 'approx_count_distinct', minArgs: 1, maxArgs: 1, accepts: 'any', result: 'count', description: 'distinct non-NULL values: exact up to 512, then HyperLogLog (about 1.6% error)' }),
  agg({ name: 'percentile_cont', minArgs: 1, maxArgs: 1, constants: ['fraction'], accepts: 'numeric', result: 'float64', withinGroup: true, aliases: ['quantile_cont'], description: 'PERCENTILE_CONT(f) WITHIN GROUP (ORDER BY x): interpolated percentile, exact' }),
  agg({ name: 'percentile_disc', minArgs: 1, maxArgs: 1, constants: ['fraction'], accepts: 'numeric', result: 'first', withinGroup: true, aliases: ['quantile_disc'], description: 'PERCENTILE_DISC(f) WITHIN GROUP (ORDER BY x): the first value whose cumulative share reaches f' }),
  agg({ name: 'approx_percentile', minArgs: 1, maxArgs: 1, constants: ['fraction'], accepts: 'numeric', result: 'float64', aliases: ['approx_percentile_cont', 'approx_quantile'], description: 'approx_percentile(x, f): the interpolated percentile (computed exactly; see docs)' }),
  agg({ name: 'median', minArgs: 1, maxArgs: 1, accepts: 'numeric', result: 'float64', description: 'PERCENTILE_CONT(0.5)' }),
]);

const AGGREGATE_ALIASES: Readonly<Record<string, string>> = Object.fromEntries(
  Object.values(aggregateFunctions).flatMap((d) => (d.aliases ?? []).map((a) => [a, d.name])),
);

/** The canonical name of a built-in aggregate (aliases resolved), or undefined. */
export function aggregateName(name: string): string | undefined {
  const n = name.toLowerCase();
  return aggregateFunctions[n] !== undefined ? n : AGGREGATE_ALIASES[n];
}

/** The result type of a built-in aggregate over a value argument type (undefined for COUNT(*)). */
export function aggregateResultType(fn: string, argType: string | undefined): string {
  const desc = aggregateFunctions[fn]!;
  switch (desc.result) {
    case 'count': return 'int64';
    case 'float64': return 'float64';
    case 'bool': return 'bool';
    case 'utf8': return 'utf8';
    case 'list': return `list<${argType}>`;
    case 'first': return argType!;
    case 'sum': {
      const k = typeKind(argType!);
      if (k === 'float32' || k === 'float64') return 'float64';
      if (k === 'decimal') return `decimal(38,${decimalParams(argType!)!.scale})`;
      return 'int64';
    }
  }
}

/** Whether a built-in aggregate accepts an argument type; the reason when it does not. */
export function aggregateAccepts(fn: string, argType: string): string | undefined {
  const desc = aggregateFunctions[fn]!;
  const k = typeKind(argType);
  switch (desc.accepts) {
    case 'numeric': return isNumberType(argType) ? undefined : 'a number';
    case 'bool': return k === 'bool' ? undefined : 'a BOOLEAN';
    case 'text': return k === 'utf8' || k === 'json' ? undefined : 'text';
    case 'comparable': return k === 'list' || k === 'struct' || k === 'map' ? 'a value that can be ordered (not a list, struct or map)' : undefined;
    default: return undefined;
  }
}

// ---- type rules (pure string logic; no runtime imports) ----

/** The kind of a canonical type string (`decimal(10,2)` → `decimal`, `timestamptz(6)` → `timestamp`). */
export function typeKind(type: string): string {
  if (type.startsWith('timestamp')) return 'timestamp';
  const m = /^[a-z0-9_]+/.exec(type);
  return m ? m[0] : type;
}

/** Precision and scale of a decimal type string. */
export function decimalParams(type: string): { precision: number; scale: number } | undefined {
  const m = /^decimal\((\d+),(\d+)\)$/.exec(type);
  return m ? { precision: Number(m[1]), scale: Number(m[2]) } : undefined;
}

const INTEGER_RANK: Record<string, number> = { int8: 1, int16: 2, int32: 3, int64: 4 };

/** Whether a type is an integer, decimal or float. */
export function isNumberType(type: string): boolean {
  const k = typeKind(type);
  return k in INTEGER_RANK || k === 'float32' || k === 'float64' || k === 'decimal';
}

/** Whether a type is an integer type. */
export function isIntegerType(type: string): boolean {
  return typeKind(type) in INTEGER_RANK;
}

/**
 * The common type two values are compared or combined in, or undefined when there is none.
 * Numbers widen (integers < decimal < float; BIGINT * DOUBLE is DOUBLE), `null` (an untyped NULL
 * literal) joins anything, strings join strings and JSON, timestamps join timestamps (µs wins,
 * tz wins), dates widen to timestamps.
 */
export function commonType(a: string, b: string): string | undefined {
  if (a === b) return a;
  if (a === 'null') return b;
  if (b === 'null') return a;
  const ka = typeKind(a);
  const kb = typeKind(b);
  if (isNumberType(a) && isNumberType(b)) {
    if (ka === 'float64' || kb === 'float64' || ka === 'float32' || kb === 'float32') return ka === 'float32' && kb === 'float32' ? 'float32' : 'float64';
    if (ka === 'decimal' || kb === 'decimal') {
      const da = decimalParams(a) ?? integerAsDecimal(a);
      const db = decimalParams(b) ?? integerAsDecimal(b);
      const scale = Math.max(da.scale, db.scale);
      const whole = Math.max(da.precision - da.scale, db.precision - db.scale);
      return `decimal(${Math.min(38, whole + scale)},${scale})`;
    }
    return (INTEGER_RANK[ka]! >= INTEGER_RANK[kb]! ? a : b);
  }
  if ((ka === 'utf8' || ka === 'json') && (kb === 'utf8' || kb === 'json')) return 'utf8';
  if (ka === 'timestamp' && kb === 'timestamp') {
    const tz = a.includes('tz') || b.includes('tz');
    const us = a.endsWith('(6)') || b.endsWith('(6)');
    return `timestamp${tz ? 'tz' : ''}${us ? '(6)' : ''}`;
  }
  if ((ka === 'date' && kb === 'timestamp') || (ka === 'timestamp' && kb === 'date')) return ka === 'timestamp' ? a : b;
  if (ka === 'list' && kb === 'list') {
    const item = commonType(a.slice(5, -1), b.slice(5, -1));
    return item === undefined ? undefined : `list<${item}>`;
  }
  return undefined;
}

/** The decimal an integer type widens to (BIGINT is DECIMAL(19,0)). */
export function integerAsDecimal(type: string): { precision: number; scale: number } {
  return { precision: ({ int8: 3, int16: 5, int32: 10, int64: 19 } as Record<string, number>)[typeKind(type)] ?? 19, scale: 0 };
}

/** The result type of integer or decimal arithmetic (SQL rules, capped at DECIMAL(38,s)). */
export function arithmeticType(op: 'add' | 'sub' | 'mul' | 'div' | 'mod', a: string, b: string): string | undefined {
  const common = commonType(a, b);
  if (common === undefined || !isNumberType(common)) return undefined;
  if (typeKind(common) !== 'decimal') return common === 'int8' || common === 'int16' ? 'int32' : common;
  if (op === 'div') return 'float64';
  const da = decimalParams(a) ?? integerAsDecimal(a);
  const db = decimalParams(b) ?? integerAsDecimal(b);
  if (op === 'mul') {
    const scale = Math.min(38, da.scale + db.scale);
    return `decimal(${Math.min(38, da.precision + db.precision)},${scale})`;
  }
  const scale = Math.max(da.scale, db.scale);
  const whole = Math.max(da.precision - da.scale, db.precision - db.scale) + (op === 'mod' ? 0 : 1);
  return `decimal(${Math.min(38, whole + scale)},${scale})`;
}
