// Property: for random event streams, disordered within the watermark bound (so no row is late),
// EMIT ON WINDOW CLOSE gives exactly the batch computation of the same query over all events,
// and the consolidated EMIT CHANGES output (weights summed per row) gives it too: for tumbling,
// hopping, cumulating and session windows and the aggregates of specs/e2e/window-model.ts.
import test from 'ava';
import fc from 'fast-check';
import { LaminarDB, type Row } from '../../index.js';
import { testSeed } from '../../runtime/testing/index.js';
import { AGGREGATES, groups, same, windowSql, type Event, type WindowSpec } from './window-model.js';

const windowArb: fc.Arbitrary<WindowSpec> = fc.oneof(
  fc.integer({ min: 50, max: 400 }).map((size) => ({ kind: 'tumble' as const, size })),
  fc.tuple(fc.integer({ min: 30, max: 150 }), fc.integer({ min: 1, max: 4 })).map(([slide, k]) => ({ kind: 'hop' as const, slide, size: slide * k })),
  fc.tuple(fc.integer({ min: 30, max: 150 }), fc.integer({ min: 1, max: 4 })).map(([step, k]) => ({ kind: 'cumulate' as const, step, size: step * k })),
  fc.integer({ min: 20, max: 200 }).map((gap) => ({ kind: 'session' as const, gap })),
);

interface Case {
  readonly window: WindowSpec;
  readonly disorder: number;
  readonly events: Event[];
  /** Where the stream is cut into inserts. */
  readonly cuts: number[];
}

const caseArb: fc.Arbitrary<Case> = fc
  .record({
    window: windowArb,
    disorder: fc.integer({ min: 0, max: 300 }),
    steps: fc.array(fc.record({ dt: fc.integer({ min: 0, max: 60 }), back: fc.double({ min: 0, max: 1, noNaN: true }), k: fc.constantFrom('a', 'b', 'c'), v: fc.option(fc.integer({ min: -20, max: 100 }), { freq: 6 }), s: fc.option(fc.constantFrom('x', 'y', 'zz', 'é'), { freq: 4 }) }), { minLength: 1, maxLength: 120 }),
    cuts: fc.array(fc.integer({ min: 1, max: 119 }), { maxLength: 6 }),
  })
  .map(({ window, disorder, steps, cuts }) => {
    let base = 1000;
    const events = steps.map((s, seq) => {
      base += s.dt;
      // At most `disorder` behind the latest base time: never behind the watermark.
      return { k: s.k, v: s.v, s: s.s, ts: base - Math.floor(s.back * disorder), seq };
    });
    return { window, disorder, events, cuts: [...new Set(cuts)].filter((c) => c < events.length).sort((a, b) => a - b) };
  });

/** Runs one case; returns a description of the first mismatch, or undefined. */
async function check(c: Case): Promise<string | undefined> {
  const db = await LaminarDB.open();
  const aggs = AGGREGATES.map((a, i) => `${a.sql} AS a${i}`).join(', ');
  await db.execute(`CREATE SOURCE src (k VARCHAR, v BIGINT, s VARCHAR, ts TIMESTAMP, WATERMARK FOR ts AS ts - INTERVAL '${c.disorder}' MILLISECOND)`);
  const q = `SELECT k, window_start, window_end, ${aggs} FROM src GROUP BY k, ${windowSql(c.window)}`;
  const close: Row[] = [];
  const changes: Row[] = [];
  const done = [close, changes].map((into, i) => new Promise<void>((resolve, reject) => {
    db.subscribe(i === 0 ? q : `${q} EMIT CHANGES`).subscribe({ next: (rows) => into.push(...rows), error: reject, complete: resolve });
  }));
  let from = 0;
  for (const cut of [...c.cuts, c.events.length]) {
    await db.insert('src', c.events.slice(from, cut).map((e) => ({ k: e.k, v: e.v === null ? null : BigInt(e.v), s: e.s, ts: e.ts })));
    await db.flush();
    from = cut;
  }
  await db.close();
  await Promise.all(done);
  const expected = groups(c.events, c.window);
  const keyOf = (r: Row) => `${r.k}|${r.window_start}|${r.window_end}`;
  // EMIT ON WINDOW CLOSE: each group exactly once, equal to the model.
  const seen = new Set<string>();
  for (const r of close) {
    const key = keyOf(r);
    if (seen.has(key)) return `ON WINDOW CLOSE emitted ${key} twice`;
    seen.add(key);
  }
  if (seen.size !== expected.size) return `ON WINDOW CLOSE has ${seen.size} groups, the model ${expected.size}: ${[...expected.keys()].filter((k) => !seen.has(k)).slice(0, 3).join(', ')} missing`;
  const compare = (r: Row, what: string): string | undefined => {
    const g = expected.get(keyOf(r));
    if (g === undefined) return `${what} has group ${keyOf(r)} the model does not`;
    for (let i = 0; i < AGGREGATES.length; i++) {
      const want = AGGREGATES[i]!.model(g.events);
      if (!same(r[`a${i}`], want)) return `${what}: ${AGGREGATES[i]!.sql} of ${keyOf(r)} is ${String(r[`a${i}`])}, the model says ${String(want)}`;
    }
    return undefined;
  };
  for (const r of close) {
    const bad = compare(r, 'ON WINDOW CLOSE');
    if (bad) return bad;
  }
  // EMIT CHANGES consolidated: weights summed per row leave exactly the final rows.
  const net = new Map<string, { row: Row; w: number }>();
  for (const r of changes) {
    const { __weight: w, ...row } = r;
    const key = JSON.stringify(row, (_k, x) => (typeof x === 'bigint' ? `${x}n` : x));
    const e = net.get(key) ?? { row, w: 0 };
    e.w += Number(w);
    net.set(key, e);
  }
  const final = [...net.values()].filter((e) => e.w !== 0);
  if (final.some((e) => e.w !== 1)) return `EMIT CHANGES consolidates to a weight other than 1: ${JSON.stringify(final.find((e) => e.w !== 1)!.row, (_k, x) => (typeof x === 'bigint' ? `${x}n` : x))}`;
  if (final.length !== expected.size) return `EMIT CHANGES consolidates to ${final.length} rows, the model has ${expected.size}`;
  for (const e of final) {
    const bad = compare(e.row, 'EMIT CHANGES');
    if (bad) return bad;
  }
  return undefined;
}

test('windows: ON WINDOW CLOSE and consolidated EMIT CHANGES equal the batch computation', async (t) => {
  const seed = testSeed();
  t.log(`seed ${seed} (replay with LAMINARDB_SEED=${seed})`);
  const details = await fc.check(fc.asyncProperty(caseArb, async (c) => (await check(c)) === undefined), { seed, numRuns: Number(process.env.LAMINARDB_RUNS ?? 150) });
  if (!details.failed) {
    t.pass();
    return;
  }
  const c = details.counterexample![0];
  t.fail(`${await check(c)}\nwindow ${JSON.stringify(c.window)}, disorder ${c.disorder}, ${c.events.length} events, cuts ${JSON.stringify(c.cuts)}\nevents ${JSON.stringify(c.events)}\n(seed ${seed}, path ${details.counterexamplePath})`);
});
