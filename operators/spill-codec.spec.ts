// The spill format of a group's state gives back an equal state (numbers, -0, NaN, bigints,
// strings with lone surrogates, undefined properties, nested lists and records), falls back to
// v8.serialize for what it cannot hold, and still reads values written by v8.serialize alone;
// the spill filter never forgets a key it was given and says maybe for few others.
import v8 from 'node:v8';
import test from 'ava';
import { mulberry32, testSeed } from '../runtime/testing/index.js';
import { decodeState, StateWriter, touchedAtOf } from './spill-codec.js';
import { SpillFilter } from './spill-filter.js';
import type { GroupState } from './window-internals.js';

function randomValue(rnd: () => number, depth: number): unknown {
  const pick = Math.floor(rnd() * (depth > 2 ? 9 : 11));
  switch (pick) {
    case 0: return undefined;
    case 1: return null;
    case 2: return Math.floor(rnd() * 2000) - 1000;
    case 3: return [-0, NaN, Infinity, -Infinity, 2 ** 31, -(2 ** 31), 2 ** 53 + 2, 0.1][Math.floor(rnd() * 8)];
    case 4: return (rnd() - 0.5) * 1e300;
    case 5: return rnd() < 0.5;
    case 6: return [0n, -1n, 2n ** 100n, -(2n ** 64n) + 3n][Math.floor(rnd() * 4)];
    case 7: return ['', 'abc', 'é漢字😀', '\ud800 lone', 'x'.repeat(5000)][Math.floor(rnd() * 5)];
    case 8: return rnd() * 1e6;
    case 9: return Array.from({ length: Math.floor(rnd() * 4) }, () => randomValue(rnd, depth + 1));
    default: {
      const out: Record<string, unknown> = {};
      for (let i = Math.floor(rnd() * 4); i > 0; i--) out[['s', 'c', 'b', 'long key ✓', '1'][Math.floor(rnd() * 5)]!] = randomValue(rnd, depth + 1);
      return out;
    }
  }
}

function state(rnd: () => number, set: unknown[]): GroupState {
  return { rows: Math.floor(rnd() * 100) - 10, emitted: rnd() < 0.5 ? 1 : 0, dirty: rnd() < 0.5 ? 1 : 0, touchedAt: Math.floor(rnd() * 1e12), set };
}

test('spilled states decode equal to what was written, in one shared buffer; the time reads without decoding', (t) => {
  const seed = testSeed();
  t.log(`seed ${seed} (replay with LAMINARDB_SEED=${seed})`);
  const rnd = mulberry32(seed);
  const writer = new StateWriter(16);
  const written: [GroupState, Uint8Array][] = [];
  for (let i = 0; i < 2000; i++) {
    const s = state(rnd, Array.from({ length: Math.floor(rnd() * 5) }, () => randomValue(rnd, 0)));
    written.push([s, writer.write(s)]);
  }
  // Views written before the buffer grew still hold their bytes.
  for (const [s, bytes] of written) {
    t.deepEqual(decodeState(bytes), s, `seed ${seed}`);
    t.is(touchedAtOf(bytes), s.touchedAt);
  }
  const numeric = writer.write({ rows: 3, emitted: 1, dirty: 0, touchedAt: 5, set: [3, { s: 12, c: 3, b: undefined }, [3, 4, 1.5]] });
  t.is(numeric[8], 0x01, 'numbers-only state uses the compact format');
  t.true(numeric.length < 8 + v8.serialize({ rows: 3, emitted: 1, dirty: 0, touchedAt: 5, set: [3, { s: 12, c: 3, b: undefined }, [3, 4, 1.5]] }).length);
});

test('states the compact format cannot hold go through v8.serialize and come back equal; bare v8 values still decode', (t) => {
  const writer = new StateWriter(16);
  class Custom {
    x = 1;
  }
  const others: unknown[] = [new Map([['a', 1n]]), new Set([1, 2]), new Float64Array([1, 2]), [1, , 3], new Date(5), new Custom(), JSON.parse('{"__proto__": {"x": 1}}')];
  for (const other of others) {
    const s: GroupState = { rows: 1, emitted: 0, dirty: 1, touchedAt: 42, set: [7, { inner: other }] };
    const bytes = writer.write(s);
    t.is(bytes[8], 0xff, `${String(other)} falls back`);
    t.is(touchedAtOf(bytes), 42);
    t.deepEqual(decodeState(bytes), v8.deserialize(v8.serialize(s)) as GroupState);
  }
  // The format before the compact one: the time, then v8.serialize of the whole state.
  const s: GroupState = { rows: 2, emitted: 1, dirty: 0, touchedAt: 9, set: [2, { s: 1, c: 2, b: 2n ** 70n }] };
  const body = v8.serialize(s);
  const old = new Uint8Array(8 + body.length);
  new DataView(old.buffer).setFloat64(0, 9, true);
  old.set(body, 8);
  t.deepEqual(decodeState(old), s);
  const bad = old.slice();
  bad[8] = 0x7e;
  t.throws(() => decodeState(bad), { message: /unknown format/ });
});

test('the spill filter has no false negatives across its layers, few false positives, and forgets on clear', (t) => {
  const seed = testSeed();
  t.log(`seed ${seed} (replay with LAMINARDB_SEED=${seed})`);
  const rnd = mulberry32(seed);
  const f = new SpillFilter();
  t.false(f.mayHave(123));
  const added = new Set<number>();
  for (let i = 0; i < 200_000; i++) {
    const h = Math.floor(rnd() * 2 ** 32);
    added.add(h);
    f.add(h);
  }
  for (const h of added) if (!f.mayHave(h)) t.fail(`false negative for ${h} (seed ${seed})`);
  let maybe = 0;
  const probes = 100_000;
  for (let i = 0; i < probes; i++) {
    const h = Math.floor(rnd() * 2 ** 32);
    if (!added.has(h) && f.mayHave(h)) maybe++;
  }
  t.log(`false positives ${((100 * maybe) / probes).toFixed(2)}%, ${f.bytes} bytes for ${added.size} keys`);
  t.true(maybe / probes < 0.05, `false positive rate ${maybe / probes} (seed ${seed})`);
  t.true(f.bytes < 2 * added.size * 2, 'about 10 bits a key');
  f.clear();
  t.is(f.bytes, 0);
  t.false(f.mayHave([...added][0]!));
});
