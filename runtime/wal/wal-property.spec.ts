// Property: random appends (in groups), syncs, segment rolls, truncateBefore, reopens (some with a
// new epoch) and power losses, under every fsync policy, against a model that is just the list of
// appended payloads. After every step the log reads back exactly the model's records from any
// starting point (nothing at or above a truncateBefore point missing), and after a crash it holds
// a prefix of them that includes everything known durable.
import test from 'ava';
import { FaultyFileSystem, type CrashMode } from '../fs/faulty.js';
import { mulberry32, testSeed } from '../testing/random.js';
import { Wal, type FsyncPolicy } from './wal.js';

const DIR = '/db/wal';

interface Model {
  payloads: Uint8Array[];
  epochs: number[];
  /** Records up to this one are durable (acknowledged under 'always', or synced). */
  durable: number;
  /** truncateBefore was called with this: records from here on must be kept. */
  low: number;
  epoch: number;
}

/** '' if `wal.records(from)` is what the model says. */
function compare(wal: Wal, model: Model, from: number): string {
  const last = model.payloads.length;
  if (wal.lastSeq !== BigInt(last)) return `lastSeq ${wal.lastSeq}, model ${last}`;
  const got = [...wal.records(BigInt(from))];
  const want = Math.max(from, 1);
  if (want > last) return got.length === 0 ? '' : `records(${from}) returned ${got.length} records past the end`;
  if (got.length === 0) return Math.max(want, model.low) > last ? '' : `records(${from}) returned nothing, model has up to ${last}`;
  const first = Number(got[0]!.seq);
  if (first < want) return `records(${from}) started at ${first}`;
  if (first > Math.max(want, model.low)) return `records(${from}) started at ${first}: records from ${Math.max(want, model.low)} were kept by truncateBefore(${model.low})`;
  for (const [i, r] of got.entries()) {
    const seq = first + i;
    if (r.seq !== BigInt(seq)) return `record ${r.seq} at the place of ${seq}`;
    if (Buffer.compare(r.payload, model.payloads[seq - 1]!) !== 0) return `record ${seq}: wrong payload`;
    if (r.epoch !== model.epochs[seq - 1]) return `record ${seq}: epoch ${r.epoch}, model ${model.epochs[seq - 1]}`;
  }
  return Number(got[got.length - 1]!.seq) === last ? '' : `records(${from}) ended at ${got[got.length - 1]!.seq}, model at ${last}`;
}

const CRASHES: readonly CrashMode[] = ['drop', 'keep', 'torn', 'torn-512', 'torn-4096', 'garbage-512', 'garbage-4096'];

test('wal - property: random appends, syncs, rolls, truncateBefore, reopens and crashes match a model', async (t) => {
  const seed = testSeed();
  t.log(`seed ${seed} (replay with LAMINARDB_SEED=${seed})`);
  const rand = mulberry32(seed);
  const int = (n: number) => Math.floor(rand() * n);
  const stats = { runs: 0, steps: 0, appends: 0, crashes: 0, reopens: 0, truncates: 0, segments: 0 };
  for (let run = 0; run < 150; run++) {
    const policy: FsyncPolicy = [('always' as const), ('never' as const), { intervalMs: 1000 }][run % 3]!;
    let fs = new FaultyFileSystem({ seed: (rand() * 2 ** 32) >>> 0 });
    let segmentBytes = [64, 200, 1000, 1 << 16][int(4)]!;
    let wal = Wal.open(DIR, { fs, fsync: policy, segmentBytes });
    const model: Model = { payloads: [], epochs: [], durable: 0, low: 1, epoch: 0 };
    const fail = (step: number, what: string, problem: string) => t.fail(`run ${run} step ${step} (${what}, fsync ${JSON.stringify(policy)}, segments of ${segmentBytes}): ${problem}`);
    for (let step = 0; step < 60; step++) {
      stats.steps++;
      const r = rand();
      let what: string;
      if (r < 0.4) {
        what = 'append';
        const group = Array.from({ length: 1 + int(12) }, () => Uint8Array.from({ length: rand() < 0.05 ? int(3000) : int(120) }, () => int(256)));
        const seqs = await Promise.all(group.map((p) => wal.append(p)));
        for (const [i, p] of group.entries()) {
          model.payloads.push(p);
          model.epochs.push(model.epoch);
          if (seqs[i] !== BigInt(model.payloads.length)) fail(step, what, `append got ${seqs[i]}, model ${model.payloads.length}`);
        }
        stats.appends += group.length;
        if (policy === 'always') model.durable = model.payloads.length;
      } else if (r < 0.5) {
        what = 'sync';
        await wal.sync();
        model.durable = model.payloads.length;
      } else if (r < 0.6) {
        what = 'truncateBefore';
        const seq = 1 + int(model.payloads.length + 2);
        wal.truncateBefore(BigInt(seq));
        model.low = Math.max(model.low, seq);
        stats.truncates++;
      } else if (r < 0.8) {
        what = 'reopen';
        await wal.close();
        model.durable = model.payloads.length;
        if (rand() < 0.3) model.epoch++;
        segmentBytes = [64, 200, 1000, 1 << 16][int(4)]!;
        wal = Wal.open(DIR, { fs, fsync: policy, segmentBytes, epoch: model.epoch });
        stats.reopens++;
      } else if (r < 0.9) {
        const mode = CRASHES[int(CRASHES.length)]!;
        what = `crash ${mode}`;
        fs = fs.crash(mode);
        wal = Wal.open(DIR, { fs, fsync: policy, segmentBytes, recovery: mode.startsWith('garbage') ? 'truncate-tail' : 'strict', onWarning: () => {} });
        const kept = Number(wal.lastSeq);
        if (kept < model.durable || kept > model.payloads.length) fail(step, what, `recovered ${kept} records; durable ${model.durable}, appended ${model.payloads.length}`);
        model.payloads.length = model.epochs.length = kept;
        model.durable = kept;
        stats.crashes++;
      } else what = 'read';
      const problem = compare(wal, model, int(model.payloads.length + 3));
      if (problem !== '') {
        fail(step, what, problem);
        return;
      }
    }
    stats.segments += fs.files().length;
    await wal.close();
    stats.runs++;
  }
  t.log(Object.entries(stats).map(([k, v]) => `${k} ${v}`).join(', '));
  t.is(stats.runs, 150);
});
