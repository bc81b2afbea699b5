// Every aggregate against a plain model: random rows in random batches, with retractions of
// earlier rows (changelog inputs), FILTER, DISTINCT and session-style merges of groups; the
// result of each group must equal the model computed over the rows that remain.
import test from 'ava';
import { batchToRows, columnsOf, makeBatch, makeSchema, rowsToBatch, type ColumnType, type Row } from '../../runtime/index.js';
import { mulberry32, testSeed } from '../../runtime/testing/index.js';
import type { plan } from '../../specs/index.js';
import { AggregateSet, bindAggregates } from '../aggregate-internals.js';
import { decodeState, StateWriter } from '../spill-codec.js';

const schema = makeSchema([
  { name: 'g', type: 'int32', nullable: false },
  { name: 'i', type: 'int64', nullable: true },
  { name: 'x', type: 'float64', nullable: true },
  { name: 'd', type: 'decimal(10,2)', nullable: true },
  { name: 's', type: 'utf8', nullable: true },
  { name: 'b', type: 'bool', nullable: true },
  { name: 'ts', type: 'timestamp', nullable: false },
  { name: 'p', type: 'bool', nullable: false },
]);

interface Entry { row: Row; seq: number }

const CTX = { count: () => {}, clock: { now: () => 0 } } as unknown as Parameters<typeof AggregateSet.valuesOf>[2];

const col = (name: string): plan.Expr => ({ column: { name } });
const num = (v: number): plan.Expr => ({ literal: { doubleValue: v } });
const str = (v: string): plan.Expr => ({ literal: { stringValue: v } });

/** A call, and its model over a group's remaining entries (in arrival order). */
interface Case { call: plan.AggregateCall; model(entries: readonly Entry[]): unknown; retractable?: false }

const values = (es: readonly Entry[], c: string) => es.map((e) => e.row[c]).filter((v) => v !== null);
const byTime = (es: readonly Entry[]) => [...es].sort((a, b) => (a.row.ts as number) - (b.row.ts as number) || a.seq - b.seq);
const decimalOf = (v: unknown) => BigInt((v as string).replace('.', ''));
const fmt2 = (n: bigint) => { const neg = n < 0n; const s = (neg ? -n : n).toString().padStart(3, '0'); return `${neg ? '-' : ''}${s.slice(0, -2)}.${s.slice(-2)}`; };
/** SUM of BIGINT: NULL for no values, and for a sum beyond BIGINT (an overflow error). */
const int64Sum = (xs: bigint[]) => { if (xs.length === 0) return null; const s = xs.reduce((a, b) => a + b, 0n); return s === BigInt.asIntN(64, s) ? s : null; };
const variance = (xs: number[], sample: boolean) => {
  if (xs.length <= (sample ? 1 : 0)) return null;
  const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
  return xs.reduce((a, b) => a + (b - mean) ** 2, 0) / (xs.length - (sample ? 1 : 0));
};
const percentile = (xs: number[], f: number, disc: boolean) => {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  if (disc) return s[Math.max(0, Math.ceil(f * s.length) - 1)];
  const pos = f * (s.length - 1);
  const lo = Math.floor(pos);
  return s[lo]! + (s[Math.ceil(pos)]! - s[lo]!) * (pos - lo);
};

const CASES: Case[] = [
  { call: { name: 'n', function: 'count' }, model: (es) => BigInt(es.length) },
  { call: { name: 'ni', function: 'count', args: [col('i')] }, model: (es) => BigInt(values(es, 'i').length) },
  { call: { name: 'si', function: 'sum', args: [col('i')] }, model: (es) => int64Sum(values(es, 'i') as bigint[]) },
  { call: { name: 'sd', function: 'sum', args: [col('d')] }, model: (es) => (values(es, 'd').length ? fmt2(values(es, 'd').reduce((a: bigint, b) => a + decimalOf(b), 0n)) : null) },
  { call: { name: 'ax', function: 'avg', args: [col('x')] }, model: (es) => { const xs = values(es, 'x') as number[]; return xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null; } },
  { call: { name: 'mini', function: 'min', args: [col('i')] }, model: (es) => (values(es, 'i') as bigint[]).reduce<bigint | null>((a, b) => (a === null || b < a ? b : a), null) },
  { call: { name: 'maxs', function: 'max', args: [col('s')] }, model: (es) => (values(es, 's') as string[]).reduce<string | null>((a, b) => (a === null || b > a ? b : a), null) },
  { call: { name: 'maxx', function: 'max', args: [col('x')] }, model: (es) => (values(es, 'x') as number[]).reduce<number | null>((a, b) => (a === null || b > a ? b : a), null) },
  { call: { name: 'fs', function: 'first_value', args: [col('s')] }, model: (es) => (es.length ? byTime(es)[0]!.row.s : null) },
  { call: { name: 'li', function: 'last_value', args: [col('i')] }, model: (es) => (es.length ? byTime(es).at(-1)!.row.i : null) },
  { call: { name: 'sa', function: 'string_agg', args: [col('s'), str('|')] }, model: (es) => { const xs = byTime(es).map((e) => e.row.s).filter((v) => v !== null); return xs.length ? xs.join('|') : null; } },
  { call: { name: 'aa', function: 'array_agg', args: [col('i')], orderBy: [{ expr: col('ts'), descending: true }] }, model: (es) => (es.length ? [...es].sort((a, b) => (b.row.ts as number) - (a.row.ts as number)).map((e) => e.row.i) : null) },
  { call: { name: 'vs', function: 'var_samp', args: [col('x')] }, model: (es) => variance(values(es, 'x') as number[], true) },
  { call: { name: 'sp', function: 'stddev_pop', args: [col('d')] }, model: (es) => { const v = variance((values(es, 'd') as string[]).map(Number), false); return v === null ? null : Math.sqrt(v); } },
  { call: { name: 'ba', function: 'bool_and', args: [col('b')] }, model: (es) => (values(es, 'b').length ? values(es, 'b').every((v) => v) : null) },
  { call: { name: 'bo', function: 'bool_or', args: [col('b')] }, model: (es) => (values(es, 'b').length ? values(es, 'b').some((v) => v) : null) },
  { call: { name: 'cd', function: 'count', args: [col('s')], distinct: true }, model: (es) => BigInt(new Set(values(es, 's')).size) },
  { call: { name: 'sdi', function: 'sum', args: [col('i')], distinct: true }, model: (es) => int64Sum([...new Set(values(es, 'i'))] as bigint[]) },
  { call: { name: 'acd', function: 'approx_count_distinct', args: [col('i')] }, model: (es) => BigInt(new Set(values(es, 'i')).size) },
  { call: { name: 'pc', function: 'percentile_cont', args: [col('x'), num(0.3)] }, model: (es) => percentile(values(es, 'x') as number[], 0.3, false) },
  { call: { name: 'pd', function: 'percentile_disc', args: [col('i'), num(0.5)] }, model: (es) => { const v = percentile((values(es, 'i') as bigint[]).map(Number), 0.5, true); return v === null || v === undefined ? null : BigInt(v); } },
  { call: { name: 'nf', function: 'count', filter: col('p') }, model: (es) => BigInt(es.filter((e) => e.row.p).length) },
  { call: { name: 'sxf', function: 'sum', args: [col('x')], filter: col('p') }, model: (es) => { const xs = es.filter((e) => e.row.p && e.row.x !== null).map((e) => e.row.x as number); return xs.length ? xs.reduce((a, b) => a + b, 0) : null; } },
];

/** Event times are unique (a retraction carries no identity, so ties in an order would be ambiguous). */
function randomRow(rnd: () => number, groups: number, seq: number): Row {
  const pick = <T>(xs: T[]) => xs[Math.floor(rnd() * xs.length)]!;
  const maybe = <T>(v: T) => (rnd() < 0.15 ? null : v);
  const bigs = [0n, 1n, -7n, 2n ** 53n + 1n, -(2n ** 60n), 123456789n];
  return {
    g: Math.floor(rnd() * groups),
    i: maybe(rnd() < 0.2 ? pick(bigs) : BigInt(Math.floor(rnd() * 20) - 10)),
    x: maybe(Math.round((rnd() * 200 - 100) * 8) / 8),
    d: maybe(fmt2(BigInt(Math.floor(rnd() * 20000) - 10000))),
    s: maybe(pick(['a', 'b', 'ab', 'é', '', 'z'])),
    b: maybe(rnd() < 0.5),
    ts: Math.floor(rnd() * 1000) * 100_000 + seq,
    p: rnd() < 0.6,
  };
}

const close = (a: unknown, b: unknown) => typeof a === 'number' && typeof b === 'number' ? Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b)) : false;

function check(t: import('ava').ExecutionContext, seed: number, retract: boolean, merge: boolean): void {
  const rnd = mulberry32(seed);
  const calls = CASES.map((c) => c.call);
  const bound = bindAggregates(calls, schema, undefined);
  const set = new AggregateSet(bound, retract, () => {});
  const groups = 4;
  // Model: live entries per group (the group a row's key maps to; merges fold group 1 into 0).
  const live: Entry[] = [];
  let seq = 0;
  for (let batch = 0; batch < 25; batch++) {
    const rows: Row[] = [];
    const weights: number[] = [];
    const n = 1 + Math.floor(rnd() * 40);
    for (let k = 0; k < n; k++) {
      if (retract && live.length > 0 && rnd() < 0.3) {
        const victim = live.splice(Math.floor(rnd() * live.length), 1)[0]!;
        rows.push(victim.row);
        weights.push(-1);
      } else {
        const row = randomRow(rnd, groups, seq + k);
        rows.push(row);
        weights.push(1);
      }
    }
    const b = rowsToBatch(schema, rows);
    const gids = Int32Array.from(rows, (r) => r.g as number);
    const times = Float64Array.from(rows, (r) => r.ts as number);
    set.update(AggregateSet.valuesOf(bound, b, CTX), gids, null, rows.length, retract ? Int32Array.from(weights) : null, times, seq);
    rows.forEach((r, k) => { if (weights[k]! > 0) live.push({ row: r, seq: seq + k }); });
    seq += rows.length;
  }
  const slots = [0, 1, 2, 3];
  if (merge) {
    set.merge(0, 1);
    for (const e of live) if (e.row.g === 1) e.row = { ...e.row, g: 0 };
    slots.splice(1, 1);
  }
  const results = set.results(Int32Array.from(slots), slots.length);
  CASES.forEach((c, k) => {
    const column = results[k]!;
    const got = batchToRows(columnBatch(c.call.name!, bound.calls[k]!.type, column));
    slots.forEach((g, j) => {
      const expected = c.model(live.filter((e) => e.row.g === g));
      const actual = got[j]![c.call.name!];
      if (!close(actual, expected)) t.deepEqual(actual, expected, `${c.call.name} of group ${g} (seed ${seed}, retract ${retract}, merge ${merge})`);
    });
  });
}

function columnBatch(name: string, type: ColumnType, column: ReturnType<typeof columnsOf>[number]) {
  return makeBatch(makeSchema([{ name, type, nullable: true }]), [column], column.length);
}

test('aggregates equal a plain model: append-only, changelog retractions, and merged groups', (t) => {
  const seed = testSeed();
  t.log(`seed ${seed} (replay with LAMINARDB_SEED=${seed})`);
  for (let run = 0; run < 30; run++) {
    check(t, (seed + run) >>> 0, false, false);
    check(t, (seed + run) >>> 0, true, false);
    check(t, (seed + run) >>> 0, false, true);
    check(t, (seed + run) >>> 0, true, true);
  }
  t.pass();
});

test('SUM is exact past 2^53 and an int64 overflow is NULL plus an error', (t) => {
  const errors: string[] = [];
  const bound = bindAggregates([{ name: 's', function: 'sum', args: [col('i')] }], schema, undefined);
  const set = new AggregateSet(bound, false, (k) => errors.push(k));
  const rows: Row[] = [
    { ...randomRow(mulberry32(1), 1, 0), g: 0, i: 2n ** 62n }, { ...randomRow(mulberry32(2), 1, 1), g: 0, i: 2n ** 62n },
    { ...randomRow(mulberry32(3), 1, 2), g: 1, i: 2n ** 53n }, { ...randomRow(mulberry32(4), 1, 3), g: 1, i: 1n },
  ];
  const b = rowsToBatch(schema, rows);
  set.update(AggregateSet.valuesOf(bound, b, CTX), Int32Array.from([0, 0, 1, 1]), null, 4, null, null, 0);
  const got = batchToRows(columnBatch('s', 'int64', set.results(Int32Array.from([0, 1]), 2)[0]!));
  t.deepEqual(got, [{ s: null }, { s: 2n ** 53n + 1n }]);
  t.deepEqual(errors, ['overflow']);
});

/** A UDAF (a sum with retract) so the round trip covers user states too. */
const UDAF_FUNCTIONS = {
  row: () => () => null,
  udf: () => undefined,
  udaf: (name: string) => (name === 'usum' ? { name: 'usum', arg: 'float64', returns: 'float64', create: () => ({ t: 0 }), add: (s: { t: number }, v: unknown) => ({ t: s.t + (v as number) }), retract: (s: { t: number }, v: unknown) => ({ t: s.t - (v as number) }), result: (s: { t: number }) => s.t } : undefined),
};

/** Random batches for groups 0..3 (retractions of earlier rows when `retract`). */
function randomBatches(rnd: () => number, retract: boolean, batches: number, seqStart: number) {
  const live: Row[] = [];
  const out: { rows: Row[]; weights: number[]; seq: number }[] = [];
  let seq = seqStart;
  for (let batch = 0; batch < batches; batch++) {
    const rows: Row[] = [];
    const weights: number[] = [];
    const n = 1 + Math.floor(rnd() * 40);
    for (let k = 0; k < n; k++) {
      if (retract && live.length > 0 && rnd() < 0.3) {
        rows.push(live.splice(Math.floor(rnd() * live.length), 1)[0]!);
        weights.push(-1);
      } else {
        const row = randomRow(rnd, 4, seq + k);
        rows.push(row);
        weights.push(1);
      }
    }
    rows.forEach((r, k) => { if (weights[k]! > 0) live.push(r); });
    out.push({ rows, weights, seq });
    seq += rows.length;
  }
  return out;
}

test('a group exported from one accumulator and imported into another at a different slot gives equal results, before and after more rows', (t) => {
  const seed = testSeed();
  t.log(`seed ${seed} (replay with LAMINARDB_SEED=${seed})`);
  const calls = [...CASES.map((c) => c.call), { name: 'u', function: 'usum', args: [col('x')] }];
  for (let run = 0; run < 20; run++) {
    for (const retract of [false, true]) {
      const rnd = mulberry32((seed + run) >>> 0);
      const bound = bindAggregates(calls, schema, UDAF_FUNCTIONS);
      const a = new AggregateSet(bound, retract, () => {});
      const b = new AggregateSet(bound, retract, () => {});
      const feed = (set: AggregateSet, batches: ReturnType<typeof randomBatches>, offset: number) => {
        for (const { rows, weights, seq } of batches) {
          const values = AggregateSet.valuesOf(bound, rowsToBatch(schema, rows), CTX);
          const gids = Int32Array.from(rows, (r) => (r.g as number) + offset);
          set.update(values, gids, null, rows.length, retract ? Int32Array.from(weights) : null, Float64Array.from(rows, (r) => r.ts as number), seq);
        }
      };
      const first = randomBatches(rnd, retract, 15, 0);
      feed(a, first, 0);
      // Slot 7 of `b` held another group before: a cleared slot must take the import as well.
      feed(b, first.map((x) => ({ ...x, rows: x.rows.filter((r) => r.g === 0) })).filter((x) => x.rows.length > 0).map((x) => ({ ...x, weights: x.rows.map(() => 1) })), 7);
      b.clear(7);
      // Through the spill format, as a spilled group goes (compact, or v8.serialize for the UDAF's state).
      const writer = new StateWriter(64);
      for (let g = 0; g < 4; g++) b.importGroup(g + 7, decodeState(writer.write({ rows: 1, emitted: 0, dirty: 0, touchedAt: 0, set: a.exportGroup(g) })).set);
      const same = (what: string) => {
        const ra = a.results(Int32Array.from([0, 1, 2, 3]), 4);
        const rb = b.results(Int32Array.from([7, 8, 9, 10]), 4);
        calls.forEach((c, k) => t.deepEqual(batchToRows(columnBatch(c.name!, bound.calls[k]!.type, rb[k]!)), batchToRows(columnBatch(c.name!, bound.calls[k]!.type, ra[k]!)), `${c.name} ${what} (seed ${seed + run}, retract ${retract})`));
      };
      same('after the import');
      // Further rows (retracting rows of the first part too) land the same on both.
      const more = randomBatches(rnd, retract, 5, 10_000);
      const retractions = retract ? [{ rows: first.flatMap((x) => x.rows.filter((_, k) => x.weights[k]! > 0)).slice(0, 6), weights: [-1, -1, -1, -1, -1, -1], seq: 20_000 }].filter((x) => x.rows.length === 6) : [];
      feed(a, [...more, ...retractions], 0);
      feed(b, [...more, ...retractions], 7);
      same('after more rows');
    }
  }
});
