/**
 * Checks the golden EXPLAIN files, or rewrites them with --update (after an intended planner
 * change): `npm run golden:update`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { explainAll, GOLDEN_DIR } from '../../specs/golden/golden.js';

async function main(): Promise<void> {
  const update = process.argv.includes('--update');
  let stale = 0;
  for (const [name, plan] of await explainAll()) {
    const file = join(GOLDEN_DIR, `${name}.plan`);
    let current = '';
    try {
      current = readFileSync(file, 'utf8');
    } catch {
      // new query
    }
    if (current === plan) continue;
    if (update) {
      writeFileSync(file, plan);
      console.log(`updated ${name}.plan`);
    } else {
      stale++;
      console.log(`stale: ${name}.plan`);
    }
  }
  process.exitCode = stale > 0 ? 1 : 0;
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
