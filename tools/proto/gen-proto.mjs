#!/usr/bin/env node
// Regenerates specs/generated/<name>.{js,d.ts} from specs/proto/<name>.proto (protobufjs static modules).
// `--check` regenerates into a temp folder and fails if the committed output is stale.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const check = process.argv.includes('--check');
const outDir = check ? mkdtempSync(join(tmpdir(), 'ldb-proto-')) : join(root, 'specs', 'generated');
const bin = (name) => join(root, 'node_modules', '.bin', name);
const protos = readdirSync(join(root, 'specs', 'proto')).filter((f) => f.endsWith('.proto'));
let stale = [];
for (const file of protos) {
  const name = file.replace(/\.proto$/, '');
  const js = join(outDir, `${name}.js`);
  execFileSync(bin('pbjs'), ['-t', 'static-module', '-w', 'es6', '-r', name, '--force-number', '--no-delimited',
    '-o', js, join(root, 'specs', 'proto', file)], { stdio: 'inherit' });
  execFileSync(bin('pbts'), ['-o', join(outDir, `${name}.d.ts`), js], { stdio: 'inherit' });
  if (check) {
    for (const ext of ['js', 'd.ts']) {
      const fresh = readFileSync(join(outDir, `${name}.${ext}`), 'utf8');
      let committed = '';
      try { committed = readFileSync(join(root, 'specs', 'generated', `${name}.${ext}`), 'utf8'); } catch {}
      if (fresh !== committed) stale.push(`specs/generated/${name}.${ext}`);
    }
  }
}
if (check) {
  rmSync(outDir, { recursive: true, force: true });
  if (stale.length) {
    console.error(`stale generated code: ${stale.join(', ')}; run npm run gen:proto`);
    process.exit(1);
  }
  console.log(`generated code is fresh (${protos.length} proto files)`);
}
