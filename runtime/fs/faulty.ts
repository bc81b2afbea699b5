/**
 * An in-memory FileSystem for crash and fault tests, after SQLite's crash VFS: it keeps what a
 * process sees (the page cache) apart from what survives a power loss (the disk), can drop, tear
 * or garble what was not synced, and can fail the k-th call like a failing disk.
 *
 * The model, kept small on purpose:
 * - A file's bytes become durable on `fsync` of a handle to it; `truncate` is synced (as in
 *   `nodeFileSystem`). Bytes written since the last fsync are "unsynced".
 * - Directory changes (a file created, renamed, removed) go to an ordered journal and become
 *   durable on `fsyncDir` of a directory they touch, together with every change journaled before
 *   (like ext4's ordered journal). A crash keeps a prefix of the unsynced journal, so a rename is
 *   all or nothing, and a created file that was never dir-synced may vanish.
 * - Directories themselves are durable once created.
 * - A failed fsync loses the unsynced bytes for good (Linux marks the pages clean, "fsyncgate"):
 *   the process still reads them, but a later fsync that succeeds leaves zeros on the disk there.
 * - Sectors already on the disk are never damaged by a crash: tearing and garbage only touch
 *   bytes written since the last fsync of the file.
 */
import { basename, dirname, normalize as normalizePath } from 'node:path';
import { mulberry32, testSeed } from '../testing/random.js';
import type { FileHandle, FileSystem } from './file-system.js';

/** The FileSystem methods, as call kinds for counting and fault injection, e.g. `fs.callsByKind.get('fsync')`. */
export type FsCall = keyof FileSystem;

/**
 * What a simulated power loss leaves of unsynced data, per file:
 * - `drop`: nothing (every unsynced write and directory change is lost);
 * - `keep`: everything (what a process kill leaves: the page cache survives);
 * - `torn`: a random prefix of the unsynced bytes, cut at any byte; `torn-512` / `torn-4096` cut
 *   at a sector boundary;
 * - `garbage-512` / `garbage-4096`: a random sector-aligned prefix in which some sectors hold
 *   random bytes or zeros instead of what was written.
 * All but `drop` and `keep` also keep a random prefix of the unsynced directory journal.
 *
 * @example
 * ```ts
 * for (const mode of ['drop', 'torn-512', 'garbage-4096'] as CrashMode[]) check(fs.crash(mode));
 * ```
 */
export type CrashMode = 'drop' | 'keep' | 'torn' | 'torn-512' | 'torn-4096' | 'garbage-512' | 'garbage-4096';

/**
 * A fault to inject: the `at`-th matching call from now fails with an error like Node's.
 *
 * @example
 * ```ts
 * fs.inject({ at: 3, kinds: ['write', 'fsync'], code: 'ENOSPC', persistent: true });
 * ```
 */
export interface Fault {
  /** 1-based: the call that fails, counting calls of `kinds` (every call when omitted) made after `inject`. */
  at: number;
  kinds?: readonly FsCall[];
  /** Default `EIO`. */
  code?: 'EIO' | 'ENOSPC';
  /** Every matching call from `at` on fails, not just that one. */
  persistent?: boolean;
}

/** An error shaped like the ones node:fs throws (`code`, `errno`, `syscall`, `path`), e.g. `err.code === 'EIO'`. */
export interface FsError extends Error {
  code: string;
  errno: number;
  syscall: string;
  path?: string;
}

/** A path without a trailing slash, so '/db/' and '/db' name the same directory. */
function normalize(path: string): string {
  if (path.startsWith('/') && !path.endsWith('/') && !path.includes('//') && !path.includes('/.')) return path; // already normal (the common case, and path.normalize is slow)
  const p = normalizePath(path);
  return p.length > 1 && p.endsWith('/') ? p.slice(0, -1) : p;
}

const ERRNO = { EIO: -5, ENOSPC: -28, ENOENT: -2, EBADF: -9, EISDIR: -21 } as const;

/** Makes an error like node:fs's, e.g. `EIO: i/o error, fsync '/db/wal-1.log'`. */
export function fsError(code: keyof typeof ERRNO, syscall: string, path?: string): FsError {
  const what = { EIO: 'i/o error', ENOSPC: 'no space left on device', ENOENT: 'no such file or directory', EBADF: 'bad file descriptor', EISDIR: 'illegal operation on a directory' }[code];
  const err = new Error(`${code}: ${what}, ${syscall}${path === undefined ? '' : ` '${path}'`}`) as FsError;
  err.code = code;
  err.errno = ERRNO[code];
  err.syscall = syscall;
  if (path !== undefined) err.path = path;
  return err;
}

/** A file's contents: what the process reads, and what the disk holds. */
class Inode {
  data: Uint8Array = new Uint8Array(64);
  size = 0;
  /** The disk's copy. */
  durable: Uint8Array = new Uint8Array(0);
  /** Bytes at or after this offset may differ from the disk. */
  dirtyFrom = 0;
  /** Ranges the process reads but the disk never got (a failed fsync). */
  holes: [number, number][] = [];

  append(bytes: Uint8Array): void {
    // `durable` may share `data`'s buffer (see `of`): copy it before overwriting bytes it holds.
    if (this.durable.buffer === this.data.buffer && this.size < this.durable.length) this.durable = this.durable.slice();
    if (this.size + bytes.length > this.data.length) {
      const grown = new Uint8Array(Math.max(this.size + bytes.length, this.data.length * 2));
      grown.set(this.data.subarray(0, this.size));
      this.data = grown;
    }
    this.data.set(bytes, this.size);
    this.size += bytes.length;
  }

  /** The first `length` bytes with the holes zeroed: what a flush of them puts on the disk. */
  flushed(length: number): Uint8Array {
    const out = this.data.slice(0, length);
    for (const [from, to] of this.holes) if (from < length) out.fill(0, from, Math.min(to, length));
    return out;
  }

  sync(): void {
    this.durable = this.flushed(this.size);
    this.dirtyFrom = this.size;
  }

  cut(size: number): void {
    this.size = Math.min(this.size, size);
    this.dirtyFrom = Math.min(this.dirtyFrom, this.size);
    this.holes = this.holes.filter(([from]) => from < this.size).map(([from, to]) => [from, Math.min(to, this.size)]);
  }

  /** A durable file holding `bytes` (copied once: the disk's copy shares the buffer until a write would change it). */
  static of(bytes: Uint8Array): Inode {
    const inode = new Inode();
    inode.data = bytes.slice();
    inode.size = bytes.length;
    inode.durable = inode.data.subarray(0, bytes.length);
    inode.dirtyFrom = bytes.length;
    return inode;
  }
}

type JournalEntry = { op: 'create'; path: string; inode: Inode } | { op: 'rename'; from: string; to: string } | { op: 'remove'; path: string };

function applyEntry(entries: Map<string, Inode>, e: JournalEntry): void {
  if (e.op === 'create') entries.set(e.path, e.inode);
  else if (e.op === 'rename') {
    const inode = entries.get(e.from);
    if (inode === undefined) return;
    entries.delete(e.from);
    entries.set(e.to, inode);
  } else {
    for (const p of [...entries.keys()]) if (p === e.path || p.startsWith(`${e.path}/`)) entries.delete(p);
  }
}

function touches(e: JournalEntry, dir: string): boolean {
  return e.op === 'rename' ? dirname(e.from) === dir || dirname(e.to) === dir : dirname(e.path) === dir;
}

/**
 * A FileSystem in memory that models a disk with a page cache, for crash and fault tests.
 *
 * @example
 * ```ts
 * const fs = new FaultyFileSystem({ seed: 42 });
 * fs.mkdirp('/db');
 * const f = fs.open('/db/log', 'append');
 * fs.write(f, new Uint8Array([1, 2, 3]));
 * fs.fsync(f);
 * fs.write(f, new Uint8Array([4, 5, 6]));       // never synced
 * const after = fs.crash('torn');                 // power loss: [1, 2, 3] plus 0 to 3 more bytes
 * fs.inject({ at: 1, kinds: ['fsync'] });         // the next fsync fails with EIO
 * ```
 */
export class FaultyFileSystem implements FileSystem {
  /** Calls made so far, of every kind. */
  calls = 0;
  /** Calls made so far, by kind. */
  readonly callsByKind = new Map<FsCall, number>();
  /** The seed of the crash and fault randomness (printed by tests). */
  readonly seed: number;
  private readonly random: () => number;
  private readonly entries = new Map<string, Inode>();
  private readonly durableEntries = new Map<string, Inode>();
  private journal: JournalEntry[] = [];
  private readonly dirs = new Set<string>(['/']);
  private readonly handles = new Map<number, { inode: Inode; path: string }>();
  private nextHandle = 3;
  private faults: { fault: Fault; seen: number }[] = [];

  constructor(options: { seed?: number } = {}) {
    this.seed = options.seed ?? testSeed();
    this.random = mulberry32(this.seed);
  }

  /** Arms a fault; faults already armed stay armed. */
  inject(fault: Fault): void {
    if (!Number.isInteger(fault.at) || fault.at < 1) throw new RangeError(`fault.at must be an integer >= 1, got ${fault.at}`);
    this.faults.push({ fault, seen: 0 });
  }

  /** Disarms every fault. */
  clearFaults(): void {
    this.faults = [];
  }

  /** Counts the call and throws if an armed fault says this one fails. */
  private enter(kind: FsCall, path?: string): void {
    this.calls++;
    this.callsByKind.set(kind, (this.callsByKind.get(kind) ?? 0) + 1);
    for (const f of this.faults) {
      if (f.fault.kinds !== undefined && !f.fault.kinds.includes(kind)) continue;
      f.seen++;
      if (f.seen === f.fault.at || (f.fault.persistent === true && f.seen > f.fault.at)) throw fsError(f.fault.code ?? 'EIO', kind, path);
    }
  }

  mkdirp(dir: string): void {
    this.enter('mkdirp', dir);
    for (let d = normalize(dir); !this.dirs.has(d); d = dirname(d)) {
      if (this.entries.has(d)) throw fsError('EIO', 'mkdir', d); // a file is in the way
      this.dirs.add(d);
    }
  }

  list(dir: string): string[] {
    this.enter('list', dir);
    const d = normalize(dir);
    const names = new Set<string>();
    for (const p of [...this.entries.keys(), ...this.dirs]) if (p !== d && dirname(p) === d) names.add(basename(p));
    return [...names].sort();
  }

  exists(path: string): boolean {
    this.enter('exists', path);
    const p = normalize(path);
    return this.entries.has(p) || this.dirs.has(p);
  }

  size(path: string): number {
    this.enter('size', path);
    return this.file(path, 'stat').size;
  }

  read(path: string): Uint8Array {
    this.enter('read', path);
    const inode = this.file(path, 'open');
    return inode.data.slice(0, inode.size);
  }

  open(path: string, mode: 'append' | 'truncate'): FileHandle {
    this.enter('open', path);
    const p = normalize(path);
    if (this.dirs.has(p)) throw fsError('EISDIR', 'open', p);
    if (!this.dirs.has(dirname(p))) throw fsError('ENOENT', 'open', p);
    let inode = this.entries.get(p);
    if (inode === undefined) {
      inode = new Inode();
      this.entries.set(p, inode);
      this.journal.push({ op: 'create', path: p, inode });
    } else if (mode === 'truncate') inode.cut(0);
    const handle = this.nextHandle++;
    this.handles.set(handle, { inode, path: p });
    return handle;
  }

  /** A failing write may still have written a random prefix of `data` (as a full disk does). */
  write(file: FileHandle, data: Uint8Array): void {
    const h = this.handle(file, 'write');
    try {
      this.enter('write', h.path);
    } catch (err) {
      h.inode.append(data.subarray(0, Math.floor(this.random() * (data.length + 1))));
      throw err;
    }
    h.inode.append(data);
  }

  /** A failing fsync loses the unsynced bytes: the disk keeps zeros there even after a later fsync. */
  fsync(file: FileHandle): void {
    const h = this.handle(file, 'fsync');
    try {
      this.enter('fsync', h.path);
    } catch (err) {
      const { inode } = h;
      if (inode.dirtyFrom < inode.size) inode.holes.push([inode.dirtyFrom, inode.size]);
      inode.dirtyFrom = inode.size;
      throw err;
    }
    h.inode.sync();
  }

  close(file: FileHandle): void {
    const h = this.handle(file, 'close');
    this.handles.delete(file);
    this.enter('close', h.path);
  }

  truncate(path: string, size: number): void {
    this.enter('truncate', path);
    const inode = this.file(path, 'open');
    inode.cut(size);
    inode.sync();
  }

  rename(from: string, to: string): void {
    this.enter('rename', from);
    const f = normalize(from);
    const t = normalize(to);
    const inode = this.entries.get(f);
    if (inode === undefined) throw fsError('ENOENT', 'rename', f);
    if (!this.dirs.has(dirname(t))) throw fsError('ENOENT', 'rename', t);
    this.entries.delete(f);
    this.entries.set(t, inode);
    this.journal.push({ op: 'rename', from: f, to: t });
  }

  remove(path: string): void {
    this.enter('remove', path);
    const p = normalize(path);
    const e: JournalEntry = { op: 'remove', path: p };
    applyEntry(this.entries, e);
    for (const d of [...this.dirs]) if (d === p || d.startsWith(`${p}/`)) this.dirs.delete(d);
    this.journal.push(e);
  }

  fsyncDir(dir: string): void {
    this.enter('fsyncDir', dir);
    const d = normalize(dir);
    if (!this.dirs.has(d)) throw fsError('ENOENT', 'open', d);
    let last = -1;
    this.journal.forEach((e, i) => {
      if (touches(e, d)) last = i;
    });
    for (const e of this.journal.slice(0, last + 1)) applyEntry(this.durableEntries, e);
    this.journal = this.journal.slice(last + 1);
  }

  /**
   * A power loss: returns a new file system holding what the disk would hold after a reboot
   * (everything on it durable, no faults armed, no open files). This one is left as it was.
   */
  crash(mode: CrashMode): FaultyFileSystem {
    const after = new FaultyFileSystem({ seed: (this.random() * 2 ** 32) >>> 0 });
    const entries = new Map(this.durableEntries);
    const kept = mode === 'drop' ? 0 : mode === 'keep' ? this.journal.length : Math.floor(this.random() * (this.journal.length + 1));
    for (const e of this.journal.slice(0, kept)) applyEntry(entries, e);
    for (const d of this.dirs) after.dirs.add(d);
    const survivors = new Map<Inode, Inode>();
    for (const [path, inode] of entries) {
      let copy = survivors.get(inode);
      if (copy === undefined) survivors.set(inode, (copy = Inode.of(this.survive(inode, mode))));
      after.entries.set(path, copy);
      after.durableEntries.set(path, copy);
      for (let d = dirname(path); !after.dirs.has(d); d = dirname(d)) after.dirs.add(d);
    }
    return after;
  }

  /** What the disk holds of one file after a crash in `mode`. */
  private survive(inode: Inode, mode: CrashMode): Uint8Array {
    if (mode === 'drop' || inode.dirtyFrom >= inode.size) return inode.durable.slice();
    if (mode === 'keep') return inode.data.slice(0, inode.size);
    const from = inode.dirtyFrom;
    const sector = mode.endsWith('512') ? 512 : mode.endsWith('4096') ? 4096 : 1;
    // Cut points: `from` itself, each sector boundary after it, and the end of the file.
    const cuts = [from];
    for (let c = (Math.floor(from / sector) + 1) * sector; c < inode.size; c += sector) cuts.push(c);
    cuts.push(inode.size);
    const cut = cuts[Math.floor(this.random() * cuts.length)]!;
    const out = inode.flushed(cut);
    if (mode.startsWith('garbage')) {
      for (let s = Math.floor(from / sector) * sector; s < cut; s += sector) {
        if (this.random() >= 0.25) continue;
        const a = Math.max(s, from);
        const b = Math.min(s + sector, cut);
        if (this.random() < 0.5) out.fill(0, a, b);
        else for (let i = a; i < b; i++) out[i] = (this.random() * 256) | 0;
      }
    }
    return out;
  }

  /** The bytes a file holds now (what the process reads); not counted as a call. */
  bytes(path: string): Uint8Array {
    const inode = this.file(path, 'open');
    return inode.data.slice(0, inode.size);
  }

  /** Files (not directories), sorted; not counted as a call. */
  files(): string[] {
    return [...this.entries.keys()].sort();
  }

  /** Damage on the disk: flips one bit of a file, in what the process reads and on the disk. */
  flipBit(path: string, bitOffset: number): void {
    const inode = this.file(path, 'open');
    const byte = bitOffset >> 3;
    if (!Number.isInteger(bitOffset) || bitOffset < 0 || byte >= inode.size) throw new RangeError(`bit ${bitOffset} is outside ${path} (${inode.size} bytes)`);
    inode.data[byte]! ^= 1 << (bitOffset & 7);
    if (byte < inode.durable.length && inode.durable.buffer !== inode.data.buffer) inode.durable[byte]! ^= 1 << (bitOffset & 7);
  }

  /** Damage on the disk: cuts a file to `size` bytes, in what the process reads and on the disk. */
  truncateTo(path: string, size: number): void {
    const inode = this.file(path, 'open');
    inode.cut(size);
    inode.durable = inode.durable.slice(0, Math.min(size, inode.durable.length));
  }

  /** Writes a whole file as durable (directory entry included); not counted as a call. */
  put(path: string, data: Uint8Array): void {
    const p = normalize(path);
    for (let d = dirname(p); !this.dirs.has(d); d = dirname(d)) this.dirs.add(d);
    const inode = Inode.of(data);
    this.entries.set(p, inode);
    this.durableEntries.set(p, inode);
  }

  private file(path: string, syscall: string): Inode {
    const p = normalize(path);
    const inode = this.entries.get(p);
    if (inode === undefined) throw fsError(this.dirs.has(p) ? 'EISDIR' : 'ENOENT', syscall, p);
    return inode;
  }

  private handle(file: FileHandle, syscall: string): { inode: Inode; path: string } {
    const h = this.handles.get(file);
    if (h === undefined) throw fsError('EBADF', syscall);
    return h;
  }
}
