// The file lookup source: an offset index built on open, rows read only for the keys asked (in
// coalesced reads), CSV quoting and headers, JSON lines, re-indexing when the file changes, and
// errors that name the file and line.
import test from 'ava';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { batchToRows, schemaOf, type LookupKey, type LookupPredicate } from '../../../runtime/index.js';
import { FileLookupSource, type FileSettings } from './file-lookup.js';

const dir = mkdtempSync(join(tmpdir(), 'ldb-file-lookup-'));
test.after.always(() => rmSync(dir, { recursive: true, force: true }));
let files = 0;
function file(text: string, ext = 'csv'): string {
  const path = join(dir, `f${files++}.${ext}`);
  writeFileSync(path, text);
  return path;
}

const schema = schemaOf({ id: { type: 'int32', nullable: false }, name: 'utf8', price: 'float64' });
const csv = (path: string, extra: Partial<FileSettings> = {}): FileSettings => ({ path, format: 'csv', header: true, delimiter: ',', ...extra });
const open = (settings: FileSettings, s = schema) => FileLookupSource.open({ name: 'p', schema: s, key: 'id' }, settings);

async function lookup(source: FileLookupSource, keys: LookupKey[], predicates: LookupPredicate[] = []) {
  const { batch, rows } = await source.get(keys, predicates);
  const found = batchToRows(batch);
  return [...rows].map((r) => (r < 0 ? null : found[r]));
}

test('CSV: rows by key, quoted fields with commas, quotes and newlines, NULL for empty fields', async (t) => {
  const path = file('price,id,name\r\n9.5,1,"Widget, ""large"""\r\n,2,"two\nlines"\r\n3,3,\r\n\r\n');
  const s = await open(csv(path));
  t.is(s.size, 3);
  t.deepEqual(await lookup(s, [2, 1, 7, 3]), [
    { id: 2, name: 'two\nlines', price: null },
    { id: 1, name: 'Widget, "large"', price: 9.5 },
    null,
    { id: 3, name: null, price: 3 },
  ]);
  await s.close();
});

test('CSV without a header reads columns by position; another delimiter', async (t) => {
  const s = await open(csv(file('1;a;1.5\n2;b;2.5'), { header: false, delimiter: ';' }));
  t.deepEqual(await lookup(s, [2]), [{ id: 2, name: 'b', price: 2.5 }]);
  await s.close();
});

test('JSON lines: fields by name, missing fields NULL, the last record of a key wins', async (t) => {
  const s = await open({ path: file('{"id": 1, "name": "a", "price": 1}\n{"id": 2}\n{"id": 1, "name": "a2", "price": 2, "other": true}\n', 'jsonl'), format: 'json', header: true, delimiter: ',' });
  t.deepEqual(await lookup(s, [1, 2]), [{ id: 1, name: 'a2', price: 2 }, { id: 2, name: null, price: null }]);
  await s.close();
});

test('rows are read only for the keys asked, records close together in one read', async (t) => {
  const lines = ['id,name,price'];
  for (let i = 0; i < 20_000; i++) lines.push(`${i},name${i},${i / 10}`);
  const s = await open(csv(file(lines.join('\n'))));
  t.deepEqual(await lookup(s, [10, 11, 12]), [0, 1, 2].map((k) => ({ id: 10 + k, name: `name${10 + k}`, price: (10 + k) / 10 })));
  t.is(s.reads, 1, 'three neighbouring records, one read');
  await lookup(s, [5, 19_999]);
  t.is(s.reads, 3, 'records far apart are read separately');
  await s.close();
});

test('predicates filter rows before they are answered', async (t) => {
  const s = await open(csv(file('id,name,price\n1,a,5\n2,b,50\n3,,7')));
  t.deepEqual((await lookup(s, [1, 2, 3], [{ column: 'price', op: 'lt', values: [10] }, { column: 'name', op: 'is_not_null', values: [] }])).map((r) => r?.id ?? null), [1, null, null]);
  await s.close();
});

test('a changed file is indexed again on the next get', async (t) => {
  const path = file('id,name,price\n1,a,1\n');
  const s = await open(csv(path));
  t.is((await lookup(s, [1]))[0]!.name, 'a');
  writeFileSync(path, 'id,name,price\n2,b,2\n1,changed,1\n');
  t.is((await lookup(s, [1]))[0]!.name, 'changed');
  t.is(s.indexBuilds, 2);
  await s.close();
});

test('errors name the file and line: bad values, missing keys, header columns, missing files', async (t) => {
  await t.throwsAsync(open(csv(file('id,name,price\n1,a,1\n2,b,cheap\n'))), { message: /f\d+\.csv:3, column 'price': expected a number, got "cheap"/ });
  await t.throwsAsync(open(csv(file('id,name,price\n,a,1\n'))), { message: /:2: the primary key 'id' is missing or NULL/ });
  await t.throwsAsync(open(csv(file('id,title,price\n1,a,1\n'))), { message: /the header has no column 'name' \(it has id, title, price\)/ });
  await t.throwsAsync(open(csv(file('id,name,price\n99999999999,a,1\n'))), { message: /f\d+\.csv:2: column 'id' \(int32\): expected an integer in .*99999999999/ });
  await t.throwsAsync(open({ path: file('{"id": 1}\n{"id": 2,\n', 'jsonl'), format: 'json', header: true, delimiter: ',' }), { message: /:2: not JSON/ });
  await t.throwsAsync(open(csv(join(dir, 'missing.csv'))), { message: /cannot open .*missing\.csv/ });
});
