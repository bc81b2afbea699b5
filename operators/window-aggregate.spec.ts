import test from 'ava';
import { col, schemaOf } from '../runtime/index.js';
import type { plan } from '../specs/index.js';
import { normalizeTimeline, OperatorHarness, runOperator, SimulatedClock } from '../runtime/testing/index.js';
import { windowAggregate } from './window-aggregate.js';

const schema = schemaOf({ sym: 'utf8', qty: 'int32', price: 'float64', ts: 'timestamp' });

function node(window: plan.Window, aggregates: plan.AggregateCall[], keys = ['sym']): plan.WindowAggregateNode {
  return { keys, window, aggregates, timeColumn: 'ts' };
}
const arg = (name: string) => [col(name).node];
const tumble = (size: number): plan.Window => ({ tumbling: { sizeMs: size } });

test('window - tumbling: one row per key and window when the watermark passes the end', async (t) => {
  const n = node(tumble(1000), [
    { name: 'n', function: 'count' },
    { name: 'vol', function: 'sum', args: arg('qty') },
    { name: 'lo', function: 'min', args: arg('price') },
    { name: 'hi', function: 'max', args: arg('price') },
    { name: 'mean', function: 'avg', args: arg('price') },
  ]);
  const out = await runOperator(windowAggregate, n, [schema], `
    [sym:utf8 qty:int32 price:float64 ts:timestamp]
    + A 1 10 100
    + B 2 20 200
    + A 3 30 900
    + A 4 40 1000
    w(999)
    w(1000)
    [sym:utf8 qty:int32 price:float64 ts:timestamp]
    + B 5 50 1500
    w(2500)
    |
  `);
  t.is(out, normalizeTimeline(`
    w(999)
    [sym:utf8 window_start:timestamp window_end:timestamp n:int64 vol:int64 lo:float64 hi:float64 mean:float64]
    + A 0 1000 2 4 10 30 20
    + B 0 1000 1 2 20 20 20
    w(1000)
    [sym:utf8 window_start:timestamp window_end:timestamp n:int64 vol:int64 lo:float64 hi:float64 mean:float64]
    + A 1000 2000 1 4 40 40 40
    + B 1000 2000 1 5 50 50 50
    w(2500)
    |
  `));
});

test('window - rows behind the watermark are late: dropped and counted', async (t) => {
  const h = new OperatorHarness(windowAggregate, node(tumble(1000), [{ name: 'n', function: 'count' }]), [schema]);
  await h.feed(`
    [sym:utf8 qty:int32 price:float64 ts:timestamp]
    + A 1 1 1500
    w(2000)
    [sym:utf8 qty:int32 price:float64 ts:timestamp]
    + A 1 1 1999
    + A 1 1 2000
    |
  `);
  t.is(h.actor.metrics().counters.lateRows, 1);
  t.is(h.rendered(), normalizeTimeline(`
    [sym:utf8 window_start:timestamp window_end:timestamp n:int64]
    + A 1000 2000 1
    w(2000)
    [sym:utf8 window_start:timestamp window_end:timestamp n:int64]
    + A 2000 3000 1
    |
  `));
});

test('window - sliding: a row counts in every window that contains it', async (t) => {
  const out = await runOperator(windowAggregate, node({ sliding: { sizeMs: 1000, slideMs: 500 } }, [{ name: 'n', function: 'count' }], []), [schema], `
    [sym:utf8 qty:int32 price:float64 ts:timestamp]
    + A 1 1 700
    + A 1 1 1200
    |
  `);
  t.is(out, normalizeTimeline(`
    [window_start:timestamp window_end:timestamp n:int64]
    + 0 1000 1
    [window_start:timestamp window_end:timestamp n:int64]
    + 500 1500 2
    [window_start:timestamp window_end:timestamp n:int64]
    + 1000 2000 1
    |
  `));
});

test('window - NULL keys form one group; SUM/MIN of only NULLs is NULL; COUNT(x) skips NULLs', async (t) => {
  const out = await runOperator(windowAggregate, node(tumble(1000), [
    { name: 'n', function: 'count', args: arg('qty') },
    { name: 's', function: 'sum', args: arg('qty') },
    { name: 'lo', function: 'min', args: arg('qty') },
  ]), [schema], `
    [sym:utf8 qty:int32 price:float64 ts:timestamp]
    + NULL NULL 1 10
    + NULL NULL 1 20
    + A 3 1 30
    |
  `);
  t.is(out, normalizeTimeline(`
    [sym:utf8 window_start:timestamp window_end:timestamp n:int64 s:int64 lo:int32]
    + NULL 0 1000 0 NULL NULL
    + A 0 1000 1 3 3
    |
  `));
});

test('window - aggregate arguments may be expressions', async (t) => {
  const out = await runOperator(windowAggregate, node(tumble(1000), [{ name: 'notional', function: 'sum', args: [col('price').mul(col('qty')).node] }]), [schema], `
    [sym:utf8 qty:int32 price:float64 ts:timestamp]
    + A 2 1.5 10
    + A 4 2 20
    |
  `);
  t.is(out, normalizeTimeline(`[sym:utf8 window_start:timestamp window_end:timestamp notional:float64]\n+ A 0 1000 11\n|`));
});

test('window - snapshot and restore carry open windows across operator instances', async (t) => {
  const n = node(tumble(1000), [{ name: 'vol', function: 'sum', args: arg('qty') }]);
  const first = new OperatorHarness(windowAggregate, n, [schema]);
  await first.feed(`
    [sym:utf8 qty:int32 price:float64 ts:timestamp]
    + A 1 1 100
    + B 2 1 200
    b(7)
  `);
  const state = first.snapshots.get(7);
  t.truthy(state);
  const second = new OperatorHarness(windowAggregate, n, [schema], { restore: state });
  const out = await second.feed(`
    [sym:utf8 qty:int32 price:float64 ts:timestamp]
    + A 10 1 300
    |
  `);
  t.is(out, normalizeTimeline(`[sym:utf8 window_start:timestamp window_end:timestamp vol:int64]\n+ A 0 1000 11\n+ B 0 1000 2\n|`));
});

test('window - processing time: rows take the clock time, the clock-driven watermark fires windows', async (t) => {
  const clock = new SimulatedClock(10_000);
  const h = new OperatorHarness(windowAggregate, { keys: [], window: tumble(1000), aggregates: [{ name: 'n', function: 'count' }], timeColumn: '' }, [schema], { clock });
  await h.feed(`[sym:utf8 qty:int32 price:float64 ts:timestamp]\n+ A 1 1 0\n+ B 1 1 0`);
  clock.advance(500);
  await h.feed(`[sym:utf8 qty:int32 price:float64 ts:timestamp]\n+ C 1 1 0\nw(11000)`);
  t.is(h.rendered(), normalizeTimeline(`[window_start:timestamp window_end:timestamp n:int64]\n+ 10000 11000 3\nw(11000)`));
});

test('window - plan errors name what is wrong', (t) => {
  t.throws(() => windowAggregate.outputSchema(node({ sliding: { sizeMs: 100, slideMs: 200 } }, [{ name: 'n', function: 'count' }]), [schema]), { message: /slide \(200 ms\) must not exceed its size/ });
  t.throws(() => windowAggregate.outputSchema(node(tumble(100), [{ name: 'x', function: 'mode', args: arg('qty') }]), [schema]), { message: /unknown aggregate function 'mode'/ });
  t.throws(() => windowAggregate.outputSchema(node(tumble(100), [{ name: 'x', function: 'sum', args: arg('sym') }]), [schema]), { message: /needs a number, got utf8/ });
  t.throws(() => windowAggregate.outputSchema({ ...node(tumble(100), [{ name: 'n', function: 'count' }]), timeColumn: 'qty' }, [schema]), { message: /must be a timestamp/ });
});
