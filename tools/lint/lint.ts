#!/usr/bin/env tsx
/**
 * The architecture lint: import directions of ARCHITECTURE.md §2, entry-point-only imports across
 * folders, no import cycles, no dev dependencies or tools in product code, declared packages only,
 * and the file-size budget (warn at 400 lines, fail at 800). `npm run lint` runs it; CI too.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

/** The layer a file belongs to. */
export type Layer = 'specs' | 'native' | 'runtime' | 'operators' | 'connectors' | 'sql' | 'facade' | 'tools' | 'e2e';

/** Which layers each layer may import (besides itself). */
export const ALLOWED: Record<Layer, readonly Layer[]> = {
  specs: [],
  native: [],
  runtime: ['specs', 'native'],
  operators: ['specs', 'runtime'],
  connectors: ['specs', 'runtime'],
  sql: ['specs', 'operators'],
  facade: ['specs', 'runtime', 'operators', 'connectors', 'sql'],
  tools: ['specs', 'native', 'runtime', 'operators', 'connectors', 'sql', 'facade', 'e2e'],
  e2e: ['specs', 'native', 'runtime', 'operators', 'connectors', 'sql', 'facade'],
};

/** Entry points other layers may import, per layer (relative to the repo root). */
const ENTRIES: Partial<Record<Layer, readonly string[]>> = {
  specs: ['specs/index.ts'],
  native: ['native/index.ts'],
  runtime: ['runtime/index.ts', 'runtime/testing/index.ts'],
  operators: ['operators/index.ts', 'operators/catalog.ts'],
  connectors: ['connectors/index.ts'],
  sql: ['sql/index.ts'],
  facade: ['index.ts', 'db.ts', 'db/index.ts'],
};

/** Narrower rules: only these files of `from` may import `to`, or only these files of `to` may be imported. */
const NARROW: { from: Layer; to: Layer; fromFiles?: readonly string[]; toFiles?: readonly string[] }[] = [
  { from: 'runtime', to: 'native', fromFiles: ['runtime/kernels/load-native.ts'] },
  { from: 'sql', to: 'operators', toFiles: ['operators/catalog.ts'] },
];

const DEV_ONLY = new Set(['ava', 'fast-check', 'tsx', 'typescript', 'protobufjs-cli', 'c8', '@types/node', '@duckdb/node-api']);
const SKIP_DIRS = new Set(['node_modules', 'dist', 'generated', 'scratch', '.git', 'build', 'coverage', '.tmp']);
const WARN_LINES = 400;
const MAX_LINES = 800;

export interface LintResult {
  errors: string[];
  warnings: string[];
  files: number;
}

export function layerOf(file: string): Layer {
  const top = file.split('/')[0]!;
  if (file === 'index.ts' || file === 'db.ts' || file.startsWith('db/')) return 'facade';
  // Everything under specs/ but the plan messages is end-to-end test code (e2e, slt, docs, differential).
  if (file.startsWith('specs/') && file !== 'specs/index.ts') return 'e2e';
  if (['specs', 'native', 'runtime', 'operators', 'connectors', 'sql', 'tools'].includes(top)) return top as Layer;
  return 'tools';
}

function walk(root: string, dir: string, out: string[]): void {
  for (const name of readdirSync(join(root, dir))) {
    if (SKIP_DIRS.has(name)) continue;
    const rel = dir === '' ? name : `${dir}/${name}`;
    const st = statSync(join(root, rel));
    if (st.isDirectory()) walk(root, rel, out);
    else if (/\.(ts|mts)$/.test(name) && !name.endsWith('.d.ts')) out.push(rel);
  }
}

/** Lints the TypeScript files under `root`. */
export function lintTree(root: string, dependencies: readonly string[]): LintResult {
  const files: string[] = [];
  walk(root, '', files);
  const errors: string[] = [];
  const warnings: string[] = [];
  const graph = new Map<string, string[]>();
  const known = new Set(files);
  for (const file of files) {
    const text = readFileSync(join(root, file), 'utf8');
    const lines = text.split('\n').length;
    if (lines > MAX_LINES) errors.push(`${file}: ${lines} lines, over the ${MAX_LINES}-line budget; split it`);
    else if (lines > WARN_LINES) warnings.push(`${file}: ${lines} lines (warn at ${WARN_LINES})`);
    const from = layerOf(file);
    const isSpec = file.endsWith('.spec.ts');
    const edges: string[] = [];
    for (const ref of ts.preProcessFile(text, true, true).importedFiles) {
      const spec = ref.fileName;
      if (!spec.startsWith('.')) {
        const pkg = spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]!;
        if (spec.startsWith('node:') || builtinModules.includes(pkg)) continue;
        if (DEV_ONLY.has(pkg) && !isSpec && from !== 'tools' && from !== 'e2e' && !file.startsWith('runtime/testing/')) {
          errors.push(`${file}: imports dev dependency '${pkg}' in product code`);
        } else if (!dependencies.includes(pkg)) {
          errors.push(`${file}: imports '${pkg}', which package.json does not declare`);
        }
        continue;
      }
      const target = relative(root, resolve(root, dirname(file), spec)).split(sep).join('/').replace(/\.js$/, '.ts');
      if (!known.has(target)) {
        if (!/\.(node|json|mjs|cjs)$/.test(target) && !target.startsWith('specs/generated/')) errors.push(`${file}: imports '${spec}', which does not resolve to a TypeScript file`);
        continue;
      }
      edges.push(target);
      const to = layerOf(target);
      if (to === from) continue;
      if (target.endsWith('.spec.ts')) {
        errors.push(`${file}: imports a spec file (${target})`);
        continue;
      }
      if (to === 'tools') {
        errors.push(`${file}: imports ${target}; nothing imports tools/`);
        continue;
      }
      if (!ALLOWED[from].includes(to)) {
        errors.push(`${file}: ${from} may not import ${to} (${target}); allowed: ${ALLOWED[from].join(', ') || 'nothing'}`);
        continue;
      }
      const narrow = NARROW.find((n) => n.from === from && n.to === to);
      if (narrow?.fromFiles && !narrow.fromFiles.includes(file)) errors.push(`${file}: only ${narrow.fromFiles.join(', ')} may import ${to}`);
      else if (narrow?.toFiles && !narrow.toFiles.includes(target)) errors.push(`${file}: ${from} may import only ${narrow.toFiles.join(', ')} from ${to}`);
      else if (from !== 'tools' && from !== 'e2e' && !(ENTRIES[to] ?? []).includes(target)) {
        errors.push(`${file}: deep import of ${target}; import ${to} through ${(ENTRIES[to] ?? []).join(' or ')}`);
      }
    }
    graph.set(file, edges);
  }
  for (const cycle of cycles(graph)) errors.push(`import cycle: ${cycle.join(' -> ')}`);
  return { errors, warnings, files: files.length };
}

/** Strongly connected components with more than one file (Tarjan), each reported as one cycle. */
export function cycles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  let index = 0;
  const stack: string[] = [];
  const on = new Set<string>();
  const idx = new Map<string, number>();
  const low = new Map<string, number>();
  const out: string[][] = [];
  const visit = (v: string): void => {
    idx.set(v, index);
    low.set(v, index++);
    stack.push(v);
    on.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!idx.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (on.has(w)) {
        low.set(v, Math.min(low.get(v)!, idx.get(w)!));
      }
    }
    if (low.get(v) === idx.get(v)) {
      const scc: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        on.delete(w);
        scc.push(w);
      } while (w !== v);
      if (scc.length > 1) out.push(scc.reverse());
    }
  };
  for (const v of graph.keys()) if (!idx.has(v)) visit(v);
  return out;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { dependencies?: Record<string, string>; devDependencies?: Record<string, string> };
  const deps = [...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.devDependencies ?? {})];
  const result = lintTree(root, deps);
  for (const w of result.warnings) console.warn(`warning: ${w}`);
  for (const e of result.errors) console.error(`error: ${e}`);
  console.log(`lint: ${result.files} files, ${result.errors.length} errors, ${result.warnings.length} warnings`);
  process.exit(result.errors.length > 0 ? 1 : 0);
}
