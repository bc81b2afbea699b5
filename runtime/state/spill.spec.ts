import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import test from 'ava';
import { InvalidArgumentError } from '../errors/errors.js';
import { parseBytes, StateBudget, sweepStaleSpills } from './spill.js';

const bytes = (...xs: number[]) => Uint8Array.from(xs);

test('sizes parse from bytes or text with a unit, and bad ones are refused with what is expected', (t) => {
  t.is(parseBytes('64mb'), 64 * 2 ** 20);
  t.is(parseBytes('512 KiB'), 512 * 1024);
  t.is(parseBytes('1.5GB'), 1.5 * 2 ** 30);
  t.is(parseBytes(1000), 1000);
  for (const bad of ['64 parsecs', '', '-1mb', 0, -5, NaN]) t.throws(() => parseBytes(bad as string, 'stateMemoryBudget'), { instanceOf: InvalidArgumentError, message: /stateMemoryBudget: expected a positive number of bytes/ });
});

test('a spill store puts, takes (get and delete), deletes and lists entries; long keys go by their hash', async (t) => {
  const budget = new StateBudget(1000, {});
  const share = budget.share('op');
  const store = share.store();
  const long = new Uint8Array(5000).fill(7);
  const longer = new Uint8Array(5001).fill(7);
  store.put([[bytes(1), bytes(10)], [bytes(2, 0), bytes(20, 21)], [long, bytes(30)], [longer, bytes(31)], [bytes(), bytes(40)]]);
  t.is(store.count, 5);
  const listed = [...store.entries()].map(([k, v]) => [k.length > 100 ? `long${k.length}` : [...k].join(','), [...v].join(',')]);
  t.deepEqual(listed.map(String).sort(), ['1,10', '2,0,20,21', 'long5000,30', 'long5001,31', ',40'].sort());
  t.deepEqual([...store.keys()].map((k) => (k.length > 100 ? `long${k.length}` : [...k].join(','))).sort(), ['1', '2,0', 'long5000', 'long5001', ''].sort());
  // Putting a key again replaces its value and counts it once.
  store.put([[bytes(1), bytes(11)], [longer, bytes(32)]]);
  t.is(store.count, 5);
  t.deepEqual([...store.entries()].filter(([k]) => k.length === 1 || k.length === 5001).map(([, v]) => [...v].join(',')).sort(), ['11', '32']);
  const got = store.take([bytes(2, 0), bytes(3), long]);
  t.deepEqual(got.map((v) => (v === undefined ? undefined : [...v])), [[20, 21], undefined, [30]]);
  t.is(store.count, 3);
  t.deepEqual(store.take([bytes(2, 0), long]), [undefined, undefined]);
  store.delete([bytes(1), bytes(9)]);
  t.is(store.count, 2);
  const dir = budget.directory!;
  t.true(existsSync(dir));
  t.true(dir.startsWith(tmpdir()));
  await share.release();
  t.false(existsSync(dir), 'the spill directory goes with the last share');
});

test('shares: the budget less what others hold, at least an equal part; over only when the total is over', async (t) => {
  const budget = new StateBudget(1000, {});
  const a = budget.share('a');
  const b = budget.share('b');
  a.bytes = 900;
  t.false(a.over());
  t.is(a.allowance(), 1000);
  b.bytes = 300;
  t.true(a.over(), 'a holds 900 of 1200 with an allowance of 700');
  t.false(b.over(), 'b holds less than its equal part');
  t.is(b.allowance(), 500);
  await b.release();
  t.false(a.over());
  await a.release();
});

test('a durable database keeps spill files under <path>/spill, wiped on open', async (t) => {
  const path = mkdtempSync(join(tmpdir(), 'ldb-spill-'));
  t.teardown(() => rmSync(path, { recursive: true, force: true }));
  const first = new StateBudget(1000, { path });
  const old = first.share('op');
  old.store().put([[bytes(1), bytes(2)]]);
  t.true(first.directory!.startsWith(join(path, 'spill')));
  // A crash leaves files behind: the next open wipes them.
  writeFileSync(join(path, 'spill', 'stray'), 'x');
  const second = new StateBudget(1000, { path });
  t.false(existsSync(join(path, 'spill', 'stray')));
  const share = second.share('op');
  t.is(share.store().count, 0);
  await share.release();
  await old.release();
});

test('temp spill directories of processes that are gone are swept; live ones stay', (t) => {
  const base = mkdtempSync(join(tmpdir(), 'laminardb-sweep-'));
  // Pids above the kernel's maximum (4,194,304) never exist.
  const gone = join(base, 'laminardb-spill-999999999-abc');
  const mine = join(base, `laminardb-spill-${process.pid}-def`);
  const other = join(base, 'unrelated-999999999-x');
  for (const d of [gone, mine, other]) mkdirSync(d);
  t.is(sweepStaleSpills(base), 1);
  t.false(existsSync(gone));
  t.true(existsSync(mine));
  t.true(existsSync(other));
  rmSync(base, { recursive: true, force: true });
});
