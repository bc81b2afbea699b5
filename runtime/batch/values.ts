/**
 * Conversions between JS values and the storage of the temporal and exact types: DATE as days,
 * TIME as milliseconds of the day, DECIMAL as scaled 128-bit integers, INTERVAL as
 * months/days/nanoseconds. Pure functions; the builders and readers use them.
 */
import { SchemaError } from '../errors/errors.js';

const MS_PER_DAY = 86_400_000;

/** Days since 1970-01-01 of `'YYYY-MM-DD'` (or a Date, at UTC midnight). */
export function parseDate(value: unknown, where = 'date'): number {
  if (value instanceof Date) return Math.floor(value.getTime() / MS_PER_DAY);
  if (typeof value === 'string') {
    const m = /^(-?\d{4,})-(\d{2})-(\d{2})$/.exec(value.trim());
    if (m) {
      const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
      const back = new Date(ms);
      if (back.getUTCMonth() === Number(m[2]) - 1 && back.getUTCDate() === Number(m[3])) return ms / MS_PER_DAY;
    }
  }
  throw new SchemaError(`${where}: expected a date 'YYYY-MM-DD' or a Date, got ${describe(value)}`);
}

/** `'YYYY-MM-DD'` of days since 1970-01-01. */
export function formatDate(days: number): string {
  return new Date(days * MS_PER_DAY).toISOString().slice(0, 10);
}

/** Milliseconds of the day of `'HH:MM[:SS[.fff]]'`, or a number of ms in [0, 86400000). */
export function parseTime(value: unknown, where = 'time'): number {
  if (typeof value === 'number' && Number.isInteger(value) && value >= 0 && value < MS_PER_DAY) return value;
  if (typeof value === 'string') {
    const m = /^(\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?$/.exec(value.trim());
    if (m && Number(m[1]) < 24 && Number(m[2]) < 60 && Number(m[3] ?? 0) < 60) {
      const frac = Math.floor(Number(`0.${m[4] ?? '0'}`) * 1000);
      return ((Number(m[1]) * 60 + Number(m[2])) * 60 + Number(m[3] ?? 0)) * 1000 + frac;
    }
  }
  throw new SchemaError(`${where}: expected a time 'HH:MM:SS[.fff]' or milliseconds of the day, got ${describe(value)}`);
}

/** `'HH:MM:SS.mmm'` of milliseconds of the day. */
export function formatTime(ms: number): string {
  return new Date(ms).toISOString().slice(11, 23);
}

/** Epoch milliseconds of a timestamp given as ms, a Date, or an ISO string (UTC unless it has an offset). */
export function parseTimestamp(value: unknown, where = 'timestamp'): number {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.getTime();
  if (typeof value === 'string') {
    const ms = parseIsoTimestamp(value.trim());
    if (ms !== undefined) return ms;
  }
  throw new SchemaError(`${where}: expected epoch milliseconds, a Date or an ISO timestamp, got ${describe(value)}`);
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?)?\s*(?:([zZ])|([+-])(\d{2})(?::?(\d{2}))?)?$/;

/**
 * `YYYY-MM-DD[ HH:MM[:SS[.fraction]]][Z|±HH[:MM]]` as epoch milliseconds (UTC unless an offset
 * is given). Digits past milliseconds are kept as a fraction, so microseconds survive.
 */
function parseIsoTimestamp(text: string): number | undefined {
  const m = ISO.exec(text);
  if (m === null) return undefined;
  const [, y, mo, d, h = '0', mi = '0', sec = '0', frac = '', , sign, oh = '0', om = '0'] = m;
  const ms = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(sec));
  const check = new Date(ms);
  // Date.UTC rolls 2024-02-30 over to March; a real date reads back the same.
  if (check.getUTCDate() !== Number(d) || check.getUTCMonth() !== Number(mo) - 1 || Number(h) > 23 || Number(mi) > 59 || Number(sec) > 59) return undefined;
  const fraction = frac === '' ? 0 : Number(`0.${frac}`) * 1000;
  const offset = sign === undefined ? 0 : (sign === '-' ? -1 : 1) * (Number(oh) * 60 + Number(om)) * 60_000;
  return ms + Math.round(fraction * 1000) / 1000 - offset;
}

/** An ISO-like text of epoch milliseconds (`2024-01-02 03:04:05.678`), microseconds when fractional. */
export function formatTimestamp(ms: number, tz = false): string {
  const whole = Math.floor(ms);
  const text = new Date(whole).toISOString().replace('T', ' ').replace('Z', '');
  const micros = Math.round((ms - whole) * 1000);
  return `${text}${micros > 0 ? String(micros).padStart(3, '0') : ''}${tz ? '+00' : ''}`;
}

/** An interval value as JS sees it. */
export interface IntervalValue {
  readonly months: number;
  readonly days: number;
  /** Sub-day part in milliseconds (fractional for sub-ms precision). */
  readonly millis: number;
}

/** Accepts `{ months, days, millis }` (missing parts are 0) or a number of milliseconds. */
export function parseInterval(value: unknown, where = 'interval'): IntervalValue {
  if (typeof value === 'number' && Number.isFinite(value)) return { months: 0, days: 0, millis: value };
  if (value !== null && typeof value === 'object') {
    const v = value as Partial<IntervalValue>;
    const months = v.months ?? 0;
    const days = v.days ?? 0;
    const millis = v.millis ?? 0;
    if (Number.isInteger(months) && Number.isInteger(days) && Number.isFinite(millis)) return { months, days, millis };
  }
  throw new SchemaError(`${where}: expected { months, days, millis } or milliseconds, got ${describe(value)}`);
}

/** A text such as `1 mon 2 days 00:00:05` (the Postgres style). */
export function formatInterval(v: IntervalValue): string {
  const parts: string[] = [];
  if (v.months) parts.push(`${v.months} mon${Math.abs(v.months) === 1 ? '' : 's'}`);
  if (v.days) parts.push(`${v.days} day${Math.abs(v.days) === 1 ? '' : 's'}`);
  if (v.millis || parts.length === 0) {
    const sign = v.millis < 0 ? '-' : '';
    const ms = Math.abs(v.millis);
    const h = Math.floor(ms / 3_600_000);
    const m = Math.floor((ms % 3_600_000) / 60_000);
    const s = (ms % 60_000) / 1000;
    parts.push(`${sign}${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}:${s < 10 ? '0' : ''}${Number(s.toFixed(6))}`);
  }
  return parts.join(' ');
}

/** The scaled integer of a decimal value given as a string, number or bigint (rounded half away from zero). */
export function parseDecimal(value: unknown, scale: number, precision: number, where = 'decimal'): bigint {
  let text: string;
  if (typeof value === 'bigint') text = value.toString();
  else if (typeof value === 'number' && Number.isFinite(value)) text = value.toFixed(Math.min(scale + 2, 100));
  else if (typeof value === 'string') text = value.trim();
  else throw new SchemaError(`${where}: expected a decimal as a string, number or bigint, got ${describe(value)}`);
  const m = /^([+-])?(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/.exec(text);
  if (!m || (m[2] === '' && (m[3] ?? '') === '')) throw new SchemaError(`${where}: '${text}' is not a decimal number`);
  const exp = Number(m[4] ?? 0);
  let digits = (m[2] ?? '') + (m[3] ?? '');
  let point = (m[2] ?? '').length + exp;
  if (point < 0) {
    digits = '0'.repeat(-point) + digits;
    point = 0;
  }
  digits = digits.padEnd(point + scale + 1, '0');
  const kept = digits.slice(0, point + scale) || '0';
  let scaled = BigInt(kept);
  if (Number(digits[point + scale] ?? '0') >= 5) scaled += 1n;
  if (m[1] === '-') scaled = -scaled;
  if ((scaled < 0n ? -scaled : scaled) >= 10n ** BigInt(precision)) {
    throw new SchemaError(`${where}: ${text} does not fit DECIMAL(${precision},${scale})`);
  }
  return scaled;
}

/** The text of a scaled decimal integer with exactly `scale` fraction digits. */
export function formatDecimal(scaled: bigint, scale: number): string {
  const negative = scaled < 0n;
  const digits = (negative ? -scaled : scaled).toString().padStart(scale + 1, '0');
  const text = scale === 0 ? digits : `${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
  return negative ? `-${text}` : text;
}

/** Reads the 128-bit two's complement integer at value index `i` of Decimal128 words. */
export function readDecimal(words: Uint32Array, i: number): bigint {
  const w0 = words[4 * i]!;
  const w1 = words[4 * i + 1]!;
  const w2 = words[4 * i + 2]!;
  const w3 = words[4 * i + 3]!;
  // Fast path: values that fit 53 bits (most decimals in practice).
  if (w3 === 0 && w2 === 0 && w1 < 0x200000) return BigInt(w1 * 4294967296 + w0);
  if (w3 === 0xffffffff && w2 === 0xffffffff && w1 >= 0xffe00000) return BigInt((w1 - 4294967296) * 4294967296 + w0);
  return BigInt.asIntN(128, (BigInt(w3) << 96n) | (BigInt(w2) << 64n) | (BigInt(w1) << 32n) | BigInt(w0));
}

/** Writes a 128-bit two's complement integer at value index `i`. */
export function writeDecimal(words: Uint32Array, i: number, value: bigint): void {
  const v = BigInt.asUintN(128, value);
  words[4 * i] = Number(v & 0xffffffffn);
  words[4 * i + 1] = Number((v >> 32n) & 0xffffffffn);
  words[4 * i + 2] = Number((v >> 64n) & 0xffffffffn);
  words[4 * i + 3] = Number(v >> 96n);
}

/** 10^n as a bigint (cached for the scales decimals use). */
export function pow10(n: number): bigint {
  let p = POW10[n];
  if (p === undefined) {
    p = 10n ** BigInt(n);
    POW10[n] = p;
  }
  return p;
}
const POW10: bigint[] = [];

function describe(value: unknown): string {
  if (typeof value === 'string') return `string ${JSON.stringify(value.slice(0, 40))}`;
  if (value === null) return 'null';
  if (typeof value === 'object') return value instanceof Date ? 'an invalid Date' : 'an object';
  return `${typeof value} ${String(value)}`;
}
