import test from 'ava';
import { mulberry32, testSeed } from '../testing/random.js';
import { FaultyFileSystem, type CrashMode, type FsError } from './faulty.js';

const PATTERN = Uint8Array.from({ length: 1 << 16 }, (_, i) => i % 251);
const bytes = (n: number, from = 0) => PATTERN.slice(from, from + n);
/** Byte equality without ava's deep diff (slow on large arrays). */
const same = (a: Uint8Array, b: Uint8Array) => Buffer.compare(a, b) === 0;

/** A file with `synced` bytes fsynced and `unsynced` more written after. */
function halfSynced(seed: number, synced: number, unsynced: number): FaultyFileSystem {
  const fs = new FaultyFileSystem({ seed });
  fs.mkdirp('/d');
  const f = fs.open('/d/f', 'append');
  fs.write(f, bytes(synced));
  fs.fsync(f);
  fs.fsyncDir('/d');
  fs.write(f, bytes(unsynced, synced));
  return fs;
}

test('faulty fs - reads back what was written; list, exists, size; missing files fail like node:fs', (t) => {
  const fs = new FaultyFileSystem({ seed: 1 });
  fs.mkdirp('/a/b/');
  const f = fs.open('/a/b/x', 'append');
  fs.write(f, bytes(10));
  fs.write(f, bytes(5, 10));
  fs.close(f);
  t.deepEqual(fs.read('/a/b/x'), bytes(15));
  t.is(fs.size('/a/b/x'), 15);
  t.deepEqual(fs.list('/a'), ['b']);
  t.deepEqual(fs.list('/a/b'), ['x']);
  t.deepEqual(fs.list('/nope'), []);
  t.true(fs.exists('/a/b') && fs.exists('/a/b/x') && !fs.exists('/a/c'));
  const g = fs.open('/a/b/x', 'truncate');
  fs.write(g, bytes(2, 100));
  t.deepEqual(fs.read('/a/b/x'), bytes(2, 100));
  t.is(t.throws(() => fs.read('/a/b/missing'))?.message, "ENOENT: no such file or directory, open '/a/b/missing'");
  t.is((t.throws(() => fs.open('/no/dir/f', 'append')) as FsError).code, 'ENOENT');
  t.is((t.throws(() => fs.write(999, bytes(1))) as FsError).code, 'EBADF');
  fs.remove('/a');
  t.false(fs.exists('/a/b/x'));
  t.deepEqual(fs.files(), []);
});

test('faulty fs - crash: drop keeps only synced bytes, keep keeps everything; the old instance is untouched', (t) => {
  const fs = halfSynced(7, 100, 50);
  t.deepEqual(fs.crash('drop').read('/d/f'), bytes(100));
  t.deepEqual(fs.crash('keep').read('/d/f'), bytes(150));
  t.deepEqual(fs.read('/d/f'), bytes(150));
  // The rebooted disk holds everything durable: crashing it again changes nothing.
  const after = fs.crash('keep');
  t.deepEqual(after.crash('drop').read('/d/f'), bytes(150));
});

test('faulty fs - torn crashes keep a prefix of the unsynced bytes, cut at any byte or at sectors, every cut reachable', (t) => {
  const seed = testSeed();
  t.log(`seed ${seed} (replay with LAMINARDB_SEED=${seed})`);
  const rand = mulberry32(seed);
  for (const mode of ['torn', 'torn-512', 'torn-4096'] as const) {
    const sector = mode === 'torn' ? 1 : Number(mode.slice(5));
    const synced = 1 + Math.floor(rand() * 5000);
    const unsynced = 1 + Math.floor(rand() * 9000);
    const fs = halfSynced((rand() * 2 ** 32) >>> 0, synced, unsynced);
    const end = synced + unsynced;
    const cuts = new Set([synced, end]);
    for (let c = (Math.floor(synced / sector) + 1) * sector; c < end; c += sector) cuts.add(c);
    const lengths = new Set<number>();
    for (let i = 0; i < 400; i++) {
      const got = fs.crash(mode).read('/d/f');
      t.true(cuts.has(got.length), `${mode}: cut at ${got.length}`);
      t.true(same(got, bytes(got.length)), `${mode}: a prefix of what was written`);
      lengths.add(got.length);
    }
    if (cuts.size <= 20) t.is(lengths.size, cuts.size, `${mode}: every cut point reached`);
    else t.true(lengths.size > 20, `${mode}: many cut points reached`);
  }
});

test('faulty fs - garbage crashes change only unsynced bytes, a sector at a time', (t) => {
  const seed = testSeed();
  t.log(`seed ${seed} (replay with LAMINARDB_SEED=${seed})`);
  const rand = mulberry32(seed);
  for (const mode of ['garbage-512', 'garbage-4096'] as const) {
    const sector = Number(mode.slice(8));
    let garbled = 0;
    for (let i = 0; i < 200; i++) {
      const synced = Math.floor(rand() * 3000);
      const unsynced = 1 + Math.floor(rand() * 20_000);
      const got = halfSynced((rand() * 2 ** 32) >>> 0, synced, unsynced).crash(mode).read('/d/f');
      const want = bytes(synced + unsynced);
      t.true(same(got.subarray(0, synced), want.subarray(0, synced)), 'synced bytes are never damaged');
      t.true(got.length === synced || got.length === synced + unsynced || got.length % sector === 0);
      for (let s = synced; s < got.length; s++) {
        if (got[s] === want[s]) continue;
        garbled++;
        const sectorStart = Math.max(synced, Math.floor(s / sector) * sector);
        const sectorEnd = Math.min(got.length, sectorStart - (sectorStart % sector) + sector);
        const run = got.subarray(sectorStart, sectorEnd);
        t.true(run.every((b) => b === 0) || !run.every((b, j) => b === want[sectorStart + j]), 'a garbled sector is zeros or random');
        s = sectorEnd - 1;
      }
    }
    t.true(garbled > 0, `${mode}: some sectors garbled`);
  }
});

test('faulty fs - directory entries: a file never dir-synced vanishes, a rename is undone or done whole', (t) => {
  const fs = new FaultyFileSystem({ seed: 3 });
  fs.mkdirp('/d');
  const f = fs.open('/d/new', 'append');
  fs.write(f, bytes(10));
  fs.fsync(f);
  t.deepEqual(fs.crash('drop').files(), [], 'created, synced, but its directory entry was not');
  fs.fsyncDir('/d');
  t.deepEqual(fs.crash('drop').files(), ['/d/new']);
  fs.rename('/d/new', '/d/final');
  t.deepEqual(fs.crash('drop').files(), ['/d/new'], 'rename undone');
  t.deepEqual(fs.crash('keep').files(), ['/d/final']);
  const seen = new Set<string>();
  for (let i = 0; i < 50; i++) {
    const names = fs.crash('torn').files();
    t.is(names.length, 1, 'a rename never loses or duplicates the file');
    seen.add(names[0]!);
  }
  t.deepEqual([...seen].sort(), ['/d/final', '/d/new']);
  fs.fsyncDir('/d');
  fs.remove('/d/final');
  t.deepEqual(fs.crash('drop').files(), ['/d/final'], 'removal undone');
  fs.fsyncDir('/d');
  t.deepEqual(fs.crash('drop').files(), []);
});

test('faulty fs - the k-th call fails with EIO or ENOSPC, once or from then on, counting all calls or some kinds', (t) => {
  const fs = new FaultyFileSystem({ seed: 5 });
  fs.mkdirp('/d');
  const f = fs.open('/d/f', 'append');
  t.is(fs.calls, 2);
  fs.inject({ at: 2 });
  fs.write(f, bytes(1));
  const err = t.throws(() => fs.fsync(f)) as FsError;
  t.like(err, { code: 'EIO', errno: -5, syscall: 'fsync', path: '/d/f', message: "EIO: i/o error, fsync '/d/f'" });
  fs.fsync(f); // transient: the next call works
  fs.clearFaults();
  fs.inject({ at: 2, kinds: ['write'], code: 'ENOSPC', persistent: true });
  fs.fsync(f);
  fs.write(f, bytes(1));
  t.is((t.throws(() => fs.write(f, bytes(1))) as FsError).code, 'ENOSPC');
  fs.fsync(f); // other kinds are not counted or failed
  t.is((t.throws(() => fs.write(f, bytes(1))) as FsError).code, 'ENOSPC', 'persistent');
  t.is(fs.callsByKind.get('write'), 4);
  t.throws(() => fs.inject({ at: 0 }), { instanceOf: RangeError });
});

test('faulty fs - a failing write may leave a prefix; a failing fsync loses the unsynced bytes for good (fsyncgate)', (t) => {
  const seed = testSeed();
  t.log(`seed ${seed} (replay with LAMINARDB_SEED=${seed})`);
  const prefixes = new Set<number>();
  for (let i = 0; i < 40; i++) {
    const fs = new FaultyFileSystem({ seed: seed + i });
    fs.mkdirp('/d');
    const f = fs.open('/d/f', 'append');
    fs.inject({ at: 1, kinds: ['write'] });
    t.throws(() => fs.write(f, bytes(8)));
    const got = fs.read('/d/f');
    t.deepEqual(got, bytes(got.length));
    prefixes.add(got.length);
  }
  t.true(prefixes.size > 3, 'partial writes of several lengths');

  const fs = halfSynced(11, 10, 10);
  const f = fs.open('/d/f', 'append');
  fs.inject({ at: 1, kinds: ['fsync'] });
  t.throws(() => fs.fsync(f));
  t.deepEqual(fs.read('/d/f'), bytes(20), 'the process still reads the bytes');
  t.deepEqual(fs.crash('torn').read('/d/f'), bytes(10), 'but a crash loses them');
  fs.write(f, bytes(5, 20));
  fs.fsync(f);
  const disk = fs.crash('drop').read('/d/f');
  t.deepEqual(disk.subarray(0, 10), bytes(10));
  t.true(disk.subarray(10, 20).every((b) => b === 0), 'a later fsync that succeeds leaves zeros where the lost bytes were');
  t.deepEqual(disk.subarray(20), bytes(5, 20));
});

test('faulty fs - damage helpers: flipBit and truncateTo change the disk too; truncate and put are durable', (t) => {
  const fs = halfSynced(13, 16, 0);
  fs.flipBit('/d/f', 8 * 3 + 2);
  const want = bytes(16);
  want[3]! ^= 4;
  t.deepEqual(fs.bytes('/d/f'), want);
  t.deepEqual(fs.crash('drop').read('/d/f'), want);
  fs.truncateTo('/d/f', 5);
  t.deepEqual(fs.crash('drop').read('/d/f'), want.subarray(0, 5));
  t.throws(() => fs.flipBit('/d/f', 40), { instanceOf: RangeError });
  const g = fs.open('/d/f', 'append');
  fs.write(g, bytes(10));
  fs.truncate('/d/f', 7);
  t.is(fs.crash('drop').read('/d/f').length, 7);
  fs.put('/e/g', bytes(3));
  t.deepEqual(fs.crash('drop').read('/e/g'), bytes(3));
  const modes: CrashMode[] = ['drop', 'keep', 'torn', 'torn-512', 'torn-4096', 'garbage-512', 'garbage-4096'];
  for (const m of modes) t.deepEqual(fs.crash(m).read('/e/g'), bytes(3), `${m}: durable data survives`);
});
