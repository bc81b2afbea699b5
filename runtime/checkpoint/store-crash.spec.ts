// Crashes and I/O errors at every file-system call of a checkpoint write, its commit marker and
// the pruning after them (FaultyFileSystem: un-synced data dropped, kept, torn at any byte or at
// sectors, or garbled). After every crash the directory must hold a loadable checkpoint that is
// exactly the previous one or exactly the new one, every checkpoint still listed must load, and
// reopening must leave no temp file or state file that no manifest names.
import test from 'ava';
import { isDeepStrictEqual } from 'node:util';
import { StorageError } from '../errors/errors.js';
import { FaultyFileSystem, type CrashMode, type FsCall } from '../fs/faulty.js';
import { mulberry32, testSeed } from '../testing/random.js';
import { decodeManifest } from './manifest.js';
import { CheckpointStore, type LoadedCheckpoint } from './store.js';

const DIR = '/db/checkpoints';
/** Random directories per test; LAMINARDB_RUNS runs more (LAMINARDB_SEED replays a seed). */
const RUNS = Number(process.env.LAMINARDB_RUNS ?? 30);
const MODES: readonly CrashMode[] = ['drop', 'keep', 'torn', 'torn-512', 'torn-4096', 'garbage-512', 'garbage-4096'];

type States = Record<string, unknown>;

/** One random scenario: `before` checkpoints already written, then the one the faults hit. */
interface Scenario {
  readonly retain: number;
  readonly history: States[];
  /** Checkpoints of `history` marked committed before the faulty write. */
  readonly committed: ReadonlySet<number>;
}

function randomState(rand: () => number, version: number): unknown {
  switch (Math.floor(rand() * 4)) {
    case 0: {
      const m = new Map<bigint, { sum: number; count: number }>();
      const n = Math.floor(rand() * 300);
      for (let i = 0; i < n; i++) m.set(BigInt(i * 31 - 7), { sum: i + version, count: i });
      return m;
    }
    case 1:
      // Up to 8 KB: larger than a 4,096-byte sector, so torn writes cut inside it.
      return Float64Array.from({ length: Math.floor(rand() * 1000) }, (_, i) => i * version);
    case 2:
      return `offset ${version}`;
    default:
      return { seq: version, rows: [[1, 'a', null], [2, 'b', version]], keys: new Uint32Array([version, 2, 3]) };
  }
}

function scenario(seed: number): Scenario {
  const rand = mulberry32(seed);
  const actors = Array.from({ length: 1 + Math.floor(rand() * 4) }, (_, i) => `actor${i}`);
  const before = Math.floor(rand() * 3);
  const history: States[] = [];
  let current: States = {};
  for (const a of actors) current[a] = randomState(rand, 0);
  for (let id = 1; id <= before + 1; id++) {
    current = { ...current };
    for (const a of actors) if (rand() < 0.5) current[a] = randomState(rand, id);
    history.push(current);
  }
  const committed = new Set<number>();
  for (let id = 1; id <= before; id++) if (rand() < 0.5) committed.add(id);
  return { retain: 1 + Math.floor(rand() * 3), history, committed };
}

/** A file system holding the scenario's checkpoints before the last, and a store on it. */
function prepare(s: Scenario, seed: number): { fs: FaultyFileSystem; store: CheckpointStore } {
  const fs = new FaultyFileSystem({ seed });
  const store = new CheckpointStore(DIR, { fs, retain: s.retain });
  s.history.slice(0, -1).forEach((states, i) => {
    store.write({ id: i + 1, states, walSeq: BigInt(i * 100), catalog: `catalog ${i + 1}` });
    if (s.committed.has(i + 1)) store.markCommitted(i + 1);
  });
  return { fs, store };
}

/** The faulty step: write the last checkpoint of the scenario and mark it committed. */
function step(s: Scenario, store: CheckpointStore): void {
  const id = s.history.length;
  store.write({ id, states: s.history[id - 1]!, walSeq: BigInt((id - 1) * 100), catalog: `catalog ${id}` });
  store.markCommitted(id);
}

/** What is wrong with the directory after a crash, or undefined. */
function check(s: Scenario, fs: FaultyFileSystem): string | undefined {
  const store = new CheckpointStore(DIR, { fs, retain: s.retain });
  const last = s.history.length;
  const latest = store.latest();
  if (store.skipped.length > 0) return `latest() skipped damaged checkpoints: ${JSON.stringify(store.skipped)}`;
  const allowed = last === 1 ? [undefined, 1] : [last - 1, last];
  if (!allowed.includes(latest?.id)) return `latest() is checkpoint ${latest?.id}, expected one of ${allowed.join(', ')}`;
  for (const { id } of store.list()) {
    let got: LoadedCheckpoint;
    try {
      got = store.load(id);
    } catch (err) {
      return `checkpoint ${id} is listed but does not load: ${(err as Error).message}`;
    }
    if (!isDeepStrictEqual(got.states, s.history[id - 1])) return `checkpoint ${id} holds other states than were written`;
    if (got.walSeq !== BigInt((id - 1) * 100) || got.catalog !== `catalog ${id}`) return `checkpoint ${id} has walSeq ${got.walSeq}, catalog '${got.catalog}'`;
    if (id < last && got.committed !== s.committed.has(id)) return `checkpoint ${id} has committed: ${got.committed}`;
  }
  const names = fs.files().filter((p) => p.startsWith(`${DIR}/`)).map((p) => p.slice(DIR.length + 1));
  const temps = names.filter((n) => n.endsWith('.tmp'));
  if (temps.length > 0) return `temp files left after reopening: ${temps.join(', ')}`;
  const named = new Set<string>();
  for (const n of names) if (n.endsWith('.manifest')) for (const f of decodeManifest(fs.bytes(`${DIR}/${n}`), n).states) named.add(f.file);
  const orphans = names.filter((n) => n.startsWith('state-') && !named.has(n));
  if (orphans.length > 0) return `state files no manifest names, left after reopening: ${orphans.join(', ')}`;
  return undefined;
}

test('store crash - a crash at every file-system call of write + markCommitted + pruning leaves the previous or the new checkpoint, whole', (t) => {
  const seed = testSeed();
  t.log(`seed ${seed} (replay with LAMINARDB_SEED=${seed})`);
  const rand = mulberry32(seed);
  const byKind = new Map<FsCall, number>();
  let crashes = 0;
  let newer = 0;
  for (let run = 0; run < RUNS; run++) {
    const caseSeed = Math.floor(rand() * 2 ** 32);
    const s = scenario(caseSeed);
    // A dry run counts the calls of the step, and which kind each is.
    const dry = prepare(s, caseSeed);
    const kinds: FsCall[] = [];
    const start = dry.fs.calls;
    const counting = new Proxy(dry.fs, {
      get(target, prop, receiver) {
        const v = Reflect.get(target, prop, receiver);
        return typeof v === 'function' && prop !== 'crash' ? (...args: unknown[]) => {
          kinds.push(prop as FsCall);
          return (v as (...a: unknown[]) => unknown).apply(target, args);
        } : v;
      },
    });
    const dryStore = new CheckpointStore(DIR, { fs: counting, retain: s.retain });
    kinds.length = 0;
    step(s, dryStore);
    const calls = kinds.length;
    t.true(calls > 0 && dry.fs.calls - start >= calls);
    for (let k = 1; k <= calls; k++) {
      for (const mode of MODES) {
        const where = `run ${run} (seed ${seed}, case seed ${caseSeed}), crash at call ${k} of ${calls} (${kinds[k - 1]}), ${mode}`;
        const { fs, store } = prepare(s, caseSeed + k);
        // Persistent: the process is dead from call k on, so nothing after it reaches the disk.
        fs.inject({ at: k, persistent: true });
        // The step fails, unless only the pruning after it did (kept in pruneError, not thrown).
        try {
          step(s, store);
          if (!(store.pruneError instanceof StorageError)) return void t.fail(`${where}: the step succeeded`);
        } catch (err) {
          if (!(err instanceof StorageError)) return void t.fail(`${where}: threw ${String(err)}`);
        }
        let after = fs.crash(mode);
        // Now and then a second crash, while reopening cleans up.
        if (k % 5 === 0) {
          after.inject({ at: 1 + (k % 3), persistent: true });
          try {
            new CheckpointStore(DIR, { fs: after, retain: s.retain });
          } catch (err) {
            if (!(err instanceof StorageError)) throw err;
          }
          after = after.crash(mode);
        }
        const problem = check(s, after);
        if (problem !== undefined) return void t.fail(`${where}: ${problem}`);
        const reopened = new CheckpointStore(DIR, { fs: after, retain: s.retain });
        if (reopened.latest()?.id === s.history.length) newer++;
        byKind.set(kinds[k - 1]!, (byKind.get(kinds[k - 1]!) ?? 0) + 1);
        crashes++;
      }
    }
  }
  t.log(`${crashes} crashes, by the call that died: ${[...byKind].map(([k, n]) => `${k} ${n}`).join(', ')}; the new checkpoint survived ${newer} of them`);
  t.true(newer > 0 && newer < crashes, 'some crashes keep the new checkpoint and some the previous one');
});

test('store crash - an I/O error at every call fails the write with StorageError; the store stays usable and a retry is durable', (t) => {
  const seed = testSeed();
  t.log(`seed ${seed} (replay with LAMINARDB_SEED=${seed})`);
  const rand = mulberry32(seed);
  let failures = 0;
  let pruneFailures = 0;
  for (let run = 0; run < RUNS; run++) {
    const caseSeed = Math.floor(rand() * 2 ** 32);
    const s = scenario(caseSeed);
    const last = s.history.length;
    for (let k = 1; ; k++) {
      const where = `run ${run} (seed ${seed}, case seed ${caseSeed}), I/O error at call ${k}`;
      const { fs, store } = prepare(s, caseSeed + k);
      const before = fs.calls;
      fs.inject({ at: k, code: k % 2 === 0 ? 'ENOSPC' : 'EIO' });
      let failed = false;
      try {
        step(s, store);
      } catch (err) {
        if (!(err instanceof StorageError)) return void t.fail(`${where}: threw ${String(err)}`);
        failed = true;
      }
      if (!failed && store.pruneError === undefined && fs.calls - before < k) break; // k is past the last call
      if (failed) failures++;
      else pruneFailures++;
      // The previous checkpoint (or the new one, if only the marker or pruning failed) is loadable now.
      const now = store.latest();
      if (store.skipped.length > 0) return void t.fail(`${where}: skipped ${JSON.stringify(store.skipped)}`);
      if (now !== undefined && !isDeepStrictEqual(now.states, s.history[now.id - 1])) return void t.fail(`${where}: latest() holds other states`);
      // Retry on the same store: it must succeed and be durable.
      if (store.list().some((c) => c.id === last)) store.markCommitted(last);
      else step(s, store);
      const problem = check(s, fs.crash('drop'));
      if (problem !== undefined) return void t.fail(`${where}, then a retry and a crash: ${problem}`);
      const back = new CheckpointStore(DIR, { fs: fs.crash('drop') }).latest();
      if (back?.id !== last || !back.committed) return void t.fail(`${where}: after the retry latest() is ${back?.id}, committed ${back?.committed}`);
    }
  }
  t.log(`${failures} failed writes and ${pruneFailures} failed prunings (write durable, pruneError set), each followed by a successful retry`);
  t.true(failures >= RUNS * 10, 'every run fails the write at ten or more calls');
});
