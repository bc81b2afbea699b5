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

test('package - laminardb run executes a SQL script with variables; shell reads statements from stdin', (t) => {
  writeFileSync(join(dir, 'script.sql'), `-- one-second volumes
CREATE SOURCE trades (sym VARCHAR NOT NULL, qty BIGINT, ts TIMESTAMP, WATERMARK FOR ts AS ts - INTERVAL '\${DELAY}' SECOND);
CREATE STREAM vol AS SELECT sym, SUM(qty) AS volume FROM trades GROUP BY sym, TUMBLE(ts, INTERVAL '1' SECOND);
SELECT sym, volume FROM vol WHERE volume > 5;
INSERT INTO trades VALUES ('AAPL', 10, TIMESTAMP '2024-01-01 00:00:00'), ('MSFT', 3, TIMESTAMP '2024-01-01 00:00:00.5'), ('AAPL', 1, TIMESTAMP '2024-01-01 00:00:05');
`);
  const bin = join(dir, 'node_modules', '.bin', 'laminardb');
  const out = execFileSync(bin, ['run', 'script.sql', '--var', 'DELAY=0', '--no-follow'], { cwd: dir, encoding: 'utf8', timeout: 60_000 });
  t.regex(out, /CREATE SOURCE trades: created/);
  t.regex(out, /│ AAPL │ 10 {5}│/);
  t.notRegex(out, /MSFT/);
  t.regex(out, /INSERT trades: inserted \(3 rows\)/);
  const failed = (() => {
    try {
      execFileSync(bin, ['run', '-', '--no-follow'], { cwd: dir, input: 'SELECT 1;\nSELECT prce FROM nowhere;\n', encoding: 'utf8', stdio: 'pipe' });
      return undefined;
    } catch (err) {
      return err as { status: number; stderr: string };
    }
  })();
  t.is(failed?.status, 1);
  t.regex(failed?.stderr ?? '', /unknown source, stream, view or table 'nowhere' at line 2, column 18/);
  const shell = execFileSync(bin, ['shell'], { cwd: dir, input: "SELECT 40 + 2\n  AS answer;\n\\q\n", encoding: 'utf8', timeout: 30_000 });
  t.regex(shell, /│ answer │/);
  t.regex(shell, /│ 42 {5}│/);
});

test('package - laminardb run and shell with --path keep a durable database between runs, and roll it back', (t) => {
  const bin = join(dir, 'node_modules', '.bin', 'laminardb');
  const state = join(dir, 'state');
  const run = (sql: string) => execFileSync(bin, ['run', '-', '--no-follow', '--path', state], { cwd: dir, input: sql, encoding: 'utf8', timeout: 60_000 });
  run(`CREATE SOURCE clicks (page VARCHAR);
CREATE MATERIALIZED VIEW hits AS SELECT page, COUNT(*) AS n FROM clicks GROUP BY page;
INSERT INTO clicks VALUES ('home'), ('home'), ('docs');
CHECKPOINT;
INSERT INTO clicks VALUES ('home');`);
  t.regex(run('SELECT page, n FROM hits ORDER BY page;'), /│ docs │ 1 +│[\s\S]*│ home │ 3 +│/);
  const shell = execFileSync(bin, ['shell', '--path', state], { cwd: dir, input: 'SHOW CHECKPOINTS;\nRESTORE FROM CHECKPOINT 1;\nSELECT page, n FROM hits ORDER BY page;\n\\q\n', encoding: 'utf8', timeout: 30_000 });
  t.regex(shell, /durable in /);
  t.regex(shell, /RESTORE: restored \(checkpoint 1\)/);
  t.regex(shell, /│ home │ 2 +│/, 'the insert after checkpoint 1 is rolled back');
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
