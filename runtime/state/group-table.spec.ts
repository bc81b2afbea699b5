import test from 'ava';
import fc from 'fast-check';
import { columnsOf } from '../batch/batch.js';
import { readValue } from '../batch/column.js';
import { rowsToBatch } from '../batch/rows.js';
import { schemaOf, type ColumnType } from '../batch/types.js';
import { testSeed } from '../testing/random.js';
import { GroupTable, hashKeys } from './group-table.js';

const schema = schemaOf({ s: 'utf8', i: 'int32', f: 'float64', b: 'int64', t: 'bool' });
const types = schema.fields.map((f) => f.type) as ColumnType[];

test('group table - property: ids match a reference map over random multi-column keys with NULLs and slices', (t) => {
  const seed = testSeed();
  t.log(`seed ${seed} (replay with LAMINARDB_SEED=${seed})`);
  const key = fc.record({
    s: fc.option(fc.constantFrom('a', 'b', 'ab', 'héllo', ''), { nil: null }),
    i: fc.option(fc.integer({ min: -3, max: 3 }), { nil: null }),
    f: fc.option(fc.constantFrom(0, -0, 1.5, Number.NaN, -1), { nil: null }),
    b: fc.option(fc.constantFrom(1n, -1n, 2n ** 60n), { nil: null }),
    t: fc.option(fc.boolean(), { nil: null }),
  });
  fc.assert(
    fc.property(fc.array(fc.array(key, { minLength: 1, maxLength: 40 }), { minLength: 1, maxLength: 4 }), fc.nat(5), (batches, cut) => {
      const table = new GroupTable(types, 2);
      const reference = new Map<string, number>();
      let last: { cols: ReturnType<typeof columnsOf>; hashes: Uint32Array; ids: Int32Array } | undefined;
      for (const rows of batches) {
        let batch = rowsToBatch(schema, rows);
        const from = Math.min(cut, rows.length - 1);
        batch = batch.slice(from, rows.length);
        const cols = columnsOf(batch);
        const n = batch.numRows;
        const hashes = hashKeys(cols, types, new Uint32Array(n));
        const ids = new Int32Array(n);
        table.lookup(cols, hashes, null, n, ids);
        last = { cols, hashes, ids };
        rows.slice(from).forEach((r, j) => {
          const normal = JSON.stringify([r.s, r.i, r.f === null ? null : Number.isNaN(r.f) ? 'NaN' : r.f === 0 ? 0 : r.f, r.b === null ? null : String(r.b), r.t]);
          if (!reference.has(normal)) reference.set(normal, reference.size);
          if (reference.get(normal) !== ids[j]) throw new Error(`row ${JSON.stringify(normal)} got id ${ids[j]}, expected ${reference.get(normal)}`);
        });
      }
      if (table.size !== reference.size) return false;
      // Key columns hold each group's key once, in id order.
      const s = table.keyColumn(0);
      const b = table.keyColumn(3);
      [...reference.keys()].forEach((k, g) => {
        const parts = JSON.parse(k) as unknown[];
        if (readValue(s, 'utf8', g) !== parts[0]) throw new Error(`key column s at ${g}`);
        const big = readValue(b, 'int64', g);
        if ((big === null ? null : String(big)) !== parts[3]) throw new Error(`key column b at ${g}`);
      });
      // A restored table assigns the same ids.
      const restored = GroupTable.restore(types, structuredClone(table.snapshot()));
      const again = new Int32Array(last!.ids.length);
      restored.lookup(last!.cols, last!.hashes, null, again.length, again);
      return restored.size === table.size && again.every((id, j) => id === last!.ids[j]);
    }),
    { seed, numRuns: 150 },
  );
  t.pass();
});

test('group table - zero key columns put every row in group 0', (t) => {
  const table = new GroupTable([]);
  const ids = new Int32Array(3).fill(-1);
  table.lookup([], new Uint32Array(3), null, 3, ids);
  t.deepEqual([...ids], [0, 0, 0]);
  t.is(table.size, 1);
});
