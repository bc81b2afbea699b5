/**
 * Binding: plan expressions (names) become typed expression trees (column indexes, result types)
 * against an input schema, using the catalog's type rules. Errors name the column or function and
 * suggest a close match.
 */
import { didYouMean, fieldIndex, isNumeric, PlanError, type ColumnType, type Schema } from '../../runtime/index.js';
import type { plan } from '../../specs/index.js';
import { scalarFunctions, type ArgClass, type ResultRule } from '../catalog.js';

/** A typed expression. */
export type Bound =
  | { readonly kind: 'column'; readonly index: number; readonly type: ColumnType; readonly nullable: boolean }
  | { readonly kind: 'literal'; readonly value: unknown; readonly type: ColumnType }
  | { readonly kind: 'call'; readonly fn: string; readonly args: readonly Bound[]; readonly type: ColumnType };

const WIDTH: Record<string, number> = { int8: 1, int16: 2, int32: 3, int64: 4, float32: 5, float64: 6 };
const BY_WIDTH: readonly ColumnType[] = ['int8', 'int8', 'int16', 'int32', 'int64', 'float32', 'float64'] as const;

/** Binds `expr` against `schema`. */
export function bind(expr: plan.Expr, schema: Schema): Bound {
  if (expr.column != null) {
    const name = expr.column.name ?? '';
    const index = fieldIndex(schema, name, 'expression');
    const f = schema.fields[index]!;
    return { kind: 'column', index, type: f.type, nullable: f.nullable };
  }
  if (expr.literal != null) return bindLiteral(expr.literal);
  if (expr.call != null) {
    const name = expr.call.function ?? '';
    const desc = scalarFunctions[name];
    if (desc === undefined) throw new PlanError(`unknown function '${name}'${didYouMean(name, Object.keys(scalarFunctions))}`);
    const args = (expr.call.args ?? []).map((a) => bind(a, schema));
    if (args.length < desc.minArgs || args.length > desc.maxArgs) {
      const want = desc.minArgs === desc.maxArgs ? `${desc.minArgs}` : `${desc.minArgs} to ${desc.maxArgs}`;
      throw new PlanError(`function '${name}' takes ${want} argument(s), got ${args.length}`);
    }
    checkArgs(name, desc.args, args);
    return { kind: 'call', fn: name, args, type: resultType(name, desc.result, args) };
  }
  throw new PlanError('an expression has no column, literal or call');
}

function bindLiteral(lit: plan.Literal): Bound {
  if (lit.nullValue) return { kind: 'literal', value: null, type: literalType(lit) ?? 'int32' };
  if (lit.boolValue != null) return { kind: 'literal', value: lit.boolValue, type: 'bool' };
  if (lit.int32Value != null) return { kind: 'literal', value: lit.int32Value, type: literalType(lit) ?? 'int32' };
  if (lit.int64Value != null) return { kind: 'literal', value: Number(lit.int64Value), type: literalType(lit) ?? 'int64' };
  if (lit.doubleValue != null) return { kind: 'literal', value: lit.doubleValue, type: literalType(lit) ?? 'float64' };
  if (lit.stringValue != null) return { kind: 'literal', value: lit.stringValue, type: 'utf8' };
  throw new PlanError('a literal has no value');
}

const KIND_NAMES: Record<number, ColumnType> = { 1: 'bool', 2: 'int8', 3: 'int16', 4: 'int32', 5: 'int64', 6: 'float32', 7: 'float64', 8: 'utf8', 9: 'timestamp' };

function literalType(lit: plan.Literal): ColumnType | undefined {
  const kind = lit.type?.kind;
  return kind ? KIND_NAMES[kind] : undefined;
}

function checkArgs(name: string, cls: ArgClass, args: readonly Bound[]): void {
  const bad = (why: string) => new PlanError(`function '${name}' ${why}; got (${args.map((a) => a.type).join(', ')})`);
  switch (cls) {
    case 'numeric':
      if (!args.every((a) => isNumeric(a.type) || isNullLiteral(a))) throw bad('needs numeric arguments');
      break;
    case 'integer':
      if (!args.every((a) => (isNumeric(a.type) && !a.type.startsWith('float')) || isNullLiteral(a))) throw bad('needs integer arguments');
      break;
    case 'bool':
      if (!args.every((a) => a.type === 'bool' || isNullLiteral(a))) throw bad('needs boolean arguments');
      break;
    case 'utf8':
      if (!args.every((a) => a.type === 'utf8' || isNullLiteral(a))) throw bad('needs string arguments');
      break;
    case 'comparable': {
      const kinds = new Set(args.filter((a) => !isNullLiteral(a)).map((a) => (isNumeric(a.type) ? 'number' : a.type)));
      if (kinds.size > 1) throw bad('compares values of different kinds (cast one side)');
      break;
    }
    case 'any':
      if (name === 'coalesce') {
        const kinds = new Set(args.filter((a) => !isNullLiteral(a)).map((a) => (isNumeric(a.type) ? 'number' : a.type)));
        if (kinds.size > 1) throw bad('mixes values of different kinds');
      }
      break;
  }
}

function isNullLiteral(b: Bound): boolean {
  return b.kind === 'literal' && b.value === null;
}

/** The widest numeric type of `types` (see catalog `widen`). */
export function widen(types: readonly ColumnType[]): ColumnType {
  if (types.includes('timestamp')) {
    const others = types.filter((t) => t !== 'timestamp');
    return others.length === types.length - 1 ? 'timestamp' : 'int64';
  }
  let w = 3;
  for (const t of types) w = Math.max(w, WIDTH[t] ?? 3);
  return BY_WIDTH[w]!;
}

function resultType(name: string, rule: ResultRule, args: readonly Bound[]): ColumnType {
  switch (rule) {
    case 'widen': {
      const types = args.map((a) => a.type);
      // timestamp - timestamp is a duration in ms; timestamp ± n stays a timestamp.
      if (name === 'sub' && types[0] === 'timestamp' && types[1] === 'timestamp') return 'int64';
      if (types.includes('timestamp') && name !== 'add' && name !== 'sub') {
        throw new PlanError(`function '${name}' does not apply to timestamps`);
      }
      if (types.filter((t) => t === 'timestamp').length > 1) throw new PlanError(`cannot add two timestamps`);
      return widen(types);
    }
    case 'first': {
      const t = args.find((a) => !isNullLiteral(a))?.type ?? args[0]!.type;
      return name === 'coalesce' ? widenIfNumeric(args.map((a) => a.type), t) : t;
    }
    default:
      return rule;
  }
}

function widenIfNumeric(types: readonly ColumnType[], t: ColumnType): ColumnType {
  return isNumeric(t) && t !== 'timestamp' ? widen(types.filter((x) => isNumeric(x))) : t;
}

/** Replaces column references of `b` by the expressions that define them (operator fusion). */
export function substitute(b: Bound, env: readonly Bound[]): Bound {
  switch (b.kind) {
    case 'column':
      return env[b.index]!;
    case 'literal':
      return b;
    case 'call':
      return { kind: 'call', fn: b.fn, args: b.args.map((a) => substitute(a, env)), type: b.type };
  }
}

/** Columns of the input an expression reads. */
export function columnsUsed(b: Bound, into: Set<number> = new Set()): Set<number> {
  if (b.kind === 'column') into.add(b.index);
  else if (b.kind === 'call') for (const a of b.args) columnsUsed(a, into);
  return into;
}

/** Whether an expression can be NULL given which input columns may hold NULLs. */
export function mayBeNull(b: Bound, nullable: (index: number) => boolean): boolean {
  switch (b.kind) {
    case 'column':
      return nullable(b.index);
    case 'literal':
      return b.value === null;
    case 'call':
      if (b.fn === 'is_null' || b.fn === 'is_not_null') return false;
      if (b.fn === 'div' || b.fn === 'mod') return true;
      // int32 arithmetic turns overflow into NULL.
      if (b.type === 'int32' && (b.fn === 'add' || b.fn === 'sub' || b.fn === 'mul')) return true;
      if (b.fn === 'coalesce') return b.args.every((a) => mayBeNull(a, nullable));
      return b.args.some((a) => mayBeNull(a, nullable));
  }
}
