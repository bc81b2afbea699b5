/**
 * JS models of both engines' documented semantics where they differ (text order, substring,
 * case mapping, RE2's global replace, century boundaries, exact decimal arithmetic), used by
 * differences.ts to check that each engine gives exactly what its documented semantics say.
 */
import type { Norm } from './engines.js';

/** The text of a text value, else undefined. */
export const text = (v: Norm | undefined): string | undefined => (v?.k === 'text' ? v.v : undefined);

/** UTF-16 code-unit order (LaminarDB). */
export function cmpUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Code-point order (DuckDB compares UTF-8 bytes). */
export function cmpPoints(a: string, b: string): number {
  const x = Array.from(a, (c) => c.codePointAt(0)!);
  const y = Array.from(b, (c) => c.codePointAt(0)!);
  for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return x[i]! - y[i]!;
  return x.length - y.length;
}

/**
 * The value of a comparison (=, <>, <, <=, >, >=, BETWEEN, NOT BETWEEN) or of GREATEST/LEAST
 * under an order `cmp` of non-NULL values, with SQL's NULL rules.
 */
export function relationOp(op: string, args: readonly Norm[], cmp: (a: Norm, b: Norm) => number): Norm | undefined {
  const bool = (v: boolean | null): Norm => (v === null ? { k: 'null' } : { k: 'bool', v });
  const rel = (a: Norm | undefined, b: Norm | undefined, f: (n: number) => boolean) => (a === undefined || b === undefined || a.k === 'null' || b.k === 'null' ? null : f(cmp(a, b)));
  const and = (p: boolean | null, q: boolean | null) => (p === false || q === false ? false : p === null || q === null ? null : true);
  const [x, y, z] = args;
  switch (op) {
    case 'eq': return bool(rel(x, y, (n) => n === 0));
    case 'neq': return bool(rel(x, y, (n) => n !== 0));
    case 'lt': return bool(rel(x, y, (n) => n < 0));
    case 'lte': return bool(rel(x, y, (n) => n <= 0));
    case 'gt': return bool(rel(x, y, (n) => n > 0));
    case 'gte': return bool(rel(x, y, (n) => n >= 0));
    case 'between': case 'not_between': {
      const v = and(rel(x, y, (n) => n >= 0), rel(x, z, (n) => n <= 0));
      return bool(op === 'between' || v === null ? v : !v);
    }
    case 'greatest': case 'least': {
      const xs = args.filter((a) => a.k !== 'null');
      if (xs.length === 0) return { k: 'null' };
      return xs.reduce((m, a) => ((op === 'greatest' ? cmp(a, m) > 0 : cmp(a, m) < 0) ? a : m));
    }
  }
  return undefined;
}

/** An order of texts as an order of text values. */
export function onText(cmp: (a: string, b: string) => number): (a: Norm, b: Norm) => number {
  return (a, b) => cmp(text(a) ?? '', text(b) ?? '');
}

/** Whether a model's value equals an engine's. */
export const same = (a: Norm | undefined, b: Norm) => a !== undefined && JSON.stringify(a) === JSON.stringify(b);

/** Text ↔ double as each engine spells it ('inf' and 'nan' in DuckDB, 'Infinity' and 'NaN' here). */
export function parseFloatText(s: string): number | undefined {
  const t = s.toLowerCase();
  if (t === 'inf' || t === 'infinity') return Infinity;
  if (t === '-inf' || t === '-infinity') return -Infinity;
  if (t === 'nan' || t === '-nan') return NaN;
  return /^-?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/.test(t) ? Number(t) : undefined;
}

/** Whether a text spells the double `x` (-0 and 0 alike). */
export function spells(s: string, x: number): boolean {
  const y = parseFloatText(s);
  return y !== undefined && (y === x || (Number.isNaN(x) && Number.isNaN(y)));
}

/** DuckDB's simple (one code point) case mapping where JS's full mapping changes the length. */
export const DUCK_CASE: Record<string, Record<string, string>> = { upper: { ß: 'ẞ' }, lower: { İ: 'i' } };

/** substring as SQL defines it (positions before 1 exist but hold nothing; a negative length gives ''). */
export function substringStandard(s: string, start: number, length?: number): string {
  const cp = Array.from(s);
  if (length !== undefined && length < 0) return '';
  const end = length === undefined ? cp.length : start - 1 + length;
  return cp.slice(Math.max(0, start - 1), Math.max(0, end)).join('');
}

/**
 * substring as DuckDB defines it: a negative start counts from the end, start 0 is the position
 * before the first character, and a negative length takes the characters before the start.
 */
export function substringDuck(s: string, start: number, length?: number): string {
  const cp = Array.from(s);
  const n = cp.length;
  let len = length ?? n + 1;
  let offset: number;
  if (start > 0) offset = start - 1;
  else if (start < 0) offset = n + start;
  else {
    offset = 0;
    len--;
    if (len <= 0) return '';
  }
  const [from, to] = len >= 0 ? [offset, offset + len] : [offset + len, offset];
  return cp.slice(Math.max(0, from), Math.max(0, Math.min(n, to))).join('');
}

/**
 * substring as DuckDB's ASCII path evaluates a non-constant start: the start is clamped into the
 * string first (DuckDB's constant and Unicode paths do not clamp; both are DuckDB's results).
 */
export function substringDuckClamped(s: string, start: number, length?: number): string {
  const cp = Array.from(s);
  const n = cp.length;
  let len = length ?? n + 1;
  let offset: number;
  if (start > 0) offset = Math.min(n, start - 1);
  else if (start < 0) offset = Math.max(n + start, 0);
  else {
    offset = 0;
    len--;
    if (len <= 0) return '';
  }
  const [from, to] = len >= 0 ? [offset, offset + len] : [offset + len, offset];
  return cp.slice(Math.max(0, from), Math.max(0, Math.min(n, to))).join('');
}

/** Numbers compared exactly when both are exact (decimals, integers), else as doubles. */
export function cmpExact(a: Norm, b: Norm): number {
  if (a.k === 'num' && b.k === 'num' && a.exact !== undefined && b.exact !== undefined) {
    const d = exactArithmetic('sub', a, b)!;
    return d === '0' ? 0 : d.startsWith('-') ? -1 : 1;
  }
  return cmpDouble(a, b);
}

/** Numbers compared as doubles (SQL orders NaN above every number). */
export function cmpDouble(a: Norm, b: Norm): number {
  const [x, y] = [a.k === 'num' ? a.approx : NaN, b.k === 'num' ? b.approx : NaN];
  if (Number.isNaN(x) || Number.isNaN(y)) return Number.isNaN(x) ? (Number.isNaN(y) ? 0 : 1) : -1;
  return x < y ? -1 : x > y ? 1 : 0;
}

/** An exact decimal as a scaled bigint. */
export function scaled(v: Norm | undefined): { n: bigint; scale: number } | undefined {
  if (v?.k !== 'num' || v.exact === undefined) return undefined;
  const [whole, frac = ''] = v.exact.split('.');
  return { n: BigInt(whole! + frac), scale: frac.length };
}

/** Number of decimals of an exact number. */
export function scaleOf(v: Norm): number {
  return v.k === 'num' && v.exact !== undefined ? (v.exact.split('.')[1] ?? '').length : 0;
}

/** Canonical decimal text of exact decimal text rounded half away from zero to `scale` decimals. */
export function roundDecimal(exact: string, scale: number): string {
  const v = scaled({ k: 'num', exact, approx: 0 })!;
  if (v.scale <= scale) return exact;
  const p = 10n ** BigInt(v.scale - scale);
  const q = v.n / p;
  const r = v.n % p;
  const n = (r < 0n ? -r : r) * 2n >= p ? q + (v.n < 0n ? -1n : 1n) : q;
  return exactArithmetic('add', unscaled(n, scale), { k: 'num', exact: '0', approx: 0 })!;
}

/** The exact number n × 10^-scale. */
function unscaled(n: bigint, scale: number): Norm {
  const neg = n < 0n;
  const digits = (neg ? -n : n).toString().padStart(scale + 1, '0');
  const text = scale === 0 ? digits : `${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
  return { k: 'num', exact: neg ? `-${text}` : text, approx: 0 };
}

/** a op b exactly (add, sub, mul) as canonical decimal text. */
export function exactArithmetic(op: string, a: Norm | undefined, b: Norm | undefined): string | undefined {
  const [x, y] = [scaled(a), scaled(b)];
  if (x === undefined || y === undefined) return undefined;
  let n: bigint;
  let scale: number;
  if (op === 'mul') [n, scale] = [x.n * y.n, x.scale + y.scale];
  else {
    scale = Math.max(x.scale, y.scale);
    const [p, q] = [x.n * 10n ** BigInt(scale - x.scale), y.n * 10n ** BigInt(scale - y.scale)];
    n = op === 'add' ? p + q : p - q;
  }
  const neg = n < 0n;
  const digits = (neg ? -n : n).toString().padStart(scale + 1, '0');
  const body = scale === 0 ? digits : `${digits.slice(0, -scale)}.${digits.slice(-scale)}`.replace(/\.?0+$/, '');
  return body === '0' ? '0' : neg ? `-${body}` : body;
}

/** The year of a date or timestamp value. */
export function yearOf(v: Norm | undefined): number | undefined {
  if (v?.k === 'date') return new Date(v.days * 86_400_000).getUTCFullYear();
  if (v?.k === 'ts') return new Date(Math.floor(v.micros / 1000)).getUTCFullYear();
  return undefined;
}

/** January 1st of `year` as a value of the kind of `like`. */
export function janFirst(year: number, like: Norm): Norm {
  const d = new Date(0);
  d.setUTCFullYear(year, 0, 1);
  const days = Math.round(d.getTime() / 86_400_000);
  return like.k === 'date' ? { k: 'date', days } : { k: 'ts', micros: days * 86_400_000_000 };
}

/** The value of `s` with replacement `repl` (`\\1`, `\\0`) expanded for match `m`. */
function expand(repl: string, m: RegExpExecArray): string {
  return repl.replace(/\\(\d)/g, (_, n: string) => (typeof m[Number(n)] === 'string' ? m[Number(n)]! : ''));
}

/**
 * regexp_replace(s, p, r, 'g') as RE2 (DuckDB) does it: an empty match right where the previous
 * match ended is skipped (JS's String.replace takes it).
 */
export function re2GlobalReplace(s: string, pattern: string, repl: string, caseless: boolean): string {
  const re = new RegExp(pattern, caseless ? 'gui' : 'gu');
  let out = '';
  let pos = 0;
  let lastEnd = -1;
  const step = (at: number) => String.fromCodePoint(s.codePointAt(at)!);
  while (pos <= s.length) {
    re.lastIndex = pos;
    const m = re.exec(s);
    if (m === null) break;
    if (m[0] === '' && m.index === lastEnd) {
      if (m.index >= s.length) break;
      const c = step(m.index);
      out += s.slice(pos, m.index) + c;
      pos = m.index + c.length;
      continue;
    }
    out += s.slice(pos, m.index) + expand(repl, m);
    pos = m.index + m[0].length;
    lastEnd = pos;
    if (m[0] === '') {
      if (pos >= s.length) break;
      const c = step(pos);
      out += c;
      pos += c.length;
    }
  }
  return out + s.slice(pos);
}

/** RE2's (DuckDB's) `\\s` is ASCII whitespace only; JS's also matches Unicode spaces such as U+00A0. */
function re2Pattern(p: string): string {
  return p.replace(/\\s/g, '[\\t\\n\\f\\r ]').replace(/\\S/g, '[^\\t\\n\\f\\r ]');
}

/** Number of capture groups of a pattern. */
function groupCount(p: string): number {
  return new RegExp(`${p}|`, 'u').exec('')!.length - 1;
}

/**
 * regexp_matches / regexp_replace / regexp_extract under a regex dialect: `js` (LaminarDB) or
 * `re2` (DuckDB: ASCII `\\s`, no empty match right after a match in a global replace, and a
 * replacement naming a group the pattern lacks leaves the string unchanged).
 */
export function regexModel(fn: string, args: readonly (string | number | undefined)[], dialect: 'js' | 're2'): Norm | undefined {
  const [s, raw] = args as [string | undefined, string | undefined];
  if (s === undefined || raw === undefined) return undefined;
  const p = dialect === 're2' ? re2Pattern(raw) : raw;
  switch (fn) {
    case 'regexp_matches': return { k: 'bool', v: new RegExp(p, args[2] === 'i' ? 'ui' : 'u').test(s) };
    case 'regexp_extract': {
      const m = new RegExp(p, 'u').exec(s);
      return { k: 'text', v: m === null ? '' : m[Number(args[2] ?? 0)] ?? '' };
    }
    case 'regexp_replace': {
      const [repl, flags = ''] = [args[2] as string, (args[3] as string | undefined) ?? ''];
      const caseless = flags.includes('i');
      const refs = [...repl.matchAll(/\\(\d)/g)].map((m) => Number(m[1]));
      if (dialect === 're2') {
        if (refs.some((n) => n > groupCount(p))) return { k: 'text', v: s };
        if (flags.includes('g')) return { k: 'text', v: re2GlobalReplace(s, p, repl, caseless) };
      }
      const re = new RegExp(p, `u${caseless ? 'i' : ''}${flags.includes('g') ? 'g' : ''}`);
      return { k: 'text', v: s.replace(re, (...m: unknown[]) => expand(repl, m as unknown as RegExpExecArray)) };
    }
  }
  return undefined;
}

/** Exact decimal text of a numeric text (exponents allowed) rounded half away from zero to `scale`. */
export function decimalOfText(text: string, scale: number): string | undefined {
  const m = /^\s*([+-])?(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?\s*$/.exec(text);
  if (!m || (m[2] === '' && (m[3] ?? '') === '')) return undefined;
  const digits = `${m[2] ?? ''}${m[3] ?? ''}`.replace(/^0+(?=\d)/, '') || '0';
  const exponent = Number(m[4] ?? 0) - (m[3] ?? '').length;
  const value = exponent >= 0 ? `${digits}${'0'.repeat(Math.min(exponent, 400))}` : exactArithmetic('mul', { k: 'num', exact: digits, approx: 0 }, { k: 'num', exact: `0.${'0'.repeat(-exponent - 1)}1`, approx: 0 })!;
  const rounded = roundDecimal(canonical(value), scale);
  return m[1] === '-' && rounded !== '0' ? `-${rounded}` : rounded;
}

/** Canonical decimal text (no leading zeros, no trailing fraction zeros). */
function canonical(text: string): string {
  return exactArithmetic('add', { k: 'num', exact: text, approx: 0 }, { k: 'num', exact: '0', approx: 0 })!;
}

/** Days since 1970-01-01 of a proleptic Gregorian date, for any year (H. Hinnant's days_from_civil). */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}
