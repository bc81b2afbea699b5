/** The planner's EXPLAIN output matches the golden files (regenerate: npm run golden:update). */
import test from 'ava';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { explainAll, GOLDEN_DIR, goldenQueries } from './golden.js';

test('golden EXPLAIN plans', async (t) => {
  const plans = await explainAll();
  t.true(plans.size >= 15, `${plans.size} golden queries`);
  for (const q of goldenQueries()) {
    const expected = readFileSync(join(GOLDEN_DIR, `${q.name}.plan`), 'utf8');
    t.is(plans.get(q.name), expected, `${q.name}: run 'npm run golden:update' if the change is intended`);
  }
});
