/** Date and time functions. Everything is UTC; timestamps are epoch milliseconds in the loop. */
import { PlanError } from '../../runtime/index.js';
import { typeKind } from '../catalog.js';
import type { Bound } from './bind.js';
import type { CallGen } from './emitter.js';
import { helpers } from './helpers.js';

function literalText(b: Bound, what: string, allowed: readonly string[]): void {
  if (b.kind === 'literal' && typeof b.value === 'string' && !allowed.includes(b.value.toLowerCase())) {
    throw new PlanError(`unknown ${what} '${b.value}'; use one of ${allowed.filter((u) => !u.endsWith('s') || u === 'ms').join(', ')}`);
  }
}

const FIELDS = ['year', 'years', 'quarter', 'month', 'months', 'week', 'day', 'days', 'dow', 'isodow', 'doy', 'hour', 'hours', 'minute', 'minutes', 'second', 'seconds', 'millisecond', 'milliseconds', 'microsecond', 'microseconds', 'epoch'];

/** Temporal generators by function name. */
export const timeCalls: Record<string, CallGen> = {
  now: (g) => ({ t: 'NOW', z: 'false' }),
  proctime: (g) => ({ t: 'NOW', z: 'false' }),
  date_trunc: (g, b) => {
    literalText(b.args[0]!, 'date_trunc unit', helpers.units);
    const isDate = typeKind(b.args[1]!.type) === 'date';
    return g.strict(b, ([u, x]) => (isDate ? `((r) => (r === undefined ? undefined : Math.floor(r / 86400000)))(rt.truncate(${u}, ${x} * 86400000))` : `rt.truncate(${u}, ${x})`), { guard: true, undefinedIs: 'invalid_argument' });
  },
  extract: (g, b) => {
    literalText(b.args[0]!, 'extract field', FIELDS);
    const k = typeKind(b.args[1]!.type);
    return g.strict(b, ([f, x]) => {
      if (k === 'interval') return `rt.extractInterval(${f}, ${x})`;
      if (k === 'date') return `rt.extract(${f}, ${x} * 86400000)`;
      if (k === 'time') return `rt.extract(${f}, ${x})`;
      if (k === 'timestamp') return `rt.extract(${f}, ${x})`;
      return 'undefined';
    }, { guard: true, undefinedIs: 'invalid_argument' });
  },
  // Rounded to the microsecond, ties to even (as PostgreSQL's rint). Instants outside what a timestamp holds (and NaN, ±Infinity) are overflow row errors.
  to_timestamp: (g, b) => g.strict(b, ([s]) => `rt.epochMs(rt.roundEven(${g.toFloat(s!, b.args[0]!.type)} * 1e6) / 1000)`, { guard: true, undefinedIs: 'overflow' }),
  epoch_ms: (g, b) => {
    const k = typeKind(b.args[0]!.type);
    if (k === 'timestamp') return g.strict(b, ([x]) => `Math.floor(${x})`);
    if (k === 'date') return g.strict(b, ([x]) => `(${x} * 86400000)`);
    return g.strict(b, ([x]) => `rt.epochMs(${g.toFloat(x!, b.args[0]!.type)})`, { guard: true, undefinedIs: 'overflow' });
  },
  make_date: (g, b) => g.strict(b, ([y, m, d]) => `rt.makeDate(${g.toFloat(y!, b.args[0]!.type)}, ${g.toFloat(m!, b.args[1]!.type)}, ${g.toFloat(d!, b.args[2]!.type)})`, { guard: true, undefinedIs: 'invalid_argument' }),
};
