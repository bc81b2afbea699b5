// The lookup cache: byte budget, LRU order, TTL on an injected clock, negative caching,
// invalidation, columns read back from slots, and batching of misses (one source call per batch).
import test from 'ava';
import {
  batchToRows,
  fixedColumn,
  LookupStats,
  makeBatch,
  rowsToBatch,
  schemaOf,
  SimulatedClock,
  type LookupKey,
  type LookupPredicate,
  type LookupSource,
  type LookupTableHandle,
  type Row,
} from '../runtime/index.js';
import { LookupCache, MISS, NOT_FOUND, valueBytes } from './lookup-cache.js';
import { CachedLookup } from './lookup-cached.js';

const schema = schemaOf({ id: 'int32', name: 'utf8' });
const row = (id: number, name: string) => rowsToBatch(schema, [{ id, name }]);
const keys = (ks: (LookupKey | null)[]) => ks;

function cache(maxBytes: number, ttlMs = Infinity, clock = new SimulatedClock(0)) {
  return new LookupCache(schema, { maxBytes, ttlMs, clock });
}

test('a probe finds cached rows and cached misses, and reports the rest as misses', (t) => {
  const c = cache(1 << 20);
  const a = c.insert(1, row(1, 'a'), 0);
  c.insert(2, row(2, 'x'), -1);
  const out = new Int32Array(4);
  t.is(c.probe(keys([1, 2, 3, null]), 4, out), 1);
  t.deepEqual([...out], [a, NOT_FOUND, MISS, NOT_FOUND]);
  t.like(c.counters, { hits: 2, misses: 1 });
});

test('the byte budget evicts least recently used entries first', (t) => {
  const one = (() => {
    const c = cache(1 << 20);
    c.insert(1, row(1, 'aaaa'), 0);
    return c.bytes;
  })();
  const c = cache(3 * one);
  for (let k = 1; k <= 3; k++) c.insert(k, row(k, 'aaaa'), 0);
  c.trim();
  t.is(c.entries, 3);
  // Touch 1, so 2 is now the least recently used.
  c.probe([1], 1, new Int32Array(1));
  c.insert(4, row(4, 'aaaa'), 0);
  c.trim();
  t.is(c.entries, 3);
  t.true(c.bytes <= 3 * one);
  const out = new Int32Array(4);
  c.probe([1, 2, 3, 4], 4, out);
  t.deepEqual([...out].map((s) => s >= 0), [true, false, true, true]);
  t.is(c.counters.evictions, 1);
});

test('bytes follow what entries hold: longer strings cost more, and every entry is charged', (t) => {
  const c = cache(1 << 20);
  c.insert(1, row(1, 'a'), 0);
  const small = c.bytes;
  c.insert(2, row(2, 'a'.repeat(1000)), 0);
  t.true(c.bytes - small >= 1000, `a 1000-character name adds ${c.bytes - small} bytes`);
  c.insert(3, row(3, 'x'), -1);
  t.true(c.bytes > small + 1000 + 50, 'a cached miss costs its bookkeeping');
  c.clear();
  t.is(c.bytes, 0);
  t.is(c.entries, 0);
  t.true(valueBytes('中'.repeat(10)) > valueBytes('e'.repeat(10)), 'two-byte strings are charged double');
});

test('entries expire after the TTL on the injected clock, and then count as misses', (t) => {
  const clock = new SimulatedClock(1000);
  const c = cache(1 << 20, 500, clock);
  c.insert(1, row(1, 'a'), 0);
  c.insert(2, row(2, 'b'), -1);
  const out = new Int32Array(2);
  clock.advance(499);
  t.is(c.probe([1, 2], 2, out), 0);
  clock.advance(1);
  t.is(c.probe([1, 2], 2, out), 2);
  t.deepEqual([...out], [MISS, MISS]);
  t.is(c.counters.expirations, 2);
  t.is(c.entries, 0);
});

test('invalidated keys are looked up again', (t) => {
  const c = cache(1 << 20);
  c.insert(1, row(1, 'a'), 0);
  c.insert(2, row(2, 'b'), 0);
  c.invalidate([1, 9]);
  const out = new Int32Array(2);
  t.is(c.probe([1, 2], 2, out), 1);
  t.is(out[0], MISS);
});

test('a budget of 0 keeps entries only until the batch is done', (t) => {
  const c = cache(0);
  c.insert(1, row(1, 'a'), 0);
  t.is(c.entries, 1);
  c.trim();
  t.is(c.entries, 0);
  t.is(c.counters.evictions, 0, 'dropping them is not eviction');
});

test('gather reads every column type back, with NULLs for missing slots', (t) => {
  const s = schemaOf({ k: 'int64', b: 'bool', d: 'decimal(10,2)', day: 'date', ts: 'timestamp', j: 'json', l: 'list<int32>', f: 'float64' });
  const c = new LookupCache(s, { maxBytes: 1 << 20, ttlMs: Infinity, clock: new SimulatedClock(0) });
  const rows: Row[] = [
    { k: 1n, b: true, d: '12.50', day: '2024-02-29', ts: 1_700_000_000_123, j: '{"a":1}', l: [1, 2], f: 1.5 },
    { k: 2n, b: null, d: null, day: null, ts: null, j: null, l: null, f: null },
  ];
  const batch = rowsToBatch(s, rows);
  const a = c.insert(1, batch, 0);
  const b = c.insert(2, batch, 1);
  const slots = Int32Array.from([b, -1, a]);
  const cols = s.fields.map((_, k) => c.gather(k, slots, 3));
  const back = batchToRows(makeBatch(s, cols, 3));
  t.deepEqual(back, [rows[1], Object.fromEntries(s.fields.map((f) => [f.name, null])), rows[0]]);
});

/** A source that counts its calls and can hold them until released. */
class FakeSource implements LookupSource {
  readonly key = 'id';
  readonly calls: LookupKey[][] = [];
  private readonly rows = new Map<LookupKey, Row>();
  constructor(readonly schema = schemaOf({ id: 'int32', name: 'utf8' }), n = 100) {
    for (let i = 0; i < n; i++) this.rows.set(i, { id: i, name: `n${i}` });
  }
  get(keys: readonly LookupKey[], predicates: readonly LookupPredicate[]) {
    this.calls.push([...keys]);
    const found: Row[] = [];
    const rows = Int32Array.from(keys, (k) => {
      const r = this.rows.get(k);
      if (r === undefined || predicates.some((p) => p.op === 'in' && !p.values.includes(r.name))) return -1;
      found.push(r);
      return found.length - 1;
    });
    return Promise.resolve({ batch: rowsToBatch(this.schema, found), rows });
  }
}

function handle(source: LookupSource, cacheBytes = 1 << 20, cacheTtlMs = Infinity): LookupTableHandle {
  return { name: 't', source, cacheBytes, cacheTtlMs, stats: new LookupStats() };
}

const keyColumn = (ks: number[]) => fixedColumn('int32', Int32Array.from(ks), ks.length);

test('all misses of a batch go to the source in one call, each key once', async (t) => {
  const source = new FakeSource();
  const table = handle(source);
  const lookup = new CachedLookup(table, [], 'int32', new SimulatedClock(0));
  const slots = new Int32Array(6);
  await lookup.resolve(keyColumn([5, 7, 5, 500, 7, 9]), 6, slots);
  t.deepEqual(source.calls, [[5, 7, 500, 9]]);
  t.is(slots[3], NOT_FOUND);
  t.deepEqual([...slots].map((s) => s >= 0), [true, true, true, false, true, true]);
  t.is(slots[0], slots[2], 'the same key, the same slot');
  lookup.done();
  t.is(lookup.resolve(keyColumn([5, 500, 9]), 3, slots), undefined, 'a batch of cached keys does not wait');
  t.is(source.calls.length, 1);
  t.like(table.stats, { hits: 3, misses: 6, sourceCalls: 1, sourceKeys: 4, sourceRows: 3 });
  t.deepEqual(table.stats.cached().entries, 4);
  lookup.close();
  t.is(table.stats.caches.size, 0);
});

test('a join with a small cache keeps asking for evicted keys, one call per batch', async (t) => {
  const source = new FakeSource();
  // Room for a couple of entries only.
  const lookup = new CachedLookup(handle(source, 400), [], 'int32', new SimulatedClock(0));
  const slots = new Int32Array(10);
  for (let round = 0; round < 3; round++) {
    await lookup.resolve(keyColumn([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]), 10, slots);
    t.is(lookup.cache.gather(1, slots, 10).length, 10);
    lookup.done();
    t.true(lookup.cache.bytes <= 400);
  }
  t.is(source.calls.length, 3);
});

test('the TTL sends keys back to the source', async (t) => {
  const source = new FakeSource();
  const clock = new SimulatedClock(0);
  const lookup = new CachedLookup(handle(source, 1 << 20, 1000), [], 'int32', clock);
  const slots = new Int32Array(2);
  await lookup.resolve(keyColumn([1, 2]), 2, slots);
  clock.advance(999);
  t.is(lookup.resolve(keyColumn([1, 2]), 2, slots), undefined);
  clock.advance(1);
  await lookup.resolve(keyColumn([1, 2]), 2, slots);
  t.deepEqual(source.calls, [[1, 2], [1, 2]]);
});

test('predicates go to the source with the keys', async (t) => {
  const source = new FakeSource();
  const lookup = new CachedLookup(handle(source), [{ column: 'name', op: 'in', values: ['n1'] }], 'int32', new SimulatedClock(0));
  const slots = new Int32Array(2);
  await lookup.resolve(keyColumn([1, 2]), 2, slots);
  t.true(slots[0]! >= 0);
  t.is(slots[1], NOT_FOUND);
});

test('a failing source fails the lookup with the table named', async (t) => {
  const source: LookupSource = { schema, key: 'id', get: () => Promise.reject(new Error('connection refused')) };
  const lookup = new CachedLookup(handle(source), [], 'int32', new SimulatedClock(0));
  const err = await t.throwsAsync(lookup.resolve(keyColumn([1]), 1, new Int32Array(1))!);
  t.regex(err!.message, /lookup table 't': its source failed: connection refused/);
});
