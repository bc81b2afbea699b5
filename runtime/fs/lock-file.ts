/**
 * One process per durable directory: a `LOCK` file created exclusively (O_EXCL) holds the owner's
 * pid. A lock whose process is gone (killed, crashed) is stale and taken over; a live owner, or
 * this process holding it already, is a LockedError naming the pid and what to do.
 *
 * Node has no flock(2); the pid check is the portable substitute. Its known gap: a pid reused by
 * an unrelated process after a crash keeps the lock looking held (the error then says to delete
 * the file once no database uses the directory).
 */
import { closeSync, fsyncSync, mkdirSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { join, resolve } from 'node:path';
import { LockedError, StorageError, causeMessage } from '../errors/errors.js';

/** Lock files this process holds (a second open of the same directory must fail too). */
const held = new Set<string>();

/** A held directory lock. */
export interface DirectoryLock {
  readonly path: string;
  /** Deletes the lock file (idempotent). */
  release(): void;
}

/** Whether process `pid` exists (EPERM: it does, owned by someone else). */
export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: the process exists but belongs to someone else.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function ownerOf(path: string): number | undefined {
  try {
    const pid = Number(readFileSync(path, 'utf8').split('\n')[0]);
    return Number.isSafeInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Locks `dir` (created if missing) for this process.
 *
 * @example
 * ```ts
 * const lock = lockDirectory('./state');   // LockedError if another live process holds it
 * try { ... } finally { lock.release(); }
 * ```
 */
export function lockDirectory(dir: string): DirectoryLock {
  const path = join(resolve(dir), 'LOCK');
  if (held.has(path)) {
    throw new LockedError(`'${dir}' is already open in this process; close that database before opening the path again`, path, process.pid);
  }
  try {
    mkdirSync(dir, { recursive: true });
  } catch (err) {
    throw new StorageError(`cannot create the database directory '${dir}': ${causeMessage(err)}; check the path and its permissions`, { path: dir, cause: err });
  }
  for (let attempt = 0; ; attempt++) {
    let fd: number;
    try {
      fd = openSync(path, 'wx');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw new StorageError(`cannot create the lock file '${path}': ${causeMessage(err)}`, { path, cause: err });
      const pid = ownerOf(path);
      if (pid !== undefined && pid !== process.pid && processAlive(pid)) {
        throw new LockedError(`'${dir}' is in use by process ${pid} (${path}); close the database there first, or, if no process uses the directory, delete ${path}`, path, pid);
      }
      // An empty lock may be one another process is writing right now: look again shortly.
      if (pid === undefined && attempt < 2) {
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 25);
        continue;
      }
      // A stale lock (its process is gone, or an empty one a crash left while writing it).
      if (attempt >= 4) throw new LockedError(`cannot take over the stale lock ${path} (another process keeps taking it); retry`, path, pid ?? 0);
      try {
        unlinkSync(path);
      } catch {
        // Someone else took it over first; the next attempt sees their lock.
      }
      continue;
    }
    try {
      writeSync(fd, `${process.pid}\n${hostname()}\n${new Date().toISOString()}\n`);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    held.add(path);
    let released = false;
    return {
      path,
      release() {
        if (released) return;
        released = true;
        held.delete(path);
        try {
          if (ownerOf(path) === process.pid) unlinkSync(path);
        } catch {
          // Gone already: nothing to release.
        }
      },
    };
  }
}
