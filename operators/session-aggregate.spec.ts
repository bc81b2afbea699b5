// Session windows: gaps, merges by bridging rows (S8), one row per session (S9), CHANGES.
import test from 'ava';
import { col, schemaOf } from '../runtime/index.js';
import type { plan } from '../specs/index.js';
import { normalizeTimeline, OperatorHarness, runOperator } from '../runtime/testing/index.js';
import { sessionAggregate } from './session-aggregate.js';

const schema = schemaOf({ k: 'utf8', v: 'int32', ts: 'timestamp' });
const calls: plan.AggregateCall[] = [{ name: 'n', function: 'count' }, { name: 's', function: 'sum', args: [col('v').node] }];
const node = (gap: number, mode = 0, latenessMs = 0): plan.WindowAggregateNode => ({
  keys: ['k'], window: { session: { gapMs: gap } }, aggregates: calls, timeColumn: 'ts', emit: { mode, everyMs: 0 }, latenessMs,
});
const OUT = '[k:utf8 window_start:timestamp window_end:timestamp n:int64 s:int64]';

test('S8: a row that bridges two sessions merges them into one', async (t) => {
  const out = await runOperator(sessionAggregate, node(3000), [schema], `
    [k:utf8 v:int32 ts:timestamp]
    + A 10 1000
    + A 20 5000
    [k:utf8 v:int32 ts:timestamp]
    + A 30 3500
    w(7999)
    w(8000)
    |
  `);
  t.is(out, normalizeTimeline(`
    w(7999)
    ${OUT}
    + A 1000 8000 3 60
    w(8000)
    |
  `));
});

test('S8: keys keep their own sessions', async (t) => {
  const out = await runOperator(sessionAggregate, node(3000), [schema], `
    [k:utf8 v:int32 ts:timestamp]
    + A 10 1000
    + B 100 2000
    + A 20 2000
    + B 200 3000
    w(6000)
    |
  `);
  t.is(out, normalizeTimeline(`
    ${OUT}
    + A 1000 5000 2 30
    + B 2000 6000 2 300
    w(6000)
    |
  `));
});

test('S9: five rows within the gap are one session, one row', async (t) => {
  const base = 1_700_000_000_000;
  const out = await runOperator(sessionAggregate, node(2000), [schema], `
    [k:utf8 v:int32 ts:timestamp]
    + TEST-RF 10 ${base}
    + TEST-RF 20 ${base + 200}
    [k:utf8 v:int32 ts:timestamp]
    + TEST-RF 30 ${base + 400}
    + TEST-RF 40 ${base + 600}
    [k:utf8 v:int32 ts:timestamp]
    + TEST-RF 50 ${base + 800}
    w(${base + 10000})
    |
  `);
  t.is(out, normalizeTimeline(`
    ${OUT}
    + TEST-RF ${base} ${base + 2800} 5 150
    w(${base + 10000})
    |
  `));
});

test('EMIT CHANGES: a growing session retracts its previous row; a merge retracts both sessions', async (t) => {
  const W = '[k:utf8 window_start:timestamp window_end:timestamp n:int64 s:int64 __weight:int32]';
  const out = await runOperator(sessionAggregate, node(3000, 3), [schema], `
    [k:utf8 v:int32 ts:timestamp]
    + A 10 1000
    + A 20 5000
    [k:utf8 v:int32 ts:timestamp]
    + A 30 3500
    |
  `);
  t.is(out, normalizeTimeline(`
    ${W}
    + A 1000 4000 1 10
    + A 5000 8000 1 20
    ${W}
    - A 1000 4000 1 10
    - A 5000 8000 1 20
    + A 1000 8000 3 60
    |
  `));
});

test('rows whose session would already be closed are late', async (t) => {
  const h = new OperatorHarness(sessionAggregate, node(1000), [schema]);
  await h.feed(`
    [k:utf8 v:int32 ts:timestamp]
    + A 1 5000
    w(5000)
    [k:utf8 v:int32 ts:timestamp]
    + A 1 3999
    + A 1 4001
    |
  `);
  t.is(h.actor.metrics().counters.lateRows, 1);
  t.is(h.rendered(), normalizeTimeline(`
    w(5000)
    ${OUT}
    + A 4001 6000 2 2
    |
  `));
});

test('sessions reject emit modes whose rows could not follow moving bounds', (t) => {
  t.throws(() => sessionAggregate.outputSchema(node(1000, 2), [schema]), { message: /ON WINDOW CLOSE, FINAL or CHANGES/ });
  t.throws(() => sessionAggregate.outputSchema(node(1000, 0, 500), [schema]), { message: /need EMIT CHANGES or EMIT FINAL/ });
  t.throws(() => sessionAggregate.outputSchema(node(0), [schema]), { message: /gap must be positive/ });
});

test('keys without a live session are forgotten once they are most of the key table', async (t) => {
  const { batchToRows, data, rowsToBatch, watermark } = await import('../runtime/index.js');
  const keyed = schemaOf({ k: 'int64', v: 'int32', ts: 'timestamp' });
  const h = new OperatorHarness(sessionAggregate, { ...node(100), keys: ['k'] }, [keyed]);
  let expected = 0;
  for (let s = 0; s < 6; s++) {
    // 3,000 new keys each second, one session each.
    h.inputs[0]!.offer(data(rowsToBatch(keyed, Array.from({ length: 3000 }, (_, i) => ({ k: BigInt(s * 3000 + i), v: 1, ts: s * 1000 + (i % 50) })))));
    h.inputs[0]!.offer(watermark(s * 1000 + 999));
    expected += 3000;
    await h.settle();
  }
  let rows = 0;
  for (const m of h.emitted) if (m.kind === 'data') rows += batchToRows(m.batch).filter((r) => r.n === 1n).length;
  t.is(rows, expected);
  t.true((h.actor.metrics().counters.keysForgotten ?? 0) > 0);
});
