import test from 'ava';
import { schemaOf } from '../runtime/index.js';
import { normalizeTimeline, OperatorHarness } from '../runtime/testing/index.js';
import { union } from './union.js';

const schema = schemaOf({ k: 'utf8', v: 'int32' });

test('union - merges inputs; the watermark is the minimum over live inputs', async (t) => {
  const h = new OperatorHarness(union, {}, [schema, schema]);
  t.is(await h.feed(`@0 w(10)`), '', 'input 1 has no watermark yet');
  t.is(await h.feed(`@1 w(5)`), 'w(5)');
  t.is(await h.feed(`@1 w(20)`), 'w(10)');
  t.is(await h.feed(`@0 |`), 'w(20)', 'an ended input no longer holds the watermark back');
  t.is(await h.feed(`@1 [k:utf8 v:int32]\n@1 + a 1`), normalizeTimeline(`[k:utf8 v:int32]\n+ a 1`));
  t.is(await h.feed(`@1 |`), '|', 'end of stream once every input ended');
  t.true(h.finished);
});

test('union - aligns barriers: an input that delivered barrier n waits for the others', async (t) => {
  const h = new OperatorHarness(union, {}, [schema, schema]);
  t.is(await h.feed(`@0 b(1)`), '');
  t.is(await h.feed(`@0 [k:utf8 v:int32]\n@0 + after 1`), '', 'input 0 is held back until the barrier aligns');
  t.is(await h.feed(`@1 [k:utf8 v:int32]\n@1 + before 2`), normalizeTimeline(`[k:utf8 v:int32]\n+ before 2`));
  t.is(await h.feed(`@1 b(1)`), normalizeTimeline(`b(1)\n[k:utf8 v:int32]\n+ after 1`));
  t.true(h.snapshots.has(1));
});

test('union - inputs must have the same columns', (t) => {
  const err = t.throws(() => union.outputSchema({}, [schema, schemaOf({ k: 'utf8', v: 'int64' })]));
  t.regex(err!.message, /input 1 has columns \(k utf8, v int64\)/);
});
