/**
 * Reading a write-ahead log directory back at open: every segment is checked record by record, a
 * torn tail of the last segment is marked for cutting, and damage anywhere else is refused with
 * the file and offset. Also the error helpers the log shares.
 */
import { causeMessage, CorruptionError, StorageError } from '../errors/errors.js';
import type { FileSystem } from '../fs/file-system.js';
import { decodeSegmentHeader, parseSegmentName, readRecord, SEGMENT_HEADER_BYTES } from './format.js';

/**
 * What recovery found and repaired when a log was opened (`Wal.recovery`).
 *
 * @example
 * ```ts
 * const wal = Wal.open(dir, { recovery: 'truncate-tail' });
 * if (wal.recovery.dropped) console.warn(`lost records from ${wal.recovery.dropped.path}`);
 * ```
 */
export interface WalRecovery {
  /** Segment files found. */
  readonly segments: number;
  /** Records found whole in them (after any cut). */
  readonly records: number;
  /** Bytes of an unfinished write cut from the end of the last segment (a crash mid-append). */
  readonly tornBytes: number;
  /**
   * Set when `recovery: 'truncate-tail'` dropped damaged records: where, how many bytes and why.
   * Records from that offset on were lost, acknowledged or not.
   */
  readonly dropped?: { readonly path: string; readonly offset: number; readonly bytes: number; readonly reason: string };
}

/** One segment as recovery left it. */
export interface FoundSegment {
  readonly path: string;
  readonly firstSeq: number;
  /** Sequence number of its last record; `firstSeq - 1` when it has none. */
  readonly lastSeq: number;
  /** The writer epoch in its header; undefined when the header itself was torn (last segment only). */
  readonly epoch: number | undefined;
  /** The file's size now, and where its good bytes end (the last segment is cut there). */
  readonly size: number;
  readonly validEnd: number;
}

export interface Recovered {
  readonly segments: FoundSegment[];
  readonly report: WalRecovery;
}

/** A StorageError for a failed file operation, with what to do about it. */
export function storageError(action: string, path: string, cause: unknown): StorageError {
  const code = (cause as { code?: unknown } | undefined)?.code;
  const hint = code === 'ENOSPC'
    ? 'the disk is full: free space, then reopen the log'
    : code === 'EACCES' || code === 'EPERM' || code === 'EROFS'
      ? 'the log directory is not writable: fix its permissions, then reopen the log'
      : 'the device failed: records not yet synced may be lost; reopen the log to recover what is on disk';
  return new StorageError(`write-ahead log: could not ${action} ${path}: ${causeMessage(cause)} (${hint})`, { path, cause });
}

/** Runs a file operation, turning its failure into a StorageError. */
export function io<T>(action: string, path: string, op: () => T): T {
  try {
    return op();
  } catch (err) {
    throw storageError(action, path, err);
  }
}

const SEALED = 'it is a sealed segment (not the last one), so this is damage, not a crash mid-write; restore the log from a backup or start from a checkpoint that does not need it';
const HOW_TO_DROP = "If this follows a crash or power loss and losing the records from here on is acceptable, reopen with { recovery: 'truncate-tail' } (a database: LaminarDB.open({ path, durability: { recovery: 'truncate-tail' } })) to drop them";

function joinPath(dir: string, name: string): string {
  return dir.endsWith('/') ? `${dir}${name}` : `${dir}/${name}`;
}

/**
 * Checks every segment of `dir` (read-only: the caller cuts the last segment at `validEnd`).
 * Throws CorruptionError for damage it may not repair, StorageError when a file cannot be read.
 */
export function recoverSegments(fs: FileSystem, dir: string, mode: 'strict' | 'truncate-tail'): Recovered {
  const names = io('list', dir, () => fs.list(dir))
    .map((name) => ({ name, firstSeq: parseSegmentName(name) }))
    .filter((s): s is { name: string; firstSeq: number } => s.firstSeq !== undefined)
    .sort((a, b) => a.firstSeq - b.firstSeq);
  const segments: FoundSegment[] = [];
  let records = 0;
  let tornBytes = 0;
  let dropped: WalRecovery['dropped'];
  for (let i = 0; i < names.length; i++) {
    const { name, firstSeq } = names[i]!;
    const path = joinPath(dir, name);
    const last = i === names.length - 1;
    const prev = segments[segments.length - 1];
    if (prev !== undefined && firstSeq !== prev.lastSeq + 1) {
      throw new CorruptionError(`write-ahead log: sequence numbers jump from ${prev.lastSeq} (end of ${prev.path}) to ${firstSeq}: a segment is missing, was cut short or comes from another log; restore the log from a backup`, path, 0);
    }
    const bytes = io('read', path, () => fs.read(path));
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    // Cuts the last segment at `at`, or throws if that would hide damage the user did not agree to drop.
    const stop = (at: number, torn: boolean, reason: string): number => {
      if (!last) throw new CorruptionError(`write-ahead log: ${reason}; ${SEALED}`, path, at);
      if (torn) {
        tornBytes = bytes.length - at;
        return at;
      }
      if (mode === 'strict') throw new CorruptionError(`write-ahead log: ${reason} in the last segment, with all its bytes present (damage, not a write cut short). ${HOW_TO_DROP}; otherwise restore the log from a backup`, path, at);
      dropped = { path, offset: at, bytes: bytes.length - at, reason };
      return at;
    };
    const header = decodeSegmentHeader(bytes);
    if (!header.ok) {
      const validEnd = stop(0, header.torn, header.reason);
      segments.push({ path, firstSeq, lastSeq: firstSeq - 1, epoch: undefined, size: bytes.length, validEnd });
      continue;
    }
    if (header.firstSeq !== firstSeq) throw new CorruptionError(`write-ahead log: the segment header says its first record is ${header.firstSeq} but the file name says ${firstSeq}; the file was renamed or damaged`, path, 0);
    if (prev?.epoch !== undefined && header.epoch < prev.epoch) {
      throw new CorruptionError(`write-ahead log: writer epoch goes back from ${prev.epoch} (${prev.path}) to ${header.epoch}: a fenced-off writer wrote here; restore the log from a backup`, path, 0);
    }
    let expected = firstSeq;
    let at = SEGMENT_HEADER_BYTES;
    let validEnd = -1;
    while (validEnd < 0) {
      const v = readRecord(bytes, view, at);
      if (v.kind === 'end') validEnd = at;
      else if (v.kind === 'torn') validEnd = stop(at, true, `a record cut short (${v.reason})`);
      else if (v.kind === 'bad') validEnd = stop(at, false, v.reason);
      else if (v.seq !== expected) validEnd = stop(at, false, `record sequence number ${v.seq} where ${expected} was expected (a gap or a repeat)`);
      else if (v.epoch !== header.epoch) validEnd = stop(at, false, `record written by epoch ${v.epoch} in a segment of epoch ${header.epoch}`);
      else {
        expected++;
        records++;
        at = v.next;
      }
    }
    if (!last && expected === firstSeq) throw new CorruptionError(`write-ahead log: a sealed segment holds no records; ${SEALED}`, path, SEGMENT_HEADER_BYTES);
    segments.push({ path, firstSeq, lastSeq: expected - 1, epoch: header.epoch, size: bytes.length, validEnd });
  }
  return { segments, report: { segments: segments.length, records, tornBytes, ...(dropped === undefined ? {} : { dropped }) } };
}
