import test from 'ava';
import { schemaOf } from '../runtime/index.js';
import { normalizeTimeline, OperatorHarness, SimulatedClock } from '../runtime/testing/index.js';
import { watermarkAssigner } from './watermark.js';

const schema = schemaOf({ id: 'int32', ts: 'timestamp' });

test('watermark - bounded delay; never regresses (scenario S1)', async (t) => {
  const h = new OperatorHarness(watermarkAssigner, { column: 'ts', delayMs: 100 }, [schema]);
  t.is(await h.feed(`[id:int32 ts:timestamp]\n+ 1 1000\n+ 2 800\n+ 3 1200`), normalizeTimeline(`[id:int32 ts:timestamp]\n+ 1 1000\n+ 2 800\n+ 3 1200\nw(1100)`));
  t.is(await h.feed(`[id:int32 ts:timestamp]\n+ 4 500`), '', 'a late row is dropped and the watermark stays');
  t.is(h.actor.metrics().counters.lateRows, 1);
  t.is(h.actor.watermark, 1100);
});

test('watermark - rows behind an explicit watermark are dropped; a row at the watermark is kept (scenario S3)', async (t) => {
  const h = new OperatorHarness(watermarkAssigner, { column: 'ts', delayMs: 0 }, [schema]);
  await h.feed(`[id:int32 ts:timestamp]\n+ 1 1000\n+ 2 2000\n+ 3 3000`);
  t.is(await h.feed(`w(200000)`), 'w(200000)');
  t.is(await h.feed(`[id:int32 ts:timestamp]\n+ 4 100\n+ 5 200\n+ 6 300\n+ 7 200000`), normalizeTimeline(`[id:int32 ts:timestamp]\n+ 7 200000`));
  t.is(h.actor.metrics().counters.lateRows, 3);
});

test('watermark - NULL event times are dropped and counted', async (t) => {
  const h = new OperatorHarness(watermarkAssigner, { column: 'ts', delayMs: 0 }, [schema]);
  t.is(await h.feed(`[id:int32 ts:timestamp]\n+ 1 NULL\n+ 2 50`), normalizeTimeline(`[id:int32 ts:timestamp]\n+ 2 50\nw(50)`));
  t.is(h.actor.metrics().counters.nullTimeRows, 1);
});

test('watermark - processing time: the clock drives the watermark', async (t) => {
  const clock = new SimulatedClock(10_000);
  const h = new OperatorHarness(watermarkAssigner, { column: '', delayMs: 500, intervalMs: 1000 }, [schema], { clock });
  await h.open();
  clock.advance(1000);
  await h.settle();
  clock.advance(1000);
  await h.settle();
  t.is(h.rendered(), 'w(10500)\nw(11500)');
});

test('watermark - the event-time column must be a timestamp', (t) => {
  t.throws(() => watermarkAssigner.outputSchema({ column: 'id', delayMs: 0 }, [schema]), { message: /must be a timestamp/ });
});
