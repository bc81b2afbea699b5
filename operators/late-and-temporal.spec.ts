// Late-row splitting (LATE DATA TO), the retracting temporal filter (S11) and per-partition
// watermarks with an idle timeout.
import test from 'ava';
import { schemaOf } from '../runtime/index.js';
import { normalizeTimeline, OperatorHarness, runOperator, SimulatedClock } from '../runtime/testing/index.js';
import { lateRows } from './late-rows.js';
import { temporalFilter } from './temporal-filter.js';
import { watermarkAssigner } from './watermark.js';

const schema = schemaOf({ id: 'int32', ts: 'timestamp' });
const ROWS = '[id:int32 ts:timestamp]';

test('late rows: a window\'s late rows on one side, the rest on the other, as the aggregate sees them', async (t) => {
  const feed = `
    ${ROWS}
    + 1 500
    w(1000)
    ${ROWS}
    + 2 999
    + 3 1000
    + 4 1499
    w(1500)
    ${ROWS}
    + 5 1499
    |
  `;
  const window = { tumbling: { sizeMs: 1000 } };
  t.is(await runOperator(lateRows, { timeColumn: 'ts', window, latenessMs: 0, late: true }, [schema], feed), normalizeTimeline(`
    w(1000)
    ${ROWS}
    + 2 999
    w(1500)
    |
  `));
  t.is(await runOperator(lateRows, { timeColumn: 'ts', window, latenessMs: 0, late: false }, [schema], feed), normalizeTimeline(`
    ${ROWS}
    + 1 500
    w(1000)
    ${ROWS}
    + 3 1000
    + 4 1499
    w(1500)
    ${ROWS}
    + 5 1499
    |
  `));
  // Without a window, rows behind the watermark are late and a row at the watermark is not.
  t.is(await runOperator(lateRows, { timeColumn: 'ts', late: true }, [schema], feed), normalizeTimeline(`
    w(1000)
    ${ROWS}
    + 2 999
    w(1500)
    ${ROWS}
    + 5 1499
    |
  `));
});

test('S11: the temporal filter passes rows within range of the watermark and retracts them as it moves on', async (t) => {
  const W = '[id:int32 ts:timestamp __weight:int32]';
  t.is(await runOperator(temporalFilter, { timeColumn: 'ts', rangeMs: 10_000 }, [schema], `
    w(8000)
    ${ROWS}
    + 1 5000
    w(20000)
    ${ROWS}
    + 2 18000
    + 3 9000
    |
  `), normalizeTimeline(`
    w(8000)
    ${W}
    + 1 5000
    ${W}
    - 1 5000
    w(20000)
    ${W}
    + 2 18000
    |
  `));
});

test('per-partition watermarks: the slowest partition holds the watermark; an idle one stops holding it', async (t) => {
  const clock = new SimulatedClock(0);
  const parts = schemaOf({ p: 'int32', ts: 'timestamp' });
  const h = new OperatorHarness(watermarkAssigner, { column: 'ts', delayMs: 0, partitionColumn: 'p', idleTimeoutMs: 1000 }, [parts], { clock });
  await h.open();
  const out1 = await h.feed(`
    [p:int32 ts:timestamp]
    + 0 5000
    + 1 2000
  `);
  t.true(out1.endsWith('w(2000)'), out1);
  const out2 = await h.feed(`
    [p:int32 ts:timestamp]
    + 0 7000
  `);
  t.false(out2.includes('w('), 'partition 1 still holds the watermark at 2000');
  await clock.advance(600);
  await h.settle();
  await h.feed(`
    [p:int32 ts:timestamp]
    + 0 8000
  `);
  await clock.advance(600);
  await h.settle();
  t.true(h.rendered().endsWith('w(8000)'), h.rendered());
});

test('keep_late hands late rows on (counted) for a query with lateness to judge', async (t) => {
  const h = new OperatorHarness(watermarkAssigner, { column: 'ts', delayMs: 0, keepLate: true }, [schema]);
  await h.feed(`
    ${ROWS}
    + 1 5000
    ${ROWS}
    + 2 3000
    |
  `);
  t.true(h.rendered().includes('+ 2 3000'));
  t.is(h.actor.metrics().counters.lateRowsKept, 1);
});
