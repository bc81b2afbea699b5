/**
 * Runs a DuckDB differential test over many random seeds (CI runs one pinned seed, so a gate
 * never depends on luck) and prints each seed that finds an undocumented difference with what it
 * found. `--suite expressions` (the default) is differential.spec.ts, `--suite joins` the join
 * differential (joins.spec.ts), `--suite subqueries` the IN/EXISTS one (subqueries.spec.ts);
 * `--runs` sets their cases per seed.
 * Usage: npm run differential:explore -- [--suite joins|subqueries] [--seeds 20] [--from <first seed>] [--runs 300]
 */
import { spawnSync } from 'node:child_process';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
/** Each suite's spec, its test, and the lines of a failing run worth printing. */
const SUITES: Record<string, { file: string; match: string; found: (lines: string[]) => string[] }> = {
  expressions: { file: 'specs/differential/differential.spec.ts', match: '*or differ exactly as documented', found: (lines) => lines.filter((l) => /undocumented|^\s{8}\S|^\s{10}in /.test(l)) },
  joins: { file: 'specs/differential/joins.spec.ts', match: '*', found: (lines) => firstReport(lines) },
  subqueries: { file: 'specs/differential/subqueries.spec.ts', match: '*', found: (lines) => firstReport(lines) },
};
/** A failing property's report, once (ava prints it twice): what differs, the inputs, both queries. */
function firstReport(lines: string[]): string[] {
  const from = lines.findIndex((l) => l.includes('✘'));
  const to = lines.findIndex((l, i) => i > from && l.includes('(seed '));
  return from < 0 || to < 0 ? [] : lines.slice(from, to + 1);
}
const suiteAt = process.argv.indexOf('--suite');
const suiteName = suiteAt >= 0 ? process.argv[suiteAt + 1]! : 'expressions';
const suite = SUITES[suiteName];
if (suite === undefined) throw new Error(`unknown suite '${suiteName}'; use ${Object.keys(SUITES).join(' or ')}`);
const count = arg('seeds', 20);
const first = arg('from', (Math.random() * 2 ** 31) >>> 0);
let failed = 0;
for (let seed = first; seed < first + count; seed++) {
  const run = spawnSync('npx', ['ava', suite.file, '--match', suite.match], {
    env: { ...process.env, LAMINARDB_SEED: String(seed), ...(process.argv.includes('--runs') ? { LAMINARDB_RUNS: String(arg('runs', 300)) } : {}) },
    encoding: 'utf8',
  });
  const out = `${run.stdout}${run.stderr}`;
  if (run.status === 0) {
    console.log(`seed ${seed}: ok`);
    continue;
  }
  failed++;
  const found = suite.found(out.split('\n'));
  console.log(`seed ${seed}: FAILED\n${(found.length > 0 ? found : out.split('\n').slice(-20)).join('\n')}`);
}
console.log(`${count - failed} of ${count} seeds found nothing undocumented`);
process.exitCode = failed > 0 ? 1 : 0;
