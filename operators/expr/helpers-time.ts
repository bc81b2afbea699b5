/**
 * Temporal helpers for generated expression code (part of `rt`, see helpers.ts): calendar
 * arithmetic on epoch milliseconds (UTC, every year including 0-99), date_trunc and extract,
 * interval arithmetic and the text of timestamps and intervals.
 */
import type { IntervalValue } from '../../runtime/index.js';

const MS_PER_DAY = 86_400_000;
/** The DATE range expressions produce: 0001-01-01 to 9999-12-31 (days since 1970-01-01). */
const FIRST_DAY = -719_162;
const LAST_DAY = 2_932_896;

/** `Date.UTC` for every year: `Date.UTC` reads years 0-99 as 1900-1999. */
function utc(year: number, month: number, day: number): number {
  if (year >= 0 && year < 100) {
    const d = new Date(0);
    d.setUTCFullYear(year, month, day);
    return d.getTime();
  }
  return Date.UTC(year, month, day);
}

function intervalMs(v: IntervalValue): number {
  return (v.months * 30 + v.days) * MS_PER_DAY + v.millis;
}

/** Adds an interval to epoch ms: months by the calendar (day clamped to the month's end), then days, then time. */
function addInterval(ms: number, v: IntervalValue, sign: 1 | -1): number {
  let out = ms;
  if (v.months !== 0) {
    const d = new Date(out);
    const y = d.getUTCFullYear();
    const m = d.getUTCMonth() + sign * v.months;
    const lastDay = new Date(utc(y, m + 1, 0)).getUTCDate();
    const day = Math.min(d.getUTCDate(), lastDay);
    out = utc(y, m, day) + (out - utc(y, d.getUTCMonth(), d.getUTCDate()));
  }
  return out + sign * (v.days * MS_PER_DAY + v.millis);
}

const UNITS = ['millisecond', 'milliseconds', 'ms', 'second', 'seconds', 'minute', 'minutes', 'hour', 'hours', 'day', 'days', 'week', 'weeks', 'month', 'months', 'quarter', 'year', 'years', 'decade', 'century', 'millennium'];

function truncate(unit: string, ms: number): number | undefined {
  // new Date() truncates a fractional time value toward zero; before 1970 that is the next millisecond.
  const d = new Date(Math.floor(ms));
  switch (unit.toLowerCase()) {
    case 'microsecond': case 'microseconds': return ms;
    case 'millisecond': case 'milliseconds': case 'ms': return Math.floor(ms);
    case 'second': case 'seconds': return Math.floor(ms / 1000) * 1000;
    case 'minute': case 'minutes': return Math.floor(ms / 60_000) * 60_000;
    case 'hour': case 'hours': return Math.floor(ms / 3_600_000) * 3_600_000;
    case 'day': case 'days': return Math.floor(ms / MS_PER_DAY) * MS_PER_DAY;
    case 'week': case 'weeks': {
      const day = Math.floor(ms / MS_PER_DAY);
      return (day - ((d.getUTCDay() + 6) % 7)) * MS_PER_DAY;
    }
    case 'month': case 'months': return utc(d.getUTCFullYear(), d.getUTCMonth(), 1);
    case 'quarter': return utc(d.getUTCFullYear(), Math.floor(d.getUTCMonth() / 3) * 3, 1);
    case 'year': case 'years': return utc(d.getUTCFullYear(), 0, 1);
    case 'decade': return utc(Math.floor(d.getUTCFullYear() / 10) * 10, 0, 1);
    case 'century': return utc(Math.floor((d.getUTCFullYear() - 1) / 100) * 100 + 1, 0, 1);
    case 'millennium': return utc(Math.floor((d.getUTCFullYear() - 1) / 1000) * 1000 + 1, 0, 1);
  }
  return undefined;
}

function extract(field: string, ms: number): number | undefined {
  const d = new Date(Math.floor(ms));
  switch (field.toLowerCase()) {
    case 'year': case 'years': return d.getUTCFullYear();
    case 'quarter': return Math.floor(d.getUTCMonth() / 3) + 1;
    case 'month': case 'months': return d.getUTCMonth() + 1;
    case 'week': {
      // ISO week number.
      const t = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
      const day = (t.getUTCDay() + 6) % 7;
      t.setUTCDate(t.getUTCDate() - day + 3);
      const first = new Date(Date.UTC(t.getUTCFullYear(), 0, 4));
      return 1 + Math.round(((t.getTime() - first.getTime()) / MS_PER_DAY - 3 + ((first.getUTCDay() + 6) % 7)) / 7);
    }
    case 'day': case 'days': return d.getUTCDate();
    case 'dow': return d.getUTCDay();
    case 'isodow': return d.getUTCDay() === 0 ? 7 : d.getUTCDay();
    case 'doy': return Math.floor((Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()) - Date.UTC(d.getUTCFullYear(), 0, 1)) / MS_PER_DAY) + 1;
    case 'hour': case 'hours': return d.getUTCHours();
    case 'minute': case 'minutes': return d.getUTCMinutes();
    case 'second': case 'seconds': return d.getUTCSeconds();
    case 'millisecond': case 'milliseconds': return d.getUTCSeconds() * 1000 + d.getUTCMilliseconds();
    case 'microsecond': case 'microseconds': return Math.round((d.getUTCSeconds() * 1000 + d.getUTCMilliseconds() + (ms - Math.floor(ms))) * 1000);
    case 'epoch': return ms / 1000;
  }
  return undefined;
}

/** The temporal members of the helper object. */
export const timeHelpers = {
  addInterval,
  intervalMs,
  intervalBetween(a: number, b: number): IntervalValue {
    // Epoch ms in doubles carry microseconds only approximately: subtract whole milliseconds
    // exactly and the fractions apart, rounded to the microsecond.
    const [ai, bi] = [Math.floor(a), Math.floor(b)];
    const whole = ai - bi;
    const frac = Math.round((a - ai - (b - bi)) * 1000) / 1000;
    const days = Math.trunc((whole + frac) / MS_PER_DAY);
    return { months: 0, days, millis: whole - days * MS_PER_DAY + frac };
  },
  intervalAdd: (a: IntervalValue, b: IntervalValue, sign: 1 | -1): IntervalValue => ({ months: a.months + sign * b.months, days: a.days + sign * b.days, millis: a.millis + sign * b.millis }),
  intervalScale(a: IntervalValue, k: number): IntervalValue {
    // Fractional months spill into days (30 per month) and fractional days into time, as in Postgres.
    const months = a.months * k;
    const wholeMonths = Math.trunc(months);
    const days = a.days * k + (months - wholeMonths) * 30;
    const wholeDays = Math.trunc(days);
    return { months: wholeMonths, days: wholeDays, millis: a.millis * k + (days - wholeDays) * MS_PER_DAY };
  },
  intervalNeg: (a: IntervalValue): IntervalValue => ({ months: -a.months, days: -a.days, millis: -a.millis }),
  intervalAt(values: Int32Array, i: number): IntervalValue {
    return { months: values[4 * i]!, days: values[4 * i + 1]!, millis: (values[4 * i + 3]! * 4294967296 + (values[4 * i + 2]! >>> 0)) / 1e6 };
  },
  truncate,
  extract,
  /** Epoch milliseconds when a timestamp can hold them (JS dates: ±8.64e15 ms), else undefined. */
  epochMs: (ms: number): number | undefined => (Number.isFinite(ms) && Math.abs(ms) <= 8.64e15 ? ms : undefined),
  extractInterval(field: string, v: IntervalValue): number | undefined {
    switch (field.toLowerCase()) {
      case 'year': case 'years': return Math.trunc(v.months / 12);
      case 'month': case 'months': return v.months % 12;
      case 'day': case 'days': return v.days;
      case 'hour': case 'hours': return Math.trunc(v.millis / 3_600_000);
      case 'minute': case 'minutes': return Math.trunc((v.millis % 3_600_000) / 60_000);
      case 'second': case 'seconds': return Math.trunc((v.millis % 60_000) / 1000);
      case 'millisecond': case 'milliseconds': return Math.trunc(v.millis % 60_000);
      case 'epoch': return intervalMs(v) / 1000;
    }
    return undefined;
  },
  timestampText(ms: number, tz: boolean): string {
    const whole = Math.floor(ms);
    const d = new Date(whole);
    const iso = d.toISOString();
    // Years past 9999 without ISO's sign and padding (10520-12-31); years before 1 as 0044 BC.
    const y = d.getUTCFullYear();
    const date = y > 9999 ? `${y}${iso.slice(-20, -14)}` : y < 1 ? `${String(1 - y).padStart(4, '0')}${iso.slice(-20, -14)}` : iso.slice(0, 10);
    let text = date + ' ' + iso.slice(-13, -5);
    const micros = Math.round((ms - Math.floor(ms / 1000) * 1000) * 1000);
    if (micros !== 0) text += '.' + String(micros).padStart(6, '0').replace(/0+$/, '');
    if (tz) text += '+00';
    return y < 1 ? `${text} BC` : text;
  },
  intervalText(v: IntervalValue): string {
    const parts: string[] = [];
    const years = Math.trunc(v.months / 12);
    const months = v.months % 12;
    if (years) parts.push(`${years} year${Math.abs(years) === 1 ? '' : 's'}`);
    if (months) parts.push(`${months} month${Math.abs(months) === 1 ? '' : 's'}`);
    if (v.days) parts.push(`${v.days} day${Math.abs(v.days) === 1 ? '' : 's'}`);
    if (v.millis || parts.length === 0) {
      const sign = v.millis < 0 ? '-' : '';
      const ms = Math.abs(v.millis);
      const s = (ms % 60_000) / 1000;
      const whole = Math.floor(s);
      const frac = Math.round((s - whole) * 1e6);
      parts.push(`${sign}${String(Math.floor(ms / 3_600_000)).padStart(2, '0')}:${String(Math.floor((ms % 3_600_000) / 60_000)).padStart(2, '0')}:${String(whole).padStart(2, '0')}${frac ? '.' + String(frac).padStart(6, '0').replace(/0+$/, '') : ''}`);
    }
    return parts.join(' ');
  },
  units: UNITS,
  /**
   * Days when they are a date of years 1-9999, else undefined (a row error): the DATE range of
   * expressions, which the text form of dates (runtime formatDate/parseDate) handles.
   */
  dateInRange: (days: number): number | undefined => (days >= FIRST_DAY && days <= LAST_DAY ? days : undefined),
  /** Days of a valid calendar date of years 1-9999, else undefined. */
  makeDate(y: number, m: number, d: number): number | undefined {
    if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d) || y < 1 || y > 9999) return undefined;
    const ms = utc(y, m - 1, d);
    const back = new Date(ms);
    if (!Number.isInteger(y) || back.getUTCFullYear() !== y || back.getUTCMonth() !== m - 1 || back.getUTCDate() !== d) return undefined;
    return ms / MS_PER_DAY;
  },
};
