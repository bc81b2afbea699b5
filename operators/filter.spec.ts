import test from 'ava';
import { col, schemaOf } from '../runtime/index.js';
import { normalizeTimeline, runOperator } from '../runtime/testing/index.js';
import { filter } from './filter.js';

const schema = schemaOf({ sym: 'utf8', qty: 'int32' });

test('filter - keeps matching rows and forwards watermarks, barriers and end of stream', async (t) => {
  const out = await runOperator(filter, { expr: col('qty').gt(1).node }, [schema], `
    [sym:utf8 qty:int32]
    + A 1
    + B 2
    + C 3
    w(100)
    b(1)
    [sym:utf8 qty:int32]
    + D 0
    |
  `);
  t.is(out, normalizeTimeline(`
    [sym:utf8 qty:int32]
    + B 2
    + C 3
    w(100)
    b(1)
    |
  `));
});

test('filter - NULL predicates drop the row (SQL WHERE)', async (t) => {
  const out = await runOperator(filter, { expr: col('qty').gt(1).node }, [schema], `
    [sym:utf8 qty:int32]
    + A NULL
    + B 5
  `);
  t.is(out, normalizeTimeline(`[sym:utf8 qty:int32]\n+ B 5`));
});

test('filter - a JS row function keeps rows for which it is truthy', async (t) => {
  const out = await runOperator(filter, { rowFunction: 'f' }, [schema], `
    [sym:utf8 qty:int32]
    + A 1
    + "two words" 2
  `, { functions: { f: (row) => (row.sym as string).includes(' ') } });
  t.is(out, normalizeTimeline(`[sym:utf8 qty:int32]\n+ "two words" 2`));
});

test('filter - a predicate that is not boolean is a plan error', (t) => {
  const err = t.throws(() => filter.outputSchema({ expr: col('qty').add(1).node }, [schema]));
  t.regex(err!.message, /must be boolean/);
});

test('filter - an unknown column names the close match', (t) => {
  const err = t.throws(() => filter.outputSchema({ expr: col('qyt').gt(1).node }, [schema]));
  t.regex(err!.message, /unknown column 'qyt'.*did you mean 'qty'/);
});
