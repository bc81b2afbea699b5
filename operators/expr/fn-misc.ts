/** Math, JSON, list/struct/map access and hashing. */
import { kindOf } from '../../runtime/index.js';
import { decimalParams, typeKind } from '../catalog.js';
import type { CallGen, Emitter } from './emitter.js';
import { checkedInteger } from './fn-core.js';

type Call = Parameters<CallGen>[1];

const float = (fn: (x: string) => string, domainError?: (x: string) => string): CallGen => (g, b) =>
  g.strict(b, ([x]) => {
    const v = g.toFloat(x!, b.args[0]!.type);
    return domainError ? `(${domainError(v)} ? undefined : ${fn(v)})` : fn(v);
  }, { guard: domainError !== undefined, undefinedIs: domainError ? 'invalid_argument' : undefined });

/**
 * round / trunc / ceil / floor keeping the argument's type. Rounding up can leave the type
 * (round(99999999.99) is 100000000.00, beyond DECIMAL(10,2); round(2147483647, -1)): an overflow
 * row error.
 */
function rounding(kind: 'round' | 'trunc' | 'ceil' | 'floor'): CallGen {
  return (g: Emitter, b: Call) => {
    const type = b.args[0]!.type;
    const k = typeKind(type);
    const make = ([x, d]: string[]): string => {
      const digits = d === undefined ? '0' : g.mode === 'exact' && typeKind(b.args[1]!.type) === 'int64' ? `Number(${d})` : d;
      if (k === 'float32' || k === 'float64') {
        if (kind === 'ceil') return `Math.ceil(${x})`;
        if (kind === 'floor') return `Math.floor(${x})`;
        return `rt.roundFloat(${x}, ${digits}, ${kind === 'round'})`;
      }
      const s = g.scale(type);
      if (g.mode === 'exact' && (k === 'int64' || k === 'decimal')) return `rt.roundBig(${x}, ${s}, ${digits}, ${JSON.stringify(kind)})`;
      return `rt.roundScaled(${x}, ${s}, ${digits}, ${JSON.stringify(kind)})`;
    };
    if (k === 'float32' || k === 'float64') return g.strict(b, make, { guard: true });
    const dec = decimalParams(type);
    if (dec === undefined) return checkedInteger(g, b, make);
    const limit = g.mode === 'exact' ? `${10n ** BigInt(dec.precision)}n` : `${10 ** dec.precision}`;
    return g.strict(b, (v) => `((r) => (r >= ${limit} || r <= -${limit} ? undefined : r))(${make(v)})`, { guard: true, undefinedIs: 'overflow' });
  };
}

function elementAt(g: Emitter, b: Call) {
  const container = kindOf(b.args[0]!.type);
  const v = g.strict(b, ([c, k]) => {
    if (container === 'map') return `(Object.prototype.hasOwnProperty.call(${c}, ${k}) ? ${c}[${k}] : null)`;
    const i = g.mode === 'exact' ? `Number(${k})` : k;
    return `(${i} >= 1 && ${i} <= ${c}.length ? ${c}[${i} - 1] : null)`;
  }, { guard: true });
  g.line(`if (${v.t} === null) { ${v.z} = true; ${v.t} = ${g.zero(b.type)}; }`);
  return v;
}

/** Miscellaneous generators by function name. */
export const miscCalls: Record<string, CallGen> = {
  abs: (g, b) => checkedInteger(g, b, ([x]) => (g.rep(b.type) === 'big' ? `(${x} < 0n ? -(${x}) : ${x})` : `Math.abs(${x})`)),
  // NaN and -0 have sign 0 (as in PostgreSQL and DuckDB).
  sign: (g, b) => g.strict(b, ([x]) => (g.rep(b.args[0]!.type) === 'big' ? `(${x} > 0n ? 1 : ${x} < 0n ? -1 : 0)` : `(${x} > 0 ? 1 : ${x} < 0 ? -1 : 0)`)),
  ceil: rounding('ceil'),
  floor: rounding('floor'),
  round: rounding('round'),
  trunc: rounding('trunc'),
  sqrt: float((x) => `Math.sqrt(${x})`, (x) => `${x} < 0`),
  cbrt: float((x) => `Math.cbrt(${x})`),
  exp: float((x) => `Math.exp(${x})`),
  ln: float((x) => `Math.log(${x})`, (x) => `${x} <= 0`),
  log10: float((x) => `Math.log10(${x})`, (x) => `${x} <= 0`),
  log2: float((x) => `Math.log2(${x})`, (x) => `${x} <= 0`),
  // Trigonometry of ±Infinity is an invalid argument (as in PostgreSQL and DuckDB), not NaN.
  sin: float((x) => `Math.sin(${x})`, (x) => `${x} === Infinity || ${x} === -Infinity`),
  cos: float((x) => `Math.cos(${x})`, (x) => `${x} === Infinity || ${x} === -Infinity`),
  tan: float((x) => `Math.tan(${x})`, (x) => `${x} === Infinity || ${x} === -Infinity`),
  asin: float((x) => `Math.asin(${x})`, (x) => `${x} < -1 || ${x} > 1`),
  acos: float((x) => `Math.acos(${x})`, (x) => `${x} < -1 || ${x} > 1`),
  atan: float((x) => `Math.atan(${x})`),
  // One multiplication by the constant (as PostgreSQL): x * π / 180 overflows for huge x.
  degrees: float((x) => `(${x} * ${180 / Math.PI})`),
  radians: float((x) => `(${x} * ${Math.PI / 180})`),
  atan2: (g, b) => g.strict(b, ([y, x]) => `Math.atan2(${g.toFloat(y!, b.args[0]!.type)}, ${g.toFloat(x!, b.args[1]!.type)})`),
  power: (g, b) => g.strict(b, ([x, y]) => `rt.pow(${g.toFloat(x!, b.args[0]!.type)}, ${g.toFloat(y!, b.args[1]!.type)})`),
  pi: () => ({ t: 'Math.PI', z: 'false' }),
  random: () => ({ t: 'Math.random()', z: 'false' }),
  // JSON: an integer key indexes arrays (0-based), a string key reads members.
  json_get: (g, b) => g.strict(b, ([j, k]) => `rt.jsonGet(${j}, ${keyOf(g, b, k!)}, false)`, { guard: true, undefinedIs: undefined }),
  json_get_text: (g, b) => g.strict(b, ([j, k]) => `rt.jsonGet(${j}, ${keyOf(g, b, k!)}, true)`, { guard: true }),
  json_extract: (g, b) => g.strict(b, ([j, p]) => `rt.jsonExtract(${j}, ${p}, false)`, { guard: true }),
  json_extract_string: (g, b) => g.strict(b, ([j, p]) => `rt.jsonExtract(${j}, ${p}, true)`, { guard: true }),
  json_array_length: (g, b) => g.strict(b, ([j]) => `rt.jsonArrayLength(${j})`, { guard: true }),
  json_type: (g, b) => g.strict(b, ([j]) => `rt.jsonType(${j})`, { guard: true }),
  json_valid: (g, b) => g.strict(b, ([j]) => `rt.jsonValid(${j})`),
  element_at: elementAt,
  get_field: (g, b) => {
    const v = g.strict(b, ([s, f]) => `${s}[${f}]`, { guard: true });
    g.line(`if (${v.t} === null || ${v.t} === undefined) { ${v.z} = true; ${v.t} = ${g.zero(b.type)}; }`);
    return v;
  },
  cardinality: (g, b) => g.strict(b, ([c]) => (kindOf(b.args[0]!.type) === 'map' ? `Object.keys(${c}).length` : `${c}.length`), { guard: true }),
  array_contains: (g, b) => g.strict(b, ([l, x]) => `rt.listContains(${l}, ${x})`, { guard: true }),
  make_array: (g, b) => {
    const vals = b.args.map((a) => g.expr(a));
    const t = g.tmp();
    g.line(`const ${t} = [${vals.map((v) => `${v.z} ? null : ${v.t}`).join(', ')}];`);
    return { t, z: 'false' };
  },
  struct_pack: (g, b) => {
    const parts: string[] = [];
    for (let i = 0; i < b.args.length; i += 2) {
      const name = JSON.stringify((b.args[i] as { value: string }).value);
      const v = g.expr(b.args[i + 1]!);
      parts.push(`${name}: ${v.z} ? null : ${v.t}`);
    }
    const t = g.tmp();
    g.line(`const ${t} = { ${parts.join(', ')} };`);
    return { t, z: 'false' };
  },
  hash: (g, b) => {
    const vals = b.args.map((a) => g.expr(a));
    const t = g.tmp();
    const value = `rt.hashText(rt.valueText([${vals.map((v) => `${v.z} ? null : ${v.t}`).join(', ')}]))`;
    g.line(`const ${t} = ${g.mode === 'exact' ? `BigInt(${value})` : value};`);
    return { t, z: 'false' };
  },
};

function keyOf(g: Emitter, b: Call, k: string): string {
  const kind = typeKind(b.args[1]!.type);
  return kind === 'int64' && g.mode === 'exact' ? `Number(${k})` : k;
}
