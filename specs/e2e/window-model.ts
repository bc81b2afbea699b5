/**
 * A batch model of windowed aggregation for the property tests: every window of every key over
 * all events at once, computed the plain way (assign, group, fold), independent of the engine.
 */

export interface Event {
  readonly k: string;
  readonly v: number | null;
  readonly s: string | null;
  readonly ts: number;
  /** Arrival order (first_value/last_value/string_agg break event-time ties by it). */
  readonly seq: number;
}

export type WindowSpec =
  | { readonly kind: 'tumble'; readonly size: number }
  | { readonly kind: 'hop'; readonly slide: number; readonly size: number }
  | { readonly kind: 'cumulate'; readonly step: number; readonly size: number }
  | { readonly kind: 'session'; readonly gap: number };

/** The SQL of a window in GROUP BY. */
export function windowSql(w: WindowSpec): string {
  const ms = (n: number) => `INTERVAL '${n}' MILLISECOND`;
  switch (w.kind) {
    case 'tumble': return `TUMBLE(ts, ${ms(w.size)})`;
    case 'hop': return `HOP(ts, ${ms(w.slide)}, ${ms(w.size)})`;
    case 'cumulate': return `CUMULATE(ts, ${ms(w.step)}, ${ms(w.size)})`;
    case 'session': return `SESSION(ts, ${ms(w.gap)})`;
  }
}

/** The aggregates under test: SQL, and the model over a group's events (in arrival order). */
export const AGGREGATES: readonly { readonly sql: string; readonly model: (es: readonly Event[]) => unknown }[] = [
  { sql: 'count(*)', model: (es) => es.length },
  { sql: 'count(v)', model: (es) => nums(es).length },
  { sql: 'sum(v)', model: (es) => (nums(es).length ? nums(es).reduce((a, b) => a + b, 0) : null) },
  { sql: 'avg(v)', model: (es) => (nums(es).length ? nums(es).reduce((a, b) => a + b, 0) / nums(es).length : null) },
  { sql: 'min(v)', model: (es) => (nums(es).length ? Math.min(...nums(es)) : null) },
  { sql: 'max(s)', model: (es) => texts(es).reduce<string | null>((a, b) => (a === null || b > a ? b : a), null) },
  { sql: 'first_value(v)', model: (es) => byTime(es)[0]?.v ?? null },
  { sql: 'last_value(s)', model: (es) => byTime(es).at(-1)?.s ?? null },
  { sql: 'stddev_samp(v)', model: (es) => sd(nums(es), true) },
  { sql: 'var_pop(v)', model: (es) => variance(nums(es), false) },
  { sql: 'bool_or(v > 50)', model: (es) => (nums(es).length ? nums(es).some((v) => v > 50) : null) },
  { sql: "string_agg(s, '|')", model: (es) => { const xs = byTime(es).map((e) => e.s).filter((x): x is string => x !== null); return xs.length ? xs.join('|') : null; } },
  { sql: 'count(DISTINCT s)', model: (es) => new Set(texts(es)).size },
  { sql: 'approx_count_distinct(v)', model: (es) => new Set(nums(es)).size },
  { sql: 'sum(v) FILTER (WHERE s IS NOT NULL)', model: (es) => { const xs = es.filter((e) => e.s !== null && e.v !== null).map((e) => e.v!); return xs.length ? xs.reduce((a, b) => a + b, 0) : null; } },
  { sql: 'median(v)', model: (es) => percentile(nums(es), 0.5) },
  { sql: 'percentile_disc(0.25) WITHIN GROUP (ORDER BY v)', model: (es) => { const xs = [...nums(es)].sort((a, b) => a - b); return xs.length ? xs[Math.max(0, Math.ceil(0.25 * xs.length) - 1)]! : null; } },
];

const nums = (es: readonly Event[]) => es.map((e) => e.v).filter((v): v is number => v !== null);
const texts = (es: readonly Event[]) => es.map((e) => e.s).filter((s): s is string => s !== null);
const byTime = (es: readonly Event[]) => [...es].sort((a, b) => a.ts - b.ts || a.seq - b.seq);
function variance(xs: readonly number[], sample: boolean): number | null {
  if (xs.length <= (sample ? 1 : 0)) return null;
  const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
  return xs.reduce((a, b) => a + (b - mean) ** 2, 0) / (xs.length - (sample ? 1 : 0));
}
const sd = (xs: readonly number[], sample: boolean) => { const v = variance(xs, sample); return v === null ? null : Math.sqrt(v); };
function percentile(xs: readonly number[], f: number): number | null {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  const pos = f * (s.length - 1);
  const lo = Math.floor(pos);
  return s[lo]! + (s[Math.ceil(pos)]! - s[lo]!) * (pos - lo);
}

/** Windows containing `t`. */
function windowsOf(w: Exclude<WindowSpec, { kind: 'session' }>, t: number): [number, number][] {
  const floor = (x: number, m: number) => Math.floor(x / m) * m;
  switch (w.kind) {
    case 'tumble': return [[floor(t, w.size), floor(t, w.size) + w.size]];
    case 'hop': {
      const out: [number, number][] = [];
      for (let s = floor(t, w.slide); s > t - w.size; s -= w.slide) out.push([s, s + w.size]);
      return out;
    }
    case 'cumulate': {
      const p = floor(t, w.size);
      const out: [number, number][] = [];
      for (let e = p + w.step; e <= p + w.size; e += w.step) if (e > t) out.push([p, e]);
      return out;
    }
  }
}

/** Every (key, window) group with its events. */
export function groups(events: readonly Event[], w: WindowSpec): Map<string, { k: string; start: number; end: number; events: Event[] }> {
  const out = new Map<string, { k: string; start: number; end: number; events: Event[] }>();
  const add = (k: string, start: number, end: number, e: Event) => {
    const key = `${k}|${start}|${end}`;
    let g = out.get(key);
    if (g === undefined) out.set(key, (g = { k, start, end, events: [] }));
    g.events.push(e);
  };
  if (w.kind !== 'session') {
    for (const e of events) for (const [s, x] of windowsOf(w, e.ts)) add(e.k, s, x, e);
    return out;
  }
  const byKey = new Map<string, Event[]>();
  for (const e of events) byKey.set(e.k, [...(byKey.get(e.k) ?? []), e]);
  for (const [k, es] of byKey) {
    const sorted = [...es].sort((a, b) => a.ts - b.ts);
    let run: Event[] = [];
    const flush = () => {
      if (run.length === 0) return;
      const start = run[0]!.ts;
      const end = run.at(-1)!.ts + w.gap;
      // Arrival order inside the session, as the model's folds expect.
      for (const e of [...run].sort((a, b) => a.seq - b.seq)) add(k, start, end, e);
      run = [];
    };
    for (const e of sorted) {
      if (run.length > 0 && e.ts >= run.at(-1)!.ts + w.gap) flush();
      run.push(e);
    }
    flush();
  }
  return out;
}

/** Whether two result values agree (doubles within a relative 1e-9). */
export function same(a: unknown, b: unknown): boolean {
  if (typeof a === 'bigint') a = Number(a);
  if (typeof b === 'bigint') b = Number(b);
  if (typeof a === 'number' && typeof b === 'number') return a === b || Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
  return JSON.stringify(a) === JSON.stringify(b);
}
