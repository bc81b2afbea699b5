// The subquery differential against DuckDB: an input filtered by random IN / NOT IN / EXISTS /
// NOT EXISTS subqueries (correlated or not, single values and row values) over inputs with NULL
// keys, some of them changelogs, streamed in interleaved batches. The continuous query's
// consolidated changelog, the materialized view and the snapshot query over tables must all
// equal DuckDB's result over the final rows, NOT IN's NULL rules included.
import test from 'ava';
import { testSeed } from '../../runtime/testing/index.js';
import { describe } from './joins-model.js';
import { checkAgainstDuckDb, type RunnableCase } from './joins-run.js';
import { resolveSubqueries, subqueryCaseSql, subqueryChoicesArb } from './subqueries-model.js';

/** CI checks one pinned seed; LAMINARDB_SEED replays any seed, LAMINARDB_RUNS sets the number of cases. */
const PINNED_SEED = 20240917;
const RUNS = 200;

test('subqueries - streaming, view and snapshot results of random IN / EXISTS filters equal DuckDB\'s', async (t) => {
  const seed = process.env.LAMINARDB_SEED ? testSeed() : PINNED_SEED;
  const runs = Number(process.env.LAMINARDB_RUNS ?? RUNS);
  const toCase = (choices: Parameters<typeof resolveSubqueries>[0]): RunnableCase => {
    const s = resolveSubqueries(choices);
    return { ...s, query: (target) => subqueryCaseSql(s, target), text: describe(s, subqueryCaseSql(s, 'stream')) };
  };
  await checkAgainstDuckDb(t, { seed, runs, arbitrary: subqueryChoicesArb, toCase });
});
