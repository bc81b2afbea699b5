// The join operator: interval joins (S13) with eviction by each input's watermark, regular joins
// over changelogs with retractions, outer, SEMI and ANTI rows, NULL keys and residual conditions.
import test from 'ava';
import { schemaOf } from '../runtime/index.js';
import type { plan } from '../specs/index.js';
import { normalizeTimeline, OperatorHarness, runOperator } from '../runtime/testing/index.js';
import { join } from './join.js';

const L = schemaOf({ k: 'utf8', lt: 'timestamp' });
const R = schemaOf({ rk: 'utf8', rt: 'timestamp' });
const LH = '[k:utf8 lt:timestamp]';
const RH = '[rk:utf8 rt:timestamp]';
const interval = (type: number): plan.JoinNode => ({
  type, leftKeys: ['k'], rightKeys: ['rk'],
  interval: { leftTime: 'lt', rightTime: 'rt', lowerMs: -100, upperMs: 100 },
});

test('S13: an interval join matches rows within the bound, once', async (t) => {
  const h = new OperatorHarness(join, interval(0), [L, R]);
  t.is(await h.feed(`@0 ${LH}\n@0 + A 100`), '');
  t.is(await h.feed(`@1 ${RH}\n@1 + A 300`), '', 'a 200 ms gap is outside the bound');
  t.is(await h.feed(`@1 ${RH}\n@1 + A 110`), normalizeTimeline('[k:utf8 lt:timestamp rk:utf8 rt:timestamp]\n+ A 100 A 110'));
  t.is(await h.feed(`@0 w(1000)\n@1 w(1000)`), 'w(1000)', 'nothing is re-emitted and the state is empty');
  t.is(await h.feed(`@0 |\n@1 |`), '|');
});

test('S13: a LEFT interval join pads a left row once the right watermark passes its bound', async (t) => {
  const h = new OperatorHarness(join, interval(1), [L, R]);
  t.is(await h.feed(`@0 ${LH}\n@0 + A 100\n@0 w(150)`), '');
  t.is(await h.feed(`@1 w(150)`), 'w(100)', 'the output watermark is held at the kept row');
  t.is(await h.feed(`@1 w(200)`), '', 'the cutoff (200 - 100) has not passed 100 yet');
  t.is(await h.feed(`@1 w(300)`), normalizeTimeline(`
    [k:utf8 lt:timestamp rk:utf8 rt:timestamp]
    + A 100 NULL NULL
    w(150)
  `));
  t.is(await h.feed(`@1 ${RH}\n@1 + A 150`), '', 'the evicted row no longer matches');
});

test('interval joins: RIGHT rows of a FULL join, ANTI and SEMI rows', async (t) => {
  const feed = `
    @0 ${LH}
    @0 + A 100
    @0 + B 100
    @1 ${RH}
    @1 + A 150
    @1 + A 160
    @1 + C 100
    @0 w(1000)
    @1 w(1000)
    @0 |
    @1 |
  `;
  t.is(await runOperator(join, interval(3), [L, R], feed), normalizeTimeline(`
    [k:utf8 lt:timestamp rk:utf8 rt:timestamp]
    + A 100 A 150
    + A 100 A 160
    [k:utf8 lt:timestamp rk:utf8 rt:timestamp]
    + NULL NULL C 100
    [k:utf8 lt:timestamp rk:utf8 rt:timestamp]
    + B 100 NULL NULL
    w(1000)
    |
  `));
  t.is(await runOperator(join, interval(5), [L, R], feed), normalizeTimeline(`
    [k:utf8 lt:timestamp]
    + B 100
    w(1000)
    |
  `), 'ANTI: the left rows that never matched, once they cannot');
  t.is(await runOperator(join, interval(4), [L, R], feed), normalizeTimeline(`
    [k:utf8 lt:timestamp]
    + A 100
    w(1000)
    |
  `), 'SEMI: a left row once, on its first match');
});

const C = schemaOf({ k: 'int32', v: 'utf8', __weight: 'int32' });
const D = schemaOf({ id: 'int32', name: 'utf8', __weight: 'int32' });
const CH = '[k:int32 v:utf8 __weight:int32]';
const DH = '[id:int32 name:utf8 __weight:int32]';
const regular = (type: number, condition?: plan.Expr): plan.JoinNode => ({ type, leftKeys: ['k'], rightKeys: ['id'], condition });
const OUT = '[k:int32 v:utf8 id:int32 name:utf8 __weight:int32]';

test('regular join over changelogs: an update of either side retracts and re-emits its joined rows', async (t) => {
  const h = new OperatorHarness(join, regular(0), [C, D]);
  t.is(await h.feed(`@1 ${DH}\n@1 + 1 one`), '');
  t.is(await h.feed(`@0 ${CH}\n@0 + 1 x\n@0 + 1 y\n@0 + 2 z`), normalizeTimeline(`${OUT}\n+ 1 x 1 one\n+ 1 y 1 one`));
  t.is(await h.feed(`@1 ${DH}\n@1 - 1 one\n@1 + 1 uno\n@1 + 2 two`), normalizeTimeline(`
    ${OUT}
    - 1 x 1 one
    - 1 y 1 one
    + 1 x 1 uno
    + 1 y 1 uno
    + 2 z 2 two
  `));
  t.is(await h.feed(`@0 ${CH}\n@0 - 1 x`), normalizeTimeline(`${OUT}\n- 1 x 1 uno`));
  t.is(await h.feed(`@0 ${CH}\n@0 - 9 x`), '', 'a retraction of a row never seen is counted, not applied');
  t.is(h.actor.counters.unmatchedRetractions, 1);
});

test('regular LEFT join: an outer row is emitted at once and retracted when a match arrives', async (t) => {
  const h = new OperatorHarness(join, regular(1), [C, D]);
  t.is(await h.feed(`@0 ${CH}\n@0 + 1 x`), normalizeTimeline(`${OUT}\n+ 1 x NULL NULL`));
  t.is(await h.feed(`@1 ${DH}\n@1 + 1 one`), normalizeTimeline(`${OUT}\n- 1 x NULL NULL\n${OUT}\n+ 1 x 1 one`));
  t.is(await h.feed(`@1 ${DH}\n@1 - 1 one`), normalizeTimeline(`${OUT}\n+ 1 x NULL NULL\n${OUT}\n- 1 x 1 one`), 'the last match gone: padded again');
  t.is(await h.feed(`@0 ${CH}\n@0 - 1 x`), normalizeTimeline(`${OUT}\n- 1 x NULL NULL`));
});

test('regular ANTI and SEMI joins follow the other side: rows come and go as matches do', async (t) => {
  const anti = new OperatorHarness(join, regular(5), [C, D]);
  const LO = '[k:int32 v:utf8 __weight:int32]';
  t.is(await anti.feed(`@0 ${CH}\n@0 + 1 x`), normalizeTimeline(`${LO}\n+ 1 x`));
  t.is(await anti.feed(`@1 ${DH}\n@1 + 1 one\n@1 + 1 uno`), normalizeTimeline(`${LO}\n- 1 x`));
  t.is(await anti.feed(`@1 ${DH}\n@1 - 1 one`), '', 'still one match');
  t.is(await anti.feed(`@1 ${DH}\n@1 - 1 uno`), normalizeTimeline(`${LO}\n+ 1 x`));
  const semi = new OperatorHarness(join, regular(4), [C, D]);
  t.is(await semi.feed(`@0 ${CH}\n@0 + 1 x`), '');
  t.is(await semi.feed(`@1 ${DH}\n@1 + 1 one\n@1 + 1 uno`), normalizeTimeline(`${LO}\n+ 1 x`), 'once, however many matches');
  t.is(await semi.feed(`@0 ${CH}\n@0 + 1 w`), normalizeTimeline(`${LO}\n+ 1 w`));
  t.is(await semi.feed(`@1 ${DH}\n@1 - 1 one\n@1 - 1 uno`), normalizeTimeline(`${LO}\n- 1 x\n- 1 w`));
});

test('NULL keys never match, yet FULL joins keep their rows; a residual condition filters matches', async (t) => {
  const bounded = { ...regular(3), bounded: true };
  const A = schemaOf({ k: 'int32', v: 'utf8' });
  const B = schemaOf({ id: 'int32', name: 'utf8' });
  const feed = `
    @0 [k:int32 v:utf8]
    @0 + NULL a
    @0 + 1 b
    @1 [id:int32 name:utf8]
    @1 + NULL c
    @1 + 1 b
    @1 + 1 d
    @0 |
    @1 |
  `;
  t.is(await runOperator(join, bounded, [A, B], feed), normalizeTimeline(`
    [k:int32 v:utf8 id:int32 name:utf8]
    + 1 b 1 b
    + 1 b 1 d
    [k:int32 v:utf8 id:int32 name:utf8]
    + NULL a NULL NULL
    [k:int32 v:utf8 id:int32 name:utf8]
    + NULL NULL NULL c
    |
  `));
  const cond: plan.Expr = { call: { function: 'eq', args: [{ column: { name: 'v' } }, { column: { name: 'name' } }] } };
  t.is(await runOperator(join, { ...bounded, type: 0, condition: cond }, [A, B], feed), normalizeTimeline(`
    [k:int32 v:utf8 id:int32 name:utf8]
    + 1 b 1 b
    |
  `));
});

test('join plans are checked: key types must agree and column names must be distinct', (t) => {
  const e1 = t.throws(() => join.outputSchema(regular(0), [C, schemaOf({ id: 'int64', name: 'utf8' })]));
  t.regex(e1!.message, /join keys 'k' \(int32\) and 'id' \(int64\) must have the same type; cast one/);
  const e2 = t.throws(() => join.outputSchema(regular(0), [C, schemaOf({ id: 'int32', v: 'utf8' })]));
  t.regex(e2!.message, /both join inputs have a column 'v'/);
});
