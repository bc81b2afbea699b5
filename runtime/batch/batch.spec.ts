import test from 'ava';
import * as arrow from 'apache-arrow';
import { columnsOf, concatBatches, gatherAcross, makeBatch, selectRows } from './batch.js';
import { coerceBatch } from './coerce.js';
import { formatBatch, parseHeader, parseRows, prettyTable } from './pretty.js';
import { batchToRows, rowsToBatch } from './rows.js';
import { schemaOf } from './types.js';

const schema = schemaOf({ b: 'bool', i8: 'int8', i16: 'int16', i32: 'int32', i64: 'int64', f32: 'float32', f64: 'float64', s: 'utf8', ts: 'timestamp' });
const rows = [
  { b: true, i8: -5, i16: 300, i32: -70000, i64: 9007199254740993n, f32: 1.5, f64: 0.1, s: 'héllo', ts: 1_700_000_000_123 },
  { b: null, i8: null, i16: null, i32: null, i64: null, f32: null, f64: null, s: null, ts: null },
  { b: false, i8: 127, i16: -32768, i32: 2147483647, i64: -1n, f32: -0.25, f64: -1e300, s: '', ts: -1 },
];

test('batch - rows round-trip through Arrow for every type, NULLs and exact int64 included', (t) => {
  const batch = rowsToBatch(schema, rows);
  t.is(batch.numRows, 3);
  t.deepEqual(batchToRows(batch), rows);
  t.is(batch.getChild('s')!.type.typeId, arrow.Type.Utf8);
  t.is(batch.getChild('ts')!.type.toString(), 'Timestamp<MILLISECOND>');
});

test('batch - Date values become epoch milliseconds; numbers for int64 become bigints', (t) => {
  const s = schemaOf({ ts: 'timestamp', n: 'int64' });
  const out = batchToRows(rowsToBatch(s, [{ ts: new Date(5000), n: 42 }]));
  t.deepEqual(out, [{ ts: 5000, n: 42n }]);
});

test('batch - out-of-range integers and wrong types are errors naming row and column', (t) => {
  t.throws(() => rowsToBatch(schema, [{ ...rows[0], i8: 128 }]), { message: /column 'i8' \(int8\) row 0: expected an integer in \[-128, 127\], got number 128/ });
  t.throws(() => rowsToBatch(schema, [rows[0]!, { ...rows[0], b: 'yes' }]), { message: /column 'b' \(bool\) row 1: expected a boolean, got string "yes"/ });
  t.throws(() => rowsToBatch(schema, [{ ...rows[0], ts: Number.NaN }]), { message: /column 'ts'/ });
});

test('batch - selectRows and concat work on sliced batches (non-zero offsets)', (t) => {
  const batch = rowsToBatch(schema, [...rows, ...rows]);
  const sliced = batch.slice(1, 5);
  t.deepEqual(batchToRows(sliced), [rows[1], rows[2], rows[0], rows[1]]);
  const picked = selectRows(sliced, Int32Array.from([3, 0, 2]), 3);
  t.deepEqual(batchToRows(picked), [rows[1], rows[1], rows[0]]);
  const all = concatBatches(schema, [sliced, picked, rowsToBatch(schema, [])]);
  t.deepEqual(batchToRows(all), [rows[1], rows[2], rows[0], rows[1], rows[1], rows[1], rows[0]]);
});

test('batch - gatherAcross picks rows of several (sliced) batches, and NULL rows, for every type', (t) => {
  const wide = schemaOf({ ...Object.fromEntries(schema.fields.map((f) => [f.name, f.type])), d: 'decimal(20,2)', iv: 'interval', l: 'list<int32>', j: 'json', bin: 'binary' });
  const extra = [
    { d: '12.34', iv: { months: 0, days: 1, millis: 5 }, l: [1, null, 3], j: '{"a":1}', bin: Uint8Array.of(1, 2) },
    { d: null, iv: null, l: null, j: null, bin: null },
    { d: '-0.01', iv: 86_400_000, l: [], j: '[]', bin: Uint8Array.of() },
  ];
  const all = rows.map((r, i) => ({ ...r, ...extra[i]! }));
  const parts = [rowsToBatch(wide, [...all, ...all]).slice(1, 5), rowsToBatch(wide, all), rowsToBatch(wide, [all[0]!])];
  const picks: [number, number][] = [[1, 2], [-1, 0], [0, 3], [2, 0], [0, 0], [1, 1], [-1, 0], [0, 1]];
  const from = Int32Array.from(picks, ([p]) => p);
  const at = Int32Array.from(picks, ([, r]) => r);
  const out = makeBatch(wide, wide.fields.map((f, k) => gatherAcross(parts.map((b) => columnsOf(b)[k]!), f.type, from, at, picks.length)), picks.length);
  const nulls = Object.fromEntries(wide.fields.map((f) => [f.name, null]));
  const expected = picks.map(([p, r]) => (p < 0 ? nulls : batchToRows(parts[p]!)[r]!));
  t.deepEqual(batchToRows(out), expected);
  const none = gatherAcross([], 'utf8', Int32Array.of(-1, -1), Int32Array.of(0, 0), 2);
  t.is(none.nullCount, 2);
});

test('batch - selectRows returns the batch itself when every row is kept in order', (t) => {
  const batch = rowsToBatch(schema, rows);
  t.is(selectRows(batch, Int32Array.from([0, 1, 2]), 3), batch);
});

test('batch - coerce accepts tableFromArrays output (dictionary strings, other column order)', (t) => {
  const s = schemaOf({ sym: 'utf8', price: 'float64' });
  const table = arrow.tableFromArrays({ price: new Float64Array([1.5, 2]), sym: ['A', 'B'] });
  const coerced = coerceBatch(table.batches[0]!, s);
  t.deepEqual(batchToRows(coerced), [{ sym: 'A', price: 1.5 }, { sym: 'B', price: 2 }]);
  const bad = arrow.tableFromArrays({ sym: ['A'], price: new Int32Array([1]) });
  t.throws(() => coerceBatch(bad.batches[0]!, s), { message: /column 'price' is int32, expected float64/ });
});

test('batch - the DSL prints and parses the same batch back', (t) => {
  const batch = rowsToBatch(schema, rows);
  const text = formatBatch(batch);
  t.is(text.split('\n')[1], '+ true -5 300 -70000 9007199254740993 1.5 0.1 héllo 1700000000123');
  t.is(text.split('\n')[3], '+ false 127 -32768 2147483647 -1 -0.25 -1e+300 "" -1');
  const [header, ...lines] = text.split('\n');
  t.deepEqual(batchToRows(parseRows(parseHeader(header!), lines)), rows);
  t.regex(prettyTable(batch), /│ héllo │ 2023-11-14 22:13:20.123 │/);
});

test('batch - DSL retractions need a __weight column', (t) => {
  const s = parseHeader('[k:utf8 __weight:int32]');
  t.deepEqual(batchToRows(parseRows(s, ['+ a', '- a'])), [{ k: 'a', __weight: 1 }, { k: 'a', __weight: -1 }]);
  t.throws(() => parseRows(parseHeader('[k:utf8]'), ['- a']), { message: /retraction but the schema has no __weight/ });
});
