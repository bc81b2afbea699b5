// Damage on the disk (a flipped bit, a truncation, a deleted file) in every file of a checkpoint
// directory, over many random directories: every damaged checkpoint must be detected by load(),
// latest() must return the newest intact one and report the ones it passed over naming the file,
// and no damaged state may ever come back.
import test from 'ava';
import { isDeepStrictEqual } from 'node:util';
import { CorruptionError, NotFoundError } from '../errors/errors.js';
import { FaultyFileSystem } from '../fs/faulty.js';
import { mulberry32, testSeed } from '../testing/random.js';
import { decodeManifest } from './manifest.js';
import { CheckpointStore } from './store.js';

const DIR = '/db/checkpoints';
/** Random directories per test; LAMINARDB_RUNS runs more (LAMINARDB_SEED replays a seed). */
const RUNS = Number(process.env.LAMINARDB_RUNS ?? 300);

type Damage = 'flip' | 'truncate' | 'delete';

/** A directory of 2 to 4 checkpoints whose actors change at random (so some files are shared). */
function build(seed: number): { fs: FaultyFileSystem; written: Record<string, unknown>[] } {
  const rand = mulberry32(seed);
  const fs = new FaultyFileSystem({ seed });
  const store = new CheckpointStore(DIR, { fs, retain: 10 });
  const actors = Array.from({ length: 1 + Math.floor(rand() * 4) }, (_, i) => `actor${i}`);
  const state = (v: number) => {
    const r = rand();
    if (r < 0.4) return new Map(Array.from({ length: Math.floor(rand() * 200) }, (_, i) => [BigInt(i) << 40n, { sum: i + v, count: v }]));
    if (r < 0.7) return Float64Array.from({ length: Math.floor(rand() * 300) }, (_, i) => i / (v + 1));
    return { offset: v, note: 'x'.repeat(Math.floor(rand() * 50)) };
  };
  let current: Record<string, unknown> = Object.fromEntries(actors.map((a) => [a, state(0)]));
  const written: Record<string, unknown>[] = [];
  const count = 2 + Math.floor(rand() * 3);
  for (let id = 1; id <= count; id++) {
    current = { ...current };
    for (const a of actors) if (id === 1 || rand() < 0.5) current[a] = state(id);
    store.write({ id, states: current, walSeq: BigInt(id), catalog: `ddl ${id}` });
    if (rand() < 0.5) store.markCommitted(id);
    written.push(current);
  }
  return { fs, written };
}

test('store damage - a flipped bit, a truncation or a deletion of any checkpoint file is always detected, and latest() falls back past it', (t) => {
  const seed = testSeed();
  t.log(`seed ${seed} (replay with LAMINARDB_SEED=${seed})`);
  const rand = mulberry32(seed);
  const detected: Record<Damage, number> = { flip: 0, truncate: 0, delete: 0 };
  let fallbacks = 0;
  let allDamaged = 0;
  let deletedManifests = 0;
  for (let run = 0; run < RUNS; run++) {
    const caseSeed = Math.floor(rand() * 2 ** 32);
    const { fs: original, written } = build(caseSeed);
    const ids = written.map((_, i) => i + 1);
    const names = original.files().map((p) => p.slice(DIR.length + 1));
    // Which checkpoints each file belongs to (its manifest, or the manifests naming it).
    const users = new Map<string, number[]>(names.map((n) => [n, []]));
    for (const id of ids) {
      const manifest = `checkpoint-${String(id).padStart(10, '0')}.manifest`;
      users.get(manifest)!.push(id);
      for (const s of decodeManifest(original.bytes(`${DIR}/${manifest}`), manifest).states) users.get(s.file)!.push(id);
    }
    for (const name of names) {
      for (const damage of ['flip', 'truncate', 'delete'] as const) {
        const where = `run ${run} (seed ${seed}, case seed ${caseSeed}), ${damage} ${name}`;
        const fs = original.crash('keep');
        const path = `${DIR}/${name}`;
        const size = fs.bytes(path).length;
        if (damage === 'flip') fs.flipBit(path, Math.floor(rand() * size * 8));
        else if (damage === 'truncate') fs.truncateTo(path, Math.floor(rand() * size));
        else fs.remove(path);
        const isManifest = name.endsWith('.manifest');
        const hit = new Set(users.get(name));
        const store = new CheckpointStore(DIR, { fs });
        for (const id of ids) {
          if (!hit.has(id)) {
            const got = store.load(id);
            if (!isDeepStrictEqual(got.states, written[id - 1]) || got.walSeq !== BigInt(id)) return void t.fail(`${where}: intact checkpoint ${id} reads back different`);
            continue;
          }
          try {
            store.load(id);
            return void t.fail(`${where}: damaged checkpoint ${id} loaded without an error`);
          } catch (err) {
            const missing = isManifest && damage === 'delete';
            if (missing ? !(err instanceof NotFoundError) : !(err instanceof CorruptionError && err.path === path)) {
              return void t.fail(`${where}: load(${id}) threw ${String(err)}`);
            }
          }
        }
        if (!(isManifest && damage === 'delete')) detected[damage]++;
        else deletedManifests++;
        const intact = ids.filter((id) => !hit.has(id));
        const want = intact.length === 0 ? undefined : Math.max(...intact);
        // Checkpoints newer than the answer that latest() must report (a deleted manifest is simply absent).
        const passed = isManifest && damage === 'delete' ? [] : ids.filter((id) => hit.has(id) && (want === undefined || id > want)).reverse();
        if (want === undefined && passed.length > 0) {
          const err = t.throws(() => store.latest(), { instanceOf: CorruptionError }, where);
          if (err?.path !== path) return void t.fail(`${where}: the error names ${err?.path}, not the damaged file`);
          allDamaged++;
        } else {
          const got = store.latest();
          if (got?.id !== want) return void t.fail(`${where}: latest() is ${got?.id}, expected ${want}`);
          if (got !== undefined && !isDeepStrictEqual(got.states, written[got.id - 1])) return void t.fail(`${where}: latest() returned other states`);
          if (passed.length > 0) fallbacks++;
        }
        const skipped = store.skipped.map((s) => s.id);
        if (!isDeepStrictEqual(skipped, passed)) return void t.fail(`${where}: skipped ${JSON.stringify(skipped)}, expected ${JSON.stringify(passed)}`);
        if (store.skipped.some((s) => s.file !== path || !s.reason.includes(name))) return void t.fail(`${where}: a skip does not name the file: ${JSON.stringify(store.skipped)}`);
      }
    }
  }
  t.log(`detected ${detected.flip} flipped bits, ${detected.truncate} truncations, ${detected.delete} deleted state files (100%); ` +
    `${deletedManifests} deleted manifests (the checkpoint is absent); latest() fell back ${fallbacks} times and found every checkpoint damaged ${allDamaged} times`);
  // Every run damages at least its two manifests and a state file each way.
  t.true(detected.flip >= RUNS * 3 && detected.truncate >= RUNS * 3, 'the runs damaged enough files');
  if (RUNS >= 100) t.true(fallbacks > RUNS && allDamaged > 0, 'the runs exercised falling back and every checkpoint damaged');
});
