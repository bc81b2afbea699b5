/**
 * CAST and TRY_CAST. Numbers convert with SQL rounding (decimals half away from zero, doubles
 * half to even) and range checks;
 * text parses strictly; temporal types convert through epoch milliseconds (UTC). A value that does
 * not convert is a row error for CAST (NULL plus `errors.cast`) and a plain NULL for TRY_CAST.
 * A pair of types with no conversion is a PlanError when the query is planned.
 */
import { PlanError, typeInfo, type ColumnType } from '../../runtime/index.js';
import { decimalParams, isIntegerType, isNumberType, typeKind } from '../catalog.js';
import type { Bound } from './bind.js';
import type { CallGen, Emitter, Val } from './emitter.js';

const RANGE: Record<string, [number, number]> = {
  int8: [-128, 127],
  int16: [-32768, 32767],
  int32: [-2147483648, 2147483647],
};

/**
 * The expression converting `v` from `from` to `to`, or undefined (in the result) for a value that
 * does not convert. Returns the JS expression text.
 */
export function conversion(g: Emitter, v: string, from: ColumnType, to: ColumnType): string {
  const fk = typeKind(from);
  const tk = typeKind(to);
  const exact = g.mode === 'exact';
  if (from === to) return v;
  const unsupported = () => {
    throw new PlanError(`cannot cast ${from} to ${to}`);
  };
  // Numbers (and booleans) to numbers.
  if ((isNumberType(from) || fk === 'bool') && isNumberType(to)) {
    const f = fk === 'bool' ? `(${v} ? 1 : 0)` : v;
    const src = fk === 'bool' ? 'int32' : from;
    if (tk === 'float64') return g.toFloat(f, src);
    if (tk === 'float32') return `Math.fround(${g.toFloat(f, src)})`;
    if (tk === 'decimal') {
      const { precision, scale } = decimalParams(to)!;
      const limit = exact ? `${10n ** BigInt(precision)}n` : `${10 ** precision}`;
      const scaled = `((x) => (x >= ${limit} || x <= -${limit} ? undefined : x))(${g.toScaled(f, src, scale)})`;
      // Infinity and NaN have no decimal, and a huge double overflows when scaled: test in doubles
      // before converting (BigInt(Infinity) throws).
      return typeKind(src).startsWith('float') ? `(Number.isFinite(${f} * ${10 ** scale}) ? ${scaled} : undefined)` : scaled;
    }
    // Integers: round floats and decimals half away from zero, then check the range.
    let n: string;
    if (typeKind(src) === 'decimal') n = exact ? `rt.roundDivBig(${f}, ${10n ** BigInt(decimalParams(src)!.scale)}n)` : `rt.roundDiv(${f}, ${10 ** decimalParams(src)!.scale})`;
    // Doubles round half to even (as PostgreSQL's and DuckDB's casts do); decimals half away from zero.
    else if (typeKind(src).startsWith('float')) n = `(Number.isFinite(${f}) ? rt.roundEven(${f}) : NaN)`;
    else n = f;
    if (tk === 'int64') {
      if (!exact) return `((x) => (x !== x ? undefined : x))(${n})`;
      const big = typeKind(src) === 'decimal' || fk === 'int64' ? n : `((x) => (Number.isFinite(x) ? BigInt(x) : undefined))(${n})`;
      return `((x) => (x === undefined || BigInt.asIntN(64, x) !== x ? undefined : x))(${big})`;
    }
    const [lo, hi] = RANGE[tk]!;
    const num = exact && (typeKind(src) === 'decimal' || fk === 'int64') ? `Number(${n})` : n;
    return `((x) => (x >= ${lo} && x <= ${hi} ? x : undefined))(${num})`;
  }
  if (isNumberType(from) && tk === 'bool') return `(${g.toFloat(v, from)} !== 0)`;
  // To text.
  if (tk === 'utf8') {
    switch (fk) {
      case 'json': return v;
      case 'bool': return `(${v} ? 'true' : 'false')`;
      case 'decimal': return `rt.decimalText(${v}, ${decimalParams(from)!.scale})`;
      case 'float32':
      case 'float64':
        return `rt.floatText(${v})`;
      case 'date': return `rt.formatDate(${v})`;
      case 'time': return `rt.formatTime(${v})`;
      case 'timestamp': return `rt.timestampText(${v}, ${from.includes('tz')})`;
      case 'interval': return `rt.intervalText(${v})`;
      case 'binary': return `rt.bytesText(${v})`;
      case 'list':
      case 'struct':
      case 'map':
        return `rt.valueText(rt.toRow(${v}, ${JSON.stringify(from)}))`;
      default: return `String(${v})`;
    }
  }
  // From text.
  if (fk === 'utf8' || fk === 'json') {
    if (isIntegerType(to)) {
      if (tk === 'int64') return exact ? `rt.bigintOfText(${v})` : `((x) => (x === undefined || !Number.isSafeInteger(x) ? (x === undefined ? undefined : (unsafe = true, 0)) : x))(rt.integerOfText(${v}))`;
      const [lo, hi] = RANGE[tk]!;
      return `((x) => (x !== undefined && x >= ${lo} && x <= ${hi} ? x : undefined))(rt.integerOfText(${v}))`;
    }
    if (tk === 'float64' || tk === 'float32') return `rt.numberOfText(${v})`;
    if (tk === 'decimal') {
      const { precision, scale } = decimalParams(to)!;
      const limit = `${10n ** BigInt(precision)}n`;
      const parsed = `((x) => (x === undefined || x >= ${limit} || x <= -${limit} ? undefined : x))(rt.decimalOfText(${v}, ${scale}))`;
      return exact ? parsed : `((x) => (x === undefined ? undefined : Number(x)))(${parsed})`;
    }
    if (tk === 'bool') return `rt.boolOfText(${v})`;
    if (tk === 'date') return `rt.dateOfText(${v})`;
    if (tk === 'time') return `rt.timeOfText(${v})`;
    if (tk === 'timestamp') return `rt.timestampOfText(${v})`;
    if (tk === 'interval') return `rt.intervalOfText(${v})`;
    if (tk === 'json') return fk === 'json' ? v : `(rt.isJson(${v}) ? ${v} : undefined)`;
    if (tk === 'binary') return `Uint8Array.from(Buffer.from(${v}, 'utf8'))`;
    return unsupported();
  }
  // Temporal.
  if (fk === 'date' && tk === 'timestamp') return `(${v} * 86400000)`;
  if (fk === 'timestamp' && tk === 'date') return `rt.dateInRange(Math.floor(${v} / 86400000))`;
  if (fk === 'timestamp' && tk === 'time') return `(((Math.floor(${v}) % 86400000) + 86400000) % 86400000)`;
  if (fk === 'timestamp' && tk === 'timestamp') return v;
  if (fk === 'binary' && tk === 'utf8') return `rt.bytesText(${v})`;
  if (fk === 'list' && tk === 'list') {
    const a = typeInfo(from);
    const b = typeInfo(to);
    if (a.kind === 'list' && b.kind === 'list') {
      const inner = conversion(g, 'e', a.item, b.item);
      return `((xs) => { const out = []; for (const e of xs) { if (e === null) { out.push(null); continue; } const c = ${inner}; if (c === undefined) return undefined; out.push(c); } return out; })(${v})`;
    }
  }
  return unsupported();
}

function castGen(tryCast: boolean): CallGen {
  return (g: Emitter, b: Extract<Bound, { kind: 'call' }>): Val => {
    const from = b.args[0]!.type;
    const v = g.expr(b.args[0]!);
    const t = g.tmp();
    const z = g.tmp('z');
    const expr = conversion(g, v.t, from === 'null' ? b.type : from, b.type);
    g.line(`let ${t} = ${g.zero(b.type)}; let ${z} = ${v.z};`);
    const onFail = tryCast ? `${z} = true;` : g.error('cast', z);
    g.line(`if (!${z}) { const r = ${expr}; if (r === undefined) { ${onFail} } else ${t} = r; }`);
    g.guard(b.type, t);
    return { t, z };
  };
}

/** CAST generators. */
export const castCalls: Record<string, CallGen> = {
  cast: castGen(false),
  try_cast: castGen(true),
};
