// The view stores: a changelog's contents are a multiset, and values JSON cannot tell apart
// (NULL, NaN, ±Infinity) are still different rows.
import test from 'ava';
import { makeSchema, rowsToBatch } from '../runtime/index.js';
import { ChangelogStore } from './stores.js';

const schema = makeSchema([{ name: 'v', type: 'float64', nullable: true }, { name: '__weight', type: 'int32', nullable: false }]);

test('a retraction of NaN removes the NaN row, not the NULL one; Infinity and -Infinity stay apart', (t) => {
  const store = new ChangelogStore(makeSchema([{ name: 'v', type: 'float64', nullable: true }]));
  store.append(rowsToBatch(schema, [{ v: null, __weight: 1 }, { v: Number.NaN, __weight: 1 }, { v: Infinity, __weight: 1 }, { v: -Infinity, __weight: 1 }]));
  store.append(rowsToBatch(schema, [{ v: Number.NaN, __weight: -1 }, { v: -Infinity, __weight: -1 }]));
  const rows = store.batches().flatMap((b) => Array.from({ length: b.numRows }, (_, i) => b.getChildAt(0)!.get(i) as number | null));
  t.deepEqual(rows, [null, Infinity]);
  t.is(store.size, 2);
  t.is(store.unmatched, 0);
});
