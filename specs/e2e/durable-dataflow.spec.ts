// Programmatic dataflows in a durable database (issue 6): their registration is logged by name,
// and the next open rebuilds them from the builders passed to it, at their place in the catalog
// (SQL over their outputs comes after), with their operators' checkpointed window state.
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import test from 'ava';

const child = resolve(import.meta.dirname, 'durable', 'dataflow-child.ts');
const run = (path: string, phase: string) => spawnSync(process.execPath, ['--import', 'tsx', child, path, phase], { encoding: 'utf8', timeout: 120_000 });

test('a dataflow registered before a SIGKILL is rebuilt on open with its window state and feeds the SQL view over it', (t) => {
  const path = join(mkdtempSync(join(tmpdir(), 'laminardb-dataflow-')), 'db');
  const first = run(path, 'first');
  t.is(first.signal, 'SIGKILL', first.stderr);
  const missing = run(path, 'missing');
  t.regex(missing.stdout, /the log of this database holds dataflow 'per_second'.*pass its builder when opening/);
  const second = run(path, 'second');
  t.is(second.status, 0, second.stderr);
  // Window [0 s, 1 s) of 'a' holds two events from before the checkpoint, one logged after it
  // and one inserted after the restart: its count of 4 needs the restored window state and the
  // replayed insert. 'skip' never passes the JS filter of the rebuilt dataflow.
  t.deepEqual(JSON.parse(second.stdout.trim()), [{ k: 'a', windows: 2, n: 5 }, { k: 'b', windows: 1, n: 1 }]);
});
