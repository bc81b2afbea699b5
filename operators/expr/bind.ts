/**
 * Binding: plan expressions (names) become typed expression trees (column indexes, result
 * types) against an input schema. The binder resolves functions in the catalog, applies the type
 * rules (numbers widen: BIGINT * DOUBLE is DOUBLE), inserts implicit casts so the code generator
 * only sees operands of agreed types, and reports errors with a did-you-mean.
 */
import {
  didYouMean,
  fieldIndex,
  formatType,
  isColumnType,
  parseDate,
  parseDecimal,
  parseInterval,
  parseTime,
  parseTimestamp,
  PlanError,
  typeInfo,
  type ColumnType,
  type Schema,
} from '../../runtime/index.js';
import type { plan } from '../../specs/index.js';
import type { ScalarUdf } from '../../runtime/index.js';
import { arithmeticType, commonType, findFunction, functionNames, isIntegerType, isNumberType, typeKind, type ArgClass } from '../catalog.js';

/** The type of an untyped NULL literal before it meets another type. */
export const NULL_TYPE = 'null';

/** A typed expression. */
export type Bound =
  | { readonly kind: 'column'; readonly index: number; readonly type: ColumnType; readonly nullable: boolean }
  | { readonly kind: 'literal'; readonly value: unknown; readonly type: ColumnType }
  | { readonly kind: 'call'; readonly fn: string; readonly args: readonly Bound[]; readonly type: ColumnType };

const call = (fn: string, args: readonly Bound[], type: ColumnType): Bound => ({ kind: 'call', fn, args, type });

/** Wraps `b` in a cast to `type` unless it already has that type; NULL literals just take the type. */
export function coerce(b: Bound, type: ColumnType): Bound {
  if (b.type === type) return b;
  if (b.kind === 'literal' && b.value === null) return { kind: 'literal', value: null, type };
  return call('cast', [b], type);
}

/** Looks up scalar UDFs by name (undefined when there is none). */
export type UdfLookup = (name: string) => ScalarUdf | undefined;

const noUdfs: UdfLookup = () => undefined;

/** Binds `expr` against `schema`; `udfs` resolves user-defined functions. */
export function bind(expr: plan.Expr, schema: Schema, udfs: UdfLookup = noUdfs): Bound {
  if (expr.column != null) {
    const name = expr.column.name ?? '';
    const index = fieldIndex(schema, name, 'expression');
    const f = schema.fields[index]!;
    return { kind: 'column', index, type: f.type, nullable: f.nullable };
  }
  if (expr.literal != null) return bindLiteral(expr.literal);
  if (expr.call != null) return bindCall(expr.call.function ?? '', (expr.call.args ?? []), schema, udfs);
  throw new PlanError('an expression has no column, literal or call');
}

function bindLiteral(lit: plan.Literal): Bound {
  const spec = lit.type?.spec || undefined;
  if (lit.nullValue) return { kind: 'literal', value: null, type: spec ?? NULL_TYPE };
  if (lit.boolValue != null) return { kind: 'literal', value: lit.boolValue, type: 'bool' };
  if (lit.int32Value != null) return { kind: 'literal', value: lit.int32Value, type: spec ?? 'int32' };
  if (lit.int64Value != null) return { kind: 'literal', value: BigInt(lit.int64Value), type: spec ?? 'int64' };
  if (lit.doubleValue != null) return { kind: 'literal', value: lit.doubleValue, type: spec ?? 'float64' };
  if (lit.stringValue != null) {
    const text = lit.stringValue;
    if (spec === undefined || spec === 'utf8') return { kind: 'literal', value: text, type: 'utf8' };
    if (!isColumnType(spec)) throw new PlanError(`a literal has the unknown type '${spec}'`);
    const info = typeInfo(spec);
    const where = `literal ${typeKind(spec).toUpperCase()} '${text}'`;
    switch (info.kind) {
      case 'decimal': return { kind: 'literal', value: parseDecimal(text, info.scale, info.precision, where), type: spec };
      case 'date': return { kind: 'literal', value: parseDate(text, where), type: spec };
      case 'time': return { kind: 'literal', value: parseTime(text, where), type: spec };
      case 'timestamp': return { kind: 'literal', value: parseTimestamp(text, where), type: spec };
      case 'interval': return { kind: 'literal', value: parseInterval(JSON.parse(text), where), type: spec };
      case 'json':
        try {
          JSON.parse(text);
        } catch {
          throw new PlanError(`${where} is not valid JSON`);
        }
        return { kind: 'literal', value: text, type: spec };
      default:
        throw new PlanError(`a ${spec} literal cannot be written as text`);
    }
  }
  throw new PlanError('a literal has no value');
}

function isNull(b: Bound): boolean {
  return b.kind === 'literal' && b.value === null;
}

function fail(name: string, why: string, args: readonly Bound[]): never {
  throw new PlanError(`function '${name}' ${why}; got (${args.map((a) => a.type).join(', ')})`);
}

function accepts(cls: ArgClass, type: ColumnType): boolean {
  if (type === NULL_TYPE) return true;
  const k = typeKind(type);
  switch (cls) {
    case 'numeric': return isNumberType(type);
    case 'integer': return isIntegerType(type);
    case 'bool': return k === 'bool';
    case 'text': return k === 'utf8' || k === 'json';
    case 'json': return k === 'json' || k === 'utf8';
    case 'temporal': return k === 'timestamp' || k === 'date' || k === 'time';
    case 'interval': return k === 'interval';
    case 'list': return k === 'list';
    case 'map': return k === 'map';
    case 'struct': return k === 'struct';
    default: return true;
  }
}

/** The common type of several arguments, or a PlanError naming the clash. */
function common(name: string, args: readonly Bound[]): ColumnType {
  let type: ColumnType = NULL_TYPE;
  for (const a of args) {
    const next = commonType(type, a.type);
    if (next === undefined) fail(name, `mixes values of types that have no common type (cast one side)`, args);
    type = next;
  }
  return type === NULL_TYPE ? 'int32' : type;
}

function bindCall(name: string, rawArgs: readonly plan.Expr[], schema: Schema, udfs: UdfLookup): Bound {
  const desc = findFunction(name);
  if (desc === undefined) {
    const udf = udfs(name);
    if (udf === undefined) throw new PlanError(`unknown function '${name}'${didYouMean(name, functionNames())}`);
    if (rawArgs.length !== udf.args.length) throw new PlanError(`function '${udf.name}' takes ${udf.args.length} argument(s), got ${rawArgs.length}`);
    const args = rawArgs.map((a, i) => coerceArg(bind(a, schema, udfs), udf.args[i]!, udf.name));
    return call(`udf:${udf.name}`, args, udf.returns);
  }
  const fn = desc.name;
  // CAST carries its target type as a string literal, not as a value to bind.
  if (fn === 'cast' || fn === 'try_cast') {
    const target = rawArgs[1]?.literal?.stringValue;
    if (rawArgs.length !== 2 || target == null || !isColumnType(target)) throw new PlanError(`${fn} needs a value and a target type, e.g. CAST(x AS BIGINT)`);
    const value = bind(rawArgs[0]!, schema, udfs);
    const type = formatType(typeInfo(target));
    if (isNull(value)) return { kind: 'literal', value: null, type };
    return value.type === type ? value : call(fn, [value], type);
  }
  const args = rawArgs.map((a) => bind(a, schema, udfs));
  if (args.length < desc.minArgs || args.length > desc.maxArgs) {
    const want = desc.minArgs === desc.maxArgs ? `${desc.minArgs}` : `${desc.minArgs} to ${desc.maxArgs}`;
    throw new PlanError(`function '${name}' takes ${want} argument(s), got ${args.length}`);
  }
  const classes = desc.args;
  args.forEach((a, i) => {
    const cls = typeof classes === 'string' ? classes : classes[Math.min(i, classes.length - 1)]!;
    if (!accepts(cls, a.type)) fail(name, `needs ${cls === 'text' ? 'string' : cls} argument${typeof classes === 'string' ? 's' : ` in position ${i + 1}`}`, args);
  });
  switch (fn) {
    case 'add':
    case 'sub':
    case 'mul':
    case 'div':
    case 'mod':
      return arithmetic(fn, args);
    case 'neg':
      if (!isNumberType(args[0]!.type) && typeKind(args[0]!.type) !== 'interval') fail(name, 'needs a number or an interval', args);
      return call(fn, args, args[0]!.type === NULL_TYPE ? 'int32' : args[0]!.type);
    case 'nullif': {
      // Compared in the common type; the result keeps the first argument's type (SQL, PostgreSQL, DuckDB).
      const t = common(name, args);
      if (typeKind(t) === 'list' || typeKind(t) === 'struct' || typeKind(t) === 'map') return call(fn, args.map((a) => coerce(a, t)), t);
      const first = args[0]!.type === NULL_TYPE ? coerce(args[0]!, t) : args[0]!;
      return call(fn, [first, coerce(args[1]!, t)], first.type);
    }
    case 'eq': case 'neq': case 'lt': case 'lte': case 'gt': case 'gte':
    case 'is_distinct_from': case 'is_not_distinct_from': {
      const t = common(name, args);
      const kind = typeKind(t);
      if ((kind === 'list' || kind === 'struct' || kind === 'map') && fn !== 'eq' && fn !== 'neq') fail(name, 'cannot order lists, structs or maps', args);
      return call(fn, args.map((a) => coerce(a, t)), 'bool');
    }
    case 'in': {
      const t = common(name, args);
      return call(fn, args.map((a) => coerce(a, t)), 'bool');
    }
    case 'coalesce':
    case 'greatest':
    case 'least': {
      const t = common(name, args);
      return call(fn, args.map((a) => coerce(a, t)), t);
    }
    case 'case': {
      // Arguments: c1, v1, c2, v2, ..., [else].
      const hasElse = args.length % 2 === 1;
      const isCond = (i: number) => i % 2 === 0 && !(hasElse && i === args.length - 1);
      args.forEach((c, i) => {
        if (isCond(i) && c.type !== 'bool' && !isNull(c)) fail('CASE', 'needs boolean WHEN conditions', args);
      });
      const t = common('CASE', args.filter((_, i) => !isCond(i)));
      return call(fn, args.map((a, i) => coerce(a, isCond(i) ? 'bool' : t)), t);
    }
    case 'and':
    case 'or':
    case 'not':
      return call(fn, args.map((a) => coerce(a, 'bool')), 'bool');
    case 'concat_op':
    case 'concat':
    case 'concat_ws':
      return call(fn, args.map((a) => coerce(a, 'utf8')), 'utf8');
    case 'sign':
      // -1, 0 or 1: a decimal's sign is an integer (its scale would only add zeros).
      return call(fn, args, typeKind(args[0]!.type) === 'decimal' ? 'int32' : resultOf('first', args, name));
    case 'date_trunc':
      return call(fn, args, args[1]!.type === NULL_TYPE ? 'timestamp' : args[1]!.type);
    case 'extract': {
      const field = args[0]!.kind === 'literal' ? String(args[0]!.value).toLowerCase() : '';
      return call(fn, args, field === 'epoch' ? 'float64' : 'int64');
    }
    case 'epoch_ms':
      return call(fn, args, typeKind(args[0]!.type) === 'timestamp' || typeKind(args[0]!.type) === 'date' ? 'int64' : 'timestamp');
    case 'element_at': {
      const info = typeInfo(args[0]!.type === NULL_TYPE ? 'list<int32>' : args[0]!.type);
      if (info.kind === 'list') return call(fn, [args[0]!, coerce(args[1]!, 'int64')], info.item);
      if (info.kind === 'map') return call(fn, [args[0]!, coerce(args[1]!, 'utf8')], info.value);
      if (info.kind === 'json' || info.kind === 'utf8') return call('json_get', args, 'json');
      return fail(name, 'subscripts lists (a[1]) and maps (m[key])', args);
    }
    case 'get_field': {
      const info = typeInfo(args[0]!.type);
      const field = args[1]!.kind === 'literal' ? String(args[1]!.value) : '';
      if (info.kind !== 'struct') return fail(name, 'reads a field of a struct', args);
      const f = info.fields.find((x) => x.name === field) ?? info.fields.find((x) => x.name.toLowerCase() === field.toLowerCase());
      if (f === undefined) throw new PlanError(`struct has no field '${field}'${didYouMean(field, info.fields.map((x) => x.name))}; fields are: ${info.fields.map((x) => x.name).join(', ')}`);
      return call(fn, [args[0]!, { kind: 'literal', value: f.name, type: 'utf8' }], f.type);
    }
    case 'array_contains': {
      const info = typeInfo(args[0]!.type);
      return call(fn, [args[0]!, coerce(args[1]!, info.kind === 'list' ? info.item : args[1]!.type)], 'bool');
    }
    case 'make_array': {
      const t = args.length === 0 ? 'int32' : common(name, args);
      return call(fn, args.map((a) => coerce(a, t)), `list<${t}>`);
    }
    case 'struct_pack': {
      if (args.length % 2 !== 0) fail(name, 'takes name, value pairs', args);
      const fields = [];
      for (let i = 0; i < args.length; i += 2) {
        const n = args[i]!;
        if (n.kind !== 'literal' || typeof n.value !== 'string') fail(name, 'needs literal field names', args);
        fields.push({ name: n.value as string, type: args[i + 1]!.type === NULL_TYPE ? 'int32' : args[i + 1]!.type, nullable: true });
      }
      return call(fn, args, formatType({ kind: 'struct', fields }));
    }
  }
  return call(fn, args, resultOf(desc.result, args, name));
}

function resultOf(rule: string, args: readonly Bound[], name: string): ColumnType {
  switch (rule) {
    case 'first': return args[0]!.type === NULL_TYPE ? 'int32' : args[0]!.type;
    case 'second': return args[1]!.type;
    case 'widen':
    case 'common': return common(name, args);
    case 'special': return fail(name, 'has no type rule', args);
    default: return rule;
  }
}

/** Numbers, timestamps, dates, times and intervals under + - * / %. */
function arithmetic(fn: 'add' | 'sub' | 'mul' | 'div' | 'mod', args: readonly Bound[]): Bound {
  const [a, b] = args as [Bound, Bound];
  const ka = a.type === NULL_TYPE ? typeKind(b.type) : typeKind(a.type);
  const kb = b.type === NULL_TYPE ? ka : typeKind(b.type);
  const bad = () => fail(fn, 'does not apply to these types', args);
  if (isNumberType(a.type === NULL_TYPE ? b.type : a.type) && isNumberType(b.type === NULL_TYPE ? a.type : b.type)) {
    const t = arithmeticType(fn, a.type === NULL_TYPE ? b.type : a.type, b.type === NULL_TYPE ? a.type : b.type) ?? bad();
    return call(fn, [nullTo(a, t), nullTo(b, t)], t);
  }
  if (fn === 'add' && kb === 'timestamp' && (ka === 'interval' || ka === 'date')) return arithmetic('add', [b, a]);
  if (fn === 'add' && ka === 'interval' && kb === 'date') return arithmetic('add', [b, a]);
  if (fn === 'add' && ka === 'int32' && kb === 'date') return arithmetic('add', [b, a]);
  if (fn === 'mul' && isNumberType(a.type) && kb === 'interval') return arithmetic('mul', [b, a]);
  switch (ka) {
    case 'timestamp':
      if ((fn === 'add' || fn === 'sub') && kb === 'interval') return call(fn, args, a.type);
      if (fn === 'sub' && kb === 'timestamp') return call('sub', [a, coerce(b, a.type)], 'interval');
      if (fn === 'sub' && kb === 'date') return call('sub', [a, coerce(b, a.type)], 'interval');
      return bad();
    case 'date':
      if ((fn === 'add' || fn === 'sub') && isIntegerType(b.type)) return call(fn, [a, coerce(b, 'int32')], 'date');
      if ((fn === 'add' || fn === 'sub') && kb === 'interval') return call(fn, [coerce(a, 'timestamp'), b], 'timestamp');
      if (fn === 'sub' && kb === 'date') return call('sub', args, 'int64');
      return bad();
    case 'time':
      if ((fn === 'add' || fn === 'sub') && kb === 'interval') return call(fn, args, 'time');
      if (fn === 'sub' && kb === 'time') return call('sub', args, 'interval');
      return bad();
    case 'interval':
      if ((fn === 'add' || fn === 'sub') && kb === 'interval') return call(fn, args, 'interval');
      if ((fn === 'mul' || fn === 'div') && isNumberType(b.type)) return call(fn, [a, coerce(b, 'float64')], 'interval');
      return bad();
  }
  return bad();
}

/** An argument converted to a UDF's declared type, if the types allow it. */
function coerceArg(b: Bound, type: ColumnType, fn: string): Bound {
  if (b.type === type || b.type === NULL_TYPE) return coerce(b, type);
  const common = commonType(b.type, type);
  if (common === undefined && !(typeKind(type) === 'utf8')) throw new PlanError(`function '${fn}' takes ${type}, got ${b.type}`);
  return coerce(b, type);
}

function nullTo(b: Bound, type: ColumnType): Bound {
  return isNull(b) ? { kind: 'literal', value: null, type } : b;
}

/** Replaces column references of `b` by the expressions that define them (operator fusion). */
export function substitute(b: Bound, env: readonly Bound[]): Bound {
  switch (b.kind) {
    case 'column': return env[b.index]!;
    case 'literal': return b;
    case 'call': return { kind: 'call', fn: b.fn, args: b.args.map((a) => substitute(a, env)), type: b.type };
  }
}

/** Columns of the input an expression reads. */
export function columnsUsed(b: Bound, into: Set<number> = new Set()): Set<number> {
  if (b.kind === 'column') into.add(b.index);
  else if (b.kind === 'call') for (const a of b.args) columnsUsed(a, into);
  return into;
}

/** Functions whose result is never NULL. */
const NEVER_NULL = new Set(['is_null', 'is_not_null', 'is_true', 'is_false', 'is_distinct_from', 'is_not_distinct_from', 'make_array', 'struct_pack', 'concat', 'concat_ws', 'hash']);
/** Functions that can turn non-NULL input into NULL (row errors, absent members, out of range). */
const MAY_ADD_NULL = new Set([
  'div', 'mod', 'cast', 'try_cast', 'nullif', 'case', 'sqrt', 'ln', 'log10', 'log2', 'sin', 'cos', 'tan', 'asin', 'acos', 'json_get', 'json_get_text', 'json_extract', 'json_extract_string',
  'json_array_length', 'element_at', 'get_field', 'regexp_match', 'regexp_matches', 'regexp_replace', 'regexp_extract', 'split_part', 'make_date', 'date_trunc', 'extract',
  'to_timestamp', 'epoch_ms', 'in', 'greatest', 'least', 'add', 'sub', 'mul', 'neg', 'abs', 'round', 'trunc',
]);

/** Whether an expression can be NULL given which input columns may hold NULLs. */
export function mayBeNull(b: Bound, nullable: (index: number) => boolean): boolean {
  switch (b.kind) {
    case 'column': return nullable(b.index);
    case 'literal': return b.value === null;
    case 'call':
      if (NEVER_NULL.has(b.fn)) return false;
      // A UDF may return NULL or throw (a row error) for any arguments.
      if (MAY_ADD_NULL.has(b.fn) || b.fn.startsWith('udf:')) return true;
      if (b.fn === 'coalesce') return b.args.every((a) => mayBeNull(a, nullable));
      return b.args.some((a) => mayBeNull(a, nullable));
  }
}
