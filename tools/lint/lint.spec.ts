import test from 'ava';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { cycles, lintTree } from './lint.js';

function tree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'ldb-lint-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

test('lint - a clean tree passes', (t) => {
  const root = tree({
    'specs/index.ts': 'export const x = 1;\n',
    'runtime/index.ts': "import { x } from '../specs/index.js';\nexport const y = x;\n",
    'operators/index.ts': "import { y } from '../runtime/index.js';\nexport const z = y;\n",
    'operators/catalog.ts': 'export const fns = {};\n',
    'sql/index.ts': "import { fns } from '../operators/catalog.js';\nexport const q = fns;\n",
    'index.ts': "export * from './operators/index.js';\n",
  });
  const r = lintTree(root, []);
  rmSync(root, { recursive: true });
  t.deepEqual(r.errors, []);
});

test('lint - forbidden directions, deep imports, sql beyond the catalog, and native outside the loader fail', (t) => {
  const root = tree({
    'specs/index.ts': 'export const x = 1;\n',
    'native/index.ts': 'export const n = 1;\n',
    'runtime/index.ts': "import { z } from '../operators/index.js';\nexport const y = z;\n",
    'runtime/batch/a.ts': "import { n } from '../../native/index.js';\nexport const a = n;\n",
    'operators/index.ts': "import { a } from '../runtime/batch/a.js';\nimport { y } from '../runtime/index.js';\nexport const z = a + y;\n",
    'operators/filter.ts': 'export const f = 1;\n',
    'sql/index.ts': "import { f } from '../operators/filter.js';\nexport const q = f;\n",
    'connectors/index.ts': "import { q } from '../sql/index.js';\nexport const c = q;\n",
  });
  const r = lintTree(root, []);
  rmSync(root, { recursive: true });
  const text = r.errors.join('\n');
  t.regex(text, /runtime\/index.ts: runtime may not import operators/);
  t.regex(text, /runtime\/batch\/a.ts: only runtime\/kernels\/load-native.ts may import native/);
  t.regex(text, /operators\/index.ts: deep import of runtime\/batch\/a.ts/);
  t.regex(text, /sql\/index.ts: sql may import only operators\/catalog.ts from operators/);
  t.regex(text, /connectors\/index.ts: connectors may not import sql/);
  t.regex(text, /import cycle: /);
});

test('lint - dev dependencies, undeclared packages and oversized files fail', (t) => {
  const root = tree({
    'runtime/index.ts': "import test from 'ava';\nimport x from 'left-pad';\nimport { readFileSync } from 'node:fs';\nexport { test, x, readFileSync };\n",
    'runtime/ok.spec.ts': "import test from 'ava';\ntest('x', (t) => t.pass());\n",
    'runtime/big.ts': 'export const a = 1;\n'.repeat(801),
    'runtime/medium.ts': 'export const b = 1;\n'.repeat(401).replace(/export const b = 1;\n/g, (_m, i: number) => `export const b${i} = 1;\n`),
  });
  const r = lintTree(root, ['ava']);
  rmSync(root, { recursive: true });
  const text = r.errors.join('\n');
  t.regex(text, /runtime\/index.ts: imports dev dependency 'ava'/);
  t.regex(text, /runtime\/index.ts: imports 'left-pad', which package.json does not declare/);
  t.regex(text, /runtime\/big.ts: 802 lines, over the 800-line budget/);
  t.false(text.includes('ok.spec.ts'));
  t.regex(r.warnings.join('\n'), /runtime\/medium.ts: 402 lines/);
});

test('lint - cycles are found as strongly connected components', (t) => {
  const g = new Map([['a', ['b']], ['b', ['c']], ['c', ['a']], ['d', ['a']]]);
  t.deepEqual(cycles(g), [['a', 'b', 'c']]);
});
