/**
 * The retained history of a stream or materialized view (`'retain_history'`): the change batches
 * its output emitted, grouped by epoch, in a ring bounded by bytes. Epoch `n` ends at checkpoint
 * barrier `n` as the output forwards it, so the rows before that barrier belong to epoch `n` and
 * the rows after it to `n + 1`: a boundary in the stream itself, never a point in time.
 *
 * `SUBSCRIBE name AS OF EPOCH n` replays every retained change after barrier `n`. The ring
 * answers only when it holds all of them; otherwise it says why not (evicted, from before a
 * restart, not ended yet), so a resumed subscriber never misses a change silently.
 *
 * This file knows nothing of the database; db/history.ts wires it to a pipeline tap.
 */
import type { RecordBatch } from '../runtime/index.js';

/**
 * Why changes are missing from a history: evicted by its bound, emitted by the process before a
 * restart, or emitted before the history started.
 *
 * @example
 * ```ts
 * const missing: HistoryLoss = 'restart';
 * ```
 */
export type HistoryLoss = 'evicted' | 'restart' | 'unrecorded';

/** Fixed bytes counted per retained epoch, and per Arrow object of a retained batch. */
const EPOCH_OVERHEAD = 64;
const OBJECT_OVERHEAD = 64;

interface Epoch {
  /** The checkpoint whose barrier ended it. */
  readonly id: number;
  readonly batches: RecordBatch[];
}

/**
 * How a history starts.
 *
 * @example
 * ```ts
 * const start: HistoryStart = { label: "stream 's'", limitBytes: 65536, limitText: '64kb', after: 3, started: () => 3 };
 * ```
 */
export interface HistoryStart {
  /** The object, for messages: `materialized view 'mv'`. */
  readonly label: string;
  /** The bound in bytes, and as the user wrote it (`'64mb'`). */
  readonly limitBytes: number;
  readonly limitText: string;
  /**
   * The newest checkpoint whose barrier had passed every actor when the output was created:
   * everything the output emits comes after it.
   */
  readonly after: number;
  /** Changes it emitted before this history started are gone: before a restart, or before the tap. */
  readonly missing?: Exclude<HistoryLoss, 'evicted'>;
  /** The newest checkpoint started in the pipeline (for an output that has ended). */
  readonly started: () => number;
}

/**
 * What SHOW HISTORY reports.
 *
 * @example
 * ```ts
 * const { oldest, newest } = history.range(); // AS OF EPOCH n works for oldest <= n <= newest
 * ```
 */
export interface HistoryRange {
  /** The oldest epoch `AS OF EPOCH` accepts (null: none yet, until the next epoch ends). */
  readonly oldest: number | null;
  /** The newest ended epoch (the newest `AS OF EPOCH` accepts). */
  readonly newest: number;
  readonly epochs: number;
  readonly rows: number;
  readonly bytes: number;
}

/**
 * Change batches of one output by epoch, bounded by bytes: whole oldest epochs are evicted
 * first; an epoch still open that alone outgrows the bound loses its oldest batches, and no
 * epoch can be resumed from until it ends. Bytes are the distinct Arrow buffers the retained
 * batches hold (a batch sliced from a larger one holds, and is charged, the larger buffer), plus
 * a fixed overhead per epoch and per Arrow object.
 *
 * @example
 * ```ts
 * const h = new RetainedHistory({ label: "stream 's'", limitBytes: 1 << 20, limitText: '1mb', after: 0, started: () => 1 });
 * h.append(batch);       // epoch 1
 * h.barrier(1);          // epoch 1 ends
 * h.append(later);       // epoch 2
 * h.problem(1);          // undefined: epoch 1 can be resumed from
 * h.after(1);            // [later]
 * ```
 */
export class RetainedHistory {
  private readonly sealed: Epoch[] = [];
  private open: RecordBatch[] = [];
  /** Every change after this barrier is retained; undefined: none yet (see `loss`). */
  private from: number | undefined;
  /** The newest barrier seen (or the starting point). */
  private newest: number;
  /** Why some emitted change is not retained (undefined: every change ever emitted is). */
  private loss: HistoryLoss | undefined;
  private ended = false;
  private readonly buffers = new Map<ArrayBufferLike, number>();
  private held = 0;
  private rowCount = 0;

  constructor(private readonly start: HistoryStart) {
    this.newest = start.after;
    if (start.missing !== undefined) this.loss = start.missing;
    else this.from = start.after;
  }

  /** The bound, as the user wrote it. */
  get limitText(): string {
    return this.start.limitText;
  }

  /** A batch the output emitted: it joins the open epoch. */
  append(batch: RecordBatch): void {
    if (batch.numRows === 0) return;
    this.open.push(batch);
    this.hold(batch, 1);
    this.evict();
  }

  /** The output forwarded barrier `id`: the open epoch ends as epoch `id`. */
  barrier(id: number): void {
    if (id <= this.newest) return;
    if (this.from === undefined) {
      // Its earlier rows cannot be told apart from lost ones; resuming starts at this barrier.
      for (const b of this.open) this.hold(b, -1);
      this.open = [];
      this.from = id;
    } else {
      this.sealed.push({ id, batches: this.open });
      this.held += EPOCH_OVERHEAD;
      this.open = [];
    }
    this.newest = id;
    this.evict();
  }

  /** The output ended: no barrier reaches it any more, and nothing comes after the open epoch. */
  end(): void {
    this.ended = true;
  }

  /**
   * Why `AS OF EPOCH n` cannot be answered exactly (undefined when it can): `n` has not ended,
   * changes after it were evicted or emitted before a restart, or its barrier did not pass here.
   */
  problem(n: number): string | undefined {
    const { label } = this.start;
    if (n > this.newest) {
      // An output that ended before checkpoint n started emitted everything before barrier n.
      if (this.ended && this.from !== undefined && n <= this.start.started()) return undefined;
      return `epoch ${n} of ${label} has not ended yet: the newest ended epoch is ${this.newest} (an epoch ends at a checkpoint: CHECKPOINT, db.checkpoint(), or a durable database's checkpoint interval)`;
    }
    if (this.loss !== undefined && (this.from === undefined || n < this.from)) return this.lost(n);
    if (this.from !== undefined && n > this.from && this.indexOf(n) < 0) {
      return `checkpoint ${n}'s barrier did not pass through ${label} (it was created while the checkpoint was in flight), so its changes cannot be split at epoch ${n}; resume AS OF EPOCH ${this.from} or from a later epoch`;
    }
    return undefined;
  }

  /** Every retained change after barrier `n`, oldest first (check `problem(n)` first). */
  after(n: number): RecordBatch[] {
    const out: RecordBatch[] = [];
    for (const e of this.sealed) if (e.id > n) out.push(...e.batches);
    if (!(n > this.newest)) out.push(...this.open);
    return out;
  }

  /** The epochs `AS OF EPOCH` accepts, and what the ring holds. */
  range(): HistoryRange {
    const oldest = this.from === undefined ? null : this.loss === undefined ? 0 : this.from;
    return { oldest, newest: this.newest, epochs: this.sealed.length, rows: this.rowCount, bytes: this.held };
  }

  private lost(n: number): string {
    const { label, limitText } = this.start;
    const resume = this.from === undefined
      ? 'no epoch can be resumed from until the next one ends'
      : `the oldest epoch to resume from is ${this.from} (AS OF EPOCH ${this.from})`;
    if (this.loss === 'restart') {
      return `epoch ${n} of ${label} is not retained: the database restarted and history is kept in memory, so epochs from before the restart are gone; ${resume}. Read the current contents instead (SELECT, or SUBSCRIBE ... WITH ('snapshot' = 'true') for a materialized view)`;
    }
    if (this.loss === 'unrecorded') return `epoch ${n} of ${label} is not retained: it emitted changes before its history started; ${resume}`;
    return `epoch ${n} of ${label} was evicted: 'retain_history' = '${limitText}' no longer holds every change after it; ${resume}. To resume from further back, raise 'retain_history' (create it again with a larger size)`;
  }

  private indexOf(id: number): number {
    let lo = 0;
    let hi = this.sealed.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const at = this.sealed[mid]!.id;
      if (at === id) return mid;
      if (at < id) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }

  /** Evicts whole oldest epochs, then the open epoch's oldest batches, until the bound holds. */
  private evict(): void {
    const limit = this.start.limitBytes;
    while (this.held > limit && this.sealed.length > 0) {
      const e = this.sealed.shift()!;
      for (const b of e.batches) this.hold(b, -1);
      this.held -= EPOCH_OVERHEAD;
      if (e.batches.length > 0) this.loss = 'evicted';
      this.from = e.id;
    }
    while (this.held > limit && this.open.length > 0) {
      this.hold(this.open.shift()!, -1);
      this.loss = 'evicted';
      this.from = undefined;
    }
  }

  /** Counts (+1) or releases (-1) a batch's rows, objects and distinct buffers. */
  private hold(batch: RecordBatch, sign: 1 | -1): void {
    this.rowCount += sign * batch.numRows;
    const seen = new Set<ArrayBufferLike>();
    const objects = collect(batch.data, seen);
    this.held += sign * objects * OBJECT_OVERHEAD;
    for (const buffer of seen) {
      const count = (this.buffers.get(buffer) ?? 0) + sign;
      if (count === 0) {
        this.buffers.delete(buffer);
        this.held -= buffer.byteLength;
      } else {
        if (count === 1 && sign === 1) this.held += buffer.byteLength;
        this.buffers.set(buffer, count);
      }
    }
  }
}

type ArrowData = RecordBatch['data'];

/** Adds the buffers under `data` to `out`; returns how many Arrow objects it has. */
function collect(data: ArrowData, out: Set<ArrayBufferLike>): number {
  const d = data as unknown as { values?: ArrayBufferView; valueOffsets?: ArrayBufferView; nullBitmap?: ArrayBufferView; typeIds?: ArrayBufferView; children: ArrowData[]; dictionary?: { data: ArrowData[] } };
  for (const v of [d.values, d.valueOffsets, d.nullBitmap, d.typeIds]) if (v != null && v.byteLength > 0) out.add(v.buffer);
  let objects = 1;
  for (const c of d.children) objects += collect(c, out);
  for (const c of d.dictionary?.data ?? []) objects += collect(c, out);
  return objects;
}
