/**
 * One life of the kill harness's pipeline: opens the durable database at `path`, creates the
 * job on first open (a windowed aggregation into an exactly-once file sink), asks the database
 * how many input events it holds (restored and replayed: exactly the acknowledged ones), and
 * inserts the rest of the deterministic input from there, with checkpoints on an interval. The
 * harness kills it with SIGKILL at random moments; the last life runs to the end.
 *
 *   node --import tsx specs/e2e/durable/kill-worker.ts <path> <events> <seed> <checkpoint ms> <batch> <events/s>
 *
 * The rate caps how fast a life inserts, so a run of N kills spreads over the whole input.
 */
import { LaminarDB } from '../../../index.js';
import { eventAt, JOB_SQL, SENTINEL } from './kill-events.js';

const [path, eventsText, seedText, intervalText, batchText, rateText] = process.argv.slice(2);
const rate = Number(rateText ?? 0);
const total = Number(eventsText);
const seed = Number(seedText);
const batch = Number(batchText ?? 500);
const db = await LaminarDB.open({ path: path!, durability: { checkpointIntervalMs: Number(intervalText ?? 200) } });
await db.execute(JOB_SQL(`${path}/out`));
await db.flush();
// The view has no row until the first event (a global count over a stream emits per change).
const counted = (await db.query('SELECT n FROM ingested')) as { n: bigint }[];
let next = Number(counted[0]?.n ?? 0n);
process.stdout.write(`start ${next}\n`);
if (process.env.KILL_DEBUG) process.stdout.write(`recovered ${JSON.stringify((db as unknown as { db: { durable: { recovered: unknown } } }).db.durable.recovered)}\n`);
const began = performance.now();
const first = next;
while (next < total) {
  const end = Math.min(total, next + batch);
  const rows = [];
  for (let i = next; i < end; i++) rows.push(eventAt(seed, i));
  await db.insert('events', rows);
  next = end;
  const ahead = rate > 0 ? ((next - first) / rate) * 1000 - (performance.now() - began) : 0;
  if (ahead > 1) await new Promise((r) => setTimeout(r, ahead));
}
// The sentinel's event time closes every window of the input; its own window never closes.
await db.insert('events', [SENTINEL]);
await db.flush();
await db.checkpoint();
process.stdout.write(`done ${next}\n`);
await db.close();
