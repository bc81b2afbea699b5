/**
 * The write-ahead log: records appended in order, each with a sequence number, the writer's epoch
 * and CRC32C checksums, in segment files that roll at a size and are deleted whole once a
 * checkpoint no longer needs them. Appends made in the same turn of the event loop share one write
 * and one fsync (group commit). A failed write or fsync stops the log for good (fail-stop): after
 * an fsync error the OS may have dropped the data, so retrying could report lost records durable.
 * The on-disk format is in format.ts, the checks at open in recover.ts.
 */
import { CorruptionError, InvalidArgumentError, PipelineStateError, StorageError } from '../errors/errors.js';
import { nodeFileSystem, type FileHandle, type FileSystem } from '../fs/file-system.js';
import { killPoint } from '../fs/kill-point.js';
import { encodeRecord, encodeSegmentHeader, MAX_PAYLOAD_BYTES, MAX_SEQ, readRecord, RECORD_HEADER_BYTES, SEGMENT_HEADER_BYTES, segmentName, decodeSegmentHeader } from './format.js';
import { io, recoverSegments, storageError, type FoundSegment, type WalRecovery } from './recover.js';

export type { WalRecovery } from './recover.js';

/**
 * When appends become durable:
 * - `'always'`: an append resolves only after the fsync that covers it (one fsync per group);
 * - `{ intervalMs }`: an append resolves after its write; an fsync follows within `intervalMs`,
 *   so a power loss (not a process crash) can take the last `intervalMs` of records;
 * - `'never'`: an append resolves after its write; the log fsyncs only when a segment is sealed,
 *   on `sync()` and on `close()`.
 *
 * @example
 * ```ts
 * Wal.open(dir, { fsync: { intervalMs: 100 } }); // at most 100 ms of records lost to a power loss
 * ```
 */
export type FsyncPolicy = 'always' | 'never' | { intervalMs: number };

/**
 * Options of {@link Wal.open}.
 *
 * @example
 * ```ts
 * const wal = Wal.open('/var/lib/app/wal', { fsync: 'always', segmentBytes: 16 << 20, epoch: 7 });
 * ```
 */
export interface WalOptions {
  /** Where the files live; default the real file system. */
  fs?: FileSystem;
  /** Default `'always'`. */
  fsync?: FsyncPolicy;
  /** A segment is sealed and a new one started once it would grow past this (default 64 MiB). */
  segmentBytes?: number;
  /**
   * This writer's fencing token (0 to 2^32 - 1). Opening with an epoch lower than the one that
   * last wrote the log is refused; a higher one starts a new segment, so the fence is on disk
   * before the first append. Default: the epoch that last wrote the log (0 for a new log).
   */
  epoch?: number;
  /**
   * What to do with a damaged record in the last segment (all its bytes present, a checksum
   * failing): `'strict'` (default) refuses to open; `'truncate-tail'` drops it and everything
   * after it, reports that in `recovery.dropped` and calls `onWarning`. A record cut short by a
   * crash is always cut; damage in an earlier segment is always refused.
   */
  recovery?: 'strict' | 'truncate-tail';
  /** Told when `'truncate-tail'` dropped records; default `process.emitWarning`. */
  onWarning?: (message: string) => void;
}

/**
 * A record read back.
 *
 * @example
 * ```ts
 * for (const { seq, epoch, payload } of wal.records(100n)) apply(seq, payload);
 * ```
 */
export interface WalRecord {
  seq: bigint;
  epoch: number;
  payload: Uint8Array;
}

/**
 * Counters since open: records appended, writes and fsyncs made (records / writes = group size).
 *
 * @example
 * ```ts
 * console.log(`${wal.stats.records / wal.stats.writes} records per write`);
 * ```
 */
export interface WalStats {
  records: number;
  bytes: number;
  writes: number;
  fsyncs: number;
}

const DEFAULT_SEGMENT_BYTES = 64 * 1024 * 1024;
const MIN_SEGMENT_BYTES = 64;

interface Segment {
  readonly path: string;
  readonly firstSeq: number;
}

interface Waiter {
  resolve: (seq: bigint) => void;
  reject: (err: Error) => void;
}

function checkOptions(options: WalOptions): void {
  const { fsync, segmentBytes, epoch, recovery } = options;
  if (fsync !== undefined && fsync !== 'always' && fsync !== 'never' && !(typeof fsync === 'object' && fsync !== null && Number.isFinite(fsync.intervalMs) && fsync.intervalMs > 0)) {
    throw InvalidArgumentError.format('fsync policy', "'always', 'never' or { intervalMs: n } with n > 0", fsync);
  }
  if (segmentBytes !== undefined && !(Number.isInteger(segmentBytes) && segmentBytes >= MIN_SEGMENT_BYTES)) throw InvalidArgumentError.format('segmentBytes', `an integer >= ${MIN_SEGMENT_BYTES}`, segmentBytes);
  if (epoch !== undefined && !(Number.isInteger(epoch) && epoch >= 0 && epoch < 2 ** 32)) throw InvalidArgumentError.format('epoch', 'an integer from 0 to 2^32 - 1', epoch);
  if (recovery !== undefined && recovery !== 'strict' && recovery !== 'truncate-tail') throw InvalidArgumentError.format('recovery', "'strict' or 'truncate-tail'", recovery);
}

/**
 * A write-ahead log in a directory of segment files.
 *
 * @example
 * ```ts
 * const wal = Wal.open('/var/lib/app/wal', { fsync: 'always' });
 * const seq = await wal.append(new TextEncoder().encode('{"id":1}')); // durable once resolved
 * for (const r of wal.records(1n)) console.log(r.seq, new TextDecoder().decode(r.payload));
 * wal.truncateBefore(seq);  // after a checkpoint that covers everything before `seq`
 * await wal.close();
 * ```
 */
export class Wal {
  /** What open found and repaired. */
  readonly recovery: WalRecovery;
  /** Counters since open. */
  readonly stats: WalStats = { records: 0, bytes: 0, writes: 0, fsyncs: 0 };
  private readonly fs: FileSystem;
  private readonly policy: FsyncPolicy;
  private readonly segmentBytes: number;
  private readonly segments: Segment[] = [];
  private handle: FileHandle | undefined;
  /** Bytes in the active segment file, written. */
  private activeSize = 0;
  private last = 0;
  private written = 0;
  private dirty = false;
  private buf = new Uint8Array(0);
  private view = new DataView(this.buf.buffer);
  private bufLen = 0;
  private ends: number[] = [];
  private waiters: Waiter[] = [];
  private flushTask: ReturnType<typeof setImmediate> | undefined;
  private syncTimer: ReturnType<typeof setTimeout> | undefined;
  private failure: StorageError | undefined;
  private closed = false;

  private constructor(readonly dir: string, readonly epoch: number, options: WalOptions, recovery: WalRecovery) {
    this.fs = options.fs ?? nodeFileSystem;
    this.policy = options.fsync ?? 'always';
    this.segmentBytes = options.segmentBytes ?? DEFAULT_SEGMENT_BYTES;
    this.recovery = recovery;
  }

  /**
   * Opens (creating the directory if needed) and recovers the log in `dir`: a record cut short at
   * the end of the last segment by a crash is cut away; damage is refused with a CorruptionError
   * naming file and offset (see `WalOptions.recovery`); an older writer epoch is refused.
   */
  static open(dir: string, options: WalOptions = {}): Wal {
    if (typeof dir !== 'string' || dir === '') throw InvalidArgumentError.format('write-ahead log directory', 'a non-empty path', dir);
    checkOptions(options);
    const fs = options.fs ?? nodeFileSystem;
    io('create directory', dir, () => fs.mkdirp(dir));
    const { segments, report } = recoverSegments(fs, dir, options.recovery ?? 'strict');
    if (report.dropped !== undefined) {
      const d = report.dropped;
      const message = `write-ahead log: recovery 'truncate-tail' dropped ${d.bytes} bytes from ${d.path} at byte ${d.offset} (${d.reason}); records from there on are lost`;
      (options.onWarning ?? ((m: string) => process.emitWarning(m, { code: 'LDB-3003' })))(message);
    }
    let newest: FoundSegment | undefined;
    for (const s of segments) if (s.epoch !== undefined) newest = s;
    if (options.epoch !== undefined && newest?.epoch !== undefined && options.epoch < newest.epoch) {
      throw new StorageError(`write-ahead log ${dir} is fenced off for epoch ${options.epoch}: epoch ${newest.epoch} last wrote ${newest.path}, so another writer has taken over. Open with epoch >= ${newest.epoch} only once no older writer can still be running`, { path: newest.path });
    }
    const wal = new Wal(dir, options.epoch ?? newest?.epoch ?? 0, options, report);
    try {
      wal.start(segments);
    } catch (err) {
      wal.release();
      throw err;
    }
    return wal;
  }

  /** Sequence number of the last record appended (0n for an empty log). */
  get lastSeq(): bigint {
    return BigInt(this.last);
  }

  /** The error that stopped the log, once it has failed. */
  get failed(): StorageError | undefined {
    return this.failure;
  }

  /**
   * Appends a record; resolves with its sequence number once durable by the fsync policy. The
   * payload is copied at once (the caller may reuse it). The sequence number is assigned right
   * away, so `lastSeq` already counts the record.
   */
  append(payload: Uint8Array): Promise<bigint> {
    const refused = this.refusal();
    if (refused !== undefined) return Promise.reject(refused);
    if (!(payload instanceof Uint8Array)) return Promise.reject(InvalidArgumentError.format('write-ahead log payload', 'a Uint8Array', payload));
    if (payload.length > MAX_PAYLOAD_BYTES) return Promise.reject(new InvalidArgumentError(`write-ahead log payload of ${payload.length} bytes is over the limit of ${MAX_PAYLOAD_BYTES}; split it into several records`));
    if (this.last >= MAX_SEQ) return Promise.reject(new InvalidArgumentError(`write-ahead log ${this.dir} reached the last sequence number (${MAX_SEQ})`));
    const need = this.bufLen + RECORD_HEADER_BYTES + payload.length;
    if (need > this.buf.length) {
      const grown = new Uint8Array(Math.max(need, this.buf.length * 2, 4096));
      grown.set(this.buf.subarray(0, this.bufLen));
      this.buf = grown;
      this.view = new DataView(grown.buffer);
    }
    this.bufLen = encodeRecord(this.buf, this.view, this.bufLen, ++this.last, this.epoch, payload);
    this.ends.push(this.bufLen);
    this.flushTask ??= setImmediate(() => this.flush());
    return new Promise<bigint>((resolve, reject) => this.waiters.push({ resolve, reject }));
  }

  /** Writes and fsyncs everything appended so far. */
  sync(): Promise<void> {
    const refused = this.refusal();
    if (refused !== undefined) return Promise.reject(refused);
    this.flush();
    if (this.dirty && this.failure === undefined) this.fsyncActive();
    return this.failure === undefined ? Promise.resolve() : Promise.reject(this.failure);
  }

  /**
   * The records with `seq >= fromSeq`, in order, read from the files (records appended but not yet
   * written are written first). Checksums are checked again: damage throws a CorruptionError when
   * the iteration reaches it. Do not call `truncateBefore` while iterating.
   */
  records(fromSeq = 0n): Iterable<WalRecord> {
    if (typeof fromSeq !== 'bigint') throw InvalidArgumentError.format('fromSeq', 'a bigint', fromSeq);
    const refused = this.refusal();
    if (refused !== undefined) throw refused;
    this.flush();
    if (this.failure !== undefined) throw this.failure;
    const from = fromSeq < 1n ? 1 : fromSeq > BigInt(MAX_SEQ) ? MAX_SEQ + 1 : Number(fromSeq);
    return readSegments(this.fs, [...this.segments], this.written, from);
  }

  /**
   * Deletes the segments whose records all have sequence numbers below `seq` (whole segments
   * only: records below `seq` in a segment that also holds `seq` stay). The active segment is
   * never deleted, so sequence numbers keep counting up after a reopen.
   */
  truncateBefore(seq: bigint): void {
    if (typeof seq !== 'bigint') throw InvalidArgumentError.format('seq', 'a bigint', seq);
    const refused = this.refusal();
    if (refused !== undefined) throw refused;
    // Oldest first with a directory sync after each, so a crash leaves a contiguous log.
    while (this.segments.length > 1 && BigInt(this.segments[1]!.firstSeq) <= seq) {
      const doomed = this.segments[0]!;
      try {
        this.fs.remove(doomed.path);
        this.fs.fsyncDir(this.dir);
      } catch (err) {
        throw this.fail('remove', doomed.path, err);
      }
      this.segments.shift();
    }
  }

  /** Writes and fsyncs what was appended, then closes the files. After a failure, rejects with it. */
  close(): Promise<void> {
    if (this.closed) return this.failure === undefined ? Promise.resolve() : Promise.reject(this.failure);
    this.flush();
    if (this.dirty && this.failure === undefined) this.fsyncActive();
    if (this.failure === undefined && this.handle !== undefined) {
      const h = this.handle;
      this.handle = undefined;
      try {
        this.fs.close(h);
      } catch (err) {
        this.fail('close', this.activePath(), err);
      }
    }
    this.release();
    return this.failure === undefined ? Promise.resolve() : Promise.reject(this.failure);
  }

  private refusal(): Error | undefined {
    if (this.failure !== undefined) return this.failure;
    if (this.closed) return new PipelineStateError(`write-ahead log ${this.dir} is closed; open it again to use it`);
    return undefined;
  }

  private activePath(): string {
    return this.segments[this.segments.length - 1]!.path;
  }

  /** Picks up where recovery left the files: cuts a torn tail, fences, opens the active segment. */
  private start(found: FoundSegment[]): void {
    const tail = found[found.length - 1];
    for (const s of found) this.segments.push({ path: s.path, firstSeq: s.firstSeq });
    if (tail === undefined) {
      this.createSegment(1);
      return;
    }
    this.last = this.written = tail.lastSeq;
    if (tail.validEnd < tail.size) io('cut the torn tail of', tail.path, () => this.fs.truncate(tail.path, tail.validEnd));
    if (tail.epoch === undefined || (tail.lastSeq < tail.firstSeq && tail.epoch !== this.epoch)) {
      // An empty last segment (its header torn, or a new epoch before any record): write its header again.
      this.segments.pop();
      this.createSegment(tail.firstSeq);
    } else if (tail.epoch !== this.epoch) {
      // A new epoch seals the last segment. What it holds may sit only in the page cache (the last
      // writer was killed before syncing), and a sealed segment must never be torn: sync it first.
      const h = io('open', tail.path, () => this.fs.open(tail.path, 'append'));
      try {
        io('fsync', tail.path, () => this.fs.fsync(h));
      } finally {
        io('close', tail.path, () => this.fs.close(h));
      }
      this.createSegment(this.last + 1);
    } else {
      this.handle = io('open', tail.path, () => this.fs.open(tail.path, 'append'));
      this.activeSize = tail.validEnd;
    }
  }

  /** Starts a segment: header written and synced, then the directory synced, before any record goes in. */
  private createSegment(firstSeq: number): void {
    const path = `${this.dir.endsWith('/') ? this.dir : `${this.dir}/`}${segmentName(firstSeq)}`;
    this.segments.push({ path, firstSeq });
    const fs = this.fs;
    this.handle = io('create', path, () => fs.open(path, 'truncate'));
    io('write', path, () => fs.write(this.handle!, encodeSegmentHeader(firstSeq, this.epoch)));
    io('fsync', path, () => fs.fsync(this.handle!));
    io('sync the directory of', path, () => fs.fsyncDir(this.dir));
    this.activeSize = SEGMENT_HEADER_BYTES;
  }

  /** Seals the active segment (fsync, even under `never`, so a sealed segment is never torn) and starts the next. */
  private roll(firstSeq: number): void {
    const path = this.activePath();
    io('fsync', path, () => this.fs.fsync(this.handle!));
    this.stats.fsyncs++;
    this.dirty = false;
    const h = this.handle!;
    this.handle = undefined;
    io('close', path, () => this.fs.close(h));
    this.createSegment(firstSeq);
  }

  private writeActive(from: number, to: number): void {
    if (to === from) return;
    const path = this.activePath();
    io('write', path, () => this.fs.write(this.handle!, this.buf.subarray(from, to)));
    this.activeSize += to - from;
    this.stats.writes++;
    this.dirty = true;
  }

  /** Writes the pending group (rolling segments as needed), fsyncs by policy, settles its appends. Never throws. */
  private flush(): void {
    if (this.flushTask !== undefined) {
      clearImmediate(this.flushTask);
      this.flushTask = undefined;
    }
    if (this.ends.length === 0) return;
    const { ends, waiters, bufLen } = this;
    this.ends = [];
    this.waiters = [];
    this.bufLen = 0;
    let seq = this.written + 1;
    try {
      let start = 0;
      let prev = 0;
      for (const end of ends) {
        const size = this.activeSize + (prev - start);
        if (size > SEGMENT_HEADER_BYTES && size + (end - prev) > this.segmentBytes) {
          this.writeActive(start, prev);
          this.roll(seq);
          start = prev;
        }
        prev = end;
        seq++;
      }
      this.writeActive(start, bufLen);
      this.written = seq - 1;
      this.stats.records += ends.length;
      this.stats.bytes += bufLen;
      if (this.policy === 'always') this.fsyncActive();
      else if (this.policy !== 'never' && this.syncTimer === undefined) {
        this.syncTimer = setTimeout(() => {
          this.syncTimer = undefined;
          if (this.dirty && this.failure === undefined && !this.closed) this.fsyncActive();
        }, this.policy.intervalMs);
        this.syncTimer.unref();
      }
    } catch (err) {
      this.fail('write', this.activePath(), err);
    }
    if (this.failure !== undefined) {
      for (const w of waiters) w.reject(this.failure);
      return;
    }
    let n = BigInt(this.written - ends.length);
    for (const w of waiters) w.resolve(++n);
  }

  private fsyncActive(): void {
    try {
      this.fs.fsync(this.handle!);
      this.stats.fsyncs++;
      this.dirty = false;
      killPoint('wal.synced');
    } catch (err) {
      this.fail('fsync', this.activePath(), err);
    }
  }

  /** Stops the log for good; returns the error every later call gets. */
  private fail(action: string, path: string, err: unknown): StorageError {
    if (this.failure === undefined) {
      this.failure = err instanceof StorageError ? err : storageError(action, path, err);
      this.release();
      for (const w of this.waiters) w.reject(this.failure);
      this.waiters = [];
      this.ends = [];
      this.bufLen = 0;
    }
    return this.failure;
  }

  /** Closes the file and stops the timers, ignoring errors (the log is closing or has failed). */
  private release(): void {
    this.closed = true;
    if (this.flushTask !== undefined) clearImmediate(this.flushTask);
    if (this.syncTimer !== undefined) clearTimeout(this.syncTimer);
    this.flushTask = this.syncTimer = undefined;
    if (this.handle !== undefined) {
      try {
        this.fs.close(this.handle);
      } catch {
        // Already failed or closing: the error that matters was reported.
      }
      this.handle = undefined;
    }
  }
}

/** Reads records `from` on, checking every checksum and that sequence numbers run on from segment to segment. */
function* readSegments(fs: FileSystem, segments: Segment[], written: number, from: number): Generator<WalRecord> {
  for (let i = 0; i < segments.length; i++) {
    const { path, firstSeq } = segments[i]!;
    const lastSeq = i + 1 < segments.length ? segments[i + 1]!.firstSeq - 1 : written;
    if (lastSeq < from) continue;
    const bytes = io('read', path, () => fs.read(path));
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const header = decodeSegmentHeader(bytes);
    if (!header.ok) throw new CorruptionError(`write-ahead log: ${header.reason}`, path, 0);
    let at = SEGMENT_HEADER_BYTES;
    for (let seq = firstSeq; seq <= lastSeq; seq++) {
      const v = readRecord(bytes, view, at);
      if (v.kind !== 'record') throw new CorruptionError(`write-ahead log: record ${seq} is damaged or missing (${v.kind === 'end' ? 'the file ends' : v.reason})`, path, at);
      if (v.seq !== seq) throw new CorruptionError(`write-ahead log: record sequence number ${v.seq} where ${seq} was expected`, path, at);
      if (seq >= from) yield { seq: BigInt(seq), epoch: v.epoch, payload: bytes.subarray(v.payloadAt, v.payloadAt + v.length) };
      at = v.next;
    }
  }
}
