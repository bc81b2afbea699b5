// One process per durable directory (issue 6): a second open, in this process or another, is a
// LockedError naming the holder; a lock left by a killed process is taken over.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import test from 'ava';
import { LaminarDB, LockedError } from '../../index.js';

const index = resolve(import.meta.dirname, '..', '..', 'index.ts');
const fresh = () => join(mkdtempSync(join(tmpdir(), 'laminardb-lock-')), 'db');

test('a second open of the same path in this process fails until the first closes', async (t) => {
  const path = fresh();
  const db = await LaminarDB.open({ path });
  await db.execute('CREATE SOURCE src (k VARCHAR)');
  const err = await t.throwsAsync(LaminarDB.open({ path }), { instanceOf: LockedError });
  t.is(err?.code, 'LDB-3004');
  t.regex(err!.message, /already open in this process/);
  t.is(Number(readFileSync(join(path, 'LOCK'), 'utf8').split('\n')[0]), process.pid);
  await db.close();
  t.false(existsSync(join(path, 'LOCK')), 'close releases the lock');
  const again = await LaminarDB.open({ path });
  t.deepEqual(again.sources().map((s) => s.name), ['src']);
  await again.close();
});

test('a path held by another live process is refused with its pid; after SIGKILL the stale lock is taken over', async (t) => {
  const path = fresh();
  const code = `const { LaminarDB } = await import(${JSON.stringify(index)});
    const db = await LaminarDB.open({ path: ${JSON.stringify(path)} });
    await db.execute("CREATE SOURCE held (k VARCHAR)");
    console.log('ready');
    setInterval(() => {}, 1000);`;
  const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', code], { stdio: ['ignore', 'pipe', 'inherit'] });
  const exited = new Promise<NodeJS.Signals | null>((r) => child.on('exit', (_c, signal) => r(signal)));
  await new Promise<void>((ok, fail) => {
    child.stdout.on('data', (d: Buffer) => d.toString().includes('ready') && ok());
    child.on('exit', () => fail(new Error('the child exited before it opened the database')));
  });
  const err = await t.throwsAsync(LaminarDB.open({ path }), { instanceOf: LockedError });
  t.is(err?.pid, child.pid!);
  t.regex(err!.message, new RegExp(`in use by process ${child.pid}`));
  child.kill('SIGKILL');
  t.is(await exited, 'SIGKILL');
  // The lock file is still there, naming a process that is gone.
  t.true(existsSync(join(path, 'LOCK')));
  const db = await LaminarDB.open({ path });
  t.deepEqual(db.sources().map((s) => s.name), ['held'], 'the killed process\'s DDL was durable');
  await db.close();
});
