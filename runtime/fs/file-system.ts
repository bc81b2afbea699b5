/**
 * The file operations durable storage uses (the write-ahead log, checkpoints, the catalog), behind
 * one small synchronous interface so tests can swap in a file system that tears writes, drops
 * what was not synced, flips bits and fails the k-th call. Synchronous on purpose: a group of
 * appends pays one write and one fsync, and a fault lands at an exact, repeatable call.
 */
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, statSync, ftruncateSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';

/** An open file: writes append at its end. */
export type FileHandle = number;

/**
 * Synchronous file operations. Paths are plain strings (absolute or relative to the process).
 *
 * @example
 * ```ts
 * const fs = nodeFileSystem;
 * fs.mkdirp('/tmp/db');
 * const f = fs.open('/tmp/db/log', 'append');
 * fs.write(f, new TextEncoder().encode('hello'));
 * fs.fsync(f);
 * fs.close(f);
 * ```
 */
export interface FileSystem {
  /** Creates a directory and its parents (no error if it exists). */
  mkdirp(dir: string): void;
  /** Names of the entries of a directory, sorted; [] if it does not exist. */
  list(dir: string): string[];
  exists(path: string): boolean;
  /** Size in bytes. */
  size(path: string): number;
  /** The whole contents. */
  read(path: string): Uint8Array;
  /** Opens for appending (creating it), or for writing from empty (`truncate`). */
  open(path: string, mode: 'append' | 'truncate'): FileHandle;
  /** Appends all of `data`. */
  write(file: FileHandle, data: Uint8Array): void;
  /** Makes everything written to the file durable. */
  fsync(file: FileHandle): void;
  close(file: FileHandle): void;
  /** Cuts a file to `size` bytes (and syncs the change). */
  truncate(path: string, size: number): void;
  /** Atomically replaces `to` with `from`. */
  rename(from: string, to: string): void;
  /** Removes a file or a directory tree (no error if missing). */
  remove(path: string): void;
  /** Makes a directory's entries (creations, renames, removals) durable. */
  fsyncDir(dir: string): void;
}

/** The real file system (node:fs). */
export const nodeFileSystem: FileSystem = {
  mkdirp: (dir) => void mkdirSync(dir, { recursive: true }),
  list: (dir) => (existsSync(dir) ? readdirSync(dir).sort() : []),
  exists: (path) => existsSync(path),
  size: (path) => statSync(path).size,
  read: (path) => {
    const b = readFileSync(path);
    return new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
  },
  open: (path, mode) => openSync(path, mode === 'append' ? 'a' : 'w'),
  write: (file, data) => {
    let done = 0;
    while (done < data.length) done += writeSync(file, data, done, data.length - done);
  },
  fsync: (file) => fsyncSync(file),
  close: (file) => closeSync(file),
  truncate: (path, size) => {
    const f = openSync(path, 'r+');
    try {
      ftruncateSync(f, size);
      fsyncSync(f);
    } finally {
      closeSync(f);
    }
  },
  rename: (from, to) => renameSync(from, to),
  remove: (path) => rmSync(path, { recursive: true, force: true }),
  fsyncDir: (dir) => {
    const f = openSync(dir, 'r');
    try {
      fsyncSync(f);
    } finally {
      closeSync(f);
    }
  },
};

/**
 * Writes a whole file atomically: a temporary file next to it is written and synced, renamed over
 * the target, and the directory synced, so a crash leaves the old file or the new one, never a mix.
 */
export function writeFileAtomic(fs: FileSystem, path: string, data: Uint8Array): void {
  const temp = `${path}.tmp`;
  const f = fs.open(temp, 'truncate');
  try {
    fs.write(f, data);
    fs.fsync(f);
  } finally {
    fs.close(f);
  }
  fs.rename(temp, path);
  fs.fsyncDir(dirname(path));
}
