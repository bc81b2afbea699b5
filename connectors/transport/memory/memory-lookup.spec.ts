// The memory lookup source: rows by key, predicates evaluated before answering, NULL keys refused.
import test from 'ava';
import { batchToRows, schemaOf } from '../../../runtime/index.js';
import { MemoryLookupSource } from './memory-lookup.js';

const schema = schemaOf({ id: 'int64', name: 'utf8', price: 'float64', day: 'date' });

function source() {
  const s = new MemoryLookupSource(schema, 'id');
  s.upsert([
    { id: 1n, name: 'Widget', price: 9.5, day: '2024-01-01' },
    { id: 2n, name: 'Gadget', price: 20, day: '2024-02-01' },
    { id: 3n, name: null, price: null, day: null },
  ]);
  return s;
}

test('get answers each key with its row or -1, in key order', async (t) => {
  const { batch, rows } = await source().get([3, 9, 1], []);
  t.deepEqual([...rows], [0, -1, 1]);
  t.deepEqual(batchToRows(batch).map((r) => r.id), [3n, 1n]);
});

test('upsert replaces a key; 64-bit keys given as bigint or number are one key', async (t) => {
  const s = source();
  s.upsert([{ id: 1, name: 'Widget 2', price: 1, day: null }]);
  t.is(s.size, 3);
  const { batch } = await s.get([1], []);
  t.is(batchToRows(batch)[0]!.name, 'Widget 2');
  t.throws(() => s.upsert([{ id: null, name: 'x', price: 1, day: null }]), { message: /primary key column 'id' cannot be NULL/ });
});

test('predicates are evaluated as SQL compares: NULL passes only IS NULL', async (t) => {
  const s = source();
  const ids = async (p: Parameters<MemoryLookupSource['get']>[1]) => [...(await s.get([1, 2, 3], p)).rows].map((r) => r >= 0);
  t.deepEqual(await ids([{ column: 'price', op: 'gt', values: [10] }]), [false, true, false]);
  t.deepEqual(await ids([{ column: 'price', op: 'lte', values: [9.5] }]), [true, false, false]);
  t.deepEqual(await ids([{ column: 'name', op: 'neq', values: ['Widget'] }]), [false, true, false]);
  t.deepEqual(await ids([{ column: 'name', op: 'is_null', values: [] }]), [false, false, true]);
  t.deepEqual(await ids([{ column: 'day', op: 'gte', values: ['2024-01-15'] }]), [false, true, false]);
  t.deepEqual(await ids([{ column: 'id', op: 'in', values: [2n, 3n] }]), [false, true, true]);
  t.deepEqual(await ids([{ column: 'name', op: 'in', values: [] }]), [false, false, false], 'an empty IN matches nothing');
  t.deepEqual(await ids([{ column: 'price', op: 'is_not_null', values: [] }, { column: 'name', op: 'eq', values: ['Gadget'] }]), [false, true, false]);
});
