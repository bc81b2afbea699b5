/**
 * Runs the DuckDB differential test over many random seeds (CI runs one pinned seed, so a gate
 * never depends on luck) and prints each seed that finds an undocumented difference with what it
 * found. Usage: npm run differential:explore -- [--seeds 20] [--from <first seed>]
 */
import { spawnSync } from 'node:child_process';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const count = arg('seeds', 20);
const first = arg('from', (Math.random() * 2 ** 31) >>> 0);
let failed = 0;
for (let seed = first; seed < first + count; seed++) {
  const run = spawnSync('npx', ['ava', 'specs/differential/differential.spec.ts', '--match', '*or differ exactly as documented'], {
    env: { ...process.env, LAMINARDB_SEED: String(seed) },
    encoding: 'utf8',
  });
  const out = `${run.stdout}${run.stderr}`;
  if (run.status === 0) {
    console.log(`seed ${seed}: ok`);
    continue;
  }
  failed++;
  const found = out.split('\n').filter((l) => /undocumented|^\s{8}\S|^\s{10}in /.test(l));
  console.log(`seed ${seed}: FAILED\n${(found.length > 0 ? found : out.split('\n').slice(-20)).join('\n')}`);
}
console.log(`${count - failed} of ${count} seeds found nothing undocumented`);
process.exitCode = failed > 0 ? 1 : 0;
