// An I/O error at every file-system call of a durable database's life (issue 6): opening,
// DDL, inserts, table changes, checkpoints, the files sink's commits and close. Each one must
// end in a clean LaminarError (no other exception, no unhandled rejection), and a restart on the
// same disk must hold every acknowledged insert and table change once, with the files sink's
// committed rows a subset of the input without duplicates.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import test from 'ava';
import { LaminarDB, LaminarError, SqlError } from '../../index.js';
import { FaultyFileSystem, mulberry32, testSeed } from '../../runtime/testing/index.js';

const SETUP = (out: string) => `
  CREATE SOURCE src (k VARCHAR, v BIGINT);
  CREATE MATERIALIZED VIEW per_key AS SELECT k, COUNT(*) AS n FROM src GROUP BY k;
  CREATE TABLE ref (id BIGINT PRIMARY KEY, name VARCHAR);
  CREATE SINK files FROM src INTO FILES ('path' = '${out}') FORMAT JSON;`;

interface Outcome {
  /** Rows of inserts that resolved, per key. */
  readonly acked: Record<string, number>;
  /** Inserts that failed (they may or may not be in the log). */
  readonly failed: Record<string, number>;
  readonly tableAcked: boolean;
  readonly errors: string[];
}

/** One life with the given file system; every failure must be a LaminarError. */
async function life(t: import('ava').ExecutionContext, fs: FaultyFileSystem, path: string, out: string): Promise<Outcome> {
  const acked: Record<string, number> = {};
  const failed: Record<string, number> = {};
  const errors: string[] = [];
  let tableAcked = false;
  const clean = (what: string, err: unknown) => {
    // SqlError: a statement after a failed one names what is missing (the table it did not create).
    if (!(err instanceof LaminarError) && !(err instanceof SqlError)) t.fail(`${what} threw a ${(err as Error)?.constructor?.name}, not a LaminarError: ${(err as Error)?.stack}`);
    else if (!/\S{3}/.test(err.message)) t.fail(`${what}: an empty message`);
    errors.push(`${what}: ${(err as Error).message}`);
  };
  let db: LaminarDB;
  try {
    db = await LaminarDB.open({ path, durability: { fs } });
  } catch (err) {
    clean('open', err);
    return { acked, failed, tableAcked, errors };
  }
  const step = async (what: string, fn: () => Promise<unknown>) => {
    try {
      await fn();
      return true;
    } catch (err) {
      clean(what, err);
      return false;
    }
  };
  await step('setup', () => db.execute(SETUP(out)));
  for (const [k, n] of [['a', 3], ['b', 2], ['a', 4], ['c', 1]] as const) {
    const rows = Array.from({ length: n }, (_, i) => ({ k, v: BigInt(i) }));
    if (await step(`insert ${k}`, () => db.insert('src', rows))) acked[k] = (acked[k] ?? 0) + n;
    else failed[k] = (failed[k] ?? 0) + n;
    if (k === 'b') {
      tableAcked = await step('table insert', () => db.execute("INSERT INTO ref VALUES (1, 'one')"));
      await step('flush', () => db.flush());
      await step('checkpoint', () => db.checkpoint());
    }
  }
  await step('flush', () => db.flush());
  await step('checkpoint', () => db.checkpoint());
  await step('close', () => db.close());
  return { acked, failed, tableAcked, errors };
}

/** The restart: the disk works again (or the process died and came back: a 'keep' crash). */
async function check(t: import('ava').ExecutionContext, fs: FaultyFileSystem, path: string, out: string, o: Outcome, label: string): Promise<void> {
  let db: LaminarDB;
  try {
    db = await LaminarDB.open({ path, durability: { fs } });
  } catch (err) {
    t.fail(`${label}: the restart failed: ${(err as Error).message}; the life's errors: ${o.errors.join(' | ')}`);
    return;
  }
  try {
    await db.flush();
    const got = Object.fromEntries(((await db.query('SELECT k, n FROM per_key').catch(() => [])) as { k: string; n: bigint }[]).map((r) => [r.k, Number(r.n)]));
    for (const k of new Set([...Object.keys(o.acked), ...Object.keys(got)])) {
      const n = got[k] ?? 0;
      const low = o.acked[k] ?? 0;
      // A failed insert may have reached the log before its error; it is then there whole.
      if (n < low || n > low + (o.failed[k] ?? 0)) t.fail(`${label}: key ${k} counts ${n}, acknowledged ${low} (+${o.failed[k] ?? 0} failed): ${o.errors.join(' | ')}`);
    }
    if (o.tableAcked) {
      const ref = await db.query('SELECT id, name FROM ref');
      if (ref.length !== 1) t.fail(`${label}: the acknowledged table row is missing: ${o.errors.join(' | ')}`);
    }
    const files = readCommitted(fs, out);
    const total = Object.values(got).reduce((a, b) => a + b, 0);
    if (files.length > total) t.fail(`${label}: the files sink committed ${files.length} rows for ${total} in the source`);
  } finally {
    await db.close();
  }
}

function readCommitted(fs: FaultyFileSystem, dir: string): string[] {
  const manifest = join(dir, '_manifest.json');
  if (!fs.exists(manifest)) return [];
  const m = JSON.parse(new TextDecoder().decode(fs.read(manifest))) as { epochs: { files: { name: string }[] }[] };
  return m.epochs.flatMap((e) => e.files.flatMap((f) => new TextDecoder().decode(fs.read(join(dir, f.name))).split('\n').filter((l) => l !== '')));
}

test('an I/O error at every file-system call ends in a clean error, and a restart keeps every acknowledged write', async (t) => {
  t.timeout(10 * 60_000);
  const seed = testSeed();
  t.log(`seed ${seed}`);
  const rand = mulberry32(seed);
  const base = mkdtempSync(join(tmpdir(), 'laminardb-ioerr-'));
  // A clean life counts the calls to inject at.
  const probe = new FaultyFileSystem({ seed });
  const dry = await life(t, probe, join(base, 'dry'), join(base, 'dry-out'));
  t.deepEqual(dry.errors, []);
  const calls = probe.calls;
  t.log(`${calls} file-system calls in a life`);
  let failedLives = 0;
  for (let k = 1; k <= calls; k++) {
    const fs = new FaultyFileSystem({ seed: seed + k });
    const path = join(base, `k${k}`);
    const out = join(base, `k${k}-out`);
    const persistent = rand() < 0.5;
    fs.inject({ at: k, code: rand() < 0.5 ? 'EIO' : 'ENOSPC', persistent });
    const o = await life(t, fs, path, out);
    if (o.errors.length > 0) failedLives++;
    fs.clearFaults();
    // Restart on the same running system, on what a process kill leaves (the page cache), or on
    // what a power loss leaves (only what was synced; a torn unsynced tail).
    const after = (['same', 'keep', 'drop', 'torn'] as const)[Math.floor(rand() * 4)]!;
    await check(t, after === 'same' ? fs : fs.crash(after), path, out, o, `fault at call ${k} (${persistent ? 'persistent' : 'once'}), restart after '${after}'`);
  }
  t.log(`${calls} injection points, ${failedLives} lives saw an error, every restart held its acknowledged writes`);
  t.true(failedLives > calls / 2);
});
