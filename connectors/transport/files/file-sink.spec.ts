import test from 'ava';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as arrow from 'apache-arrow';
import { ActorFailedError, CheckpointError, nodeFileSystem, StorageError, type Checkpoint } from '../../../runtime/index.js';
import { FaultyFileSystem, mulberry32, testSeed } from '../../../runtime/testing/index.js';
import { canonicalRows, committedRows, filePipeline, insertRandomly, multiset, randomRows, readFile } from './file-sink-harness.js';
import { readManifest } from './manifest.js';

const DIR = '/out';

/** Names in the sink's directory, hidden ones included. */
function listing(fs: FaultyFileSystem, dir = DIR): string[] {
  return fs.list(dir);
}

test('files sink - rows before a checkpoint become visible at its commit, rows after it stay hidden', async (t) => {
  const fs = new FaultyFileSystem({ seed: 1 });
  const rows = randomRows(mulberry32(1), 25);
  let atDecision: string[] = [];
  const p = await filePipeline({ fs, sink: { path: DIR, format: 'json', 'rolling.rows': '10' }, persist: () => void (atDecision = listing(fs)) });
  await p.insert('in', rows.slice(0, 15));
  await p.flush();
  t.deepEqual(listing(fs), ['.part-000001-0.jsonl.inprogress', '.part-000001-1.jsonl.inprogress'], 'written rows are in hidden in-progress files');
  const checkpoint = await p.checkpoint();
  t.deepEqual(atDecision, ['.part-000001-0.jsonl.pending', '.part-000001-1.jsonl.pending'], 'at the decision the epoch is pending, nothing visible');
  t.deepEqual(listing(fs), ['_manifest.json', 'part-000001-0.jsonl', 'part-000001-1.jsonl']);
  t.deepEqual(readManifest(fs, DIR).epochs, [{ epoch: 1, checkpoint: checkpoint.id, files: [{ name: 'part-000001-0.jsonl', rows: 10 }, { name: 'part-000001-1.jsonl', rows: 5 }] }]);
  t.deepEqual(committedRows(fs, DIR, 'json'), canonicalRows(rows.slice(0, 15)));

  await p.insert('in', rows.slice(15));
  await p.flush();
  t.true(listing(fs).includes('.part-000002-0.jsonl.inprogress'));
  t.deepEqual(committedRows(fs, DIR, 'json'), canonicalRows(rows.slice(0, 15)), 'rows after the checkpoint are not visible');
  await p.stop();
  t.deepEqual(listing(fs), ['_manifest.json', 'part-000001-0.jsonl', 'part-000001-1.jsonl', 'part-000002-0.jsonl'], 'the end of the input commits the rest');
  t.is(readManifest(fs, DIR).epochs.at(-1)!.checkpoint, null);
  t.deepEqual(committedRows(fs, DIR, 'json'), canonicalRows(rows));
});

test('files sink - a checkpoint with no rows commits nothing and starts no epoch', async (t) => {
  const fs = new FaultyFileSystem({ seed: 2 });
  const p = await filePipeline({ fs, sink: { path: DIR } });
  await p.checkpoint();
  t.deepEqual(listing(fs), []);
  await p.insert('in', randomRows(mulberry32(2), 3));
  await p.flush();
  await p.checkpoint();
  await p.checkpoint();
  await p.stop();
  t.deepEqual(readManifest(fs, DIR).epochs.map((e) => [e.epoch, e.checkpoint]), [[1, 2]]);
});

test('files sink - a failed checkpoint rolls its epoch back: the pending files are deleted', async (t) => {
  const fs = new FaultyFileSystem({ seed: 3 });
  let fail = true;
  const p = await filePipeline({
    fs, sink: { path: DIR, format: 'csv', 'rolling.rows': '4' },
    persist: () => {
      if (fail) throw new Error('disk full');
    },
  });
  const rows = randomRows(mulberry32(3), 10);
  await p.insert('in', rows.slice(0, 6));
  await p.flush();
  await t.throwsAsync(p.checkpoint(), { instanceOf: CheckpointError, message: /disk full/ });
  t.deepEqual(listing(fs), [], 'both pending files of the epoch are gone');
  fail = false;
  await p.insert('in', rows.slice(6));
  await p.flush();
  await p.checkpoint();
  t.deepEqual(listing(fs), ['_manifest.json', 'part-000002-0.csv'], 'the next epoch commits; the rolled-back one stays discarded');
  t.deepEqual(committedRows(fs, DIR, 'csv'), canonicalRows(rows.slice(6)));
  await p.stop();
});

test('files sink - CSV, JSON lines and Arrow IPC files on disk read back equal to the rows written', async (t) => {
  const seed = testSeed();
  t.log(`seed ${seed}`);
  const random = mulberry32(seed);
  const root = mkdtempSync(join(tmpdir(), 'ldb-files-'));
  try {
    for (const format of ['csv', 'json', 'arrow'] as const) {
      const dir = join(root, format);
      const rows = randomRows(random, 200 + Math.floor(random() * 300));
      const rolling = 1 + Math.floor(random() * 120);
      const p = await filePipeline({ fs: nodeFileSystem, sink: { path: dir, format, 'rolling.rows': String(rolling) } });
      await insertRandomly(p, rows, random, 50);
      await p.flush();
      await p.checkpoint();
      await p.stop();
      const names = readdirSync(dir).filter((n) => n !== '_manifest.json');
      t.true(names.every((n) => !n.startsWith('.')), `${format}: no hidden file is left`);
      t.is(names.length, Math.ceil(rows.length / rolling), `${format}: one file per ${rolling} rows`);
      // The manifest lists the files in the order they were written.
      const inOrder = readManifest(nodeFileSystem, dir).epochs.flatMap((e) => e.files.map((f) => f.name));
      t.deepEqual([...inOrder].sort(), names.sort(), `${format}: the manifest lists every file`);
      const read = inOrder.flatMap((n) => readFile(readFileSync(join(dir, n)), format, n));
      t.deepEqual(read, canonicalRows(rows), `${format}: the files hold the rows, in order`);
    }
    const table = arrow.tableFromIPC(readFileSync(join(root, 'arrow', 'part-000001-0.arrow')));
    t.deepEqual(table.schema.fields.map((f) => `${f.name}: ${f.type}`), ['id: Int64', 's: Utf8', 'x: Float64', 'ok: Bool', 'ts: Timestamp<MILLISECOND>'], 'Arrow strings are plain Utf8, not dictionaries');
    t.regex(readFileSync(join(root, 'csv', 'part-000001-0.csv'), 'utf8'), /^id,s,x,ok,ts\n/);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test('files sink - a new sink deletes hidden files left in its directory and numbers epochs after the committed ones', async (t) => {
  const fs = new FaultyFileSystem({ seed: 4 });
  const first = await filePipeline({ fs, sink: { path: DIR } });
  const rows = randomRows(mulberry32(4), 6);
  await first.insert('in', rows.slice(0, 3));
  await first.flush();
  await first.checkpoint();
  await first.insert('in', rows.slice(3));
  await first.flush();
  await first.cancel();
  fs.put(`${DIR}/.part-000009-0.jsonl.pending`, new Uint8Array([1]));
  fs.put(`${DIR}/notes.txt`, new Uint8Array([1]));
  const second = await filePipeline({ fs, sink: { path: DIR } });
  t.deepEqual(listing(fs), ['_manifest.json', 'notes.txt', 'part-000001-0.jsonl'], 'hidden leftovers are gone; other files stay');
  await second.insert('in', rows.slice(3));
  await second.stop();
  t.deepEqual(readManifest(fs, DIR).epochs.map((e) => e.epoch), [1, 2]);
  t.deepEqual(committedRows(fs, DIR, 'json'), canonicalRows(rows));
});

test('files sink - two sinks cannot write one directory', async (t) => {
  const fs = new FaultyFileSystem({ seed: 5 });
  const first = await filePipeline({ fs, sink: { path: DIR } });
  await t.throwsAsync(filePipeline({ fs, sink: { path: `${DIR}/` } }), { message: /written by another files sink already/ });
  await first.stop();
  const again = await filePipeline({ fs, sink: { path: DIR } });
  await again.stop();
  t.pass();
});

test('files sink - a failing write fails the sink with a StorageError naming the file', async (t) => {
  const fs = new FaultyFileSystem({ seed: 6 });
  const p = await filePipeline({ fs, sink: { path: DIR, format: 'csv' } });
  fs.inject({ at: 1, kinds: ['write'], code: 'ENOSPC' });
  await p.insert('in', randomRows(mulberry32(6), 3)).catch(() => {});
  const error = await t.throwsAsync(p.done, { instanceOf: ActorFailedError });
  t.true(error.cause instanceof StorageError);
  t.regex(error.message, /files sink 'out': cannot write '\/out\/\.part-000001-0\.csv\.inprogress': ENOSPC/);
});

test('files sink - a path that cannot be written fails when the sink opens', async (t) => {
  const root = mkdtempSync(join(tmpdir(), 'ldb-files-'));
  try {
    writeFileSync(join(root, 'a-file'), 'x');
    const error = await t.throwsAsync(filePipeline({ fs: nodeFileSystem, sink: { path: join(root, 'a-file', 'out') } }));
    t.regex(error.message, /option 'path': cannot create files in '.*a-file\/out' \(ENOTDIR/);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test('files sink - bad options are errors naming the option', async (t) => {
  const fs = new FaultyFileSystem({ seed: 7 });
  const cases: [Record<string, string>, RegExp][] = [
    [{}, /needs option 'path'/],
    [{ path: DIR, format: 'parquet' }, /Parquet cannot be written yet .* use 'csv', 'json' \(JSON lines\) or 'arrow'/],
    [{ path: DIR, format: 'xml' }, /unknown format 'xml'/],
    [{ path: DIR, 'rolling.rows': '0' }, /'rolling.rows' must be an integer >= 1/],
    [{ path: DIR, prefix: '../up' }, /option 'prefix' is '..\/up'/],
    [{ path: DIR, rolling: '5' }, /has no option 'rolling'/],
  ];
  for (const [sink, message] of cases) await t.throwsAsync(filePipeline({ fs, sink }), { message });
});

test('files sink - the state a checkpoint keeps names the epoch its barrier seals', async (t) => {
  const fs = new FaultyFileSystem({ seed: 8 });
  const p = await filePipeline({ fs, sink: { path: DIR, 'rolling.rows': '2' } });
  await p.insert('in', randomRows(mulberry32(8), 3));
  await p.flush();
  const checkpoint: Checkpoint = await p.checkpoint();
  t.deepEqual(checkpoint.states.out, { version: 1, epoch: 1, files: [{ name: 'part-000001-0.jsonl', rows: 2 }, { name: 'part-000001-1.jsonl', rows: 1 }], sealed: [] });
  await p.stop();
});

test('files sink - restore after a crash: every row once in the committed files (random batches, rolling and checkpoints)', async (t) => {
  const seed = testSeed();
  t.log(`seed ${seed}`);
  const random = mulberry32(seed);
  for (let run = 0; run < 40; run++) {
    const fs = new FaultyFileSystem({ seed: (random() * 2 ** 32) >>> 0 });
    const format = (['csv', 'json', 'arrow'] as const)[run % 3]!;
    const sink = { path: DIR, format, 'rolling.rows': String(1 + Math.floor(random() * 20)) };
    const rows = randomRows(random, 20 + Math.floor(random() * 150));
    // Crash images: the disk as a crash at that moment leaves it, with the checkpoint to resume from.
    const images: { fs: FaultyFileSystem; checkpoint: Checkpoint | undefined; what: string }[] = [];
    let decided: Checkpoint | undefined;
    const all: Checkpoint[] = [];
    const p = await filePipeline({
      fs, sink,
      persist: (c) => {
        decided = c;
        all.push(c);
        // Between the decision and the sinks' commit.
        images.push({ fs: fs.crash(random() < 0.5 ? 'drop' : 'keep'), checkpoint: c, what: `after deciding checkpoint ${c.id}` });
      },
    });
    let at = 0;
    while (at < rows.length) {
      const n = Math.min(rows.length - at, 1 + Math.floor(random() * 30));
      await insertRandomly(p, rows.slice(at, at + n), random, 8);
      at += n;
      if (random() < 0.5) await p.checkpoint();
      else await p.flush();
      images.push({ fs: fs.crash(random() < 0.5 ? 'drop' : 'torn'), checkpoint: decided, what: `after ${at} rows` });
    }
    await p.stop();
    t.deepEqual(multiset(committedRows(fs, DIR, format)), multiset(canonicalRows(rows)), `run ${run}: without a crash`);
    // After the end committed the last epoch: the checkpoint before it replays those rows again.
    // (With no checkpoint at all nothing tells a new sink the files were its own: not exactly once.)
    if (decided !== undefined) images.push({ fs: fs.crash('drop'), checkpoint: decided, what: 'after the end of the input' });
    // A recovery that falls back past newer checkpoints (damaged on disk) resumes from an older one.
    if (all.length > 1) images.push({ fs: fs.crash('drop'), checkpoint: all[Math.floor(random() * (all.length - 1))], what: 'after the end, falling back to an older checkpoint' });
    for (const image of images) {
      const resumed = await filePipeline({ fs: image.fs, sink, ...(image.checkpoint !== undefined ? { restore: image.checkpoint } : {}) });
      if (image.checkpoint !== undefined) await resumed.commitSinks(image.checkpoint.id);
      const position = image.checkpoint === undefined ? 0 : (image.checkpoint.states.in as { rows: number }).rows;
      await insertRandomly(resumed, rows.slice(position), random, 25);
      await resumed.stop();
      const got = committedRows(image.fs, DIR, format);
      t.deepEqual(multiset(got), multiset(canonicalRows(rows)), `run ${run}, format ${format}, crash ${image.what}: every row exactly once`);
      t.true(image.fs.list(DIR).every((n) => !n.startsWith('.')), 'no hidden file is left after the end');
    }
  }
});
