/**
 * One side of a join: the rows it keeps, by join key. Rows stay in the batches they arrived in
 * (a batch is released once none of its rows is kept), indexed per key by linked lists in typed
 * arrays; each kept row has a multiplicity (its weight: a changelog may insert a row twice), an
 * event time and a match count (the summed weights of its current matches, for outer joins).
 */
import { batchToRows, fieldIndex, GroupTable, isValid, PlanError, rowsToBatch, selectRows, validityOf, type Column, type ColumnType, type GroupTableState, type RecordBatch, type Row, type Schema } from '../runtime/index.js';

/** Sets `outs[k][i]` to -1 for rows whose key has a NULL: a NULL key never matches. */
export function maskNullKeys(keyCols: readonly Column[], n: number, ...outs: Int32Array[]): void {
  for (const col of keyCols) {
    const v = validityOf(col);
    if (v === null) continue;
    for (let i = 0; i < n; i++) if (!isValid(v, col.offset + i)) for (const o of outs) o[i] = -1;
  }
}

/** Whether row `j` of a boolean column is TRUE (not FALSE, not NULL). */
export function isTrueAt(col: Column, j: number): boolean {
  const i = col.offset + j;
  return isValid(col.values as Uint8Array, i) && isValid(validityOf(col), i);
}

/**
 * Kept rows as plain rows, for checkpoints (structuredClone does not copy Arrow objects, and most
 * rows of an old batch have usually left): the rows, and each id's index among them.
 */
export function keptRows(ids: Iterable<number>, batchOf: (id: number) => number, rowOf: (id: number) => number, batch: (b: number) => RecordBatch): { rows: Row[]; index: Map<number, number> } {
  const byBatch = new Map<number, number[]>();
  for (const id of ids) {
    const list = byBatch.get(batchOf(id));
    if (list === undefined) byBatch.set(batchOf(id), [id]);
    else list.push(id);
  }
  const rows: Row[] = [];
  const index = new Map<number, number>();
  for (const [b, list] of byBatch) {
    const part = batchToRows(selectRows(batch(b), Int32Array.from(list, rowOf), list.length));
    list.forEach((id, j) => index.set(id, rows.push(part[j]!) - 1));
  }
  return { rows, index };
}

const NONE = -1;

export class JoinSide {
  keys: GroupTable;
  private heads: Int32Array = new Int32Array(16).fill(NONE);
  private tails: Int32Array = new Int32Array(16).fill(NONE);
  batchOf: Int32Array = new Int32Array(16);
  rowOf: Int32Array = new Int32Array(16);
  keyOf: Int32Array = new Int32Array(16);
  next: Int32Array = new Int32Array(16);
  prev: Int32Array = new Int32Array(16);
  count: Float64Array = new Float64Array(16);
  time: Float64Array = new Float64Array(16);
  matches: Float64Array = new Float64Array(16);
  touched: Float64Array = new Float64Array(16);
  /** Kept rows that have no key (a NULL key never matches; outer joins still emit them). */
  readonly unkeyed = new Set<number>();
  private batches: (RecordBatch | undefined)[] = [];
  private refs: number[] = [];
  private freeRows: number[] = [];
  private used = 0;
  /** Kept rows in use. */
  size = 0;
  /** Kept rows by event time (interval joins evict the oldest first); entries of dropped rows are skipped. */
  private heapTime: Float64Array = new Float64Array(16);
  private heapId: Int32Array = new Int32Array(16);
  private heapSize = 0;
  private live: Uint8Array = new Uint8Array(16);

  constructor(readonly keyTypes: readonly ColumnType[], private readonly timed = false) {
    this.keys = new GroupTable(keyTypes);
  }

  /** Registers a batch whose rows will be kept; returns its id. */
  addBatch(batch: RecordBatch): number {
    this.batches.push(batch);
    this.refs.push(0);
    return this.batches.length - 1;
  }

  batch(id: number): RecordBatch {
    return this.batches[id]!;
  }

  private growRows(need: number): void {
    if (need < this.batchOf.length) return;
    let cap = this.batchOf.length;
    while (cap <= need) cap *= 2;
    const grow = <T extends Int32Array | Float64Array>(a: T): T => {
      const b = new (a.constructor as new (n: number) => T)(cap);
      b.set(a);
      return b;
    };
    this.batchOf = grow(this.batchOf);
    this.rowOf = grow(this.rowOf);
    this.keyOf = grow(this.keyOf);
    this.next = grow(this.next);
    this.prev = grow(this.prev);
    this.count = grow(this.count);
    this.time = grow(this.time);
    this.matches = grow(this.matches);
    this.touched = grow(this.touched);
    const live = new Uint8Array(cap);
    live.set(this.live);
    this.live = live;
  }

  /** Keeps row `row` of batch `batch` under key slot `key` (-1: no key); returns the kept row's id. */
  keep(batch: number, row: number, key: number, count: number, time: number, matches: number, now: number): number {
    const id = this.freeRows.pop() ?? this.used++;
    this.growRows(id);
    this.batchOf[id] = batch;
    this.rowOf[id] = row;
    this.keyOf[id] = key;
    this.count[id] = count;
    this.time[id] = time;
    this.matches[id] = matches;
    this.touched[id] = now;
    this.refs[batch]!++;
    this.size++;
    this.live[id] = 1;
    if (this.timed) this.push(time, id);
    if (key < 0) {
      this.unkeyed.add(id);
      return id;
    }
    if (key >= this.heads.length) {
      const size = Math.max(key + 1, this.heads.length * 2);
      const h = new Int32Array(size).fill(NONE);
      h.set(this.heads);
      this.heads = h;
      const t = new Int32Array(size).fill(NONE);
      t.set(this.tails);
      this.tails = t;
    }
    // Appended: matches come out in arrival order.
    const tail = this.tails[key]!;
    this.prev[id] = tail;
    this.next[id] = NONE;
    if (tail !== NONE) this.next[tail] = id;
    else this.heads[key] = id;
    this.tails[key] = id;
    return id;
  }

  /** Forgets a kept row. */
  drop(id: number): void {
    this.live[id] = 0;
    const key = this.keyOf[id]!;
    if (key < 0) this.unkeyed.delete(id);
    else {
      const [p, n] = [this.prev[id]!, this.next[id]!];
      if (p !== NONE) this.next[p] = n;
      else this.heads[key] = n;
      if (n !== NONE) this.prev[n] = p;
      else this.tails[key] = p;
    }
    const b = this.batchOf[id]!;
    if (--this.refs[b]! === 0) this.batches[b] = undefined;
    this.freeRows.push(id);
    this.size--;
  }

  private push(time: number, id: number): void {
    if (this.heapSize === this.heapTime.length) {
      const t = new Float64Array(this.heapSize * 2);
      t.set(this.heapTime);
      this.heapTime = t;
      const i = new Int32Array(this.heapSize * 2);
      i.set(this.heapId);
      this.heapId = i;
    }
    let at = this.heapSize++;
    const [ht, hi] = [this.heapTime, this.heapId];
    while (at > 0) {
      const up = (at - 1) >> 1;
      if (ht[up]! <= time) break;
      ht[at] = ht[up]!;
      hi[at] = hi[up]!;
      at = up;
    }
    ht[at] = time;
    hi[at] = id;
  }

  private pop(): void {
    const [ht, hi] = [this.heapTime, this.heapId];
    const n = --this.heapSize;
    const [time, id] = [ht[n]!, hi[n]!];
    let at = 0;
    for (;;) {
      let c = 2 * at + 1;
      if (c >= n) break;
      if (c + 1 < n && ht[c + 1]! < ht[c]!) c++;
      if (ht[c]! >= time) break;
      ht[at] = ht[c]!;
      hi[at] = hi[c]!;
      at = c;
    }
    ht[at] = time;
    hi[at] = id;
  }

  /** Drops stale heap entries; the event time of the oldest kept row (Infinity when none). */
  oldest(): number {
    while (this.heapSize > 0) {
      const id = this.heapId[0]!;
      if (this.live[id] === 1 && this.time[id] === this.heapTime[0]) return this.heapTime[0]!;
      this.pop();
    }
    return Infinity;
  }

  /** Removes and returns the kept rows older than `time` (timed sides only), oldest first. */
  takeOlderThan(time: number): number[] {
    const out: number[] = [];
    while (this.oldest() < time) {
      out.push(this.heapId[0]!);
      this.pop();
    }
    return out;
  }

  /** The first kept row of a key slot (NONE = -1 when there is none); follow `next`. */
  first(key: number): number {
    return key >= 0 && key < this.heads.length ? this.heads[key]! : NONE;
  }

  /** Every kept row id (for eviction scans and the end of input). */
  ids(): number[] {
    const out: number[] = [];
    for (let id = 0; id < this.used; id++) if (this.live[id] === 1) out.push(id);
    return out;
  }

  snapshot(): unknown {
    const ids = this.ids();
    const { rows, index } = keptRows(ids, (id) => this.batchOf[id]!, (id) => this.rowOf[id]!, (b) => this.batches[b]!);
    return {
      keys: this.keys.snapshot(),
      batches: [rows],
      rows: ids.map((id) => [0, index.get(id)!, this.keyOf[id]!, this.count[id]!, this.time[id]!, this.matches[id]!]),
    };
  }

  /** A side rebuilt from `snapshot()`. */
  static restore(keyTypes: readonly ColumnType[], timed: boolean, schema: Schema, state: unknown): JoinSide {
    const s = state as { keys: GroupTableState; batches: Row[][]; rows: number[][] };
    const side = new JoinSide(keyTypes, timed);
    side.keys = GroupTable.restore(keyTypes, s.keys);
    const ids = s.batches.map((rows) => side.addBatch(rowsToBatch(schema, rows)));
    for (const [b, row, key, count, time, matches] of s.rows) side.keep(ids[b!]!, row!, key!, count!, time!, matches!, 0);
    return side;
  }
}

/**
 * The key columns of a two-input join, by index and checked: as many on each side, pairwise of one
 * type. `what` names them in errors ('join', 'ASOF', 'probe'); `join` names the join.
 */
export function bindKeys(left: Schema, right: Schema, leftKeys: readonly string[], rightKeys: readonly string[], what: string, join: string): { keys: [number[], number[]]; keyTypes: ColumnType[] } {
  const lk = leftKeys.map((k) => fieldIndex(left, k, `left ${what} keys`));
  const rk = rightKeys.map((k) => fieldIndex(right, k, `right ${what} keys`));
  if (lk.length !== rk.length) throw new PlanError(`${join} needs as many left keys as right keys (${lk.length} and ${rk.length})`);
  const keyTypes = lk.map((k, i) => {
    const [a, b] = [left.fields[k]!.type, right.fields[rk[i]!]!.type];
    if (a !== b) throw new PlanError(`${what} keys '${left.fields[k]!.name}' (${a}) and '${right.fields[rk[i]!]!.name}' (${b}) must have the same type; cast one`);
    return a;
  });
  return { keys: [lk, rk], keyTypes };
}

/** The event-time columns of a time-matched join (ASOF, probe), by index; both must be timestamps. */
export function bindTimes(left: Schema, right: Schema, leftTime: string, rightTime: string, what: string): readonly [number, number] {
  const time = [fieldIndex(left, leftTime, `left ${what} time`), fieldIndex(right, rightTime, `right ${what} time`)] as const;
  for (const [s, t] of [[left, time[0]], [right, time[1]]] as const) {
    if (!s.fields[t]!.type.startsWith('timestamp')) throw new PlanError(`the ${what} time column '${s.fields[t]!.name}' must be a timestamp, got ${s.fields[t]!.type}`);
  }
  return time;
}
