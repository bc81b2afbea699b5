// RESTORE FROM CHECKPOINT n (issue 6): a durable database rolls back to a committed checkpoint
// (catalog, tables, views, operator state) and abandons what came after it, also across a
// crash in the middle of the rollback and across later restarts.
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import test from 'ava';
import { LaminarDB, NotFoundError, SqlError } from '../../index.js';
import { runChild } from './durable/run-child.js';

const fresh = () => join(mkdtempSync(join(tmpdir(), 'laminardb-restore-')), 'db');
const rows = (k: string, n: number) => Array.from({ length: n }, () => ({ k }));
const SETUP = `
  CREATE SOURCE src (k VARCHAR);
  CREATE MATERIALIZED VIEW counts AS SELECT k, COUNT(*) AS n FROM src GROUP BY k;
  CREATE TABLE prices (sym VARCHAR PRIMARY KEY, px DOUBLE);`;
const countsOf = async (db: LaminarDB) => Object.fromEntries(((await db.query('SELECT k, n FROM counts')) as { k: string; n: bigint }[]).map((r) => [r.k, Number(r.n)]));
const checkpointIds = async (db: LaminarDB) => ((await db.query('SHOW CHECKPOINTS')) as { checkpoint_id: bigint; committed: boolean }[]).map((r) => Number(r.checkpoint_id));

test('RESTORE FROM CHECKPOINT rolls views, tables and the catalog back; the new timeline survives a restart', async (t) => {
  const path = fresh();
  let db = await LaminarDB.open({ path });
  await db.execute(SETUP);
  await db.insert('src', rows('a', 10));
  await db.execute("INSERT INTO prices VALUES ('x', 1.5)");
  await db.flush();
  const { id: first } = await db.checkpoint();
  await db.insert('src', rows('b', 5));
  await db.execute("UPDATE prices SET px = 9 WHERE sym = 'x'; INSERT INTO prices VALUES ('y', 2); CREATE SOURCE later (v BIGINT)");
  await db.flush();
  const { id: second } = await db.checkpoint();
  await db.insert('src', rows('c', 3));
  await db.flush();
  t.deepEqual(await countsOf(db), { a: 10, b: 5, c: 3 });
  t.deepEqual(await checkpointIds(db), [first, second]);

  const [result] = await db.execute(`RESTORE FROM CHECKPOINT ${first}`);
  t.like(result, { statement: 'RESTORE', outcome: 'restored', checkpointId: first });
  t.deepEqual(await countsOf(db), { a: 10 });
  t.deepEqual(await db.query('SELECT sym, px FROM prices'), [{ sym: 'x', px: 1.5 }]);
  t.deepEqual(db.sources().map((s) => s.name), ['src'], 'the source created after the checkpoint is gone');
  const kept = await checkpointIds(db);
  t.false(kept.includes(second), 'the abandoned checkpoint is deleted');
  t.true(kept.includes(first));
  t.true(kept.some((id) => id > second), 'the new timeline has its own first checkpoint, with a fresh id');

  // Life goes on after the rollback, and a restart keeps both: the rollback and what followed it.
  await db.insert('src', rows('d', 2));
  await db.execute("INSERT INTO prices VALUES ('z', 3)");
  await db.flush();
  t.deepEqual(await countsOf(db), { a: 10, d: 2 });
  await db.close();
  db = await LaminarDB.open({ path });
  await db.flush();
  t.deepEqual(await countsOf(db), { a: 10, d: 2 });
  t.deepEqual((await db.query('SELECT sym, px FROM prices ORDER BY sym')), [{ sym: 'x', px: 1.5 }, { sym: 'z', px: 3 }]);
  await db.close();
});

test('a crash right after the rollback is recorded still lands on the restored checkpoint, never the abandoned data', (t) => {
  const path = fresh();
  const first = runChild(path, [
    { sql: SETUP }, { insert: 'src', rows: rows('a', 7) }, { flush: true }, { checkpoint: true },
    { insert: 'src', rows: rows('b', 4) }, { flush: true }, { checkpoint: true }, { insert: 'src', rows: rows('c', 1) },
    { sql: 'RESTORE FROM CHECKPOINT 1' },
  ], { LAMINARDB_KILL_POINT: 'restore.recorded' });
  t.is(first.signal, 'SIGKILL', first.stderr);
  t.regex(first.stderr, /kill point restore\.recorded/);
  t.deepEqual(first.lines.filter((l) => 'checkpoint' in l), [{ checkpoint: 1 }, { checkpoint: 2 }]);
  // Killed before it deleted checkpoint 2: the next open must not restore it.
  const second = runChild(path, [{ flush: true }, { sql: 'SELECT k, n FROM counts ORDER BY k; SHOW CHECKPOINTS' }, { insert: 'src', rows: rows('e', 1) }, { flush: true }, { sql: 'SELECT k, n FROM counts ORDER BY k' }, { kill: true }]);
  t.is(second.signal, 'SIGKILL', second.stderr);
  t.deepEqual(second.lines[0], { rows: [{ k: 'a', n: 7 }] });
  t.deepEqual((second.lines[1]!.rows as { checkpoint_id: number }[]).map((r) => r.checkpoint_id), [1], 'the abandoned checkpoint 2 was deleted on open');
  t.deepEqual(second.lines[2], { rows: [{ k: 'a', n: 7 }, { k: 'e', n: 1 }] });
  // A third life (after a SIGKILL, no checkpoint since the rollback) replays only the new timeline.
  const third = runChild(path, [{ flush: true }, { sql: 'SELECT k, n FROM counts ORDER BY k' }, { close: true }]);
  t.deepEqual(third.lines[0], { rows: [{ k: 'a', n: 7 }, { k: 'e', n: 1 }] });
  t.true(readdirSync(path).includes('restores.json'));
});

test('RESTORE of a checkpoint that is not there names the ones kept; it must end its script', async (t) => {
  const path = fresh();
  const db = await LaminarDB.open({ path });
  await db.execute(SETUP);
  const { id } = await db.checkpoint();
  const missing = await t.throwsAsync(db.execute('RESTORE FROM CHECKPOINT 99'), { instanceOf: NotFoundError });
  t.regex(missing!.message, new RegExp(`no committed checkpoint 99 .*committed checkpoints kept: ${id}`));
  const notLast = await t.throwsAsync(db.execute(`RESTORE FROM CHECKPOINT ${id}; SELECT 1`), { instanceOf: SqlError });
  t.regex(notLast!.message, /must be the last statement of a script/);
  // Nothing changed: the database still takes writes.
  await db.insert('src', rows('a', 1));
  await db.flush();
  t.deepEqual(await countsOf(db), { a: 1 });
  await db.close();
});

/** The rows of the committed files of a files sink, in commit order. */
function committedFiles(dir: string): string[] {
  const manifest = JSON.parse(readFileSync(join(dir, '_manifest.json'), 'utf8')) as { epochs: { files: { name: string }[] }[] };
  return manifest.epochs.flatMap((e) => e.files.flatMap((f) => readFileSync(join(dir, f.name), 'utf8').split('\n').filter((l) => l !== '')));
}

test('a files sink withdraws the epochs it committed after the restored checkpoint', async (t) => {
  const path = fresh();
  const out = join(path, '..', 'out');
  const db = await LaminarDB.open({ path });
  await db.execute(`CREATE SOURCE src (k VARCHAR); CREATE SINK files FROM src INTO FILES ('path' = '${out}') FORMAT JSON`);
  await db.insert('src', [{ k: 'a' }]);
  await db.flush();
  const { id } = await db.checkpoint();
  await db.insert('src', [{ k: 'b' }]);
  await db.flush();
  await db.checkpoint();
  t.deepEqual(committedFiles(out), ['{"k":"a"}', '{"k":"b"}']);
  await db.execute(`RESTORE FROM CHECKPOINT ${id}`);
  t.deepEqual(committedFiles(out), ['{"k":"a"}']);
  await db.insert('src', [{ k: 'c' }]);
  await db.flush();
  await db.checkpoint();
  t.deepEqual(committedFiles(out), ['{"k":"a"}', '{"k":"c"}']);
  await db.close();
});
