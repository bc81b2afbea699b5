// The checkpoint store's contract: what is written reads back equal (Maps with bigint keys,
// typed arrays, a million-key state), unchanged states are shared rather than rewritten, pruning
// keeps exactly the files the kept manifests name, and the commit marker, id order, format
// version and bad input behave as documented.
import test from 'ava';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CorruptionError, InvalidArgumentError, NotFoundError, StorageError } from '../errors/errors.js';
import { crc32c } from '../fs/crc32c.js';
import { nodeFileSystem, type FileSystem } from '../fs/file-system.js';
import { mulberry32, testSeed } from '../testing/random.js';
import { decodeManifest, encodeManifest, manifestName, MANIFEST_VERSION } from './manifest.js';
import { CheckpointStore } from './store.js';

function tempDir(t: { teardown(fn: () => void): void }): string {
  const dir = mkdtempSync(join(tmpdir(), 'ldb-ckpt-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** The real file system without fsyncs: the logic under test is the same, the runs much faster. */
const unsyncedFs: FileSystem = { ...nodeFileSystem, fsync: () => {}, fsyncDir: () => {} };

const stateFiles = (dir: string) => readdirSync(dir).filter((f) => f.startsWith('state-'));
const manifests = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.manifest'));

function aggregateState(keys: number, salt: number): Map<bigint, { sum: number; count: number }> {
  const m = new Map<bigint, { sum: number; count: number }>();
  for (let i = 0; i < keys; i++) m.set(BigInt(i) * 7919n - 5n, { sum: i * 1.5 + salt, count: i + 1 });
  return m;
}

test('store - realistic states round-trip: bigint-keyed Maps, typed arrays, nested objects, exact walSeq, catalog and meta', (t) => {
  const dir = tempDir(t);
  const bytes = new Uint8Array([1, 2, 3, 4, 5, 6]);
  const states = {
    agg: aggregateState(1000, 0),
    table: { size: 3, hashes: new Uint32Array([1, 2, 0xffffffff]), keys: [{ nulls: new Uint8Array([0, 1, 0]), words: new Int32Array([-1, 2, 3, 4]), bytes: bytes.subarray(2, 5) }] },
    wide: new BigInt64Array([-(2n ** 63n), 0n, 2n ** 63n - 1n]),
    floats: new Float64Array([Number.NaN, -0, Infinity, 1e-300]),
    nested: { a: [1, 'two', null, { b: new Set(['x', 'y']) }], when: new Date(86_400_000), big: 2n ** 100n },
    source: 42,
    empty: undefined,
  };
  const store = new CheckpointStore(dir, { now: () => 1234.5 });
  const walSeq = 2n ** 64n - 1n;
  const r = store.write({ id: 1, states, walSeq, catalog: 'CREATE SOURCE trades (sym VARCHAR, px DOUBLE) -- é 中', meta: { pipeline: 'p', epoch: '1' } });
  t.is(r.files, Object.keys(states).length);
  t.is(r.reused, 0);
  const back = new CheckpointStore(dir).load(1);
  t.deepEqual(back.states, states);
  t.is(back.walSeq, walSeq);
  t.is(back.catalog, 'CREATE SOURCE trades (sym VARCHAR, px DOUBLE) -- é 中');
  t.deepEqual(back.meta, { pipeline: 'p', epoch: '1' });
  t.is(back.createdAt, 1234.5);
  t.false(back.committed);
  t.true(Object.is((back.states.floats as Float64Array)[1], -0), 'a typed array keeps -0 bit for bit');
  t.deepEqual(Object.keys(back.states), Object.keys(states), 'actors come back in the order they were written');
});

test('store - a state of one million bigint keys round-trips', (t) => {
  const dir = tempDir(t);
  const state = aggregateState(1_000_000, 3);
  const store = new CheckpointStore(dir);
  const r = store.write({ id: 1, states: { agg: state, source: { offset: 1_000_000 } } });
  t.true(r.bytes > 10_000_000, `${r.bytes} bytes written`);
  const back = store.latest()!.states.agg as Map<bigint, { sum: number; count: number }>;
  t.is(back.size, 1_000_000);
  let mismatches = 0;
  for (const [k, v] of state) {
    const w = back.get(k);
    if (w === undefined || w.sum !== v.sum || w.count !== v.count) mismatches++;
  }
  t.is(mismatches, 0);
});

test('store - unchanged states are shared with the previous checkpoint, changed ones written, and both read back', (t) => {
  const dir = tempDir(t);
  const store = new CheckpointStore(dir, { retain: 5 });
  const states: Record<string, unknown> = { a: aggregateState(100, 0), b: aggregateState(100, 1), c: new Float64Array(50), d: 'source offset 7' };
  const first = store.write({ id: 1, states });
  t.deepEqual([first.files, first.reused], [4, 0]);

  const second = store.write({ id: 2, states: { ...states, b: aggregateState(100, 2), d: 'source offset 9' } });
  t.deepEqual([second.files, second.reused], [2, 2]);
  t.is(stateFiles(dir).filter((f) => f.startsWith('state-0000000002')).length, 2, 'only the two changed states got new files');

  const third = store.write({ id: 3, states: { ...states, b: aggregateState(100, 2), d: 'source offset 9' } });
  t.deepEqual([third.files, third.reused], [0, 4]);
  t.true(third.bytes < 200, `only the manifest was written (${third.bytes} bytes)`);
  t.deepEqual(store.load(2).states, { ...states, b: aggregateState(100, 2), d: 'source offset 9' });
  t.deepEqual(store.load(3).states, store.load(2).states);
  t.deepEqual(store.load(1).states, states);
  // A checkpoint's size counts the files it names, shared or not.
  const sizes = store.list().map((c) => c.bytes);
  t.is(sizes[2], sizes[1], 'checkpoints 2 and 3 name the same files');
  t.true(sizes[2]! > third.bytes * 10);
});

test('store - a previous file that no longer holds its bytes is rewritten, not shared', (t) => {
  const dir = tempDir(t);
  const store = new CheckpointStore(dir);
  const states = { a: aggregateState(50, 0), b: [1, 2, 3] };
  store.write({ id: 1, states });
  const file = join(dir, 'state-0000000001-0.bin');
  const damaged = readFileSync(file);
  damaged[damaged.length >> 1] ^= 0x10;
  writeFileSync(file, damaged);
  const r = store.write({ id: 2, states });
  t.deepEqual([r.files, r.reused], [1, 1], "actor a's damaged file was rewritten, b's shared");
  t.deepEqual(store.load(2).states, states);
  t.throws(() => store.load(1), { instanceOf: CorruptionError });
});

test('store - pruning keeps the newest `retain` checkpoints and the newest committed one, and exactly the files they name (random runs)', (t) => {
  const seed = testSeed();
  t.log(`seed ${seed} (replay with LAMINARDB_SEED=${seed})`);
  const rand = mulberry32(seed);
  for (let run = 0; run < 20; run++) {
    const dir = tempDir(t);
    const retain = 1 + Math.floor(rand() * 3);
    const store = new CheckpointStore(dir, { fs: unsyncedFs, retain });
    const actors = Array.from({ length: 1 + Math.floor(rand() * 5) }, (_, i) => `actor${i}`);
    const current: Record<string, unknown> = {};
    for (const a of actors) current[a] = { v: 0, pad: new Uint8Array(10 + Math.floor(rand() * 100)) };
    const written = new Map<number, Record<string, unknown>>();
    let committed: number | undefined;
    const where = `run ${run} (seed ${seed}), retain ${retain}`;
    for (let id = 1; id <= 15; id++) {
      for (const a of actors) if (rand() < 0.4) current[a] = { v: id, pad: new Uint8Array(10 + Math.floor(rand() * 100)) };
      store.write({ id, states: { ...current } });
      written.set(id, structuredClone(current));
      if (rand() < 0.3) {
        store.markCommitted(id);
        committed = id;
      }
      const want = new Set([...written.keys()].filter((k) => k > id - retain));
      if (committed !== undefined) want.add(committed);
      const kept = store.list().map((c) => c.id);
      t.deepEqual(kept, [...want].sort((a, b) => a - b), `${where}: kept checkpoints after ${id}`);
      // Every file a kept manifest names exists; every state file on disk is named by one.
      const named = new Set<string>();
      for (const k of kept) {
        const m = decodeManifest(new Uint8Array(readFileSync(join(dir, manifestName(k)))), manifestName(k));
        for (const s of m.states) named.add(s.file);
        t.deepEqual(store.load(k).states, written.get(k), `${where}: checkpoint ${k} after ${id}`);
      }
      t.deepEqual(stateFiles(dir).sort(), [...named].sort(), `${where}: state files on disk after ${id}`);
      t.is(store.pruneError, undefined);
    }
  }
});

test('store - a checkpoint not marked is returned with committed: false; the marker survives a restart', (t) => {
  const dir = tempDir(t);
  const store = new CheckpointStore(dir);
  store.write({ id: 1, states: { a: 1 } });
  store.markCommitted(1);
  store.write({ id: 2, states: { a: 2 } });
  t.like(store.latest(), { id: 2, committed: false, states: { a: 2 } });
  t.like(store.load(1), { id: 1, committed: true });
  store.markCommitted(2);
  store.markCommitted(2);
  const reopened = new CheckpointStore(dir);
  t.like(reopened.latest(), { id: 2, committed: true, states: { a: 2 } });
  t.deepEqual(reopened.list().map((c) => [c.id, c.committed]), [[1, true], [2, true]]);
  t.throws(() => reopened.markCommitted(9), { instanceOf: NotFoundError, message: /checkpoint 9 is not in/ });
  t.throws(() => reopened.load(9), { instanceOf: NotFoundError });
});

test('store - ids must increase, except over a damaged newer checkpoint, which the new one replaces', (t) => {
  const dir = tempDir(t);
  const store = new CheckpointStore(dir);
  store.write({ id: 1, states: { a: 1 } });
  store.write({ id: 2, states: { a: 2 } });
  t.throws(() => store.write({ id: 2, states: { a: 3 } }), { instanceOf: InvalidArgumentError, message: /not newer than checkpoint 2.*latest\(\)\.id \+ 1/ });
  t.throws(() => store.write({ id: 1, states: { a: 3 } }), { instanceOf: InvalidArgumentError });
  t.throws(() => store.write({ id: -1, states: {} }), { instanceOf: InvalidArgumentError });
  t.throws(() => store.write({ id: 1.5, states: {} }), { instanceOf: InvalidArgumentError });
  rmSync(join(dir, 'state-0000000002-0.bin'));
  t.like(store.latest(), { id: 1 });
  t.deepEqual(store.skipped.map((s) => s.id), [2]);
  store.write({ id: 2, states: { a: 'again' } });
  t.like(store.latest(), { id: 2, states: { a: 'again' } });
  t.deepEqual(store.skipped, []);
});

test('store - latest() on an empty directory is undefined; when every checkpoint is damaged it names the newest damage', (t) => {
  const dir = tempDir(t);
  const store = new CheckpointStore(dir);
  t.is(store.latest(), undefined);
  t.deepEqual(store.list(), []);
  store.write({ id: 1, states: { a: 'x' } });
  store.write({ id: 2, states: { a: 'y' } });
  for (const f of manifests(dir)) {
    const b = readFileSync(join(dir, f));
    b[b.length - 1] ^= 1;
    writeFileSync(join(dir, f), b);
  }
  const err = t.throws(() => store.latest(), { instanceOf: CorruptionError, message: /all 2 checkpoints .* are damaged; the newest: checkpoint 2: .*CRC32C/ });
  t.is(err?.path, join(dir, manifestName(2)));
  t.deepEqual(store.skipped.map((s) => s.id), [2, 1]);
});

test('store - a manifest of a newer format version is refused with a clear error, not read as damage', (t) => {
  const dir = tempDir(t);
  new CheckpointStore(dir).write({ id: 1, states: { a: 1 } });
  const path = join(dir, manifestName(1));
  const bytes = new Uint8Array(readFileSync(path));
  const view = new DataView(bytes.buffer);
  view.setUint32(8, MANIFEST_VERSION + 1, true);
  view.setUint32(4, crc32c(bytes, 0, 8), true);
  writeFileSync(path, bytes);
  const message = new RegExp(`format version ${MANIFEST_VERSION + 1}, and this LaminarDB reads versions 1 to ${MANIFEST_VERSION}; open the directory with the LaminarDB version that wrote it`);
  t.throws(() => new CheckpointStore(dir), { instanceOf: StorageError, message });
  t.throws(() => decodeManifest(bytes, path), { instanceOf: StorageError, message });
  t.true(readdirSync(dir).includes('state-0000000001-0.bin'), "the newer version's files are left alone");
});

test('store - a state that cannot be serialized is refused naming the actor, and leaves no files', (t) => {
  const dir = tempDir(t);
  const store = new CheckpointStore(dir);
  store.write({ id: 1, states: { a: 1 } });
  const before = readdirSync(dir);
  t.throws(() => store.write({ id: 2, states: { ok: new Uint8Array(100), bad: { fn: () => 1 } } }), {
    instanceOf: InvalidArgumentError,
    message: /state of actor 'bad' in checkpoint 2 cannot be serialized: .*structured-clonable/,
  });
  t.deepEqual(readdirSync(dir), before);
  t.like(store.latest(), { id: 1, states: { a: 1 } });
});

test('store - bad arguments are refused with what was expected', (t) => {
  const dir = tempDir(t);
  t.throws(() => new CheckpointStore(dir, { retain: 0 }), { instanceOf: InvalidArgumentError, message: /invalid retain: expected an integer >= 1/ });
  const store = new CheckpointStore(dir);
  t.throws(() => store.write({ id: 1, states: {}, walSeq: -1n }), { instanceOf: InvalidArgumentError, message: /walSeq of checkpoint 1/ });
  t.throws(() => store.write({ id: 1, states: {}, walSeq: 2n ** 64n }), { instanceOf: InvalidArgumentError });
  t.throws(() => store.write({ id: 1, states: {}, meta: { n: 1 as unknown as string } }), { instanceOf: InvalidArgumentError, message: /meta 'n'/ });
  t.throws(() => store.write({ id: 1, states: null as unknown as Record<string, unknown> }), { instanceOf: InvalidArgumentError, message: /invalid checkpoint: expected an object with states/ });
  t.deepEqual(readdirSync(dir), []);
});

test('store - construction removes temp files and state files no manifest names, and nothing else', (t) => {
  const dir = tempDir(t);
  new CheckpointStore(dir).write({ id: 1, states: { a: 1, b: 2 } });
  writeFileSync(join(dir, 'checkpoint-0000000002.manifest.tmp'), 'torn');
  writeFileSync(join(dir, 'state-0000000002-0.bin'), 'half written');
  writeFileSync(join(dir, 'state-0000000002-1.bin.tmp'), 'x');
  writeFileSync(join(dir, 'notes.txt'), 'not ours');
  new CheckpointStore(dir);
  t.deepEqual(readdirSync(dir).sort(), ['checkpoint-0000000001.manifest', 'notes.txt', 'state-0000000001-0.bin', 'state-0000000001-1.bin']);
});

test('store - a failing file system call surfaces as StorageError naming the file, and the previous checkpoint stays loadable', (t) => {
  const dir = tempDir(t);
  let failAt = -1;
  let calls = 0;
  const failing: FileSystem = Object.fromEntries(
    Object.entries(nodeFileSystem).map(([name, fn]) => [name, (...args: unknown[]) => {
      if (calls++ === failAt) throw Object.assign(new Error(`ENOSPC: no space left on device, ${name}`), { code: 'ENOSPC' });
      return (fn as (...a: unknown[]) => unknown)(...args);
    }]),
  ) as unknown as FileSystem;
  const store = new CheckpointStore(dir, { fs: failing });
  store.write({ id: 1, states: { a: 'one' } });
  calls = 0;
  failAt = 6; // past the reads: inside the state file writes
  const err = t.throws(() => store.write({ id: 2, states: { a: 'two' } }), { instanceOf: StorageError, message: /could not write checkpoint 2 .*ENOSPC.*checkpoints written before it are untouched/ });
  t.truthy(err?.path);
  t.like(store.latest(), { id: 1, states: { a: 'one' } });
  t.deepEqual(readdirSync(dir).sort(), ['checkpoint-0000000001.manifest', 'state-0000000001-0.bin']);
});

test('store - the manifest encodes and decodes every field', (t) => {
  const m = { id: 9, walSeq: 2n ** 60n + 3n, catalog: 'ddl', meta: { k: 'v' }, createdAt: 5.5, committed: true, states: [{ actor: 'x', file: 'state-0000000009-0.bin', size: 12, crc: 0xfedcba98 }] };
  t.deepEqual(decodeManifest(encodeManifest(m), 'm'), m);
  t.throws(() => decodeManifest(encodeManifest({ ...m, states: [{ ...m.states[0]!, file: '../../etc/passwd' }] }), 'm'), { instanceOf: CorruptionError, message: /not a state file name/ });
});
