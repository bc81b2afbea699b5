/**
 * Code generators for arithmetic, comparison, logic and the NULL-handling forms (CASE, COALESCE,
 * NULLIF, IN, GREATEST/LEAST, IS [NOT] DISTINCT FROM). The binder already coerced operands to the
 * types these generators expect.
 */
import { kindOf, type ColumnType } from '../../runtime/index.js';
import { typeKind } from '../catalog.js';
import type { Bound } from './bind.js';
import type { CallGen, Emitter, Val } from './emitter.js';
import { conversion } from './fn-cast.js';

type Call = Extract<Bound, { kind: 'call' }>;

const isFloat = (type: ColumnType) => typeKind(type) === 'float32' || typeKind(type) === 'float64';

/** Two values of a comparable type compared with `op` (`<`, `<=`, `>`, `>=`, `===`, `!==`). */
export function compare(g: Emitter, type: ColumnType, a: string, b: string, op: string): string {
  switch (g.rep(type)) {
    case 'bool': return `(${a} ? 1 : 0) ${op} (${b} ? 1 : 0)`;
    case 'iv': return `rt.intervalMs(${a}) ${op} rt.intervalMs(${b})`;
    case 'bytes': return `Buffer.compare(${a}, ${b}) ${op} 0`;
    case 'val': return op === '===' ? `rt.deepEqual(${a}, ${b})` : op === '!==' ? `!rt.deepEqual(${a}, ${b})` : 'false';
  }
  if (isFloat(type)) {
    // SQL orders NaN above every number and equal to itself.
    switch (op) {
      case '===': return `(${a} === ${b} || (${a} !== ${a} && ${b} !== ${b}))`;
      case '!==': return `!(${a} === ${b} || (${a} !== ${a} && ${b} !== ${b}))`;
      case '<': return `(${a} < ${b} || (${b} !== ${b} && ${a} === ${a}))`;
      case '<=': return `(${a} <= ${b} || ${b} !== ${b})`;
      case '>': return `(${a} > ${b} || (${a} !== ${a} && ${b} === ${b}))`;
      case '>=': return `(${a} >= ${b} || ${a} !== ${a})`;
    }
  }
  return `${a} ${op} ${b}`;
}

function arithmetic(op: 'add' | 'sub' | 'mul' | 'div' | 'mod'): CallGen {
  return (g, b) => {
    const [ta, tb] = [b.args[0]!.type, b.args[1]!.type];
    const ka = typeKind(ta);
    if (ka === 'timestamp' || ka === 'date' || ka === 'time' || ka === 'interval') return temporalArithmetic(g, b, op);
    const [va, vb] = [g.expr(b.args[0]!), g.expr(b.args[1]!)];
    const t = g.tmp();
    const z = g.tmp('z');
    const anyNull = g.anyNull([va, vb]);
    const kind = kindOf(b.type);
    const sym = { add: '+', sub: '-', mul: '*', div: '/', mod: '%' }[op];
    if (kind === 'float32' || kind === 'float64') {
      const [x, y] = [g.toFloat(va.t, ta), g.toFloat(vb.t, tb)];
      if (op === 'div' || op === 'mod') {
        g.line(`let ${t} = 0; let ${z} = ${anyNull}; if (!${z}) { if (${y} === 0) { ${g.error('division_by_zero', z)} } else ${t} = ${x} ${sym} ${y}; }`);
      } else {
        g.line(`const ${t} = ${x} ${sym} ${y}; const ${z} = ${anyNull};`);
      }
      return { t, z };
    }
    if (kind === 'decimal') {
      const s = g.scale(b.type);
      const exact = g.mode === 'exact';
      const zero = exact ? '0n' : '0';
      let x: string;
      let y: string;
      let value: string;
      if (op === 'mul') {
        x = g.toScaled(va.t, ta, g.scale(ta));
        y = g.toScaled(vb.t, tb, g.scale(tb));
        const productScale = g.scale(ta) + g.scale(tb);
        const d = productScale - s;
        value = d === 0 ? `${x} * ${y}` : exact ? `rt.roundDivBig(${x} * ${y}, ${10n ** BigInt(d)}n)` : `rt.roundDiv(${x} * ${y}, ${10 ** d})`;
      } else {
        x = g.toScaled(va.t, ta, s);
        y = g.toScaled(vb.t, tb, s);
        value = `${x} ${sym} ${y}`;
      }
      const limit = exact ? `${10n ** BigInt(/\((\d+)/.exec(b.type)![1]!)}n` : '';
      g.line(`let ${t} = ${zero}; let ${z} = ${anyNull};`);
      if (op === 'mod') g.line(`if (!${z}) { if (${y} === ${zero}) { ${g.error('division_by_zero', z)} } else ${t} = ${value}; }`);
      else g.line(`if (!${z}) ${t} = ${value};`);
      if (exact) g.line(`if (!${z} && (${t} >= ${limit} || ${t} <= -${limit})) { ${t} = 0n; ${g.error('overflow', z)} }`);
      g.guard(b.type, t);
      return { t, z };
    }
    // Integers: int32 (from int8..int32) or int64.
    if (kind === 'int64') {
      const [x, y] = [g.toInt64(va.t, ta), g.toInt64(vb.t, tb)];
      if (g.mode === 'exact') {
        const value = op === 'div' || op === 'mod' ? `${x} ${sym} ${y}` : `${x} ${sym} ${y}`;
        g.line(`let ${t} = 0n; let ${z} = ${anyNull};`);
        if (op === 'div' || op === 'mod') g.line(`if (!${z}) { if (${y} === 0n) { ${g.error('division_by_zero', z)} } else ${t} = ${value}; }`);
        else g.line(`if (!${z}) ${t} = ${value};`);
        g.line(`if (!${z} && BigInt.asIntN(64, ${t}) !== ${t}) { ${t} = 0n; ${g.error('overflow', z)} }`);
        return { t, z };
      }
      const value = op === 'div' ? `rt.idiv(${x}, ${y})` : `${x} ${sym} ${y}`;
      g.line(`let ${t} = 0; let ${z} = ${anyNull};`);
      if (op === 'div' || op === 'mod') g.line(`if (!${z}) { if (${y} === 0) { ${g.error('division_by_zero', z)} } else ${t} = ${value}; }`);
      else g.line(`if (!${z}) ${t} = ${value};`);
      g.guard(b.type, t);
      return { t, z };
    }
    const value = op === 'div' ? `Math.trunc(${va.t} / ${vb.t})` : `${va.t} ${sym} ${vb.t}`;
    g.line(`let ${t} = 0; let ${z} = ${anyNull};`);
    if (op === 'div' || op === 'mod') g.line(`if (!${z}) { if (${vb.t} === 0) { ${g.error('division_by_zero', z)} } else ${t} = ${value}; }`);
    else g.line(`if (!${z}) ${t} = ${value};`);
    g.line(`if (!${z} && (${t} > 2147483647 || ${t} < -2147483648)) { ${t} = 0; ${g.error('overflow', z)} }`);
    return { t, z };
  };
}

function temporalArithmetic(g: Emitter, b: Call, op: string): Val {
  const [ta, tb] = [b.args[0]!.type, b.args[1]!.type];
  const [ka, kb] = [typeKind(ta), typeKind(tb)];
  const sign = op === 'sub' ? -1 : 1;
  const make = (v: string[]): string => {
    const [x, y] = v as [string, string];
    if (ka === 'timestamp' && kb === 'interval') return `rt.addInterval(${x}, ${y}, ${sign})`;
    if (ka === 'timestamp' && kb === 'timestamp') return `rt.intervalBetween(${x}, ${y})`;
    if (ka === 'date' && kb === 'date') return g.mode === 'exact' ? `BigInt(${x} - ${y})` : `(${x} - ${y})`;
    if (ka === 'date') return `rt.dateInRange(${x} ${op === 'sub' ? '-' : '+'} ${y})`;
    if (ka === 'time' && kb === 'interval') return `(((${x} ${op === 'sub' ? '-' : '+'} ${y}.millis) % 86400000) + 86400000) % 86400000`;
    if (ka === 'time' && kb === 'time') return `{ months: 0, days: 0, millis: ${x} - ${y} }`;
    if (ka === 'interval' && kb === 'interval') return `rt.intervalAdd(${x}, ${y}, ${sign})`;
    if (ka === 'interval' && op === 'mul') return `rt.intervalScale(${x}, ${y})`;
    if (ka === 'interval' && op === 'div') return `(${y} === 0 ? undefined : rt.intervalScale(${x}, 1 / ${y}))`;
    throw new Error(`no temporal arithmetic for ${ta} ${op} ${tb}`);
  };
  // A DATE past year 9999 (or before year 1) is an overflow row error.
  return g.strict(b, make, { guard: true, undefinedIs: op === 'div' ? 'division_by_zero' : kindOf(b.type) === 'date' ? 'overflow' : undefined });
}

function comparison(op: string): CallGen {
  return (g, b) => {
    const type = b.args[0]!.type;
    return g.strict(b, ([x, y]) => compare(g, type, x!, y!, op), { guard: g.rep(type) !== 'num' && g.rep(type) !== 'str' && g.rep(type) !== 'big' });
  };
}

function distinct(negate: boolean): CallGen {
  return (g, b) => {
    const [va, vb] = b.args.map((a) => g.expr(a)) as [Val, Val];
    const t = g.tmp();
    const eq = compare(g, b.args[0]!.type, va.t, vb.t, '===');
    g.line(`const ${t} = (${va.z} && ${vb.z}) ? ${negate} : (${va.z} || ${vb.z}) ? ${!negate} : ${negate ? '' : '!'}(${eq});`);
    return { t, z: 'false' };
  };
}

/** Lazily evaluated alternatives: the first whose `test` holds gives the value. */
function lazyChain(g: Emitter, type: ColumnType, steps: ((done: (v: Val) => string) => string)[], fallback: () => Val): Val {
  const t = g.tmp();
  const z = g.tmp('z');
  g.line(`let ${t} = ${g.zero(type)}; let ${z} = true;`);
  const set = (v: Val) => `${t} = ${v.t}; ${z} = ${v.z};`;
  const build = (i: number): string => {
    if (i === steps.length) {
      const { code, result } = g.block(fallback);
      return `${code}\n${set(result)}`;
    }
    return steps[i]!(set).replace('__ELSE__', build(i + 1));
  };
  g.line(build(0));
  return { t, z };
}

const caseGen: CallGen = (g, b) => {
  const args = b.args;
  const hasElse = args.length % 2 === 1;
  const pairs: [Bound, Bound][] = [];
  for (let i = 0; i + 1 < args.length; i += 2) pairs.push([args[i]!, args[i + 1]!]);
  return lazyChain(
    g,
    b.type,
    pairs.map(([cond, value]) => (set) => {
      const c = g.block(() => g.expr(cond));
      const v = g.block(() => g.expr(value));
      return `{ ${c.code}\nif (!${c.result.z} && ${c.result.t}) { ${v.code}\n${set(v.result)} } else { __ELSE__ } }`;
    }),
    () => (hasElse ? g.expr(args[args.length - 1]!) : { t: g.zero(b.type), z: 'true' }),
  );
};

const coalesceGen: CallGen = (g, b) =>
  lazyChain(
    g,
    b.type,
    b.args.map((a) => (set) => {
      const v = g.block(() => g.expr(a));
      return `{ ${v.code}\nif (!${v.result.z}) { ${set(v.result)} } else { __ELSE__ } }`;
    }),
    () => ({ t: g.zero(b.type), z: 'true' }),
  );

function extreme(op: '>' | '<'): CallGen {
  return (g, b) => {
    const vals = b.args.map((a) => g.expr(a));
    const t = g.tmp();
    const z = g.tmp('z');
    g.line(`let ${t} = ${g.zero(b.type)}; let ${z} = true;`);
    for (const v of vals) g.line(`if (!${v.z} && (${z} || ${compare(g, b.type, v.t, t, op)})) { ${t} = ${v.t}; ${z} = false; }`);
    return { t, z };
  };
}

const nullifGen: CallGen = (g, b) => {
  const [va, vb] = b.args.map((a) => g.expr(a)) as [Val, Val];
  const t = g.tmp();
  const z = g.tmp('z');
  // The second argument has the comparison type; the first keeps its own (the result type).
  const [from, to] = [b.args[0]!.type, b.args[1]!.type];
  const c = from === to ? va.t : g.tmp();
  if (from !== to) g.line(`const ${c} = ${va.z} ? ${g.zero(to)} : ${conversion(g, va.t, from, to)};`);
  const equal = from === to ? compare(g, to, va.t, vb.t, '===') : `(${c} !== undefined && ${compare(g, to, c, vb.t, '===')})`;
  g.line(`const ${t} = ${va.t}; const ${z} = ${va.z} || (!${vb.z} && ${equal});`);
  return { t, z };
};

const inGen: CallGen = (g, b) => {
  const [needle, ...rest] = b.args;
  const v = g.expr(needle!);
  const t = g.tmp();
  const z = g.tmp('z');
  const type = needle!.type;
  const rep = g.rep(type);
  const literals = rest.every((a) => a.kind === 'literal' && a.value !== null) && (rep === 'num' || rep === 'str' || rep === 'big') && !isFloat(type);
  if (literals && rest.length > 4) {
    const values = rest.map((a) => g.literal((a as { value: unknown }).value, type).t);
    const set = g.constant(`new Set([${values.join(', ')}])`);
    g.line(`const ${t} = ${set}.has(${v.t}); const ${z} = ${v.z};`);
    return { t, z };
  }
  const items = rest.map((a) => g.expr(a));
  g.line(`let ${t} = false; let ${z} = ${v.z};`);
  g.line(`if (!${z}) { let sawNull = false; ${items.map((x) => `if (${x.z}) sawNull = true; else if (${compare(g, type, v.t, x.t, '===')}) ${t} = true;`).join(' ')} if (!${t} && sawNull) ${z} = true; }`);
  return { t, z };
};

function andOr(and: boolean): CallGen {
  return (g, b) => {
    const [a, c] = b.args.map((x) => g.expr(x)) as [Val, Val];
    const t = g.tmp();
    const z = g.tmp('z');
    if (and) {
      g.line(`const ${z} = !((!${a.z} && !${a.t}) || (!${c.z} && !${c.t})) && (${a.z} || ${c.z});`, );
      g.line(`const ${t} = !${z} && ${a.t} && ${c.t};`);
    } else {
      g.line(`const ${z} = !((!${a.z} && ${a.t}) || (!${c.z} && ${c.t})) && (${a.z} || ${c.z});`);
      g.line(`const ${t} = !${z} && ((!${a.z} && ${a.t}) || (!${c.z} && ${c.t}));`);
    }
    return { t, z };
  };
}

const INT_RANGE: Record<string, readonly [number, number]> = { int8: [-128, 127], int16: [-32768, 32767], int32: [-2147483648, 2147483647] };

/**
 * A strict call whose integer result `value` (of the call's type) may leave its type's range
 * (-MIN, abs(MIN)): such a row is an overflow row error. Other types pass through.
 */
export function checkedInteger(g: Emitter, b: Call, value: (v: string[]) => string): Val {
  const kind = typeKind(b.type);
  const range = INT_RANGE[kind];
  if (range !== undefined) return g.strict(b, (v) => `((r) => (r < ${range[0]} || r > ${range[1]} ? undefined : r))(${value(v)})`, { guard: true, undefinedIs: 'overflow' });
  // Fast mode holds int64 in doubles and re-runs the batch exactly past ±2^53 (the guard).
  if (kind === 'int64' && g.mode === 'exact') return g.strict(b, (v) => `((r) => (BigInt.asIntN(64, r) !== r ? undefined : r))(${value(v)})`, { guard: true, undefinedIs: 'overflow' });
  return g.strict(b, value);
}

const negGen: CallGen = (g, b) => {
  const type = b.type;
  if (g.rep(type) === 'iv') return g.strict(b, ([x]) => `rt.intervalNeg(${x})`, { guard: true });
  // Parenthesised: a negative literal operand must not make `--x`.
  return checkedInteger(g, b, ([x]) => `(-(${x}))`);
};

/** Core generators by function name. */
export const coreCalls: Record<string, CallGen> = {
  add: arithmetic('add'),
  sub: arithmetic('sub'),
  mul: arithmetic('mul'),
  div: arithmetic('div'),
  mod: arithmetic('mod'),
  neg: negGen,
  eq: comparison('==='),
  neq: comparison('!=='),
  lt: comparison('<'),
  lte: comparison('<='),
  gt: comparison('>'),
  gte: comparison('>='),
  is_distinct_from: distinct(false),
  is_not_distinct_from: distinct(true),
  and: andOr(true),
  or: andOr(false),
  not: (g, b) => g.strict(b, ([x]) => `!${x}`),
  is_null: (g, b) => {
    const v = g.expr(b.args[0]!);
    return { t: `(${v.z})`, z: 'false' };
  },
  is_not_null: (g, b) => {
    const v = g.expr(b.args[0]!);
    return { t: `!(${v.z})`, z: 'false' };
  },
  is_true: (g, b) => {
    const v = g.expr(b.args[0]!);
    return { t: `(!(${v.z}) && ${v.t})`, z: 'false' };
  },
  is_false: (g, b) => {
    const v = g.expr(b.args[0]!);
    return { t: `(!(${v.z}) && !${v.t})`, z: 'false' };
  },
  case: caseGen,
  coalesce: coalesceGen,
  nullif: nullifGen,
  in: inGen,
  greatest: extreme('>'),
  least: extreme('<'),
};
