import test from 'ava';
import { columnsOf, makeBatch, makeSchema, rowsToBatch, batchToRows, type ColumnType, type Row } from '../index.js';
import { mulberry32, testSeed } from '../testing/index.js';
import { GroupTable, hashKeys } from './group-table.js';
import { decodeKeys, encodeKeys } from './key-codec.js';

const TYPES: ColumnType[] = ['utf8', 'int64', 'float64', 'int32', 'bool', 'decimal(12,2)', 'timestamp', 'float32', 'binary'];

test('encoded keys decode to the same keys, and two keys encode equal exactly when the group table puts them in one group', (t) => {
  const seed = testSeed();
  t.log(`seed ${seed} (replay with LAMINARDB_SEED=${seed})`);
  const rnd = mulberry32(seed);
  const pick = <T>(xs: T[]) => xs[Math.floor(rnd() * xs.length)]!;
  const schema = makeSchema(TYPES.map((type, c) => ({ name: `k${c}`, type, nullable: true })));
  const rows: Row[] = [];
  for (let i = 0; i < 400; i++) {
    rows.push({
      k0: pick([null, '', 'a', 'é', 'x'.repeat(40)]),
      k1: pick([null, 0n, -1n, 2n ** 60n]),
      k2: pick([null, 0, -0, NaN, 1.5, -Infinity]),
      k3: pick([null, 7, -7]),
      k4: pick([null, true, false]),
      k5: pick([null, '1.25', '-3.00']),
      k6: pick([null, 0, 1_700_000_000_000]),
      k7: pick([null, 0.5, -0]),
      k8: pick([null, new Uint8Array([1, 2]), new Uint8Array(0)]),
    });
  }
  const batch = rowsToBatch(schema, rows);
  const cols = columnsOf(batch);
  const keys = encodeKeys(cols, TYPES, rows.length);
  const decoded = decodeKeys(TYPES, keys);
  // The table keeps -0 as 0 (they are one group), and so does the encoding.
  const zero = (r: Row) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, Object.is(v, -0) ? 0 : v]));
  t.deepEqual(batchToRows(makeBatch(schema, decoded, rows.length)), batchToRows(batch).map(zero));
  t.deepEqual(encodeKeys(decoded, TYPES, rows.length), keys);
  const table = new GroupTable(TYPES);
  const gids = new Int32Array(rows.length);
  table.lookup(cols, hashKeys(cols, TYPES, new Uint32Array(rows.length)), null, rows.length, gids);
  const hex = keys.map((k) => Buffer.from(k).toString('hex'));
  for (let i = 0; i < rows.length; i += 7) for (let j = 0; j < rows.length; j += 3) t.is(hex[i] === hex[j], gids[i] === gids[j], `rows ${i} and ${j}`);
});
