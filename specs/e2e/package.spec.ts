import test from 'ava';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

// The product as a user gets it: the packed tarball installed into an empty project, the CLI run,
// and the README example run from a separate script that imports 'laminardb'.
const root = resolve(import.meta.dirname, '..', '..');
let dir = '';

test.before(() => {
  dir = mkdtempSync(join(tmpdir(), 'laminardb-user-'));
  const tgz = execFileSync('npm', ['pack', '--pack-destination', dir, '--silent'], { cwd: root, encoding: 'utf8' }).trim().split('\n').pop()!;
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'user-app', private: true, type: 'module' }));
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--silent', join(dir, tgz)], { cwd: dir, stdio: 'pipe', timeout: 240_000 });
});

test.after.always(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

test('package - the laminardb CLI runs the demo from an installed tarball', (t) => {
  const out = execFileSync(join(dir, 'node_modules', '.bin', 'laminardb'), ['demo', '--seconds', '2', '--rate', '2000'], { cwd: dir, encoding: 'utf8', timeout: 60_000 });
  t.regex(out, /kernels: native/, 'the native addon built on install');
  t.regex(out, /window ending/);
  t.regex(out, /│ sym\s+│ window_end\s+│ trades │ volume │ vwap/);
  t.regex(out, /done: \d+ trades/);
  t.regex(execFileSync(join(dir, 'node_modules', '.bin', 'laminardb'), ['--version'], { encoding: 'utf8' }), /^\d+\.\d+\.\d+/);
});

test('package - the README example runs as written from a separate script', (t) => {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const example = /```ts\n([\s\S]*?)```/.exec(readme)![1]!;
  writeFileSync(join(dir, 'example.mjs'), example);
  const out = execFileSync(process.execPath, ['example.mjs'], { cwd: dir, encoding: 'utf8', timeout: 60_000 });
  t.regex(out, /AAPL/);
  t.regex(out, /trades/);
  t.regex(out, /100n?/);
});

test('package - public entry points and types resolve: laminardb and laminardb/testing', (t) => {
  writeFileSync(join(dir, 'check.mjs'), `
    import * as db from 'laminardb';
    import * as testing from 'laminardb/testing';
    console.log(typeof db.Dataflow, typeof db.col, typeof db.errors.PlanError, typeof testing.runOperator, typeof db.plan.Plan.encode);
  `);
  t.is(execFileSync(process.execPath, ['check.mjs'], { cwd: dir, encoding: 'utf8' }).trim(), 'function function function function function');
  const pkg = JSON.parse(readFileSync(join(dir, 'node_modules', 'laminardb', 'package.json'), 'utf8')) as { exports: Record<string, { types: string }> };
  for (const entry of Object.values(pkg.exports)) {
    if (typeof entry === 'object') t.notThrows(() => readFileSync(join(dir, 'node_modules', 'laminardb', entry.types)));
  }
});
