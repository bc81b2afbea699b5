/**
 * The right rows an ASOF join keeps (operators/asof-join.ts). A row stays in the batch it arrived
 * in; its id names the batch and the row. Per key, ids sit sorted by time in typed arrays, so a
 * left row's match is a look at the key's newest row (a binary search when the left row is
 * older), and nothing is allocated per row.
 */
import { columnsOf, type Column, type RecordBatch } from '../runtime/index.js';

export type Direction = 'backward' | 'forward' | 'nearest';

// A key's segment of the arenas: rows in [LO, HI), room up to LIMIT, starting at BASE.
const BASE = 0;
const LO = 1;
const HI = 2;
const LIMIT = 3;

/**
 * Each key's kept right rows, sorted by time (arrival order among equal times): per key slot a
 * segment of two shared arenas (times and ids). A key is four integers and two short runs of
 * typed arrays, so looking one up touches few cache lines.
 */
class KeyIndex {
  /** Per slot: BASE, LO, HI, LIMIT (LIMIT 0: no segment yet). */
  meta = new Int32Array(4 * 64);
  times = new Float64Array(1024);
  ids = new Int32Array(1024);
  /** Arena entries handed out, and those of segments since moved away. */
  private used = 0;
  private dead = 0;

  /** Number of slots with room in `meta`. */
  get slots(): number {
    return this.meta.length >> 2;
  }

  /** Rows of `slot` as [lo, hi) into the arenas (empty for a slot with none). */
  lo(slot: number): number {
    return slot < this.slots ? this.meta[(slot << 2) + LO]! : 0;
  }

  hi(slot: number): number {
    return slot < this.slots ? this.meta[(slot << 2) + HI]! : 0;
  }

  /** Inserts `id` at time `t` after the slot's rows at or before `t`. */
  insert(slot: number, t: number, id: number): void {
    if (slot >= this.slots) this.growMeta(slot);
    const m = slot << 2;
    if (this.meta[m + HI] === this.meta[m + LIMIT]) this.room(slot);
    const meta = this.meta;
    const hi = meta[m + HI]!;
    const times = this.times;
    const ids = this.ids;
    // In-order arrival appends; otherwise the later rows move up one place.
    let at = hi;
    if (hi > meta[m + LO]! && times[hi - 1]! > t) {
      at = search(times, meta[m + LO]!, hi, t, true);
      for (let i = hi; i > at; i--) {
        times[i] = times[i - 1]!;
        ids[i] = ids[i - 1]!;
      }
    }
    times[at] = t;
    ids[at] = id;
    meta[m + HI] = hi + 1;
  }

  /** Drops the slot's rows before arena index `cut`. */
  cut(slot: number, cut: number): void {
    const m = slot << 2;
    if (cut === this.meta[m + HI]) this.meta[m + LO] = this.meta[m + HI] = this.meta[m + BASE]!;
    else this.meta[m + LO] = cut;
  }

  private growMeta(slot: number): void {
    const meta = new Int32Array(Math.max(4 * (slot + 1), this.meta.length * 2));
    meta.set(this.meta);
    this.meta = meta;
  }

  /** Room for one more row of `slot`: its rows move to the front of its segment, or to a new one twice as large. */
  private room(slot: number): void {
    const m = slot << 2;
    let [base, lo, hi, limit] = [this.meta[m + BASE]!, this.meta[m + LO]!, this.meta[m + HI]!, this.meta[m + LIMIT]!];
    const len = hi - lo;
    if (limit > 0 && 2 * len <= limit - base) {
      this.times.copyWithin(base, lo, hi);
      this.ids.copyWithin(base, lo, hi);
    } else {
      const cap = Math.max(4, 2 * (limit - base));
      const at = this.alloc(cap);
      // Allocation may have compacted the arenas: read the segment again.
      [lo, hi] = [this.meta[m + LO]!, this.meta[m + HI]!];
      this.times.copyWithin(at, lo, hi);
      this.ids.copyWithin(at, lo, hi);
      this.dead += this.meta[m + LIMIT]! - this.meta[m + BASE]!;
      [base, limit] = [at, at + cap];
    }
    this.meta[m + BASE] = base;
    this.meta[m + LO] = base;
    this.meta[m + HI] = base + len;
    this.meta[m + LIMIT] = limit;
  }

  /** `cap` arena entries at the end; compacts or grows the arenas when they are full. */
  private alloc(cap: number): number {
    if (this.used + cap > this.times.length) {
      if (this.dead * 2 > this.used) this.compact();
      if (this.used + cap > this.times.length) {
        const size = Math.max(this.times.length * 2, this.used + cap);
        const times = new Float64Array(size);
        const ids = new Int32Array(size);
        times.set(this.times.subarray(0, this.used));
        ids.set(this.ids.subarray(0, this.used));
        [this.times, this.ids] = [times, ids];
      }
    }
    const at = this.used;
    this.used += cap;
    return at;
  }

  /** Moves every segment to the front of new arenas, dropping the space of moved-away ones. */
  private compact(): void {
    const meta = this.meta;
    const times = new Float64Array(this.times.length);
    const ids = new Int32Array(this.ids.length);
    let used = 0;
    for (let m = 0; m < meta.length; m += 4) {
      if (meta[m + LIMIT] === 0) continue;
      const [lo, hi] = [meta[m + LO]!, meta[m + HI]!];
      const cap = meta[m + LIMIT]! - meta[m + BASE]!;
      times.set(this.times.subarray(lo, hi), used);
      ids.set(this.ids.subarray(lo, hi), used);
      meta[m + BASE] = meta[m + LO] = used;
      meta[m + HI] = used + hi - lo;
      meta[m + LIMIT] = used + cap;
      used += cap;
    }
    [this.times, this.ids, this.used, this.dead] = [times, ids, used, 0];
  }
}

/**
 * The first index in `[lo, hi)` of sorted `times` whose time is > t (`upper`) or >= t. Rows
 * mostly arrive in time order and left rows ask about recent times: the newest row is checked
 * first.
 */
function search(times: Float64Array, lo: number, hi: number, t: number, upper: boolean): number {
  if (lo === hi) return hi;
  const last = times[hi - 1]!;
  if (upper ? last <= t : last < t) return hi;
  hi--;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (upper ? times[mid]! <= t : times[mid]! < t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Right rows by key slot (slots of the join's key table). */
export class AsofRightRows {
  private index = new KeyIndex();
  /** Batches holding kept rows (undefined: free), their columns and how many kept rows each has. */
  private batches: (RecordBatch | undefined)[] = [];
  private cols: (Column[] | undefined)[] = [];
  private live: number[] = [];
  private freeBatches: number[] = [];
  /** Per id: its batch and row. */
  batchOf = new Int32Array(1024);
  rowOf = new Int32Array(1024);
  private freeIds = new Int32Array(1024);
  private freeCount = 0;
  private nextId = 0;
  /** Rows added since the last eviction. */
  added = 0;

  constructor(private readonly direction: Direction, private readonly strict: boolean, private readonly tolerance: number) {}

  /** The columns of batch number `b` (`batchOf[id]`). */
  columns(b: number): Column[] {
    return this.cols[b]!;
  }

  /** Batch number `b`. */
  batch(b: number): RecordBatch {
    return this.batches[b]!;
  }

  /** Keeps rows `0..n` of `batch` whose slot is not negative, at their times. */
  add(batch: RecordBatch, slots: Int32Array, times: Float64Array, n: number): void {
    let count = 0;
    for (let i = 0; i < n; i++) if (slots[i]! >= 0) count++;
    if (count === 0) return;
    const b = this.keep(batch, count);
    const index = this.index;
    for (let i = 0; i < n; i++) {
      const slot = slots[i]!;
      if (slot < 0) continue;
      const id = this.freeCount > 0 ? this.freeIds[--this.freeCount]! : this.nextId++;
      this.batchOf[id] = b;
      this.rowOf[id] = i;
      index.insert(slot, times[i]!, id);
    }
  }

  /**
   * Keeps the rows of `batch` a checkpoint held: per key slot, its rows and their times in the
   * order they were kept (equal times keep their arrival order).
   */
  restore(batch: RecordBatch, perKey: readonly ({ rows: readonly number[]; times: readonly number[] } | null)[]): void {
    let count = 0;
    for (const k of perKey) count += k?.rows.length ?? 0;
    if (count === 0) return;
    const b = this.keep(batch, count);
    perKey.forEach((k, slot) => {
      k?.rows.forEach((row, j) => {
        const id = this.nextId++;
        this.batchOf[id] = b;
        this.rowOf[id] = row;
        this.index.insert(slot, k.times[j]!, id);
      });
    });
  }

  /** Numbers a batch with `count` rows to keep and makes room for their ids. */
  private keep(batch: RecordBatch, count: number): number {
    const b = this.freeBatches.pop() ?? this.batches.length;
    this.batches[b] = batch;
    this.cols[b] = columnsOf(batch);
    this.live[b] = count;
    this.added += count;
    const need = this.nextId + Math.max(0, count - this.freeCount);
    if (need > this.batchOf.length) {
      let size = this.batchOf.length;
      while (size < need) size *= 2;
      const grow = (a: Int32Array) => {
        const g = new Int32Array(size);
        g.set(a);
        return g;
      };
      [this.batchOf, this.rowOf, this.freeIds] = [grow(this.batchOf), grow(this.rowOf), grow(this.freeIds)];
    }
    return b;
  }

  private drop(id: number): void {
    const b = this.batchOf[id]!;
    if (--this.live[b]! === 0) {
      this.batches[b] = undefined;
      this.cols[b] = undefined;
      this.freeBatches.push(b);
    }
    this.freeIds[this.freeCount++] = id;
  }

  /** The right row id a left row at time `t` of key `slot` matches (-1: none). */
  match(slot: number, t: number): number {
    if (slot < 0) return -1;
    const index = this.index;
    const [lo, hi] = [index.lo(slot), index.hi(slot)];
    if (lo === hi) return -1;
    const times = index.times;
    let back = -1;
    if (this.direction !== 'forward') {
      // The last right time <= t (< t when strict): the last of equal times.
      const bi = search(times, lo, hi, t, !this.strict) - 1;
      if (bi >= lo && t - times[bi]! <= this.tolerance) back = bi;
      if (this.direction === 'backward') return back < 0 ? -1 : index.ids[back]!;
    }
    // The first right time >= t (> t when strict): the first of equal times.
    const fi = search(times, lo, hi, t, this.strict);
    const fwd = fi < hi && times[fi]! - t <= this.tolerance ? fi : -1;
    if (this.direction === 'forward' || back < 0) return fwd < 0 ? -1 : index.ids[fwd]!;
    if (fwd < 0) return index.ids[back]!;
    return t - times[back]! <= times[fwd]! - t ? index.ids[back]! : index.ids[fwd]!;
  }

  /**
   * The right watermark after which the answer for a left row at time `t` of key `slot` is
   * final: backward, its time; otherwise no later than its tolerance or the nearest right row
   * after it (and, for nearest, as far after as the best row before it).
   */
  deadline(slot: number, t: number): number {
    if (this.direction === 'backward') return t;
    let limit = t + this.tolerance;
    if (slot < 0) return limit;
    const index = this.index;
    const [lo, hi] = [index.lo(slot), index.hi(slot)];
    const times = index.times;
    const fi = search(times, lo, hi, t, this.strict);
    if (fi < hi) limit = Math.min(limit, times[fi]!);
    if (this.direction === 'nearest') {
      const bi = search(times, lo, hi, t, !this.strict) - 1;
      if (bi >= lo) limit = Math.min(limit, t + (t - times[bi]!));
    }
    return limit;
  }

  /**
   * Drops right rows no left row at or after `horizon` can match: forward, the rows before it;
   * otherwise all but the last row at or before it, and rows beyond the tolerance.
   */
  evict(horizon: number): void {
    this.added = 0;
    const index = this.index;
    const { meta, times, ids } = index;
    const tolerant = Number.isFinite(this.tolerance);
    for (let slot = 0; slot < index.slots; slot++) {
      const [lo, hi] = [meta[(slot << 2) + LO]!, meta[(slot << 2) + HI]!];
      // Backward and nearest keep a key's last row before the horizon: one row is all there is.
      if (hi - lo <= (this.direction === 'forward' || tolerant ? 0 : 1)) continue;
      let cut = search(times, lo, hi, horizon, false);
      if (this.direction !== 'forward') cut = Math.max(lo, cut - 1);
      if (tolerant) cut = Math.max(cut, search(times, lo, hi, horizon - this.tolerance, false));
      if (cut <= lo) continue;
      for (let i = lo; i < cut; i++) this.drop(ids[i]!);
      index.cut(slot, cut);
    }
  }

  /** Each key's kept ids and times (for checkpoints), by slot. */
  kept(): ({ ids: number[]; times: number[] } | null)[] {
    const index = this.index;
    const out: ({ ids: number[]; times: number[] } | null)[] = [];
    for (let slot = 0; slot < index.slots; slot++) {
      const [lo, hi] = [index.lo(slot), index.hi(slot)];
      out.push(lo === hi ? null : { ids: Array.from(index.ids.subarray(lo, hi)), times: Array.from(index.times.subarray(lo, hi)) });
    }
    return out;
  }
}
