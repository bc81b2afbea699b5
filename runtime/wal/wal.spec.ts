import test from 'ava';
import { mkdtempSync, readdirSync, rmSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InvalidArgumentError, PipelineStateError, StorageError } from '../errors/errors.js';
import { FaultyFileSystem } from '../fs/faulty.js';
import { nodeFileSystem } from '../fs/file-system.js';
import { Wal, type WalOptions } from './wal.js';

const DIR = '/db/wal';
const enc = (s: string) => new TextEncoder().encode(s);
const dec = (b: Uint8Array) => new TextDecoder().decode(b);
const texts = (wal: Wal, from?: bigint) => [...wal.records(from)].map((r) => `${r.seq}:${dec(r.payload)}`);

test('wal - appends get sequence numbers 1, 2, 3 ... and read back in order, from any sequence number', async (t) => {
  const fs = new FaultyFileSystem({ seed: 1 });
  const wal = Wal.open(DIR, { fs });
  t.is(wal.lastSeq, 0n);
  t.deepEqual(texts(wal), []);
  const a = wal.append(enc('a'));
  t.is(wal.lastSeq, 1n, 'the sequence number is taken at once');
  t.is(await a, 1n);
  t.is(await wal.append(new Uint8Array(0)), 2n);
  t.is(await wal.append(enc('ccc')), 3n);
  t.deepEqual(texts(wal), ['1:a', '2:', '3:ccc']);
  t.deepEqual(texts(wal, 3n), ['3:ccc']);
  t.deepEqual(texts(wal, 4n), []);
  const reused = enc('x');
  const d = wal.append(reused);
  reused[0] = 0x79;
  await d;
  t.deepEqual(texts(wal, 4n), ['4:x'], 'the payload is copied at append');
  await wal.close();
  t.deepEqual(fs.files(), [`${DIR}/wal-00000000000000000001.log`]);
});

test('wal - group commit: appends made in one turn share one write and one fsync; always acks only after it', async (t) => {
  const fs = new FaultyFileSystem({ seed: 2 });
  const wal = Wal.open(DIR, { fs });
  const before = { writes: fs.callsByKind.get('write') ?? 0, fsyncs: fs.callsByKind.get('fsync') ?? 0 };
  const seqs = await Promise.all(Array.from({ length: 1000 }, (_, i) => wal.append(enc(`r${i}`))));
  t.deepEqual(seqs, Array.from({ length: 1000 }, (_, i) => BigInt(i + 1)));
  t.is(fs.callsByKind.get('write')! - before.writes, 1);
  t.is(fs.callsByKind.get('fsync')! - before.fsyncs, 1);
  t.like(wal.stats, { records: 1000, writes: 1, fsyncs: 1 });
  t.is(fs.crash('drop').size(`${DIR}/wal-00000000000000000001.log`), fs.bytes(`${DIR}/wal-00000000000000000001.log`).length, 'durable when acknowledged');
  // Appenders that come back for more form the next group.
  let n = 0;
  await Promise.all(Array.from({ length: 50 }, async () => {
    for (let i = 0; i < 10; i++) await wal.append(enc(`w${n++}`));
  }));
  t.like(wal.stats, { records: 1500, writes: 11, fsyncs: 11 });
  await wal.close();
});

test('wal - fsync never acks after the write and syncs on sync() and close(); interval syncs on a timer', async (t) => {
  const fs = new FaultyFileSystem({ seed: 3 });
  const path = `${DIR}/wal-00000000000000000001.log`;
  const never = Wal.open(DIR, { fs, fsync: 'never' });
  await never.append(enc('a'));
  t.is(never.stats.fsyncs, 0);
  t.is(fs.crash('drop').size(path), 24, 'acknowledged but only in the page cache');
  await never.sync();
  t.is(fs.crash('drop').size(path), fs.bytes(path).length);
  await never.append(enc('b'));
  await never.close();
  t.is(fs.crash('drop').size(path), fs.bytes(path).length, 'close syncs');

  const interval = Wal.open(DIR, { fs, fsync: { intervalMs: 5 } });
  await interval.append(enc('c'));
  t.is(interval.stats.fsyncs, 0);
  for (let waited = 0; interval.stats.fsyncs === 0 && waited < 5000; waited += 5) await new Promise((r) => setTimeout(r, 5));
  t.is(interval.stats.fsyncs, 1, 'the timer synced');
  t.is(fs.crash('drop').size(path), fs.bytes(path).length);
  await interval.close();
});

test('wal - segments roll at segmentBytes; a record larger than a segment gets one of its own; truncateBefore deletes whole segments', async (t) => {
  const fs = new FaultyFileSystem({ seed: 4 });
  const wal = Wal.open(DIR, { fs, segmentBytes: 100 });
  for (let i = 1; i <= 6; i++) await wal.append(enc(`${i}`.repeat(30))); // 54 bytes a record: one per segment
  await wal.append(new Uint8Array(500));
  await Promise.all([wal.append(enc('x')), wal.append(enc('y'))]);
  const names = fs.files().map((p) => p.slice(DIR.length + 1));
  t.deepEqual(names, [1, 2, 3, 4, 5, 6, 7, 8].map((s) => `wal-${String(s).padStart(20, '0')}.log`));
  t.true(fs.bytes(`${DIR}/${names[6]}`).length > 500);
  wal.truncateBefore(3n);
  t.deepEqual(texts(wal).map((s) => s.split(':')[0]), ['3', '4', '5', '6', '7', '8', '9']);
  wal.truncateBefore(100n);
  t.deepEqual(texts(wal).map((s) => s.split(':')[0]), ['8', '9'], 'the active segment stays');
  wal.truncateBefore(1n);
  await wal.close();
  const reopened = Wal.open(DIR, { fs, segmentBytes: 100 });
  t.is(reopened.lastSeq, 9n);
  t.is(await reopened.append(enc('z')), 10n, 'numbers go on after deleted segments and a reopen');
  t.deepEqual(texts(reopened, 10n), ['10:z']);
  await reopened.close();
});

test('wal - epochs: records carry the writer epoch; a higher epoch starts a segment; a lower one is fenced off', async (t) => {
  const fs = new FaultyFileSystem({ seed: 5 });
  const first = Wal.open(DIR, { fs, epoch: 3 });
  await first.append(enc('a'));
  await first.close();
  t.is(Wal.open(DIR, { fs }).epoch, 3, 'the default epoch is the last writer’s');
  const err = t.throws(() => Wal.open(DIR, { fs, epoch: 2 }), { instanceOf: StorageError });
  t.regex(err!.message, /fenced off for epoch 2: epoch 3 last wrote \/db\/wal\/wal-00000000000000000001\.log/);
  const second = Wal.open(DIR, { fs, epoch: 4 });
  t.is(fs.files().length, 2, 'the new epoch is on disk before any append');
  await second.close();
  t.throws(() => Wal.open(DIR, { fs, epoch: 3 }), { instanceOf: StorageError, message: /epoch 4 last wrote/ });
  const third = Wal.open(DIR, { fs, epoch: 5 });
  t.is(fs.files().length, 2, 'an empty last segment is taken over, not left behind');
  await third.append(enc('b'));
  t.deepEqual([...third.records()].map((r) => [r.seq, r.epoch]), [[1n, 3], [2n, 5]]);
  await third.close();
});

test('wal - a closed log refuses calls with a clear error; close twice is fine', async (t) => {
  const wal = Wal.open(DIR, { fs: new FaultyFileSystem({ seed: 6 }) });
  const pending = wal.append(enc('a'));
  await wal.close();
  t.is(await pending, 1n, 'appends made before close are written');
  await wal.close();
  await t.throwsAsync(wal.append(enc('b')), { instanceOf: PipelineStateError, message: /is closed; open it again/ });
  await t.throwsAsync(wal.sync(), { instanceOf: PipelineStateError });
  t.throws(() => wal.records(), { instanceOf: PipelineStateError });
  t.throws(() => wal.truncateBefore(1n), { instanceOf: PipelineStateError });
});

test('wal - bad arguments are rejected with what was expected', async (t) => {
  const fs = new FaultyFileSystem({ seed: 7 });
  const bad: [WalOptions, RegExp][] = [
    [{ fsync: 'sometimes' as never }, /invalid fsync policy: expected 'always', 'never' or \{ intervalMs: n \}/],
    [{ fsync: { intervalMs: 0 } }, /intervalMs/],
    [{ segmentBytes: 10 }, /invalid segmentBytes: expected an integer >= 64, got 10/],
    [{ epoch: -1 }, /invalid epoch/],
    [{ epoch: 1.5 }, /invalid epoch/],
    [{ recovery: 'lenient' as never }, /invalid recovery: expected 'strict' or 'truncate-tail'/],
  ];
  for (const [options, message] of bad) t.throws(() => Wal.open(DIR, { fs, ...options }), { instanceOf: InvalidArgumentError, message });
  t.throws(() => Wal.open(''), { instanceOf: InvalidArgumentError });
  const wal = Wal.open(DIR, { fs });
  await t.throwsAsync(wal.append('text' as never), { instanceOf: InvalidArgumentError, message: /payload: expected a Uint8Array/ });
  t.throws(() => wal.records(1 as never), { instanceOf: InvalidArgumentError });
  t.throws(() => wal.truncateBefore(1 as never), { instanceOf: InvalidArgumentError });
  t.is(wal.failed, undefined, 'bad arguments do not fail the log');
  await wal.close();
});

test('wal - files that are not segments are left alone; a log in a file system that cannot be written fails with StorageError', (t) => {
  const fs = new FaultyFileSystem({ seed: 8 });
  fs.put(`${DIR}/README`, enc('hello'));
  fs.put(`${DIR}/wal-12.log`, enc('not twenty digits'));
  const wal = Wal.open(DIR, { fs });
  t.is(wal.lastSeq, 0n);
  t.deepEqual(fs.files(), [`${DIR}/README`, `${DIR}/wal-00000000000000000001.log`, `${DIR}/wal-12.log`]);
  const full = new FaultyFileSystem({ seed: 9 });
  full.inject({ at: 1, kinds: ['write'], code: 'ENOSPC', persistent: true });
  const err = t.throws(() => Wal.open(DIR, { fs: full }), { instanceOf: StorageError });
  t.regex(err!.message, /could not write \/db\/wal\/wal-00000000000000000001\.log: ENOSPC: no space left on device, write .* \(the disk is full: free space, then reopen the log\)/);
  t.is(err!.path, `${DIR}/wal-00000000000000000001.log`);
  t.is((err!.cause as { code?: string }).code, 'ENOSPC');
});

test('wal - on the real disk: append, close, reopen, read back; a tail cut by hand is repaired; damage is refused', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'laminardb-wal-'));
  try {
    const wal = Wal.open(join(dir, 'wal'), { fs: nodeFileSystem, segmentBytes: 4096 });
    const payloads = Array.from({ length: 300 }, (_, i) => enc(`record ${i} `.repeat(1 + (i % 7))));
    await Promise.all(payloads.slice(0, 150).map((p) => wal.append(p)));
    for (const p of payloads.slice(150)) await wal.append(p);
    await wal.close();
    const files = readdirSync(join(dir, 'wal')).sort();
    t.true(files.length > 3, `${files.length} segments`);
    const reopened = Wal.open(join(dir, 'wal'));
    t.is(reopened.lastSeq, 300n);
    t.deepEqual([...reopened.records()].map((r) => dec(r.payload)), payloads.map(dec));
    await reopened.close();

    const last = join(dir, 'wal', files.at(-1)!);
    const size = statSync(last).size;
    truncateSync(last, size - 3);
    const repaired = Wal.open(join(dir, 'wal'));
    t.is(repaired.lastSeq, 299n);
    t.is(repaired.recovery.tornBytes, size - 3 - (size - 24 - payloads[299]!.length));
    t.is(statSync(last).size, size - 24 - payloads[299]!.length, 'the file is cut back to the last whole record');
    t.is(await repaired.append(enc('again')), 300n);
    await repaired.close();
    const again = Wal.open(join(dir, 'wal'));
    t.deepEqual(texts(again, 299n), [`299:${dec(payloads[298]!)}`, '300:again']);
    await again.close();

    const first = join(dir, 'wal', files[0]!);
    const bytes = new Uint8Array(readFileBytes(first));
    bytes[40]! ^= 0x10;
    writeFileSync(first, bytes);
    t.throws(() => Wal.open(join(dir, 'wal')), { message: new RegExp(`sealed segment.*${files[0]!.replace('.', '\\.')} at byte 24`) });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

function readFileBytes(path: string): Uint8Array {
  return nodeFileSystem.read(path);
}

test('wal - edge cases: a directory with a trailing slash, a failing write surfaced by records(), a file cut under an open log, the default warning', async (t) => {
  const fs = new FaultyFileSystem({ seed: 10 });
  const wal = Wal.open(`${DIR}/`, { fs });
  await wal.append(enc('a'));
  t.deepEqual(fs.files(), [`${DIR}/wal-00000000000000000001.log`]);
  await wal.append(enc('bb'));
  fs.truncateTo(`${DIR}/wal-00000000000000000001.log`, fs.bytes(`${DIR}/wal-00000000000000000001.log`).length - 26);
  t.throws(() => [...wal.records()], { message: /record 2 is damaged or missing \(the file ends\)/ });
  void wal.append(enc('c')).catch(() => {});
  fs.inject({ at: 1, kinds: ['write'] });
  t.throws(() => wal.records(), { instanceOf: StorageError, message: /could not write/ });
  t.true(wal.failed instanceof StorageError);

  const damaged = new FaultyFileSystem({ seed: 11 });
  const first = Wal.open(DIR, { fs: damaged });
  await first.append(enc('x'));
  await first.close();
  damaged.flipBit(`${DIR}/wal-00000000000000000001.log`, 8 * 30);
  const warned = new Promise<Error>((resolve) => process.once('warning', resolve));
  Wal.open(DIR, { fs: damaged, recovery: 'truncate-tail' });
  const warning = await warned;
  t.regex(warning.message, /recovery 'truncate-tail' dropped 25 bytes from \/db\/wal\/wal-00000000000000000001\.log at byte 24/);
  t.is((warning as Error & { code?: string }).code, 'LDB-3003');
});
