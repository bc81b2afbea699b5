// ASOF join: held left rows, keys first seen after the left row, eager mode, snapshot/restore.
import test from 'ava';
import { schemaOf } from '../runtime/index.js';
import type { plan } from '../specs/index.js';
import { normalizeTimeline, OperatorHarness } from '../runtime/testing/index.js';
import { asofJoin } from './asof-join.js';

const T = schemaOf({ sym: 'utf8', ts: 'timestamp' });
const Q = schemaOf({ qsym: 'utf8', qts: 'timestamp', px: 'int32' });
const TH = '[sym:utf8 ts:timestamp]';
const QH = '[qsym:utf8 qts:timestamp px:int32]';
const OUT = '[sym:utf8 ts:timestamp qsym:utf8 qts:timestamp px:int32]';
const node = (direction: number, extra: Partial<plan.AsofJoinNode> = {}): plan.AsofJoinNode => ({ leftKeys: ['sym'], rightKeys: ['qsym'], leftTime: 'ts', rightTime: 'qts', direction, toleranceMs: -1, ...extra });

test('a left row waits for the right watermark, and matches a key the right input brings later', async (t) => {
  const h = new OperatorHarness(asofJoin, node(0), [T, Q]);
  t.is(await h.feed(`@0 ${TH}\n@0 + A 100\n@0 w(100)`), '');
  t.is(await h.feed(`@1 ${QH}\n@1 + A 90 1\n@1 + A 95 2`), '');
  t.is(await h.feed(`@1 w(100)`), 'w(100)', 'a quote at 100 may still come: the row waits (the watermark may reach its time)');
  t.is(await h.feed(`@1 ${QH}\n@1 + A 100 3\n@1 w(101)`), normalizeTimeline(`${OUT}\n+ A 100 A 100 3`));
});

test('forward and NEAREST matches, strictness and tolerance', async (t) => {
  const feed = `@1 ${QH}\n@1 + A 90 1\n@1 + A 130 2\n@0 ${TH}\n@0 + A 100\n@0 + A 90\n@1 |\n@0 |`;
  const run = async (n: plan.AsofJoinNode) => {
    const h = new OperatorHarness(asofJoin, n, [T, Q]);
    return h.feed(feed);
  };
  t.is(await run(node(1)), normalizeTimeline(`${OUT}\n+ A 100 A 130 2\n+ A 90 A 90 1\n|`));
  t.is(await run(node(1, { strict: true })), normalizeTimeline(`${OUT}\n+ A 100 A 130 2\n+ A 90 A 130 2\n|`));
  t.is(await run(node(2)), normalizeTimeline(`${OUT}\n+ A 100 A 90 1\n+ A 90 A 90 1\n|`));
  // Rows released together leave in their arrival order, matched or not.
  t.is(await run(node(0, { toleranceMs: 5 })), normalizeTimeline(`${OUT}\n+ A 100 NULL NULL NULL\n+ A 90 A 90 1\n|`));
});

test('eager mode answers at once; state survives a snapshot', async (t) => {
  const h = new OperatorHarness(asofJoin, node(0, { eager: true }), [T, Q]);
  await h.feed(`@1 ${QH}\n@1 + A 90 1\n@1 b(1)\n@0 b(1)`);
  const state = h.snapshots.get(1);
  t.truthy(state);
  const r = new OperatorHarness(asofJoin, node(0, { eager: true }), [T, Q], { restore: state });
  t.is(await r.feed(`@0 ${TH}\n@0 + A 100\n@0 + B 100`), normalizeTimeline(`${OUT}\n+ A 100 A 90 1\n+ B 100 NULL NULL NULL`));
});

test('ASOF plans are checked', (t) => {
  const e = t.throws(() => asofJoin.outputSchema(node(0), [T, schemaOf({ qsym: 'utf8', qts: 'int64' })]));
  t.regex(e!.message, /ASOF time column 'qts' must be a timestamp/);
  const c = t.throws(() => asofJoin.outputSchema(node(0), [schemaOf({ sym: 'utf8', ts: 'timestamp', __weight: 'int32' }), Q]));
  t.regex(c!.message, /append-only left input/);
});
