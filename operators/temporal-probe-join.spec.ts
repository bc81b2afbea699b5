// Temporal probe join: probes held until the right watermark passes them, LEFT/INNER, NULL keys and
// times, microsecond times, snapshot/restore, plan checks, and a randomised differential against a
// reference model over arrival orders, watermark schedules and checkpoints.
import test from 'ava';
import { barrier, batchToRows, data, END, rowsToBatch, schemaOf, watermark, type Message, type Row } from '../runtime/index.js';
import type { plan } from '../specs/index.js';
import { mulberry32, normalizeTimeline, OperatorHarness, testSeed } from '../runtime/testing/index.js';
import { temporalProbeJoin } from './temporal-probe-join.js';

const T = schemaOf({ sym: 'utf8', ts: 'timestamp', id: 'int32' });
const M = schemaOf({ msym: 'utf8', mts: 'timestamp', px: 'int32' });
const TH = '[sym:utf8 ts:timestamp id:int32]';
const MH = '[msym:utf8 mts:timestamp px:int32]';
const OUT = '[sym:utf8 ts:timestamp id:int32 msym:utf8 mts:timestamp px:int32 p_offset_ms:int64 p_probe_ts:timestamp]';
const node = (offsetsMs: number[], extra: Partial<plan.TemporalProbeJoinNode> = {}): plan.TemporalProbeJoinNode => ({
  type: 0, leftKeys: ['sym'], rightKeys: ['msym'], leftTime: 'ts', rightTime: 'mts', offsetsMs, leftLagMs: 0, rightLagMs: 0,
  offsetColumn: 'p_offset_ms', probeTimeColumn: 'p_probe_ts', ...extra,
});

test('S14: probes behind the market watermark leave at once, the rest wait for it', async (t) => {
  const h = new OperatorHarness(temporalProbeJoin, node([-5000, -1000, 0]), [T, M]);
  t.is(await h.feed(`@1 ${MH}\n@1 + AAPL 90000 150\n@1 + AAPL 95000 151\n@1 + AAPL 100000 152`), '');
  t.is(await h.feed(`@0 ${TH}\n@0 + AAPL 100000 1\n@0 w(100000)`), '');
  t.is(
    await h.feed('@1 w(100000)'),
    normalizeTimeline(`${OUT}\n+ AAPL 100000 1 AAPL 95000 151 -5000 95000\n+ AAPL 100000 1 AAPL 95000 151 -1000 99000\nw(95000)`),
    'a market row at 100000 may still come, so the 0s probe waits; the output watermark stays at 100000 - 5s',
  );
  t.is(await h.feed('@1 w(100001)'), normalizeTimeline(`${OUT}\n+ AAPL 100000 1 AAPL 100000 152 0 100000`));

  const ahead = new OperatorHarness(temporalProbeJoin, node([0, 5000, 10000]), [T, M]);
  await ahead.feed(`@1 ${MH}\n@1 + AAPL 90000 150\n@1 + AAPL 100000 152\n@0 ${TH}\n@0 + AAPL 100000 1\n@0 w(100000)`);
  t.is(await ahead.feed('@1 w(104000)'), normalizeTimeline(`${OUT}\n+ AAPL 100000 1 AAPL 100000 152 0 100000\nw(100000)`));
  t.is(await ahead.feed(`@1 ${MH}\n@1 + AAPL 104000 153\n@1 w(110000)`), normalizeTimeline(`${OUT}\n+ AAPL 100000 1 AAPL 104000 153 5000 105000`), 'the 10s probe (110000) is at the watermark: held');
  t.is(await ahead.feed('@0 w(200000)'), '', 'held probes hold the output watermark at their trade time');
  t.is(await ahead.feed('@1 |'), normalizeTimeline(`${OUT}\n+ AAPL 100000 1 AAPL 104000 153 10000 110000\nw(110000)\nw(200000)`), 'the market ended: nothing can change the last probe');
});

test('LEFT pads probes without a match, INNER drops them; NULL keys and times', async (t) => {
  const feed = `@1 ${MH}\n@1 + A 100 1\n@1 + NULL 50 9\n@0 ${TH}\n@0 + A 120 1\n@0 + NULL 120 2\n@0 + A NULL 3\n@1 |\n@0 |`;
  const run = (n: plan.TemporalProbeJoinNode) => new OperatorHarness(temporalProbeJoin, n, [T, M]).feed(feed);
  t.is(await run(node([-50, 0])), normalizeTimeline(`${OUT}\n+ A 120 1 A 100 1 0 120\n|`));
  const left = await run(node([-50, 0], { type: 1 }));
  t.is(left, normalizeTimeline([
    OUT,
    // A row without a time leaves at once with a NULL probe time.
    '+ A NULL 3 NULL NULL NULL -50 NULL', '+ A NULL 3 NULL NULL NULL 0 NULL', OUT,
    // Held probes leave by offset, then by left time.
    '+ A 120 1 NULL NULL NULL -50 70', '+ NULL 120 2 NULL NULL NULL -50 70', '+ A 120 1 A 100 1 0 120', '+ NULL 120 2 NULL NULL NULL 0 120', '|',
  ].join('\n')));
});

test('equal right times: the later arrival is in force; microsecond times keep their unit', async (t) => {
  const TU = schemaOf({ sym: 'utf8', ts: 'timestamp(6)', id: 'int32' });
  const MU = schemaOf({ msym: 'utf8', mts: 'timestamp(6)', px: 'int32' });
  const h = new OperatorHarness(temporalProbeJoin, node([0, 2]), [TU, MU]);
  const out = await h.feed('@1 [msym:utf8 mts:timestamp(6) px:int32]\n@1 + A 100 1\n@1 + A 100 2\n@1 + A 101.5 3\n@0 [sym:utf8 ts:timestamp(6) id:int32]\n@0 + A 100.001 1\n@1 |\n@0 |');
  t.is(out, normalizeTimeline('[sym:utf8 ts:timestamp(6) id:int32 msym:utf8 mts:timestamp(6) px:int32 p_offset_ms:int64 p_probe_ts:timestamp(6)]\n+ A 100.001 1 A 100 2 0 100.001\n+ A 100.001 1 A 101.5 3 2 102.001\n|'));
});

test('held probes and kept market rows survive a checkpoint', async (t) => {
  const h = new OperatorHarness(temporalProbeJoin, node([0, 1000], { type: 1 }), [T, M]);
  await h.feed(`@1 ${MH}\n@1 + A 100 1\n@0 ${TH}\n@0 + A 500 7\n@1 w(600)\n@1 b(1)\n@0 b(1)`);
  const state = h.snapshots.get(1);
  t.truthy(state);
  const r = new OperatorHarness(temporalProbeJoin, node([0, 1000], { type: 1 }), [T, M], { restore: state });
  t.is(await r.feed(`@1 ${MH}\n@1 + A 1200 2\n@1 w(1501)`), normalizeTimeline(`${OUT}\n+ A 500 7 A 1200 2 1000 1500`), 'only the 1s probe was still held');
});

test('market rows that no future probe can take are dropped as the left watermark advances', async (t) => {
  const h = new OperatorHarness(temporalProbeJoin, node([-500, 0]), [T, M]);
  const rows = Array.from({ length: 3000 }, (_, i) => ({ msym: 'A', mts: i, px: i }));
  h.inputs[1]!.offer(data(rowsToBatch(M, rows)));
  await h.settle();
  await h.feed('@0 w(2000)\n@0 b(1)\n@1 b(1)');
  const kept = (h.snapshots.get(1) as { right: unknown[] }).right.length;
  t.is(kept, 1500, 'probes come at 2000 - 500 or later: rows before 1500 are shadowed by it');
  t.is(await h.feed(`@0 ${TH}\n@0 + A 2000 1\n@1 w(3000)`), normalizeTimeline(`${OUT}\n+ A 2000 1 A 1500 1500 -500 1500\n+ A 2000 1 A 2000 2000 0 2000\nw(1500)`));
});

test('temporal probe plans are checked', (t) => {
  const msg = (n: plan.TemporalProbeJoinNode, schemas = [T, M]) => t.throws(() => temporalProbeJoin.outputSchema(n, schemas))!.message;
  t.regex(msg(node([])), /at least one offset/);
  t.regex(msg(node([5, 5])), /offset 5 ms is given twice/);
  t.regex(msg(node([0], { rightTime: 'px' })), /probe time column 'px' must be a timestamp/);
  t.regex(msg(node([0], { offsetColumn: 'sym' })), /'sym' is empty or already an input column/);
  t.regex(msg(node([0]), [schemaOf({ sym: 'utf8', ts: 'timestamp', __weight: 'int32' }), M]), /append-only left input/);
  t.regex(msg(node([0]), [T, schemaOf({ msym: 'int32', mts: 'timestamp' })]), /must have the same type/);
});

/** What a probe join must output: every probe once, matched to the last right row at or before it. */
function reference(lefts: readonly Row[], rights: readonly Row[], offsets: readonly number[], keepUnmatched: boolean): string[] {
  const out: string[] = [];
  for (const l of lefts) {
    for (const off of offsets) {
      const ts = l.ts as number | null;
      const pt = ts === null ? null : ts + off;
      let best: Row | undefined;
      if (pt !== null && l.sym !== null) for (const r of rights) if (r.msym === l.sym && (r.mts as number) <= pt && (best === undefined || (r.mts as number) > (best.mts as number))) best = r;
      if (best === undefined && !keepUnmatched) continue;
      out.push(JSON.stringify([l.id, off, pt, best?.px ?? null]));
    }
  }
  return out.sort();
}

test('any arrival order, watermark schedule and checkpoint gives the reference output, each probe once', async (t) => {
  const seed = testSeed();
  t.log(`seed ${seed} (replay with LAMINARDB_SEED=${seed})`);
  const rnd = mulberry32(seed);
  const int = (n: number) => Math.floor(rnd() * n);
  for (let round = 0; round < 40; round++) {
    const big = round % 10 === 0;
    const keys = ['A', 'B', 'C', 'D'].slice(0, 1 + int(4));
    const offsets = [...new Set(Array.from({ length: 1 + int(5) }, () => (int(41) - 20) * 10))];
    const keepUnmatched = rnd() < 0.5;
    // Distinct right times per key, so the answer never depends on the arrival order of ties.
    const used = new Set<string>();
    const rights: Row[] = [];
    for (let i = 0; i < (big ? 3000 : int(40)); i++) {
      const msym = keys[int(keys.length)]!;
      const mts = int(big ? 30000 : 1000);
      if (used.has(`${msym}@${mts}`)) continue;
      used.add(`${msym}@${mts}`);
      rights.push({ msym, mts, px: i });
    }
    const lefts: Row[] = Array.from({ length: big ? 400 : int(30) }, (_, id) => ({
      sym: rnd() < 0.05 ? null : keys[int(keys.length)]!, ts: rnd() < 0.05 ? null : int(big ? 30000 : 1000), id,
    }));
    const n = node(offsets, { type: keepUnmatched ? 1 : 0 });
    // Arrival: each input in a random order whose disorder its watermarks respect.
    const schedule = (rows: Row[], time: string, input: number): { input: number; message: Message; at?: number }[] => {
      const shuffled = [...rows].sort(() => rnd() - 0.5);
      const steps: { input: number; message: Message; at?: number }[] = [];
      let i = 0;
      let wm = -Infinity;
      while (i < shuffled.length) {
        const take = 1 + int(big ? 200 : 5);
        steps.push({ input, message: data(rowsToBatch(input === 0 ? T : M, shuffled.slice(i, i + take))) });
        i += take;
        // The watermark may reach the earliest time still to come.
        const rest = shuffled.slice(i).map((r) => r[time] as number | null).filter((x): x is number => x !== null);
        const bound = rest.length === 0 ? 40000 : Math.min(...rest);
        if (rnd() < 0.6 && bound > wm) steps.push({ input, message: watermark((wm = wm === -Infinity ? bound - int(50) : wm + int(bound - wm + 1))), at: wm });
      }
      steps.push({ input, message: END });
      return steps;
    };
    const a = schedule(lefts, 'ts', 0);
    const b = schedule(rights, 'mts', 1);
    const steps: typeof a = [];
    while (a.length > 0 || b.length > 0) steps.push((b.length === 0 || (a.length > 0 && rnd() < 0.5) ? a : b).shift()!);

    let h = new OperatorHarness(temporalProbeJoin, n, [T, M]);
    const got: string[] = [];
    let rightWm = -Infinity;
    let rightEnded = false;
    let outWm = -Infinity;
    const checkpointAt = int(steps.length);
    let checkpointed = false;
    let leftEnded = false;
    const collect = (from: number) => {
      for (const m of h.emitted.slice(from)) {
        if (m.kind === 'watermark') outWm = m.ts;
        if (m.kind !== 'data') continue;
        for (const r of batchToRows(m.batch)) {
          const pt = r.p_probe_ts as number | null;
          if (pt !== null && !rightEnded) t.true(pt < rightWm, `seed ${seed}: probe ${pt} emitted before the right watermark (${rightWm}) passed it`);
          if (pt !== null) t.true(pt >= outWm && (r.ts as number) >= outWm, `seed ${seed}: a row at ${String(r.ts)}/${pt} behind the output watermark ${outWm}`);
          got.push(JSON.stringify([r.id, Number(r.p_offset_ms), pt, r.px]));
        }
      }
    };
    for (let s = 0; s < steps.length; s++) {
      const { input, message } = steps[s]!;
      if (input === 1 && message.kind === 'watermark') rightWm = message.ts;
      if (input === 1 && message.kind === 'end') rightEnded = true;
      if (input === 0 && message.kind === 'end') leftEnded = true;
      const from = h.emitted.length;
      h.inputs[input]!.offer(message);
      await h.settle();
      collect(from);
      if (s >= checkpointAt && !checkpointed && !leftEnded && !rightEnded) {
        checkpointed = true;
        // Checkpoint, then go on in a fresh operator restored from it.
        h.inputs[0]!.offer(barrier(1));
        h.inputs[1]!.offer(barrier(1));
        const before = h.emitted.length;
        await h.settle();
        collect(before);
        const state = h.snapshots.get(1);
        t.truthy(state, `seed ${seed}: the checkpoint completed`);
        h = new OperatorHarness(temporalProbeJoin, n, [T, M], { restore: state });
      }
    }
    if (h.error !== undefined) throw h.error;
    t.deepEqual(got.sort(), reference(lefts, rights, offsets, keepUnmatched), `seed ${seed}, round ${round}, offsets ${offsets.join(',')}`);
  }
});
