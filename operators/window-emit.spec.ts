// Emit modes, lateness, cumulating windows and changelog inputs of the fixed-window aggregate.
import test from 'ava';
import { col, schemaOf } from '../runtime/index.js';
import type { plan } from '../specs/index.js';
import { normalizeTimeline, OperatorHarness, runOperator, SimulatedClock } from '../runtime/testing/index.js';
import { windowAggregate } from './window-aggregate.js';

const schema = schemaOf({ k: 'utf8', v: 'int32', ts: 'timestamp' });
const changelog = schemaOf({ k: 'utf8', v: 'int32', ts: 'timestamp', __weight: 'int32' });
const sum: plan.AggregateCall[] = [{ name: 's', function: 'sum', args: [col('v').node] }];
const MODES = { close: 0, final: 1, update: 2, changes: 3, every: 4 } as const;
const node = (window: plan.Window, mode: keyof typeof MODES, extra: Partial<plan.WindowAggregateNode> = {}): plan.WindowAggregateNode => ({
  keys: ['k'], window, aggregates: sum, timeColumn: 'ts', emit: { mode: MODES[mode], everyMs: 0 }, ...extra,
});
const tumble = (size: number): plan.Window => ({ tumbling: { sizeMs: size } });
const OUT = '[k:utf8 window_start:timestamp window_end:timestamp s:int64]';
const CHANGES = '[k:utf8 window_start:timestamp window_end:timestamp s:int64 __weight:int32]';

test('EMIT CHANGES: each batch retracts the previous row of a changed group and inserts the new one', async (t) => {
  const out = await runOperator(windowAggregate, node(tumble(1000), 'changes'), [schema], `
    [k:utf8 v:int32 ts:timestamp]
    + a 5 100
    [k:utf8 v:int32 ts:timestamp]
    + a 7 200
    + b 1 300
    w(1000)
    |
  `);
  t.is(out, normalizeTimeline(`
    ${CHANGES}
    + a 0 1000 5
    ${CHANGES}
    - a 0 1000 5
    + a 0 1000 12
    + b 0 1000 1
    w(1000)
    |
  `));
});

test('EMIT ON UPDATE: each batch emits the current row of every group it changed', async (t) => {
  const out = await runOperator(windowAggregate, node(tumble(1000), 'update'), [schema], `
    [k:utf8 v:int32 ts:timestamp]
    + a 5 100
    + b 1 300
    [k:utf8 v:int32 ts:timestamp]
    + a 7 200
    w(1000)
    |
  `);
  t.is(out, normalizeTimeline(`
    ${OUT}
    + a 0 1000 5
    + b 0 1000 1
    ${OUT}
    + a 0 1000 12
    w(1000)
    |
  `));
});

test('ALLOW LATENESS: the window emits at its end, then re-emits a group for each late row until end + lateness', async (t) => {
  const h = new OperatorHarness(windowAggregate, node(tumble(1000), 'close', { latenessMs: 500 }), [schema]);
  await h.feed(`
    [k:utf8 v:int32 ts:timestamp]
    + a 5 100
    w(1000)
    [k:utf8 v:int32 ts:timestamp]
    + a 7 900
    w(1500)
    [k:utf8 v:int32 ts:timestamp]
    + a 1 950
    |
  `);
  t.is(h.rendered(), normalizeTimeline(`
    ${OUT}
    + a 0 1000 5
    w(1000)
    ${OUT}
    + a 0 1000 12
    w(1500)
    |
  `));
  t.is(h.actor.metrics().counters.lateRows, 1);
});

test('EMIT FINAL: one row per window and key once the watermark passes end + lateness', async (t) => {
  const out = await runOperator(windowAggregate, node(tumble(1000), 'final', { latenessMs: 500 }), [schema], `
    [k:utf8 v:int32 ts:timestamp]
    + a 5 100
    w(1000)
    [k:utf8 v:int32 ts:timestamp]
    + a 7 900
    w(1499)
    w(1500)
    |
  `);
  t.is(out, normalizeTimeline(`
    w(1000)
    w(1499)
    ${OUT}
    + a 0 1000 12
    w(1500)
    |
  `));
});

test('EMIT EVERY: the clock emits the groups changed since the last time; the window end flushes the rest', async (t) => {
  const clock = new SimulatedClock(0);
  const h = new OperatorHarness(windowAggregate, { ...node(tumble(1000), 'every'), emit: { mode: MODES.every, everyMs: 100 } }, [schema], { clock });
  await h.open();
  await h.feed(`
    [k:utf8 v:int32 ts:timestamp]
    + a 5 100
    + b 1 100
  `);
  await clock.advance(100);
  await h.settle();
  await h.feed(`
    [k:utf8 v:int32 ts:timestamp]
    + a 7 200
  `);
  await clock.advance(100);
  await h.settle();
  await clock.advance(100);
  await h.settle();
  await h.feed(`
    [k:utf8 v:int32 ts:timestamp]
    + b 2 300
    w(1000)
    |
  `);
  t.is(h.rendered(), normalizeTimeline(`
    ${OUT}
    + a 0 1000 5
    + b 0 1000 1
    ${OUT}
    + a 0 1000 12
    ${OUT}
    + b 0 1000 3
    w(1000)
    |
  `));
});

test('CUMULATE: windows grow by the step from the start of each period', async (t) => {
  const out = await runOperator(windowAggregate, node({ cumulate: { stepMs: 1000, sizeMs: 3000 } }, 'close'), [schema], `
    [k:utf8 v:int32 ts:timestamp]
    + a 1 500
    + a 2 1500
    + a 4 2500
    + a 8 3500
    w(3000)
    |
  `);
  t.is(out, normalizeTimeline(`
    ${OUT}
    + a 0 1000 1
    ${OUT}
    + a 0 2000 3
    ${OUT}
    + a 0 3000 7
    w(3000)
    ${OUT}
    + a 3000 4000 8
    ${OUT}
    + a 3000 5000 8
    ${OUT}
    + a 3000 6000 8
    |
  `));
});

test('a changelog input retracts rows from their windows (MIN/MAX too)', async (t) => {
  const calls: plan.AggregateCall[] = [{ name: 'n', function: 'count' }, { name: 'hi', function: 'max', args: [col('v').node] }];
  const out = await runOperator(windowAggregate, { ...node(tumble(1000), 'close'), aggregates: calls }, [changelog], `
    [k:utf8 v:int32 ts:timestamp __weight:int32]
    + a 5 100
    + a 9 200
    - a 9 200
    w(1000)
    |
  `);
  t.is(out, normalizeTimeline(`
    [k:utf8 window_start:timestamp window_end:timestamp n:int64 hi:int32]
    + a 0 1000 1 5
    w(1000)
    |
  `));
});

test('a window over a changelog cannot emit plain updates, and sizes are checked', (t) => {
  t.throws(() => windowAggregate.outputSchema(node(tumble(1000), 'update'), [changelog]), { message: /cannot emit updates as plain rows/ });
  t.throws(() => windowAggregate.outputSchema(node({ cumulate: { stepMs: 300, sizeMs: 1000 } }, 'close'), [schema]), { message: /multiple of its step/ });
});

test('keys no open window uses are forgotten (the key table is rebuilt), results unchanged', async (t) => {
  const { data, rowsToBatch, watermark } = await import('../runtime/index.js');
  const keyed = schemaOf({ k: 'int64', ts: 'timestamp' });
  const h = new OperatorHarness(windowAggregate, { keys: ['k'], window: { sliding: { slideMs: 1000, sizeMs: 2000 } }, timeColumn: 'ts', aggregates: [{ name: 'n', function: 'count' }] }, [keyed]);
  // Each second brings 3,000 new keys (each twice); windows are 2 s long, sliding by 1 s.
  const expected = new Map<string, number>();
  for (let s = 0; s < 12; s++) {
    const rows = Array.from({ length: 6000 }, (_, i) => ({ k: BigInt(s * 3000 + (i % 3000)), ts: s * 1000 + (i % 1000) }));
    for (const r of rows) for (const start of [Math.floor(Number(r.ts) / 1000) * 1000, Math.floor(Number(r.ts) / 1000) * 1000 - 1000]) {
      const key = `${start}:${r.k}`;
      expected.set(key, (expected.get(key) ?? 0) + 1);
    }
    h.inputs[0]!.offer(data(rowsToBatch(keyed, rows)));
    h.inputs[0]!.offer(watermark(s * 1000 + 999));
    await h.settle();
  }
  h.inputs[0]!.offer({ kind: 'end' } as never);
  await h.settle();
  const got = new Map<string, number>();
  const { batchToRows } = await import('../runtime/index.js');
  for (const m of h.emitted) if (m.kind === 'data') for (const r of batchToRows(m.batch)) got.set(`${r.window_start}:${r.k}`, Number(r.n));
  t.is(got.size, expected.size);
  t.deepEqual([...got].filter(([k, v]) => expected.get(k) !== v).slice(0, 5), []);
  t.true((h.actor.metrics().counters.keysForgotten ?? 0) > 0, 'the table was compacted');
});

test('keyed watermarks: each key closes its windows on its own progress; a slow key keeps its rows', async (t) => {
  const h = new OperatorHarness(windowAggregate, { ...node(tumble(1000), 'close'), keyed: { delayMs: 0, idleMs: 5000 } }, [schema]);
  await h.feed(`
    [k:utf8 v:int32 ts:timestamp]
    + fast 1 100
    + slow 1 100
    [k:utf8 v:int32 ts:timestamp]
    + fast 2 1500
    w(1500)
    [k:utf8 v:int32 ts:timestamp]
    + slow 4 900
    + fast 8 900
    + slow 16 1200
    w(7000)
    |
  `);
  t.is(h.rendered(), normalizeTimeline(`
    ${OUT}
    + fast 0 1000 1
    w(1500)
    ${OUT}
    + slow 0 1000 5
    ${OUT}
    + fast 1000 2000 2
    + slow 1000 2000 16
    w(7000)
    |
  `));
  t.is(h.actor.metrics().counters.lateRows, 1, "fast's row at 900 came after fast's own watermark passed 1000");
});
