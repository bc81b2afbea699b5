import test from 'ava';
import fc from 'fast-check';
import { testSeed } from '../testing/random.js';
import { jsKernels } from './js-kernels.js';
import type { Kernels } from './kernels.js';
import { nativeKernels } from './load-native.js';

const bytes = (s: string) => new TextEncoder().encode(s);
const native = nativeKernels();
const seed = testSeed();

test('kernels - CRC-32C known vectors (JS twin)', (t) => {
  t.is(jsKernels.crc32c(0, bytes('123456789')), 0xe3069283);
  t.is(jsKernels.crc32c(0, new Uint8Array(0)), 0);
  t.is(jsKernels.crc32c(0, new Uint8Array(32)), 0x8a9136aa);
  t.is(jsKernels.crc32c(0, new Uint8Array(32).fill(0xff)), 0x62a8ab43);
  t.is(jsKernels.crc32c(jsKernels.crc32c(0, bytes('1234')), bytes('56789')), 0xe3069283, 'incremental');
});

test('kernels - the native addon is built (required in CI)', (t) => {
  if (native.kernels === undefined) {
    if (process.env.LAMINARDB_REQUIRE_NATIVE === '1') t.fail(`native addon missing: ${native.error}`);
    else t.log(`native addon not built (${native.error}); JS kernels only`);
  }
  t.pass();
});

function validityOf(nulls: boolean[]): Uint8Array {
  const v = new Uint8Array((nulls.length + 7) >> 3);
  nulls.forEach((isNull, i) => !isNull && (v[i >> 3]! |= 1 << (i & 7)));
  return v;
}

function both(t: { deepEqual: (a: unknown, b: unknown, m?: string) => void }, run: (k: Kernels) => unknown, what: string): void {
  const js = run(jsKernels);
  if (native.kernels !== undefined) t.deepEqual(run(native.kernels), js, `${what}: native equals JS`);
}

test('kernels - property: native and JS hashes agree for every type, with NULLs and offsets', (t) => {
  t.log(`seed ${seed}`);
  fc.assert(
    fc.property(
      fc.array(fc.tuple(fc.integer(), fc.double(), fc.bigInt({ min: -(2n ** 63n), max: 2n ** 63n - 1n }), fc.string({ unit: 'grapheme', maxLength: 12 }), fc.boolean()), { minLength: 1, maxLength: 64 }),
      fc.nat(3),
      (rows, offset) => {
        const n = rows.length;
        const pad = <T>(make: (len: number) => T) => make(n + offset);
        const ints = pad((l) => new Int32Array(l));
        const dbl = pad((l) => new Float64Array(l));
        const big = pad((l) => new BigInt64Array(l));
        const strs = ['x', 'y', 'z'].slice(0, offset).concat(rows.map((r) => r[3]));
        const enc = strs.map((s) => bytes(s));
        const offsets = new Int32Array(strs.length + 1);
        enc.forEach((b, i) => (offsets[i + 1] = offsets[i]! + b.length));
        const data = new Uint8Array(offsets[strs.length]!);
        enc.forEach((b, i) => data.set(b, offsets[i]!));
        rows.forEach((r, i) => {
          ints[offset + i] = r[0];
          dbl[offset + i] = r[1];
          big[offset + i] = r[2];
        });
        const validity = validityOf([...new Array(offset).fill(false), ...rows.map((r) => r[4])]);
        for (const v of [null, validity]) {
          both(t, (k) => { const o = new Uint32Array(n); k.hashInt32(o, ints, v, offset, n, false); return o; }, 'hashInt32');
          both(t, (k) => { const o = new Uint32Array(n); k.hashFloat64(o, dbl, v, offset, n, false); return o; }, 'hashFloat64');
          both(t, (k) => { const o = new Uint32Array(n); k.hashInt64(o, big, v, offset, n, false); return o; }, 'hashInt64');
          both(t, (k) => { const o = new Uint32Array(n); k.hashUtf8(o, offsets, data, v, offset, n, false); return o; }, 'hashUtf8');
          both(t, (k) => { const o = new Uint32Array(n); k.hashInt32(o, ints, v, offset, n, false); k.hashUtf8(o, offsets, data, v, offset, n, true); return o; }, 'combined');
        }
        return true;
      },
    ),
    { seed, numRuns: 200 },
  );
  t.pass();
});

test('kernels - hashes treat -0 as 0, every NaN alike, and NULLs alike', (t) => {
  const o = new Uint32Array(4);
  jsKernels.hashFloat64(o, new Float64Array([0, -0, NaN, -NaN]), null, 0, 4, false);
  t.is(o[0], o[1]);
  t.is(o[2], o[3]);
  t.not(o[0], o[2]);
  const n = new Uint32Array(2);
  jsKernels.hashInt32(n, new Int32Array([5, 6]), new Uint8Array([0]), 0, 2, false);
  t.is(n[0], n[1]);
});

test('kernels - property: int64 conversions and grouped sums agree, and conversions are exact below 2^53', (t) => {
  fc.assert(
    fc.property(fc.array(fc.integer({ min: Number.MIN_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }), { minLength: 1, maxLength: 100 }), (values) => {
      const n = values.length;
      both(t, (k) => { const b = new BigInt64Array(n); k.float64ToInt64(Float64Array.from(values), b, n); return b; }, 'float64ToInt64');
      const big = BigInt64Array.from(values.map(BigInt));
      const back = new Float64Array(n);
      jsKernels.int64ToFloat64(big, 0, back, n);
      t.deepEqual([...back], values);
      both(t, (k) => { const d = new Float64Array(n); k.int64ToFloat64(big, 0, d, n); return d; }, 'int64ToFloat64');
      const groups = Int32Array.from(values.map((v) => Math.abs(v) % 5));
      const validity = validityOf(values.map((v) => v % 3 === 0));
      both(t, (k) => { const acc = new Float64Array(5); const counts = new Float64Array(5); k.sumByGroup(acc, counts, groups, Float64Array.from(values), validity, 0, n); return [acc, counts]; }, 'sumByGroup');
      return true;
    }),
    { seed, numRuns: 100 },
  );
  t.pass();
});

test('kernels - property: CRC-32C agrees between native and JS on random buffers', (t) => {
  fc.assert(
    fc.property(fc.uint8Array({ maxLength: 300 }), fc.nat(), (buf, start) => {
      both(t, (k) => k.crc32c(start >>> 0, buf), 'crc32c');
      return true;
    }),
    { seed, numRuns: 200 },
  );
  t.pass();
});
