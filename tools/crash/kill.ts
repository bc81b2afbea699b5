/**
 * The kill harness from the command line (see specs/e2e/durable/kill-harness.ts): a windowed
 * aggregation into the exactly-once file sink, SIGKILLed at seeded random moments and at each
 * checkpoint phase (whitebox kill points), and restarted;
 * prints the kills, the output compared with the reference, and exits 1 on any lost or duplicated row.
 *
 *   npx tsx tools/crash/kill.ts [--events 200000] [--kills 50] [--seed N] [--interval 200] [--life 1000] [--rate 4000]
 *   npx tsx tools/crash/kill.ts --events 1000000 --kills 1000 --rate 1500    # the issue's full run
 */
import { writeFileSync } from 'node:fs';
import { runKillHarness } from '../../specs/e2e/durable/kill-harness.js';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const seed = arg('seed', (Math.random() * 2 ** 32) >>> 0);
const options = { events: arg('events', 200_000), kills: arg('kills', 50), seed, intervalMs: arg('interval', 200), maxLifeMs: arg('life', 1000), rate: arg('rate', 4000), log: console.log };
console.log(`kill harness: ${options.events} events, ${options.kills} kills, seed ${seed}`);
const r = await runKillHarness(options);
console.log(`${r.kills} SIGKILLs over ${r.lives} lives in ${(r.ms / 1000).toFixed(1)} s; ${r.got} output rows for ${r.expected} expected; lost ${r.lost.length}, duplicated ${r.duplicated.length}; slowest restart to ready ${r.maxRecoveryMs.toFixed(0)} ms`);
console.log(`kills at whitebox points: ${Object.entries(r.atPoints).map(([p, n]) => `${p} ${n}`).join(', ')}`);
if (process.env.KILL_REPORT !== undefined) writeFileSync(process.env.KILL_REPORT, [...r.lost.map((l) => `lost ${l}`), ...r.duplicated.map((d) => `duplicated ${d}`)].join('\n'));
for (const l of r.lost.slice(0, 5)) console.log(`  lost ${l}`);
for (const d of r.duplicated.slice(0, 5)) console.log(`  duplicated ${d}`);
process.exitCode = r.lost.length === 0 && r.duplicated.length === 0 ? 0 : 1;
