// The unwindowed aggregate: bounded inputs, changelog output (S10), updates, periodic output,
// changelog inputs and the state TTL.
import test from 'ava';
import { col, schemaOf } from '../runtime/index.js';
import type { plan } from '../specs/index.js';
import { normalizeTimeline, OperatorHarness, runOperator, SimulatedClock } from '../runtime/testing/index.js';
import { groupAggregate } from './group-aggregate.js';

const schema = schemaOf({ k: 'utf8', v: 'int32' });
const sum: plan.AggregateCall[] = [{ name: 's', function: 'sum', args: [col('v').node] }];
const node = (mode: number, extra: Partial<plan.GroupAggregateNode> = {}): plan.GroupAggregateNode => ({ keys: ['k'], aggregates: sum, emit: { mode, everyMs: 0 }, ...extra });
const CHANGES = '[k:utf8 s:int64 __weight:int32]';

test('S10: EMIT CHANGES gives +1 for a new group, then -1 old / +1 new for each change', async (t) => {
  const out = await runOperator(groupAggregate, node(3), [schema], `
    [k:utf8 v:int32]
    + a 5
    [k:utf8 v:int32]
    + a 7
    |
  `);
  t.is(out, normalizeTimeline(`
    ${CHANGES}
    + a 5
    ${CHANGES}
    - a 5
    + a 12
    |
  `));
});

test('bounded input: one row per group at the end; no keys give one row even for no input', async (t) => {
  t.is(await runOperator(groupAggregate, node(0), [schema], `
    [k:utf8 v:int32]
    + a 5
    + b 1
    + a 7
    |
  `), normalizeTimeline(`
    [k:utf8 s:int64]
    + a 12
    + b 1
    |
  `));
  t.is(await runOperator(groupAggregate, { keys: [], aggregates: [...sum, { name: 'n', function: 'count' }] }, [schema], '|'), normalizeTimeline(`
    [s:int64 n:int64]
    + NULL 0
    |
  `));
});

test('EMIT ON UPDATE: the current row of each changed group', async (t) => {
  t.is(await runOperator(groupAggregate, node(2), [schema], `
    [k:utf8 v:int32]
    + a 5
    + b 1
    [k:utf8 v:int32]
    + a 7
    |
  `), normalizeTimeline(`
    [k:utf8 s:int64]
    + a 5
    + b 1
    [k:utf8 s:int64]
    + a 12
    |
  `));
});

test('a changelog input: retracted rows leave their groups; an emptied group is retracted', async (t) => {
  const log = schemaOf({ k: 'utf8', v: 'int32', __weight: 'int32' });
  t.is(await runOperator(groupAggregate, { ...node(3), aggregates: [...sum, { name: 'lo', function: 'min', args: [col('v').node] }] }, [log], `
    [k:utf8 v:int32 __weight:int32]
    + a 5
    + a 2
    + b 1
    [k:utf8 v:int32 __weight:int32]
    - a 2
    - b 1
    |
  `), normalizeTimeline(`
    [k:utf8 s:int64 lo:int32 __weight:int32]
    + a 7 2
    + b 1 1
    [k:utf8 s:int64 lo:int32 __weight:int32]
    - a 7 2
    - b 1 1
    + a 5 5
    |
  `));
  t.throws(() => groupAggregate.outputSchema(node(2), [log]), { message: /cannot emit updates as plain rows/ });
});

test('state TTL: idle groups are forgotten and retracted; the table is rebuilt once most of it is gone', async (t) => {
  const clock = new SimulatedClock(0);
  const h = new OperatorHarness(groupAggregate, node(3, { ttlMs: 1000 }), [schema], { clock });
  await h.open();
  await h.feed(`
    [k:utf8 v:int32]
    + a 1
    + b 2
    + c 3
  `);
  await clock.advance(600);
  await h.settle();
  await h.feed(`
    [k:utf8 v:int32]
    + c 4
  `);
  await clock.advance(600);
  await h.settle();
  await h.feed(`
    [k:utf8 v:int32]
    + a 10
    + c 1
    |
  `);
  t.is(h.rendered(), normalizeTimeline(`
    ${CHANGES}
    + a 1
    + b 2
    + c 3
    ${CHANGES}
    - c 3
    + c 7
    ${CHANGES}
    - a 1
    - b 2
    ${CHANGES}
    - c 7
    + a 10
    + c 8
    |
  `));
  t.is(h.actor.metrics().counters.expiredGroups, 2);
});

test('EMIT EVERY: changed groups each interval of the clock', async (t) => {
  const clock = new SimulatedClock(0);
  const h = new OperatorHarness(groupAggregate, { ...node(4), emit: { mode: 4, everyMs: 100 } }, [schema], { clock });
  await h.open();
  await h.feed(`
    [k:utf8 v:int32]
    + a 5
    + b 1
  `);
  await clock.advance(100);
  await h.settle();
  await h.feed(`
    [k:utf8 v:int32]
    + a 7
  `);
  await clock.advance(100);
  await h.settle();
  t.is(h.rendered(), normalizeTimeline(`
    [k:utf8 s:int64]
    + a 5
    + b 1
    [k:utf8 s:int64]
    + a 12
  `));
});
