/**
 * The on-disk checkpoint store: each checkpoint is one state file per actor (node:v8 serialized)
 * and a manifest listing them with their sizes and CRC32Cs, the write-ahead log position, the
 * catalog text and meta. A manifest is written atomically and only after every state file it
 * names is durable, so a crash at any point leaves the previous checkpoints intact and the new
 * one either whole or absent. A state whose bytes equal a file of the previous checkpoint is not
 * written again: the new manifest points at that file (incremental at actor granularity).
 *
 * Layout of the directory (one writer at a time):
 *   checkpoint-0000000012.manifest   header + protobuf (see manifest.ts)
 *   state-0000000012-0.bin           actor states written by checkpoint 12
 *   state-0000000011-3.bin           a state checkpoint 12 may share with checkpoint 11
 */
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { CorruptionError, InvalidArgumentError, LaminarError, NotFoundError, StorageError, causeMessage } from '../errors/errors.js';
import { crc32c } from '../fs/crc32c.js';
import { nodeFileSystem, writeFileAtomic, type FileSystem } from '../fs/file-system.js';
import { killPoint } from '../fs/kill-point.js';
import { classify, decodeManifest, encodeManifest, hex, manifestName, stateName, type Manifest, type StateEntry } from './manifest.js';

/**
 * A checkpoint to write.
 *
 * @example
 * ```ts
 * const cp = await pipeline.checkpoint();
 * store.write({ id: cp.id, states: cp.states, walSeq: wal.lastSeq, catalog: ddl, meta: { pipeline: cp.pipeline } });
 * ```
 */
export interface CheckpointWrite {
  /** Checkpoint id; each write's id is greater than every intact checkpoint in the directory. */
  id: number;
  /** Actor name to state: structured-clonable values (Maps, typed arrays, bigints, plain objects). */
  states: Readonly<Record<string, unknown>>;
  /** Write-ahead log position covered by this checkpoint (0n if absent). */
  walSeq?: bigint;
  /** Opaque text stored with it (the database keeps its DDL here). */
  catalog?: string;
  meta?: Readonly<Record<string, string>>;
}

/**
 * A checkpoint read back, every file's size and CRC32C verified.
 *
 * @example
 * ```ts
 * const cp = store.latest();
 * const pipeline = new Pipeline(plan, { restore: cp }); // actors resume from cp.states
 * ```
 */
export interface LoadedCheckpoint {
  id: number;
  states: Record<string, unknown>;
  walSeq: bigint;
  catalog: string;
  meta: Record<string, string>;
  /** `markCommitted` was called for it: the sinks committed this checkpoint. */
  committed: boolean;
  /** Epoch milliseconds when it was written (the store's `now`). */
  createdAt: number;
}

/**
 * Options of a CheckpointStore.
 *
 * @example
 * ```ts
 * new CheckpointStore(dir, { retain: 5, now: () => clock.now() });
 * ```
 */
export interface CheckpointStoreOptions {
  /** Where files go (default: the real file system). Tests pass one that injects faults. */
  fs?: FileSystem;
  /** How many newest checkpoints to keep (default 3); the newest committed one is kept as well. */
  retain?: number;
  /** Clock for `createdAt` (default Date.now). */
  now?: () => number;
}

/**
 * What a `write` did.
 *
 * @example
 * ```ts
 * const { bytes, files, reused } = store.write({ id: 8, states });
 * console.log(`${files} state files (${bytes} bytes) written, ${reused} shared with checkpoint 7`);
 * ```
 */
export interface CheckpointWriteResult {
  /** Bytes written: new state files plus the manifest. */
  bytes: number;
  /** State files written. */
  files: number;
  /** States whose bytes equalled a file of the previous checkpoint, which the manifest now shares. */
  reused: number;
}

/**
 * A checkpoint `latest()` passed over because it is damaged.
 *
 * @example
 * ```ts
 * const cp = store.latest();
 * for (const s of store.skipped) console.warn(`checkpoint ${s.id} skipped: ${s.reason}`);
 * ```
 */
export interface SkippedCheckpoint {
  id: number;
  /** What is wrong, naming the file. */
  reason: string;
  /** Path of the damaged file (set by `latest()`). */
  file?: string;
}

/** The directory read: every manifest decoded (undefined when damaged), state and temp files. */
interface Contents {
  readonly manifests: Map<number, Manifest | undefined>;
  /** Manifest file sizes by id. */
  readonly sizes: Map<number, number>;
  readonly states: { name: string; id: number }[];
  readonly temps: string[];
}

/** A damaged file, found while verifying a checkpoint. */
interface Damage {
  readonly reason: string;
  readonly path: string;
  readonly offset: number;
}

/**
 * Durable checkpoints in one directory.
 *
 * @example
 * ```ts
 * const store = new CheckpointStore('/var/lib/app/checkpoints');
 * store.write({ id: 7, states: { counts: new Map([[1n, { sum: 3, count: 1 }]]) }, walSeq: 1200n, catalog: ddl });
 * store.markCommitted(7);             // after the sinks committed epoch 7
 * const cp = store.latest();          // after a restart: checkpoint 7, checksums verified
 * cp?.states.counts;                  // Map { 1n => { sum: 3, count: 1 } }
 * ```
 */
export class CheckpointStore {
  readonly dir: string;
  private readonly fs: FileSystem;
  private readonly retain: number;
  private readonly now: () => number;
  private pruneFailure: StorageError | undefined;
  /**
   * Per state name, the last Uint8Array state written and its file: byte states are the
   * caller's own immutable encodings, so the same object again is the same bytes.
   */
  private readonly lastBytes = new Map<string, { value: Uint8Array; file: string; size: number; crc: number }>();

  /**
   * Opens (creating) the directory and removes what a crash left behind: temp files and state
   * files no manifest names. Throws StorageError if the directory cannot be created or cleaned.
   */
  constructor(dir: string, options: CheckpointStoreOptions = {}) {
    const retain = options.retain ?? 3;
    if (!Number.isInteger(retain) || retain < 1) throw InvalidArgumentError.format('retain', 'an integer >= 1 (how many checkpoints to keep)', retain);
    this.dir = dir;
    this.fs = options.fs ?? nodeFileSystem;
    this.retain = retain;
    this.now = options.now ?? Date.now;
    this.io(dir, 'open the checkpoint directory', () => {
      this.fs.mkdirp(dir);
      this.collect(this.readAll(), undefined);
    });
  }

  /** Damaged checkpoints the last `latest()` passed over (newest first), so they can be reported. */
  readonly skipped: SkippedCheckpoint[] = [];

  /**
   * The last failure to delete old checkpoints after a successful write (the write itself is
   * durable; the next write retries the pruning), or undefined.
   */
  get pruneError(): StorageError | undefined {
    return this.pruneFailure;
  }

  /**
   * Writes a checkpoint; it is durable when this returns. States equal to a file of the previous
   * checkpoint are shared, not rewritten. Then deletes checkpoints beyond `retain`.
   * InvalidArgumentError for a bad id or a state that cannot be serialized; StorageError when the
   * file system fails (the checkpoints already written stay loadable).
   */
  write(c: CheckpointWrite): CheckpointWriteResult {
    if (typeof c !== 'object' || c === null || typeof c.states !== 'object' || c.states === null) {
      throw InvalidArgumentError.format('checkpoint', 'an object with states: { [actor]: state }', c);
    }
    const { id } = c;
    if (!Number.isSafeInteger(id) || id < 0) throw InvalidArgumentError.format('checkpoint id', 'a non-negative safe integer', id);
    const walSeq = c.walSeq ?? 0n;
    if (typeof walSeq !== 'bigint' || walSeq < 0n || walSeq >= 1n << 64n) throw InvalidArgumentError.format(`walSeq of checkpoint ${id}`, 'a bigint in [0, 2^64)', walSeq);
    const meta = { ...(c.meta ?? {}) };
    for (const [k, v] of Object.entries(meta)) {
      if (typeof v !== 'string') throw InvalidArgumentError.format(`meta '${k}' of checkpoint ${id}`, 'a string', v);
    }
    const catalog = c.catalog ?? '';
    if (typeof catalog !== 'string') throw InvalidArgumentError.format(`catalog of checkpoint ${id}`, 'a string', catalog);

    const all = this.io(this.dir, `read the checkpoints before writing checkpoint ${id}`, () => this.readAll());
    // Checkpoints with this id or newer may only be damaged leftovers (recovery resumed from an
    // older one); an intact one means the caller's ids went backwards.
    const stale: number[] = [];
    for (const [other, m] of all.manifests) {
      if (other < id) continue;
      if (m !== undefined && this.io(this.dir, `verify checkpoint ${other}`, () => this.verifyFiles(m)) === undefined) {
        throw new InvalidArgumentError(
          `checkpoint ${id} is not newer than checkpoint ${other} in ${this.dir}: ids must increase; resume from latest().id + 1`,
        );
      }
      stale.push(other);
    }
    let base: Manifest | undefined;
    for (const [other, m] of all.manifests) if (other < id && m !== undefined && (base === undefined || other > base.id)) base = m;

    const created: string[] = [];
    let at = this.dir;
    let result: CheckpointWriteResult;
    try {
      for (const other of stale) {
        at = join(this.dir, manifestName(other));
        this.fs.remove(at);
      }
      if (stale.length > 0) this.fs.fsyncDir(this.dir);
      const entries: StateEntry[] = [];
      let bytes = 0;
      let files = 0;
      let reused = 0;
      let index = 0;
      // A state gone from the checkpoint (a dropped view) no longer pins its last bytes.
      for (const actor of this.lastBytes.keys()) if (!(actor in c.states)) this.lastBytes.delete(actor);
      for (const [actor, state] of Object.entries(c.states)) {
        // The same bytes object as the last write (a caller's unchanged base, e.g. a view's):
        // shared without serializing and comparing it again, if the previous manifest names it.
        const last = state instanceof Uint8Array ? this.lastBytes.get(actor) : undefined;
        if (last !== undefined && last.value === state && base?.states.some((e) => e.file === last.file && e.size === last.size && e.crc === last.crc)) {
          entries.push({ actor, file: last.file, size: last.size, crc: last.crc });
          reused++;
          continue;
        }
        const data = serializeState(id, actor, state);
        const crc = crc32c(data);
        const shared = base === undefined ? undefined : this.sameFile(base, data, crc);
        if (shared !== undefined) {
          entries.push({ actor, file: shared, size: data.length, crc });
          if (state instanceof Uint8Array) this.lastBytes.set(actor, { value: state, file: shared, size: data.length, crc });
          reused++;
          continue;
        }
        const file = stateName(id, index++);
        at = join(this.dir, file);
        created.push(at);
        const f = this.fs.open(at, 'truncate');
        try {
          this.fs.write(f, data);
          this.fs.fsync(f);
        } finally {
          this.fs.close(f);
        }
        killPoint('checkpoint.state-written');
        entries.push({ actor, file, size: data.length, crc });
        if (state instanceof Uint8Array) this.lastBytes.set(actor, { value: state, file, size: data.length, crc });
        bytes += data.length;
        files++;
      }
      // The state files' directory entries must be durable before a manifest names them.
      at = this.dir;
      this.fs.fsyncDir(this.dir);
      const manifest = encodeManifest({ id, walSeq, catalog, meta, createdAt: this.now(), committed: false, states: entries });
      at = join(this.dir, manifestName(id));
      created.unshift(at);
      writeFileAtomic(this.fs, at, manifest);
      killPoint('checkpoint.manifest-written');
      bytes += manifest.length;
      result = { bytes, files, reused };
    } catch (err) {
      // Best effort: the caller is told the checkpoint failed, so it should not be there. (A
      // crash before this cleanup is durable may still leave it, whole and not committed, like a
      // crash between a successful write and markCommitted.)
      for (const path of [...created, ...created.map((p) => `${p}.tmp`), this.dir]) {
        try {
          if (path === this.dir) this.fs.fsyncDir(path);
          else this.fs.remove(path);
        } catch {
          // Left for the next construction or prune to collect.
        }
      }
      if (err instanceof LaminarError) throw err;
      throw new StorageError(
        `could not write checkpoint ${id} to ${this.dir} (at ${at}): ${causeMessage(err)}; ` +
          'the checkpoints written before it are untouched; check free space and permissions, then retry',
        { path: at, cause: err },
      );
    }
    this.prune();
    return result;
  }

  /**
   * Records that the sinks committed checkpoint `id` (rewrites its manifest atomically).
   * NotFoundError if it is not in the directory, CorruptionError if its manifest is damaged.
   */
  markCommitted(id: number): void {
    const path = join(this.dir, manifestName(id));
    const m = this.readManifest(id);
    this.io(path, `mark checkpoint ${id} committed`, () => {
      // Marked already: an earlier call may have failed after its rename, before the directory
      // sync, so what this process reads is not necessarily on the disk yet.
      if (m.committed) this.fs.fsyncDir(this.dir);
      else writeFileAtomic(this.fs, path, encodeManifest({ ...m, committed: true }));
    });
    this.prune();
  }

  /**
   * The newest checkpoint whose files are all intact (committed or not), or undefined if the
   * directory has none. Damaged newer ones are passed over and listed in `skipped`; if every
   * checkpoint is damaged, throws CorruptionError naming the newest damage.
   */
  latest(): LoadedCheckpoint | undefined {
    this.skipped.length = 0;
    const ids = this.io(this.dir, 'list checkpoints', () => this.scan().manifests).sort((a, b) => b - a);
    let newest: Damage | undefined;
    for (const id of ids) {
      const result = this.tryLoad(id);
      if ('damage' in result) {
        this.skipped.push({ id, reason: result.damage.reason, file: result.damage.path });
        newest ??= result.damage;
        continue;
      }
      return result.checkpoint;
    }
    if (newest === undefined) return undefined;
    throw new CorruptionError(
      `all ${ids.length} checkpoints in ${this.dir} are damaged; the newest: ${newest.reason}. ` +
        'Restore the directory from a backup, or remove it to start without state',
      newest.path,
      newest.offset,
    );
  }

  /** Checkpoint `id`, verified. NotFoundError if absent, CorruptionError if damaged. */
  load(id: number): LoadedCheckpoint {
    const result = this.tryLoad(id);
    if ('damage' in result) {
      throw new CorruptionError(`${result.damage.reason}; use an older checkpoint (latest() falls back to one) or restore the file from a backup`, result.damage.path, result.damage.offset);
    }
    return result.checkpoint;
  }

  /** The checkpoints whose manifests are readable, oldest first (state files are not verified). */
  list(): { id: number; committed: boolean; bytes: number; createdAt: number }[] {
    const all = this.io(this.dir, 'list checkpoints', () => this.readAll());
    const out: { id: number; committed: boolean; bytes: number; createdAt: number }[] = [];
    for (const [id, m] of all.manifests) {
      if (m === undefined) continue;
      const bytes = all.sizes.get(id)! + m.states.reduce((n, s) => n + s.size, 0);
      out.push({ id, committed: m.committed, bytes, createdAt: m.createdAt });
    }
    return out.sort((a, b) => a.id - b.id);
  }

  private tryLoad(id: number): { checkpoint: LoadedCheckpoint } | { damage: Damage } {
    let m: Manifest;
    try {
      m = this.readManifest(id);
    } catch (err) {
      if (err instanceof CorruptionError) return { damage: { reason: `checkpoint ${id}: ${err.message}`, path: err.path, offset: err.offset } };
      throw err;
    }
    const states: Record<string, unknown> = {};
    for (const entry of m.states) {
      const path = join(this.dir, entry.file);
      const read = this.io(path, `read checkpoint ${id}`, () => this.readState(id, entry, path));
      if ('damage' in read) return read;
      try {
        states[entry.actor] = deserialize(read.data);
      } catch (err) {
        return { damage: { reason: `checkpoint ${id}: state file ${entry.file} of actor '${entry.actor}' does not decode (${causeMessage(err)})`, path, offset: 0 } };
      }
    }
    return { checkpoint: { id, states, walSeq: m.walSeq, catalog: m.catalog, meta: m.meta, committed: m.committed, createdAt: m.createdAt } };
  }

  /** A state file's bytes if its size and CRC32C match the manifest. */
  private readState(id: number, entry: StateEntry, path: string): { data: Uint8Array } | { damage: Damage } {
    const damage = (what: string, offset: number) => ({ damage: { reason: `checkpoint ${id}: state file ${entry.file} of actor '${entry.actor}' ${what}`, path, offset } });
    if (!this.fs.exists(path)) return damage('is missing', 0);
    const data = this.fs.read(path);
    if (data.length !== entry.size) return damage(`has ${data.length} bytes but the manifest says ${entry.size} (truncated or overwritten)`, Math.min(data.length, entry.size));
    const crc = crc32c(data);
    if (crc !== entry.crc) return damage(`has CRC32C ${hex(crc)} but the manifest says ${hex(entry.crc)}`, 0);
    return { data };
  }

  /** The first damaged state file of a manifest, or undefined when all are intact. */
  private verifyFiles(m: Manifest): Damage | undefined {
    for (const entry of m.states) {
      const read = this.readState(m.id, entry, join(this.dir, entry.file));
      if ('damage' in read) return read.damage;
    }
    return undefined;
  }

  /** A file of `base` holding exactly `data`, compared byte for byte (which also proves it intact). */
  private sameFile(base: Manifest, data: Uint8Array, crc: number): string | undefined {
    for (const entry of base.states) {
      if (entry.size !== data.length || entry.crc !== crc) continue;
      const path = join(this.dir, entry.file);
      if (!this.fs.exists(path)) continue;
      const old = this.fs.read(path);
      if (Buffer.from(old.buffer, old.byteOffset, old.byteLength).equals(data)) return entry.file;
    }
    return undefined;
  }

  private readManifest(id: number): Manifest {
    const path = join(this.dir, manifestName(id));
    const bytes = this.io(path, `read checkpoint ${id}`, () => {
      if (!this.fs.exists(path)) throw new NotFoundError(`checkpoint ${id} is not in ${this.dir}; list() shows the checkpoints there`);
      return this.fs.read(path);
    });
    const m = decodeManifest(bytes, path);
    if (m.id !== id) throw new CorruptionError(`checkpoint manifest is damaged: it is named for checkpoint ${id} but holds checkpoint ${m.id}`, path, 16);
    return m;
  }

  /** Manifest ids, state files (with the id that wrote them) and temp files in the directory. */
  private scan(): { manifests: number[]; states: { name: string; id: number }[]; temps: string[] } {
    const manifests: number[] = [];
    const states: { name: string; id: number }[] = [];
    const temps: string[] = [];
    for (const name of this.fs.list(this.dir)) {
      const kind = classify(name);
      if (kind === undefined) continue;
      if (kind.kind === 'temp') temps.push(name);
      else if (kind.kind === 'manifest') manifests.push(kind.id);
      else states.push({ name, id: kind.id });
    }
    return { manifests, states, temps };
  }

  /** Every manifest decoded (undefined when damaged), plus the scan. A newer format throws. */
  private readAll(): Contents {
    const scan = this.scan();
    const manifests = new Map<number, Manifest | undefined>();
    const sizes = new Map<number, number>();
    for (const id of scan.manifests) {
      const path = join(this.dir, manifestName(id));
      const bytes = this.fs.read(path);
      sizes.set(id, bytes.length);
      try {
        const m = decodeManifest(bytes, path);
        manifests.set(id, m.id === id ? m : undefined);
      } catch (err) {
        if (!(err instanceof CorruptionError)) throw err;
        manifests.set(id, undefined);
      }
    }
    return { manifests, sizes, states: scan.states, temps: scan.temps };
  }

  /**
   * Deletes checkpoints `ids` (those a rollback abandoned: RESTORE FROM CHECKPOINT) and the state
   * files only they named. Returns the ids that were there.
   *
   * @example
   * ```ts
   * store.discard([8, 9]); // checkpoint 7 is the newest again
   * ```
   */
  discard(ids: readonly number[]): number[] {
    return this.io(this.dir, `delete checkpoints ${ids.join(', ')}`, () => {
      const all = this.readAll();
      const doomed = [...all.manifests.keys()].filter((id) => ids.includes(id));
      if (doomed.length > 0) this.collect(all, new Set([...all.manifests.keys()].filter((id) => !ids.includes(id))));
      return doomed;
    });
  }

  /**
   * Deletes checkpoints beyond the newest `retain` (keeping the newest committed one too), then
   * every state file no kept manifest names. A failure is kept in `pruneError`, not thrown: the
   * checkpoint just written is durable either way.
   */
  private prune(): void {
    try {
      this.io(this.dir, 'delete old checkpoints', () => {
        const all = this.readAll();
        const intact = [...all.manifests].filter(([, m]) => m !== undefined).map(([id]) => id).sort((a, b) => b - a);
        const keep = new Set(intact.slice(0, this.retain));
        const committed = intact.find((id) => all.manifests.get(id)!.committed);
        if (committed !== undefined) keep.add(committed);
        this.collect(all, keep);
      });
      this.pruneFailure = undefined;
    } catch (err) {
      if (!(err instanceof StorageError)) throw err;
      this.pruneFailure = err;
    }
  }

  /**
   * Removes manifests not in `keep` (all are kept when undefined), then temp files and state
   * files no remaining manifest names. Manifests go first: a crash in between leaves unreferenced
   * files (collected next time), never a manifest whose files are gone.
   */
  private collect(all: Contents, keep: ReadonlySet<number> | undefined): void {
    const removed: number[] = [];
    for (const id of all.manifests.keys()) {
      if (keep !== undefined && !keep.has(id)) {
        this.fs.remove(join(this.dir, manifestName(id)));
        removed.push(id);
      }
    }
    if (removed.length > 0) this.fs.fsyncDir(this.dir);
    const named = new Set<string>();
    // A damaged manifest's list is unknown: the files it wrote are kept while it is (by id).
    const damagedIds = new Set<number>();
    for (const [id, m] of all.manifests) {
      if (removed.includes(id)) continue;
      if (m === undefined) damagedIds.add(id);
      else for (const s of m.states) named.add(s.file);
    }
    let changed = false;
    for (const name of all.temps) {
      this.fs.remove(join(this.dir, name));
      changed = true;
    }
    for (const s of all.states) {
      if (named.has(s.name) || damagedIds.has(s.id)) continue;
      this.fs.remove(join(this.dir, s.name));
      changed = true;
    }
    if (changed) this.fs.fsyncDir(this.dir);
  }

  /** Runs file-system work, turning a raw I/O failure into a StorageError naming what and where. */
  private io<T>(path: string, what: string, run: () => T): T {
    try {
      return run();
    } catch (err) {
      if (err instanceof LaminarError) throw err;
      throw new StorageError(`could not ${what} (${path}): ${causeMessage(err)}; check that the directory exists and is readable and writable`, { path, cause: err });
    }
  }
}

function serializeState(id: number, actor: string, state: unknown): Uint8Array {
  try {
    return serialize(state);
  } catch (err) {
    throw new InvalidArgumentError(
      `the state of actor '${actor}' in checkpoint ${id} cannot be serialized: ${causeMessage(err)}; ` +
        'snapshots must be structured-clonable (no functions, symbols or class instances holding them)',
      { actor, cause: err },
    );
  }
}

