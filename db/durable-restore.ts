/**
 * RESTORE FROM CHECKPOINT n in a durable database: a rollback of the whole database (catalog,
 * tables, views, operator state, source positions) to a committed checkpoint. What happened after
 * it (statements, inserts, table changes) is abandoned.
 *
 * The decision is one file, `<path>/restores.json`, written atomically before anything else
 * changes: the stretches of the log that were abandoned (`skips`, log positions after checkpoint
 * n's up to the last one written before the RESTORE) and the checkpoints abandoned with them.
 * Every later recovery skips those records and never restores those checkpoints, so a crash at
 * any moment of a RESTORE (or long after it, falling back past a damaged checkpoint) lands on the
 * same timeline. The abandoned checkpoints are then deleted.
 */
import { join } from 'node:path';
import { causeMessage, CorruptionError, LaminarError, nodeFileSystem, StorageError, writeFileAtomic, type FileSystem } from '../runtime/index.js';

/** Runs file-system work, turning a raw I/O failure into a StorageError saying what and where. */
function io<T>(what: string, path: string, run: () => T): T {
  try {
    return run();
  } catch (err) {
    if (err instanceof LaminarError) throw err;
    throw new StorageError(`could not ${what} ${path}: ${causeMessage(err)}; check the disk and the directory's permissions, then open the database again`, { path, cause: err });
  }
}

/** The rollbacks a durable directory has seen. */
export interface Restores {
  /** Abandoned log positions, inclusive ranges. */
  readonly skips: readonly { readonly from: bigint; readonly to: bigint }[];
  /** Checkpoint ids abandoned by a rollback (never restored, even if their files survived). */
  readonly abandoned: readonly number[];
}

const FILE = 'restores.json';
const none: Restores = { skips: [], abandoned: [] };

/** Reads `<path>/restores.json` (none: no rollback ever happened). */
export function readRestores(path: string, fs: FileSystem = nodeFileSystem): Restores {
  const file = join(path, FILE);
  if (!io('check', file, () => fs.exists(file))) return none;
  const bytes = io('read', file, () => fs.read(file));
  try {
    const raw = JSON.parse(new TextDecoder().decode(bytes)) as { skips: { from: string; to: string }[]; abandoned: number[] };
    return { skips: raw.skips.map((s) => ({ from: BigInt(s.from), to: BigInt(s.to) })), abandoned: raw.abandoned.map(Number) };
  } catch (err) {
    // Written atomically, so a damaged file is damage, not a torn write: restoring without it
    // could resurrect abandoned data.
    throw new CorruptionError(`the rollback record of this database is unreadable (${(err as Error).message}); restore the file from a backup`, file, 0);
  }
}

/** Records one more rollback durably (temp file, fsync, rename, fsync of the directory). */
export function writeRestores(path: string, restores: Restores, fs: FileSystem = nodeFileSystem): void {
  const text = JSON.stringify({ skips: restores.skips.map((s) => ({ from: String(s.from), to: String(s.to) })), abandoned: restores.abandoned });
  io('write', join(path, FILE), () => writeFileAtomic(fs, join(path, FILE), new TextEncoder().encode(text)));
}

/** Whether log record `seq` was abandoned by a rollback. */
export function skipped(restores: Restores, seq: bigint): boolean {
  for (const s of restores.skips) if (seq >= s.from && seq <= s.to) return true;
  return false;
}
