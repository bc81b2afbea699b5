// Window functions: the changelog of random insertions and retractions, consolidated, equals the
// functions computed from scratch over the rows left (with and without a top-N limit); over an
// event-time ordered stream every row leaves once, final, after the watermark.
import test from 'ava';
import { col, schemaOf } from '../runtime/index.js';
import type { plan } from '../specs/index.js';
import { mulberry32, OperatorHarness, runOperator, normalizeTimeline, testSeed } from '../runtime/testing/index.js';
import { over } from './over-window.js';

interface R { k: number; o: number | null; id: number; v: number | null }

const ROWS = 0;
const RANGE = 1;
const bound = { UNBOUNDED_PRECEDING: 0, PRECEDING: 1, CURRENT_ROW: 2, FOLLOWING: 3, UNBOUNDED_FOLLOWING: 4 };
const frame = (range: number, start: number, startOffset: number, end: number, endOffset: number): plan.Frame => ({ range: range === RANGE, start, startOffset, end, endOffset });

/** Node A: a total order (o, id); node B: order by o alone, so rows with equal o are peers. */
function nodeA(limit: number, mode = 0): plan.OverNode {
  return {
    partitionBy: ['k'], orderBy: [{ expr: col('o').node }, { expr: col('id').node }], mode, timeColumn: mode === 1 ? 'o' : '', limit, limitCall: 0,
    calls: [
      { name: 'rn', function: 'row_number' },
      { name: 'lag', function: 'lag', args: [col('v').node] },
      { name: 'lead2', function: 'lead', args: [col('v').node, { literal: { int32Value: 2 } }] },
      { name: 's', function: 'aggregate', frame: frame(ROWS, bound.PRECEDING, 2, bound.FOLLOWING, 1), aggregate: { name: 's', function: 'sum', args: [col('v').node] } },
      { name: 'fv', function: 'first_value', args: [col('v').node] },
      { name: 'mx', function: 'aggregate', frame: frame(ROWS, bound.PRECEDING, 1, bound.CURRENT_ROW, 0), aggregate: { name: 'mx', function: 'max', args: [col('v').node] } },
    ],
  };
}
function nodeB(limit: number): plan.OverNode {
  return {
    partitionBy: ['k'], orderBy: [{ expr: col('o').node }], limit, limitCall: 0,
    calls: [
      { name: 'rk', function: 'rank' },
      { name: 'drk', function: 'dense_rank' },
      { name: 'n', function: 'aggregate', frame: frame(RANGE, bound.PRECEDING, 1, bound.CURRENT_ROW, 0), aggregate: { name: 'n', function: 'count' } },
      { name: 'fs', function: 'aggregate', frame: frame(RANGE, bound.CURRENT_ROW, 0, bound.FOLLOWING, 1), aggregate: { name: 'fs', function: 'sum', args: [col('v').node] } },
    ],
  };
}

const cmpNull = (a: number | null, b: number | null) => (a === b ? 0 : a === null ? 1 : b === null ? -1 : a - b);
const sumOf = (xs: (number | null)[]) => (xs.some((x) => x !== null) ? xs.reduce<number>((s, x) => s + (x ?? 0), 0) : null);
const show = (x: number | null | undefined) => (x === null || x === undefined ? 'NULL' : String(x));

/** The functions of node A from their definitions, over the rows left. */
function expectedA(rows: readonly R[], limit: number): string[] {
  const out: string[] = [];
  for (const k of new Set(rows.map((r) => r.k))) {
    const p = rows.filter((r) => r.k === k).sort((a, b) => cmpNull(a.o, b.o) || a.id - b.id);
    p.forEach((r, i) => {
      if (limit > 0 && i + 1 > limit) return;
      const s = sumOf(p.slice(Math.max(0, i - 2), i + 2).map((x) => x.v));
      const win = p.slice(Math.max(0, i - 1), i + 1).map((x) => x.v).filter((x): x is number => x !== null);
      out.push([r.k, r.o, r.id, r.v, i + 1, p[i - 1]?.v, p[i + 2]?.v, s, p[0]!.v, win.length > 0 ? Math.max(...win) : null].map(show).join(' '));
    });
  }
  return out.sort();
}

/** The functions of node B; a NULL key's RANGE frame is its NULL peers. */
function expectedB(rows: readonly R[], limit: number): string[] {
  const out: string[] = [];
  for (const k of new Set(rows.map((r) => r.k))) {
    const p = rows.filter((r) => r.k === k);
    for (const r of p) {
      const rank = 1 + p.filter((x) => cmpNull(x.o, r.o) < 0).length;
      if (limit > 0 && rank > limit) continue;
      const dense = 1 + new Set(p.filter((x) => cmpNull(x.o, r.o) < 0).map((x) => x.o)).size;
      const inRange = (lo: number, hi: number) => p.filter((x) => (r.o === null ? x.o === null : x.o !== null && x.o >= lo && x.o <= hi));
      const n = r.o === null ? inRange(0, 0).length : inRange(r.o - 1, r.o).length;
      const fs = sumOf((r.o === null ? inRange(0, 0) : inRange(r.o, r.o + 1)).map((x) => x.v));
      out.push([r.k, r.o, r.id, r.v, rank, dense, n, fs].map(show).join(' '));
    }
  }
  return out.sort();
}

const HEADER = '[k:int32 o:int32 id:int32 v:int32 __weight:int32]';
const line = (r: R, sign: string) => `${sign} ${[r.k, r.o, r.id, r.v].map(show).join(' ')}`;

/** Net rows of a rendered changelog; any row whose count is not 0 or 1 is reported. */
function consolidate(rendered: string): { rows: string[]; bad: string[] } {
  const counts = new Map<string, number>();
  for (const l of rendered.split('\n')) {
    if (l[0] !== '+' && l[0] !== '-') continue;
    const key = l.slice(2);
    counts.set(key, (counts.get(key) ?? 0) + (l[0] === '+' ? 1 : -1));
  }
  const rows: string[] = [];
  const bad: string[] = [];
  for (const [key, n] of counts) {
    if (n === 1) rows.push(key);
    else if (n !== 0) bad.push(`${key} x${n}`);
  }
  return { rows: rows.sort(), bad };
}

async function randomChangelog(t: import('ava').ExecutionContext, node: (limit: number) => plan.OverNode, expected: (rows: readonly R[], limit: number) => string[], seed: number) {
  const rand = mulberry32(seed);
  const pick = (n: number) => Math.floor(rand() * n);
  const limit = pick(3) === 0 ? 0 : 1 + pick(3);
  const h = new OperatorHarness(over, node(limit), [schemaOf({ k: 'int32', o: 'int32', id: 'int32', v: 'int32', __weight: 'int32' })]);
  await h.open();
  const live: R[] = [];
  let id = 0;
  for (let step = 0; step < 12; step++) {
    const lines = [HEADER];
    for (let i = 0, n = 1 + pick(6); i < n; i++) {
      if (live.length > 0 && pick(3) === 0) {
        const [gone] = live.splice(pick(live.length), 1);
        lines.push(line(gone!, '-'));
      } else {
        const r: R = { k: pick(2), o: pick(6) === 0 ? null : pick(5), id: id++, v: pick(5) === 0 ? null : pick(20) - 5 };
        live.push(r);
        lines.push(line(r, '+'));
      }
    }
    await h.feed(lines.join('\n'));
  }
  await h.feed('|');
  t.is(h.error, undefined);
  const got = consolidate(h.rendered());
  t.deepEqual(got.bad, [], `seed ${seed}: rows emitted more often than retracted`);
  t.deepEqual(got.rows, expected(live, limit), `seed ${seed}, limit ${limit}`);
}

test('random insertions and retractions: the consolidated changelog equals the functions over the rows left (total order)', async (t) => {
  const seed = testSeed();
  t.log(`seed ${seed} (LAMINARDB_SEED=${seed} replays it)`);
  for (let run = 0; run < 150; run++) await randomChangelog(t, nodeA, expectedA, (seed + run) >>> 0);
});

test('random insertions and retractions: ranks, peers and RANGE frames over a key with ties and NULLs', async (t) => {
  const seed = testSeed();
  t.log(`seed ${seed} (LAMINARDB_SEED=${seed} replays it)`);
  for (let run = 0; run < 150; run++) await randomChangelog(t, nodeB, expectedB, (seed + run) >>> 0);
});

test('WATERMARK mode: out-of-order rows leave once each, in order, final; late rows are dropped and counted', async (t) => {
  const seed = testSeed();
  t.log(`seed ${seed} (LAMINARDB_SEED=${seed} replays it)`);
  for (let run = 0; run < 60; run++) {
    const rand = mulberry32((seed + run) >>> 0);
    const pick = (n: number) => Math.floor(rand() * n);
    const h = new OperatorHarness(over, { ...nodeA(0, 1) }, [schemaOf({ k: 'int32', o: 'int32', id: 'int32', v: 'int32' })]);
    await h.open();
    const kept: R[] = [];
    let wm = 0;
    let id = 0;
    let late = 0;
    for (let step = 0; step < 10; step++) {
      const lines = ['[k:int32 o:int32 id:int32 v:int32]'];
      for (let i = 0, n = 1 + pick(5); i < n; i++) {
        const r: R = { k: pick(2), o: wm - 3 + pick(10), id: id++, v: pick(4) === 0 ? null : pick(9) };
        if (step > 0 && r.o! < wm) late++;
        else kept.push(r);
        lines.push(`+ ${[r.k, r.o, r.id, r.v].map(show).join(' ')}`);
      }
      wm += pick(5);
      lines.push(`w(${wm})`);
      await h.feed(lines.join('\n'));
    }
    await h.feed('|');
    const rendered = h.rendered();
    t.false(rendered.split('\n').some((l) => l.startsWith('-')), 'an append-only output never retracts');
    const emitted = rendered.split('\n').filter((l) => l.startsWith('+')).map((l) => l.slice(2));
    t.deepEqual(emitted.slice().sort(), expectedA(kept, 0), `seed ${(seed + run) >>> 0}`);
    t.is(new Set(emitted).size, emitted.length, 'no row twice');
    // Watermarks never pass a row still to come.
    let lastWm = -Infinity;
    for (const l of rendered.split('\n')) {
      const m = /^w\((-?\d+)\)$/.exec(l);
      if (m !== null) lastWm = Number(m[1]);
      else if (l.startsWith('+')) t.true(Number(l.split(' ')[2]) >= lastWm, `row ${l} after watermark ${lastWm}`);
    }
    t.is(h.actor.metrics().counters.lateRows ?? 0, late);
  }
});

/** Node C: over an event-time stream, functions reading a bounded stretch back (and LEAD ahead). */
const nodeC: plan.OverNode = {
  partitionBy: ['k'], orderBy: [{ expr: col('o').node }], mode: 1, timeColumn: 'o', limit: 0, limitCall: 0,
  calls: [
    { name: 'rn', function: 'row_number' },
    { name: 'rk', function: 'rank' },
    { name: 'drk', function: 'dense_rank' },
    { name: 'lag2', function: 'lag', args: [col('v').node, { literal: { int32Value: 2 } }] },
    { name: 'lead', function: 'lead', args: [col('v').node] },
    { name: 's', function: 'aggregate', frame: frame(ROWS, bound.PRECEDING, 2, bound.CURRENT_ROW, 0), aggregate: { name: 's', function: 'sum', args: [col('v').node] } },
    { name: 'n', function: 'aggregate', frame: frame(RANGE, bound.PRECEDING, 3, bound.CURRENT_ROW, 0), aggregate: { name: 'n', function: 'count' } },
  ],
};

function expectedC(rows: readonly R[]): string[] {
  const out: string[] = [];
  for (const k of new Set(rows.map((r) => r.k))) {
    const p = rows.filter((r) => r.k === k).sort((a, b) => a.o! - b.o! || a.id - b.id);
    p.forEach((r, i) => {
      const rank = 1 + p.filter((x) => x.o! < r.o!).length;
      const dense = 1 + new Set(p.filter((x) => x.o! < r.o!).map((x) => x.o)).size;
      const s = sumOf(p.slice(Math.max(0, i - 2), i + 1).map((x) => x.v));
      const n = p.filter((x) => x.o! >= r.o! - 3 && x.o! <= r.o!).length;
      out.push([r.k, r.o, r.id, r.v, i + 1, rank, dense, p[i - 2]?.v, p[i + 1]?.v, s, n].map(show).join(' '));
    });
  }
  return out.sort();
}

test('WATERMARK mode keeps only the rows its functions can still read: ranks count the dropped ones', async (t) => {
  const seed = testSeed();
  t.log(`seed ${seed} (LAMINARDB_SEED=${seed} replays it)`);
  for (let run = 0; run < 40; run++) {
    const rand = mulberry32((seed + run) >>> 0);
    const pick = (n: number) => Math.floor(rand() * n);
    const h = new OperatorHarness(over, nodeC, [schemaOf({ k: 'int32', o: 'int32', id: 'int32', v: 'int32' })]);
    await h.open();
    const kept: R[] = [];
    let wm = 0;
    let id = 0;
    let most = 0;
    for (let step = 0; step < 40; step++) {
      const lines = ['[k:int32 o:int32 id:int32 v:int32]'];
      for (let i = 0, n = 1 + pick(6); i < n; i++) {
        const r: R = { k: pick(2), o: wm + pick(6), id: id++, v: pick(4) === 0 ? null : pick(9) };
        kept.push(r);
        lines.push(`+ ${[r.k, r.o, r.id, r.v].map(show).join(' ')}`);
      }
      wm += pick(4);
      lines.push(`w(${wm})`);
      await h.feed(lines.join('\n'));
      const state = h.actor.snapshotState() as { parts: [unknown, { rows: unknown[] }][] };
      most = Math.max(most, state.parts.reduce((sum, [, part]) => sum + part.rows.length, 0));
    }
    await h.feed('|');
    t.is(h.error, undefined);
    const emitted = h.rendered().split('\n').filter((l) => l.startsWith('+')).map((l) => l.slice(2));
    t.deepEqual(emitted.slice().sort(), expectedC(kept), `seed ${(seed + run) >>> 0}`);
    // Two partitions, each keeping its unemitted rows, two rows back and a RANGE of 3 behind the
    // watermark: far fewer than the ~140 rows fed.
    t.true(most <= 50, `seed ${(seed + run) >>> 0}: ${most} rows kept of ${kept.length}`);
  }
});

test('top-N over an append-only input forgets rows ranked past N (bounded state)', async (t) => {
  const node: plan.OverNode = { partitionBy: ['k'], orderBy: [{ expr: col('v').node, descending: true }], calls: [{ name: 'rn', function: 'row_number' }], limit: 2, limitCall: 0 };
  const out = await runOperator(over, node, [schemaOf({ k: 'int32', v: 'int32' })], `
    [k:int32 v:int32]
    + 1 5
    [k:int32 v:int32]
    + 1 9
    [k:int32 v:int32]
    + 1 7
    [k:int32 v:int32]
    + 1 1
    |
  `);
  t.is(out, normalizeTimeline(`
    [k:int32 v:int32 rn:int64 __weight:int32]
    + 1 5 1
    [k:int32 v:int32 rn:int64 __weight:int32]
    + 1 9 1
    - 1 5 1
    + 1 5 2
    [k:int32 v:int32 rn:int64 __weight:int32]
    + 1 7 2
    - 1 5 2
    |
  `));
});

test('plan errors name the problem', (t) => {
  const input = [schemaOf({ k: 'int32', v: 'int32' })];
  const base: plan.OverNode = { partitionBy: ['k'], orderBy: [{ expr: col('v').node }], calls: [{ name: 'x', function: 'lag', args: [col('v').node, { literal: { int32Value: -1 } }] }] };
  t.throws(() => over.outputSchema(base, input), { message: /offset of LAG must be a non-negative whole number, got -1/ });
  t.throws(() => over.outputSchema({ ...base, calls: [{ name: 'x', function: 'ntile', args: [{ literal: { int32Value: 0 } }] }] }, input), { message: /NTILE needs a positive whole number of buckets/ });
  t.throws(() => over.outputSchema({ ...base, calls: [{ name: 'x', function: 'lag' as string, args: [col('nope').node] }] }, input), { message: /nope/ });
  t.throws(() => over.outputSchema({ ...base, calls: [{ name: 'x', function: 'sum' }] }, input), { message: /unknown window function 'sum'/ });
  t.throws(() => over.outputSchema({ ...base, calls: [{ name: 'x', function: 'lead', args: [col('v').node] }], limit: 3 }, input), { message: /top-N limit applies to ROW_NUMBER, RANK or DENSE_RANK/ });
});
