// The subquery differential against DuckDB: an input filtered by random IN / NOT IN / EXISTS /
// NOT EXISTS subqueries (correlated or not, single values and row values) over inputs with NULL
// keys, some of them changelogs, streamed in interleaved batches. The continuous query's
// consolidated changelog, the materialized view and the snapshot query over tables must all
// equal DuckDB's result over the final rows, NOT IN's NULL rules included.
import test from 'ava';
import fc from 'fast-check';
import { DuckDBInstance } from '@duckdb/node-api';
import { testSeed } from '../../runtime/testing/index.js';
import { describe } from './joins-model.js';
import { judge, report, runCase, type RunnableCase } from './joins-run.js';
import { resolveSubqueries, subqueryCaseSql, subqueryChoicesArb } from './subqueries-model.js';

/** CI checks one pinned seed; LAMINARDB_SEED replays any seed, LAMINARDB_RUNS sets the number of cases. */
const PINNED_SEED = 20240917;
const RUNS = 200;

test('subqueries - streaming, view and snapshot results of random IN / EXISTS filters equal DuckDB\'s', async (t) => {
  const seed = process.env.LAMINARDB_SEED ? testSeed() : PINNED_SEED;
  const runs = Number(process.env.LAMINARDB_RUNS ?? RUNS);
  t.log(`seed ${seed} (replay with LAMINARDB_SEED=${seed}), ${runs} cases`);
  const instance = await DuckDBInstance.create(':memory:', { threads: '1' });
  const duck = await instance.connect();
  const stats = { cases: 0, changes: 0, retractions: 0, rows: 0 };
  try {
    const property = fc.asyncProperty(subqueryChoicesArb, async (choices) => {
      const s = resolveSubqueries(choices);
      const c: RunnableCase = { ...s, query: (target) => subqueryCaseSql(s, target), text: describe(s, subqueryCaseSql(s, 'stream')) };
      const o = await runCase(duck, c);
      stats.cases++;
      stats.changes += o.changes;
      stats.retractions += o.retractions;
      if ('rows' in o.duck) stats.rows += [...o.duck.rows.values()].reduce((a, b) => a + b, 0);
      const problem = judge(c, o);
      if (problem !== undefined) throw new Error(report(c, o, problem));
    });
    const details = await fc.check(property, { seed, numRuns: runs });
    t.log(`${stats.cases} cases run (with shrinking), ${stats.changes} changelog rows (${stats.retractions} retractions), ${stats.rows} result rows in DuckDB`);
    if (details.failed) {
      t.fail(`${(details.errorInstance as Error).message}\n(seed ${seed}, path ${details.counterexamplePath}, shrunk ${details.numShrinks} times; replay with LAMINARDB_SEED=${seed})`);
    } else t.pass();
  } finally {
    duck.closeSync();
    instance.closeSync();
  }
});
