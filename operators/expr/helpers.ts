/**
 * Functions generated expression code calls through `rt.*`: decimals, temporal arithmetic,
 * strings in code points, LIKE and regular expressions (compiled once, cached), JSON access,
 * digests and casts from text. Each takes and returns the in-loop representations (numbers,
 * bigints, strings, interval objects) and signals a row error by returning `undefined`.
 */
import { createHash } from 'node:crypto';
import { timeHelpers } from './helpers-time.js';
import { codegenRuntime, columnBuilder, formatDate, formatTime, parseDate, parseTime, pow10, readDecimal, typeInfo, Utf8Builder, VarBuilder, writeDecimal, type ColumnType, type IntervalValue } from '../../runtime/index.js';

const MS_PER_DAY = 86_400_000;
const SAFE = 9007199254740991;

/** Half-away-from-zero rounding of a / b for doubles holding integers. */
function roundDiv(a: number, b: number): number {
  const q = a / b;
  return q < 0 ? -Math.round(-q) : Math.round(q);
}

/** Rounding to an integer with ties to even (the IEEE default; float-to-integer casts). */
function roundEven(x: number): number {
  return x - Math.floor(x) === 0.5 ? 2 * Math.round(x / 2) : Math.round(x);
}

/** Half-away-from-zero rounding of a / b for bigints. */
function roundDivBig(a: bigint, b: bigint): bigint {
  const q = a / b;
  const r = a % b;
  if ((r < 0n ? -r : r) * 2n >= (b < 0n ? -b : b)) return q + ((a < 0n) !== (b < 0n) ? -1n : 1n);
  return q;
}

function codePoints(s: string): string[] {
  return Array.from(s);
}

const likeCache = new Map<string, RegExp>();
const regexCache = new Map<string, RegExp>();

function likeRegex(pattern: string, escape: string | undefined, caseless: boolean): RegExp {
  const key = `${caseless ? 'i' : 's'}${escape ?? ''}\u0000${pattern}`;
  let re = likeCache.get(key);
  if (re === undefined) {
    let src = '';
    const chars = codePoints(pattern);
    for (let i = 0; i < chars.length; i++) {
      const c = chars[i]!;
      if (escape !== undefined && c === escape && i + 1 < chars.length) src += chars[++i]!.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
      else if (c === '%') src += '[\\s\\S]*';
      else if (c === '_') src += '[\\s\\S]';
      else src += c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
    }
    re = new RegExp(`^${src}$`, caseless ? 'iu' : 'u');
    if (likeCache.size > 1000) likeCache.clear();
    likeCache.set(key, re);
  }
  return re;
}

function regex(pattern: string, flags = ''): RegExp | undefined {
  const key = `${flags}\u0000${pattern}`;
  let re = regexCache.get(key);
  if (re === undefined) {
    try {
      re = new RegExp(pattern, flags.replace(/[^gimsu]/g, '') + (flags.includes('u') ? '' : 'u'));
    } catch {
      return undefined;
    }
    if (regexCache.size > 1000) regexCache.clear();
    regexCache.set(key, re);
  }
  re.lastIndex = 0;
  return re;
}

/** Parses JSON text, or undefined when it is not valid JSON. */
function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

const NOT_FOUND = Symbol('not found');

function jsonStep(value: unknown, key: string | number): unknown {
  if (typeof key === 'number') {
    if (!Array.isArray(value)) return NOT_FOUND;
    const i = key < 0 ? value.length + key : key;
    return i >= 0 && i < value.length ? value[i] : NOT_FOUND;
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return NOT_FOUND;
  return Object.prototype.hasOwnProperty.call(value, key) ? (value as Record<string, unknown>)[key] : NOT_FOUND;
}

/** Splits a JSON path `$.a.b[0]["c d"]` (or a bare `a.b`) into keys and indexes. */
function jsonPath(path: string): (string | number)[] | undefined {
  const steps: (string | number)[] = [];
  let p = path.trim();
  if (p.startsWith('$')) p = p.slice(1);
  else if (p !== '' && !p.startsWith('.') && !p.startsWith('[')) p = `.${p}`;
  const re = /^(?:\.([A-Za-z_$][\w$]*)|\.?"((?:[^"\\]|\\.)*)"|\[(-?\d+)\]|\[\s*'((?:[^'\\]|\\.)*)'\s*\]|\[\s*"((?:[^"\\]|\\.)*)"\s*\])/;
  while (p !== '') {
    const m = re.exec(p);
    if (!m) return undefined;
    if (m[1] !== undefined) steps.push(m[1]);
    else if (m[2] !== undefined) steps.push(JSON.parse(`"${m[2]}"`) as string);
    else if (m[3] !== undefined) steps.push(Number(m[3]));
    else steps.push(m[4] ?? m[5]!);
    p = p.slice(m[0].length);
  }
  return steps;
}

function jsonText(value: unknown): string {
  return JSON.stringify(value);
}

function parseNumber(text: string): number | undefined {
  const t = text.trim();
  if (!/^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(t) && !/^[+-]?(inf|infinity|nan)$/i.test(t)) return undefined;
  const lower = t.toLowerCase().replace(/^\+/, '');
  if (lower === 'inf' || lower === 'infinity') return Infinity;
  if (lower === '-inf' || lower === '-infinity') return -Infinity;
  if (lower === 'nan' || lower === '-nan') return NaN;
  return Number(t);
}

/** The single value of a one-row column, as a row value (validates a UDF result through a builder). */
function readBack(column: import('../../runtime/index.js').Column, type: ColumnType): unknown {
  return codegenRuntime.read(column, type, 0);
}

/** Converts a row value (types.ts table) into the in-loop representation of `type`. */
function fromRow(value: unknown, type: ColumnType, exact: boolean): unknown {
  if (value === null || value === undefined) return null;
  const info = typeInfo(type);
  switch (info.kind) {
    case 'int64': return exact ? value : Number(value as bigint);
    case 'decimal': {
      const scaled = helpers.decimalOfText(value as string, info.scale)!;
      return exact ? scaled : Number(scaled);
    }
    case 'date': return parseDate(value);
    case 'time': return parseTime(value);
    case 'list': return (value as unknown[]).map((x) => fromRow(x, info.item, exact));
    case 'struct': {
      const out: Record<string, unknown> = {};
      for (const f of info.fields) out[f.name] = fromRow((value as Record<string, unknown>)[f.name], f.type, exact);
      return out;
    }
    case 'map': {
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(value as Record<string, unknown>)) out[k] = fromRow(v, info.value, exact);
      return out;
    }
    default: return value;
  }
}

/** Converts an in-loop value of `type` back into a row value (for building output columns). */
function toRow(value: unknown, type: ColumnType): unknown {
  if (value === null || value === undefined) return null;
  const info = typeInfo(type);
  switch (info.kind) {
    case 'int64': return typeof value === 'bigint' ? value : BigInt(value as number);
    case 'decimal': return helpers.decimalText(value as bigint | number, info.scale);
    case 'date': return formatDate(value as number);
    case 'time': return formatTime(value as number);
    case 'list': return (value as unknown[]).map((x) => toRow(x, info.item));
    case 'struct': {
      const out: Record<string, unknown> = {};
      for (const f of info.fields) out[f.name] = toRow((value as Record<string, unknown>)[f.name], f.type);
      return out;
    }
    case 'map': {
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(value as Record<string, unknown>)) out[k] = toRow(v, info.value);
      return out;
    }
    default: return value;
  }
}

/** The helper object passed to generated code as `rt`. */
export const helpers = {
  fromRow,
  toRow,
  ...codegenRuntime,
  SAFE,
  pow10,
  roundDiv,
  roundEven,
  /** x^y as C's pow (PostgreSQL, DuckDB): 1^y and (-1)^±Infinity are 1, where JS gives NaN. */
  pow: (x: number, y: number): number => (x === 1 || (x === -1 && (y === Infinity || y === -Infinity)) ? 1 : Math.pow(x, y)),
  roundDivBig,
  formatDate,
  formatTime,
  utf8: () => new Utf8Builder('expr'),
  // Decimals: fast reads give a number when the scaled value fits 53 bits, NaN otherwise.
  decimalBig: readDecimal,
  decimalNum(words: Uint32Array, i: number): number {
    const w1 = words[4 * i + 1]!;
    const w2 = words[4 * i + 2]!;
    const w3 = words[4 * i + 3]!;
    if (w3 === 0 && w2 === 0 && w1 < 0x200000) return w1 * 4294967296 + words[4 * i]!;
    if (w3 === 0xffffffff && w2 === 0xffffffff && w1 >= 0xffe00000) return (w1 - 4294967296) * 4294967296 + words[4 * i]!;
    return NaN;
  },
  /**
   * The double nearest a scaled decimal. Below 2^53 one division rounds once; above, dividing the
   * already rounded Number(scaled) would round twice (9007199254740993.0000 → ...994), so the
   * decimal text is parsed instead.
   */
  decimalFloat(scaled: bigint, scale: number): number {
    if (scale === 0 || (scaled < 9007199254740992n && scaled > -9007199254740992n)) return Number(scaled) / 10 ** scale;
    return Number(helpers.decimalText(scaled, scale));
  },
  decimalText(scaled: bigint | number, scale: number): string {
    // Fast mode reads a decimal past 2^53 as NaN and re-runs the batch exactly: the text is discarded.
    if (typeof scaled === 'number' && !Number.isSafeInteger(scaled)) return '';
    const v = typeof scaled === 'bigint' ? scaled : BigInt(scaled);
    const negative = v < 0n;
    const digits = (negative ? -v : v).toString().padStart(scale + 1, '0');
    const text = scale === 0 ? digits : `${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
    return negative ? `-${text}` : text;
  },
  /** Scaled decimal of text (`-12.5`, `1e3`, `.5E-2`), rounded half away from zero, or undefined. */
  decimalOfText(text: string, scale: number): bigint | undefined {
    const m = /^\s*([+-])?(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d{1,6}))?\s*$/.exec(text);
    if (!m || (m[2] === '' && (m[3] ?? '') === '')) return undefined;
    const digits = (m[2] ?? '') + (m[3] ?? '');
    // value = digits × 10^(exponent - fraction digits); scaled = value × 10^scale
    const shift = Number(m[4] ?? 0) - (m[3] ?? '').length + scale;
    const n = BigInt(digits || '0');
    let v: bigint;
    if (n === 0n) v = 0n;
    else if (shift >= 0) v = n * 10n ** BigInt(Math.min(shift, 400));
    else if (-shift > digits.length) v = 0n;
    else {
      const p = 10n ** BigInt(-shift);
      v = n / p + ((n % p) * 2n >= p ? 1n : 0n);
    }
    return m[1] === '-' ? -v : v;
  },
  // Temporal (helpers-time.ts)
  ...timeHelpers,
  // Strings (positions and lengths in code points, as SQL counts characters)
  charLength(s: string): number {
    let n = 0;
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c < 0xdc00 || c > 0xdfff) n++;
    }
    return n;
  },
  octetLength: (s: string) => Buffer.byteLength(s, 'utf8'),
  substring(s: string, start: number, length?: number): string {
    const chars = codePoints(s);
    const from = start - 1;
    const to = length === undefined ? chars.length : from + length;
    if (length !== undefined && length < 0) return '';
    return chars.slice(Math.max(0, from), Math.max(0, to)).join('');
  },
  trim(s: string, chars: string | undefined, left: boolean, right: boolean): string {
    const set = new Set(codePoints(chars ?? ' '));
    const cp = codePoints(s);
    let a = 0;
    let b = cp.length;
    if (left) while (a < b && set.has(cp[a]!)) a++;
    if (right) while (b > a && set.has(cp[b - 1]!)) b--;
    return cp.slice(a, b).join('');
  },
  splitPart(s: string, delimiter: string, n: number): string {
    const parts = delimiter === '' ? [s] : s.split(delimiter);
    const i = n > 0 ? n - 1 : parts.length + n;
    return i >= 0 && i < parts.length ? parts[i]! : '';
  },
  strpos(s: string, sub: string): number {
    const i = s.indexOf(sub);
    return i < 0 ? 0 : helpers.charLength(s.slice(0, i)) + 1;
  },
  left(s: string, n: number): string {
    const cp = codePoints(s);
    return (n >= 0 ? cp.slice(0, n) : cp.slice(0, Math.max(0, cp.length + n))).join('');
  },
  right(s: string, n: number): string {
    const cp = codePoints(s);
    return (n >= 0 ? cp.slice(Math.max(0, cp.length - n)) : cp.slice(Math.min(cp.length, -n))).join('');
  },
  pad(s: string, n: number, fill: string, left: boolean): string {
    const cp = codePoints(s);
    if (n <= cp.length) return cp.slice(0, Math.max(0, n)).join('');
    const f = codePoints(fill);
    if (f.length === 0) return s;
    const padding: string[] = [];
    while (padding.length < n - cp.length) padding.push(f[padding.length % f.length]!);
    return left ? padding.join('') + s : s + padding.join('');
  },
  reverse: (s: string) => codePoints(s).reverse().join(''),
  repeat: (s: string, n: number) => (n > 0 ? s.repeat(n) : ''),
  like: (s: string, pattern: string, escape: string | undefined, caseless: boolean) => likeRegex(pattern, escape, caseless).test(s),
  regexMatches(s: string, pattern: string, flags?: string): boolean | undefined {
    const re = regex(pattern, flags);
    return re === undefined ? undefined : re.test(s);
  },
  regexReplace(s: string, pattern: string, replacement: string, flags?: string): string | undefined {
    const re = regex(pattern, flags);
    if (re === undefined) return undefined;
    // SQL writes back-references as \1 (\0: the whole match, \\ a backslash); a group that did not
    // take part in the match, or does not exist, is '' (as in PostgreSQL).
    const parts = replacement.split(/\\(\d|\\)/);
    if (parts.length === 1) return s.replace(re, () => replacement);
    return s.replace(re, (...m: unknown[]) => {
      // m: the match, its groups, the offset, the input (and named groups, when there are any).
      const groups = m.length - (typeof m[m.length - 1] === 'object' ? 4 : 3);
      let out = '';
      for (let k = 0; k < parts.length; k++) {
        const p = parts[k]!;
        if (k % 2 === 0) out += p;
        else if (p === '\\') out += '\\';
        else {
          const g = m[Number(p)];
          out += typeof g === 'string' && Number(p) <= groups ? g : '';
        }
      }
      return out;
    });
  },
  regexExtract(s: string, pattern: string, group = 0): string | undefined {
    const re = regex(pattern);
    if (re === undefined) return undefined;
    const m = re.exec(s);
    return m === null ? '' : (m[group] ?? '');
  },
  regexMatch(s: string, pattern: string): string[] | null | undefined {
    const re = regex(pattern);
    if (re === undefined) return undefined;
    const m = re.exec(s);
    if (m === null) return null;
    return m.length > 1 ? m.slice(1).map((x) => x ?? '') : [m[0]];
  },
  md5: (s: string) => createHash('md5').update(s).digest('hex'),
  sha256: (s: string) => createHash('sha256').update(s).digest('hex'),
  /** A deterministic non-negative 53-bit hash of values' canonical text. */
  hashText(text: string): number {
    let h1 = 0x9747b28c;
    let h2 = 0x6b43a9b5;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      h1 = Math.imul(h1 ^ c, 0x01000193);
      h2 = Math.imul(h2 ^ c, 0x5bd1e995);
    }
    return (h1 >>> 0) * 2097152 + ((h2 >>> 0) >>> 11);
  },
  // JSON
  jsonGet(text: string, key: string | number, asText: boolean): string | undefined {
    const v = parseJson(text);
    if (v === undefined) return undefined;
    const out = jsonStep(v, key);
    if (out === NOT_FOUND || (asText && out === null)) return undefined;
    return asText && typeof out === 'string' ? out : jsonText(out);
  },
  jsonExtract(text: string, path: string, asText: boolean): string | undefined {
    const steps = jsonPath(path);
    let v = parseJson(text);
    if (steps === undefined || v === undefined) return undefined;
    for (const s of steps) {
      v = jsonStep(v, s);
      if (v === NOT_FOUND) return undefined;
    }
    if (asText && v === null) return undefined;
    return asText && typeof v === 'string' ? v : jsonText(v);
  },
  jsonArrayLength(text: string): number | undefined {
    const v = parseJson(text);
    return Array.isArray(v) ? v.length : undefined;
  },
  jsonType(text: string): string | undefined {
    const v = parseJson(text);
    if (v === undefined) return undefined;
    return v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v === 'object' ? 'object' : typeof v;
  },
  jsonValid: (text: string) => parseJson(text) !== undefined,
  isJson: (text: string) => parseJson(text) !== undefined,
  // Casts from text and to text
  numberOfText: parseNumber,
  integerOfText(text: string): number | undefined {
    const t = text.trim();
    return /^[+-]?\d+$/.test(t) ? Number(t) : undefined;
  },
  bigintOfText(text: string): bigint | undefined {
    const t = text.trim();
    if (!/^[+-]?\d+$/.test(t)) return undefined;
    const v = BigInt(t);
    return BigInt.asIntN(64, v) === v ? v : undefined;
  },
  /** Days of `YYYY-MM-DD`, or of the date of a timestamp text (as PostgreSQL and DuckDB read it). */
  dateOfText(text: string): number | undefined {
    const m = /^\s*(\d{4})-(\d{2})-(\d{2})\s*$/.exec(text);
    if (m) return timeHelpers.makeDate(Number(m[1]), Number(m[2]), Number(m[3]));
    if (!/\d[ T]\d/.test(text)) return undefined;
    const ms = helpers.timestampOfText(text);
    return ms === undefined ? undefined : timeHelpers.dateInRange(Math.floor(ms / MS_PER_DAY));
  },
  timeOfText(text: string): number | undefined {
    try {
      return parseTime(text.trim());
    } catch {
      return undefined;
    }
  },
  timestampOfText(text: string): number | undefined {
    const t = text.trim();
    if (/^\d{4}-\d{2}-\d{2}$/.test(t)) return helpers.dateOfText(t) === undefined ? undefined : helpers.dateOfText(t)! * MS_PER_DAY;
    const m = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}(?::\d{2})?)(\.\d{1,9})?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i.exec(t);
    if (!m) return undefined;
    const zone = m[4] === undefined || m[4].toUpperCase() === 'Z' ? 'Z' : m[4].length === 3 ? `${m[4]}:00` : m[4].includes(':') ? m[4] : `${m[4].slice(0, 3)}:${m[4].slice(3)}`;
    const whole = Date.parse(`${m[1]}T${m[2]!.length === 5 ? `${m[2]}:00` : m[2]}${zone}`);
    if (Number.isNaN(whole)) return undefined;
    return whole + (m[3] ? Number(`0${m[3]}`) * 1000 : 0);
  },
  intervalOfText(text: string): IntervalValue | undefined {
    let months = 0;
    let days = 0;
    let millis = 0;
    const t = text.trim().toLowerCase();
    if (t === '') return undefined;
    const clock = /(-?)(\d+):(\d{2})(?::(\d{2}(?:\.\d+)?))?$/.exec(t);
    let rest = t;
    if (clock) {
      const sign = clock[1] === '-' ? -1 : 1;
      millis += sign * ((Number(clock[2]) * 60 + Number(clock[3])) * 60_000 + Number(clock[4] ?? 0) * 1000);
      rest = t.slice(0, clock.index).trim();
    }
    const re = /(-?\d+(?:\.\d+)?)\s*([a-z]+)/g;
    let consumed = '';
    for (let m = re.exec(rest); m !== null; m = re.exec(rest)) {
      consumed += m[0];
      const n = Number(m[1]);
      const unit = m[2]!.replace(/s$/, '');
      if (unit === 'year' || unit === 'yr' || unit === 'y') months += n * 12;
      else if (unit === 'mon' || unit === 'month') months += n;
      else if (unit === 'week' || unit === 'w') days += n * 7;
      else if (unit === 'day' || unit === 'd') days += n;
      else if (unit === 'hour' || unit === 'hr' || unit === 'h') millis += n * 3_600_000;
      else if (unit === 'minute' || unit === 'min' || unit === 'm') millis += n * 60_000;
      else if (unit === 'second' || unit === 'sec' || unit === 's') millis += n * 1000;
      else if (unit === 'millisecond' || unit === 'msec' || unit === 'ms') millis += n;
      else if (unit === 'microsecond' || unit === 'usec' || unit === 'us') millis += n / 1000;
      else return undefined;
    }
    if (consumed.replace(/\s/g, '') !== rest.replace(/\s/g, '')) return undefined;
    return { months, days, millis };
  },
  floatText(x: number): string {
    if (Number.isNaN(x)) return 'NaN';
    if (!Number.isFinite(x)) return x > 0 ? 'Infinity' : '-Infinity';
    return Object.is(x, -0) ? '-0' : String(x);
  },
  writeDecimal,
  /** A builder for variable-width and nested outputs. */
  builder(type: ColumnType) {
    const kind = typeInfo(type).kind;
    return kind === 'utf8' || kind === 'json' || kind === 'binary' ? new VarBuilder(type, 'expr') : columnBuilder(type, 'expr');
  },
  /**
   * round (half away from zero) or trunc of a double to `digits` decimals. A value already whole
   * at that precision (huge, or not finite) is returned as it is rather than overflowing.
   */
  roundFloat(x: number, digits: number, round: boolean): number {
    const p = 10 ** digits;
    const y = Math.abs(x) * p;
    if (!Number.isFinite(y) || y >= 4503599627370496 || !Number.isFinite(p) || p === 0) return p === 0 && Number.isFinite(x) ? 0 * x : x;
    return (Math.sign(x) * (round ? Math.round(y) : Math.trunc(y))) / p;
  },
  /** round/trunc/ceil/floor of a scaled integer (decimal, or integer with scale 0) held in a double. */
  roundScaled(x: number, scale: number, digits: number, kind: string): number {
    const drop = kind === 'ceil' || kind === 'floor' ? scale : scale - digits;
    if (drop <= 0) return x;
    const p = 10 ** drop;
    const q = kind === 'round' ? roundDiv(x, p) : kind === 'trunc' ? Math.trunc(x / p) : kind === 'ceil' ? Math.ceil(x / p) : Math.floor(x / p);
    return q * p;
  },
  /** The same for bigints. */
  roundBig(x: bigint, scale: number, digits: number, kind: string): bigint {
    const drop = kind === 'ceil' || kind === 'floor' ? scale : scale - digits;
    if (drop <= 0) return x;
    const p = 10n ** BigInt(drop);
    let q: bigint;
    if (kind === 'round') q = roundDivBig(x, p);
    else {
      q = x / p;
      const r = x % p;
      if (kind === 'ceil' && r > 0n) q += 1n;
      if (kind === 'floor' && r < 0n) q -= 1n;
    }
    return q * p;
  },
  /** Calls a UDF; its result becomes the in-loop value of `type` (undefined: a row error). */
  callUdf(fn: (...args: unknown[]) => unknown, args: unknown[], type: ColumnType, exact: boolean): unknown {
    let r: unknown;
    try {
      r = fn(...args);
    } catch {
      return undefined;
    }
    if (r === null || r === undefined) return null;
    try {
      const b = columnBuilder(type, 'udf');
      b.append(r);
      return fromRow(readBack(b.finish(), type), type, exact);
    } catch {
      return undefined;
    }
  },
  /** A number or bigint as a bigint (undefined passes through: a row error). */
  toBig(x: number | bigint | undefined): bigint | undefined {
    return x === undefined ? undefined : typeof x === 'bigint' ? x : BigInt(x);
  },
  /** Truncating integer division of doubles holding integers, exact below 2^53. */
  idiv(a: number, b: number): number {
    let q = Math.trunc(a / b);
    const r = a - q * b;
    if (r !== 0 && (r < 0) !== (a < 0)) q += (a < 0) === (b < 0) ? -1 : 1;
    else if (Math.abs(r) >= Math.abs(b)) q += (a < 0) === (b < 0) ? 1 : -1;
    return q;
  },
  boolOfText(text: string): boolean | undefined {
    const t = text.trim().toLowerCase();
    if (t === 'true' || t === 't' || t === 'yes' || t === 'y' || t === 'on' || t === '1') return true;
    if (t === 'false' || t === 'f' || t === 'no' || t === 'n' || t === 'off' || t === '0') return false;
    return undefined;
  },
  bytesAt(column: { values: Uint8Array; valueOffsets: Int32Array }, i: number): Uint8Array {
    return column.values.subarray(column.valueOffsets[i], column.valueOffsets[i + 1]);
  },
  bytesText: (b: Uint8Array) => `\\x${Buffer.from(b).toString('hex')}`,
  valueText(v: unknown): string {
    return JSON.stringify(v, (_k, x: unknown) => (typeof x === 'bigint' ? Number(x) : x));
  },
  listContains(list: unknown[], v: unknown): boolean {
    return list.some((x) => x === v || (typeof x === 'object' && x !== null && JSON.stringify(x) === JSON.stringify(v)));
  },
  deepEqual: (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b),
};

/** The type of the helper object. */
export type Helpers = typeof helpers;
