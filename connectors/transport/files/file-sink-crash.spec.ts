/**
 * Crashes at every step of a file sink's commit (each rename, the directory sync, each step of
 * the manifest's atomic replacement), then a restart from the checkpoint whose commit was decided:
 * the re-driven commit and the replay must leave every row in the committed files exactly once.
 */
import test from 'ava';
import { CheckpointError, type Checkpoint, type Row } from '../../../runtime/index.js';
import { FaultyFileSystem, mulberry32, testSeed, type CrashMode } from '../../../runtime/testing/index.js';
import { canonicalRows, committedRows, filePipeline, multiset, randomRows } from './file-sink-harness.js';
import { readManifest } from './manifest.js';

const DIR = '/out';

/** Inserts rows in batches of `size` (fixed, so every run makes the same file system calls). */
async function insertAll(p: Awaited<ReturnType<typeof filePipeline>>, rows: readonly Row[], size: number): Promise<void> {
  for (let i = 0; i < rows.length; i += size) await p.insert('in', rows.slice(i, i + size));
}

/** Checks the directory holds exactly the manifest's files, each epoch once, and `rows` in them. */
function checkExactlyOnce(t: import('ava').ExecutionContext, fs: FaultyFileSystem, format: 'csv' | 'json' | 'arrow', rows: readonly Row[], what: string): void {
  const epochs = readManifest(fs, DIR).epochs;
  t.is(new Set(epochs.map((e) => e.epoch)).size, epochs.length, `${what}: each epoch once in the manifest`);
  const listed = epochs.flatMap((e) => e.files.map((f) => f.name)).sort();
  t.deepEqual(fs.list(DIR).filter((n) => n !== '_manifest.json'), listed, `${what}: the directory holds the manifest's files and nothing else`);
  const got = committedRows(fs, DIR, format);
  t.is(got.length, rows.length, `${what}: ${rows.length} rows, 0 lost, 0 duplicated`);
  t.deepEqual(multiset(got), multiset(canonicalRows(rows)), `${what}: the committed rows are the input`);
}

/**
 * Runs: rows before and after a checkpoint whose commit fails at its `k`-th file system call (none
 * when k is 0); returns the disk a crash then leaves and the checkpoint that was decided.
 */
async function crashInCommit(rows: readonly Row[], cut: number, sink: Record<string, string>, k: number, mode: CrashMode, seed: number): Promise<{ image: FaultyFileSystem; checkpoint: Checkpoint; commitCalls: number; failed: boolean }> {
  const fs = new FaultyFileSystem({ seed });
  let decided: Checkpoint | undefined;
  let before = 0;
  const p = await filePipeline({
    fs, sink,
    persist: (c) => {
      decided = c;
      before = fs.calls;
      if (k > 0) fs.inject({ at: k });
    },
  });
  await insertAll(p, rows.slice(0, cut), 7);
  // Every row reaches the sink before the barrier, so each run's epoch has the same files.
  await p.flush();
  let failed = false;
  try {
    await p.checkpoint();
  } catch (err) {
    if (!(err instanceof CheckpointError)) throw err;
    failed = true;
  }
  const commitCalls = fs.calls - before;
  const image = fs.crash(mode);
  await p.cancel();
  return { image, checkpoint: decided!, commitCalls, failed };
}

/** A restart: restore, re-driven commit, replay of the rows after the checkpoint, end of input. */
async function recover(image: FaultyFileSystem, checkpoint: Checkpoint, rows: readonly Row[], sink: Record<string, string>): Promise<void> {
  const p = await filePipeline({ fs: image, sink, restore: checkpoint });
  await p.commitSinks(checkpoint.id);
  await insertAll(p, rows.slice((checkpoint.states.in as { rows: number }).rows), 5);
  await p.stop();
}

for (const format of ['json', 'csv', 'arrow'] as const) {
  test(`files sink - a crash at every step of commit loses and duplicates nothing (${format})`, async (t) => {
    const seed = testSeed();
    t.log(`seed ${seed}`);
    const rows = randomRows(mulberry32(seed), 40);
    const sink = { path: DIR, format, 'rolling.rows': '6' };
    const cut = 27;
    const dry = await crashInCommit(rows, cut, sink, 0, 'keep', seed);
    t.false(dry.failed);
    // 5 files: 5 renames and their checks, the directory sync, then the manifest's temp file,
    // write, fsync, close, rename and directory sync.
    t.true(dry.commitCalls >= 5 + 1 + 6, `a commit makes ${dry.commitCalls} calls`);
    let runs = 0;
    for (let k = 1; k <= dry.commitCalls; k++) {
      for (const mode of ['drop', 'keep', 'torn'] as const) {
        const { image, checkpoint, failed } = await crashInCommit(rows, cut, sink, k, mode, seed + k);
        t.true(failed, `the commit fails at call ${k}`);
        t.false(readManifest(image, DIR).epochs.some((e) => e.epoch > 1), 'nothing after the epoch is committed');
        await recover(image, checkpoint, rows, sink);
        checkExactlyOnce(t, image, format, rows, `crash at commit call ${k} of ${dry.commitCalls} (${mode})`);
        runs++;
      }
    }
    t.log(`${runs} crashes, each recovered exactly once`);
  });
}

test('files sink - a crash during recovery (open or the re-driven commit) recovers again', async (t) => {
  const seed = testSeed();
  t.log(`seed ${seed}`);
  const random = mulberry32(seed);
  const rows = randomRows(random, 30);
  const sink = { path: DIR, format: 'json', 'rolling.rows': '4' };
  for (let k = 1; k <= 12; k++) {
    const first = await crashInCommit(rows, 20, sink, k, 'drop', seed + k);
    // The first recovery fails at its j-th call; a second one starts from what that left.
    const j = 1 + Math.floor(random() * 20);
    first.image.inject({ at: j });
    let again: FaultyFileSystem;
    try {
      await recover(first.image, first.checkpoint, rows, sink);
      again = first.image.crash('keep');
    } catch {
      again = first.image.crash(random() < 0.5 ? 'drop' : 'keep');
    }
    await recover(again, first.checkpoint, rows, sink);
    checkExactlyOnce(t, again, 'json', rows, `crash at commit call ${k}, then at recovery call ${j}`);
  }
});
