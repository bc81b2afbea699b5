// The kill harness in CI (issue 6): a windowed aggregation into the exactly-once file sink, in a
// child process on a durable database, killed with SIGKILL 50 times (at seeded random moments and at
// every whitebox kill point inside a checkpoint's phases) over
// 200,000 events and restarted each time; the committed output must equal the reference: every
// (key, window) once, none lost, none twice. The full run (1,000 kills, 1,000,000 events) is
// `npx tsx tools/crash/kill.ts --events 1000000 --kills 1000 --rate 1500`.
import test from 'ava';
import { testSeed } from '../../runtime/testing/index.js';
import { runKillHarness } from './durable/kill-harness.js';

test('kill harness: 50 SIGKILLs over 200,000 events, output identical to the reference', async (t) => {
  t.timeout(25 * 60_000);
  const seed = testSeed();
  t.log(`seed ${seed} (LAMINARDB_SEED=${seed} reproduces the kill moments)`);
  const r = await runKillHarness({ events: 200_000, kills: 50, seed, intervalMs: 200, maxLifeMs: 1000, rate: 4000, log: (l) => t.log(l) });
  t.log(`${r.kills} SIGKILLs over ${r.lives} lives in ${(r.ms / 1000).toFixed(1)} s; ${r.got} output rows; slowest restart to ready ${r.maxRecoveryMs.toFixed(0)} ms`);
  t.log(`kills at whitebox points: ${Object.entries(r.atPoints).map(([p, n]) => `${p} ${n}`).join(', ')}`);
  t.true(r.kills >= 50, `only ${r.kills} kills landed before the input ended`);
  for (const [point, n] of Object.entries(r.atPoints)) t.true(n > 0, `no life died at kill point ${point}`);
  t.is(r.expected, r.got, `expected ${r.expected} rows, got ${r.got}`);
  t.deepEqual(r.lost.slice(0, 10), [], `${r.lost.length} reference rows missing`);
  t.deepEqual(r.duplicated.slice(0, 10), [], `${r.duplicated.length} rows duplicated or wrong`);
});
