/**
 * The exactly-once side of the file sink: rows go to hidden files of the open epoch, and a file
 * becomes visible only when a completed checkpoint commits its epoch.
 *
 * An epoch is the sink's own count (one per checkpoint that saw rows), so a file's name is known
 * while it is written, before the checkpoint's id is. Its life:
 * - written: `.<prefix>-<epoch>-<n>.<ext>.inprogress`, a new file every `rolling.rows` rows;
 * - `preCommit` (the checkpoint barrier): the epoch's files are synced, closed and renamed to
 *   `.<...>.pending`, the directory synced, and the epoch sealed under the checkpoint's id;
 * - `commit(checkpoint)`: every sealed epoch up to that checkpoint is renamed to its final name
 *   `<prefix>-<epoch, 6 digits>-<n>.<ext>`, the directory synced, and the epoch recorded in
 *   `_manifest.json` (atomically). Idempotent: a recorded epoch is skipped, a renamed file is fine.
 * - `rollback(checkpoint)`: the epochs sealed under it are deleted.
 *
 * After a restart the sink's state (`restore`) comes from the checkpoint the pipeline resumes
 * from; `open` deletes the hidden files that checkpoint does not hold and withdraws committed
 * epochs written after it (the replay writes their rows again), so every row is in the committed
 * files once. The end of the input commits the open epoch at once (nothing replays after it).
 */
import { join, resolve } from 'node:path';
import { killPoint, PlanError, StorageError, type FileSystem, type RecordBatch } from '../../../runtime/index.js';
import type { FileEncoder } from '../../format/file-encoder.js';
import { MANIFEST, readManifest, writeManifest, type CommittedEpoch, type EpochFile, type FileManifest } from './manifest.js';

/** An epoch whose files are pending (durable, hidden) until a checkpoint commits it. */
export interface SealedEpoch {
  readonly epoch: number;
  /** The checkpoint whose barrier sealed it; null: the checkpoint the sink was restored from. */
  readonly checkpoint: number | null;
  readonly files: readonly EpochFile[];
}

/** What a checkpoint keeps of a file sink (taken at the barrier, before the epoch is sealed). */
export interface FileSinkState {
  readonly version: 1;
  /** The open epoch: the barrier that takes this snapshot seals it (if it has files). */
  readonly epoch: number;
  readonly files: readonly EpochFile[];
  /** Epochs sealed by earlier barriers and not committed yet. */
  readonly sealed: readonly SealedEpoch[];
}

/** How the writer names and fills its files. */
export interface EpochFileOptions {
  readonly prefix: string;
  readonly extension: string;
  readonly rollingRows: number;
  /** A new encoder for each file. */
  encoder(): FileEncoder;
  /** Names the sink in errors. */
  readonly sink: string;
}

/** Directories a writer has open, per file system: one writer per directory. */
const inUse = new WeakMap<FileSystem, Set<string>>();

/**
 * The final name of file `n` of `epoch`.
 *
 * @example
 * ```ts
 * finalName('part', 3, 0, 'csv'); // 'part-000003-0.csv'
 * ```
 */
export function finalName(prefix: string, epoch: number, n: number, extension: string): string {
  return `${prefix}-${String(epoch).padStart(6, '0')}-${n}.${extension}`;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Writes rows into epoch files and commits them with checkpoints (see the module comment).
 *
 * @example
 * ```ts
 * const w = new EpochFileWriter(nodeFileSystem, '/data/out', { prefix: 'part', extension: 'csv', rollingRows: 1000, sink: 'out', encoder: () => fileEncoder('csv', schema, { header: true }) });
 * w.open();
 * w.write(batch);
 * w.preCommit(1);   // at the barrier of checkpoint 1
 * w.commit(1);      // checkpoint 1 is durable: part-000001-0.csv appears
 * w.close();
 * ```
 */
export class EpochFileWriter {
  readonly dir: string;
  private epoch = 1;
  private files: EpochFile[] = [];
  private sealed: SealedEpoch[] = [];
  private restored: FileSinkState | undefined;
  private current: { handle: number; path: string; encoder: FileEncoder; rows: number } | undefined;
  private manifest: FileManifest = { version: 1, epochs: [] };
  private locked = false;
  /** A failed commit leaves the directory in a state only a restart sorts out. */
  private broken: Error | undefined;
  private readonly hidden: RegExp;
  private readonly visible: RegExp;

  constructor(private readonly fs: FileSystem, dir: string, private readonly options: EpochFileOptions) {
    this.dir = resolve(dir);
    const p = escape(options.prefix);
    this.hidden = new RegExp(`^\\.${p}-(\\d+)-(\\d+)\\.[A-Za-z0-9]+\\.(inprogress|pending)$`);
    this.visible = new RegExp(`^${p}-(\\d+)-(\\d+)\\.[A-Za-z0-9]+$`);
  }

  /** Sets the state of the checkpoint the sink resumes from (before `open`). */
  restore(state: FileSinkState): void {
    if (state?.version !== 1 || !Number.isInteger(state.epoch) || !Array.isArray(state.files) || !Array.isArray(state.sealed)) {
      throw new StorageError(`files sink '${this.options.sink}': the checkpoint holds no file sink state it can read (${JSON.stringify(state)?.slice(0, 80)})`);
    }
    this.restored = state;
  }

  /**
   * Checks the directory can be written, then tidies it: hidden files no checkpoint holds are
   * deleted, and after a restore, committed epochs written after the checkpoint are withdrawn.
   */
  open(): void {
    const set = inUse.get(this.fs) ?? new Set<string>();
    inUse.set(this.fs, set);
    if (set.has(this.dir)) throw new PlanError(`connector 'files' option 'path': the directory '${this.dir}' is written by another files sink already; give each sink a directory of its own`);
    this.probe();
    set.add(this.dir);
    this.locked = true;
    this.io('tidy', this.dir, () => this.tidy());
  }

  /** Creates the directory if needed and a file in it, so a path that cannot be written fails now. */
  private probe(): void {
    const probe = join(this.dir, `.${this.options.prefix}.probe`);
    try {
      this.fs.mkdirp(this.dir);
      const f = this.fs.open(probe, 'truncate');
      this.fs.close(f);
      this.fs.remove(probe);
    } catch (err) {
      throw new PlanError(`connector 'files' option 'path': cannot create files in '${this.dir}' (${(err as Error).message}); give a directory this process can write (it is created if missing)`, { cause: err });
    }
  }

  private tidy(): void {
    this.manifest = readManifest(this.fs, this.dir);
    const names = this.fs.list(this.dir);
    let removed = false;
    const remove = (name: string) => {
      this.fs.remove(join(this.dir, name));
      removed = true;
    };
    if (names.includes(`${MANIFEST}.tmp`)) remove(`${MANIFEST}.tmp`);
    const r = this.restored;
    if (r === undefined) {
      // A new sink: hidden files are left by a run that can never commit them.
      let last = Math.max(0, ...this.manifest.epochs.map((e) => e.epoch));
      for (const name of names) {
        if (this.hidden.test(name)) remove(name);
        const m = this.visible.exec(name);
        if (m) last = Math.max(last, Number(m[1]));
      }
      this.epoch = last + 1;
    } else {
      const next = r.files.length > 0 ? r.epoch + 1 : r.epoch;
      this.sealed = [...r.sealed, ...(r.files.length > 0 ? [{ epoch: r.epoch, checkpoint: null, files: r.files }] : [])].map((s) => ({ ...s, checkpoint: null }));
      const keep = new Set(this.sealed.flatMap((s) => s.files.map((f) => `.${f.name}.pending`)));
      // Epochs committed after the checkpoint (by the end of the input, or by checkpoints a
      // recovery fell back past): the replay writes their rows again.
      if (this.manifest.epochs.some((e) => e.epoch >= next)) {
        this.manifest = { version: 1, epochs: this.manifest.epochs.filter((e) => e.epoch < next) };
        writeManifest(this.fs, this.dir, this.manifest);
      }
      for (const name of names) {
        if (this.hidden.test(name) && !keep.has(name)) remove(name);
        const m = this.visible.exec(name);
        if (m && Number(m[1]) >= next) remove(name);
      }
      this.epoch = next;
    }
    this.files = [];
    if (removed) this.fs.fsyncDir(this.dir);
  }

  /** Appends a batch to the open epoch's files, starting a new file every `rollingRows` rows. */
  write(batch: RecordBatch): void {
    if (this.broken !== undefined) throw this.broken;
    const rows = batch.numRows;
    for (let offset = 0; offset < rows;) {
      const file = this.current ?? this.startFile();
      const take = Math.min(this.options.rollingRows - file.rows, rows - offset);
      const piece = offset === 0 && take === rows ? batch : batch.slice(offset, offset + take);
      const bytes = file.encoder.add(piece);
      if (bytes !== undefined) this.io('write', file.path, () => this.fs.write(file.handle, bytes));
      file.rows += take;
      this.files[this.files.length - 1] = { name: this.files.at(-1)!.name, rows: file.rows };
      offset += take;
      if (file.rows >= this.options.rollingRows) this.finishFile();
    }
  }

  private startFile(): NonNullable<EpochFileWriter['current']> {
    const name = finalName(this.options.prefix, this.epoch, this.files.length, this.options.extension);
    const path = join(this.dir, `.${name}.inprogress`);
    const encoder = this.options.encoder();
    const handle = this.io('create', path, () => this.fs.open(path, 'truncate'));
    this.current = { handle, path, encoder, rows: 0 };
    this.files.push({ name, rows: 0 });
    const header = encoder.start();
    if (header !== undefined) this.io('write', path, () => this.fs.write(handle, header));
    return this.current;
  }

  /** Ends the open file: its last bytes written and synced, the handle closed. */
  private finishFile(): void {
    const file = this.current;
    if (file === undefined) return;
    this.current = undefined;
    try {
      const tail = file.encoder.finish();
      if (tail !== undefined) this.io('write', file.path, () => this.fs.write(file.handle, tail));
      this.io('sync', file.path, () => this.fs.fsync(file.handle));
    } finally {
      this.io('close', file.path, () => this.fs.close(file.handle));
    }
  }

  /** The state for the checkpoint whose barrier arrived (its `preCommit` follows). */
  snapshot(): FileSinkState {
    return { version: 1, epoch: this.epoch, files: this.files.map((f) => ({ ...f })), sealed: this.sealed.map((s) => ({ ...s, files: [...s.files] })) };
  }

  /** The barrier of `checkpoint`: the open epoch's files become durable and pending. */
  preCommit(checkpoint: number): void {
    if (this.broken !== undefined) throw this.broken;
    const sealed = this.seal(checkpoint);
    if (sealed !== undefined) this.sealed.push(sealed);
  }

  private seal(checkpoint: number | null): SealedEpoch | undefined {
    this.finishFile();
    if (this.files.length === 0) return undefined;
    for (const f of this.files) {
      const from = join(this.dir, `.${f.name}.inprogress`);
      this.io('rename', from, () => this.fs.rename(from, join(this.dir, `.${f.name}.pending`)));
    }
    this.io('sync', this.dir, () => this.fs.fsyncDir(this.dir));
    const sealed: SealedEpoch = { epoch: this.epoch, checkpoint, files: this.files };
    this.epoch++;
    this.files = [];
    return sealed;
  }

  /** Checkpoint `checkpoint` is durable: every epoch sealed up to it becomes visible. */
  commit(checkpoint: number): void {
    const due = this.sealed.filter((s) => s.checkpoint === null || s.checkpoint <= checkpoint);
    if (due.length === 0) return;
    this.publish(due, checkpoint);
    this.sealed = this.sealed.filter((s) => !due.includes(s));
  }

  /** Checkpoint `checkpoint` failed: the epochs it sealed are deleted. */
  rollback(checkpoint: number): void {
    const doomed = this.sealed.filter((s) => s.checkpoint === checkpoint);
    for (const s of doomed) for (const f of s.files) this.io('delete', join(this.dir, `.${f.name}.pending`), (p) => this.fs.remove(p));
    this.sealed = this.sealed.filter((s) => !doomed.includes(s));
  }

  /** The input ended: the open epoch is committed now (as if a checkpoint had completed). */
  end(): void {
    if (this.broken !== undefined) throw this.broken;
    const last = this.seal(null);
    if (last !== undefined) this.publish([last], null);
  }

  /** Renames the epochs' files to their final names, syncs the directory, records them. */
  private publish(epochs: readonly SealedEpoch[], checkpoint: number | null): void {
    try {
      const done = new Set(this.manifest.epochs.map((e) => e.epoch));
      const fresh = epochs.filter((s) => !done.has(s.epoch));
      if (fresh.length === 0) return;
      for (const s of fresh) {
        for (const f of s.files) {
          const pending = join(this.dir, `.${f.name}.pending`);
          const final = join(this.dir, f.name);
          // Renamed already when a commit is re-driven after a crash.
          if (this.io('check', pending, () => this.fs.exists(pending))) {
            this.io('rename', pending, () => this.fs.rename(pending, final));
            killPoint('sink.renamed');
          }
          else if (!this.io('check', final, () => this.fs.exists(final))) {
            throw new StorageError(`files sink '${this.options.sink}': epoch ${s.epoch} cannot be committed: '${pending}' is missing (and '${final}' does not exist); its rows are lost`, { path: pending });
          }
        }
      }
      this.io('sync', this.dir, () => this.fs.fsyncDir(this.dir));
      const added: CommittedEpoch[] = fresh.map((s) => ({ epoch: s.epoch, checkpoint: s.checkpoint ?? checkpoint, files: s.files }));
      const next: FileManifest = { version: 1, epochs: [...this.manifest.epochs, ...added] };
      writeManifest(this.fs, this.dir, next);
      killPoint('sink.committed');
      this.manifest = next;
    } catch (err) {
      this.broken = err as Error;
      throw err;
    }
  }

  /** The committed epochs (as recorded in the manifest). */
  committed(): readonly CommittedEpoch[] {
    return this.manifest.epochs;
  }

  /** Closes the open file. The open epoch's files belong to no checkpoint, so they are deleted. */
  close(): void {
    const file = this.current;
    this.current = undefined;
    try {
      if (file !== undefined) this.fs.close(file.handle);
      for (const f of this.files) this.fs.remove(join(this.dir, `.${f.name}.inprogress`));
    } catch {
      // The next sink to open the directory deletes them.
    }
    this.files = [];
    if (this.locked) inUse.get(this.fs)?.delete(this.dir);
    this.locked = false;
  }

  /** Runs a file operation; a failure becomes a StorageError naming the sink and the file. */
  private io<T>(what: string, path: string, fn: (path: string) => T): T {
    try {
      return fn(path);
    } catch (err) {
      if (err instanceof StorageError || err instanceof PlanError) throw err;
      throw new StorageError(`files sink '${this.options.sink}': cannot ${what} '${path}': ${(err as Error).message}`, { path, cause: err });
    }
  }
}
