/**
 * Window-function values over one sorted partition: ranks, LAG/LEAD, FIRST/LAST/NTH_VALUE and
 * aggregates over ROWS or RANGE frames. The over operator keeps each partition sorted and asks
 * for the values of a range of its rows; frames slide, so an aggregate adds the rows entering a
 * frame and retracts the rows leaving it instead of recomputing it.
 */
import { readValue, type Column, type ColumnType, type Row } from '../runtime/index.js';
import type { AggregateSet } from './aggregate-internals.js';
import { compareValues } from './sort.js';

/** One row of a partition. */
export interface Entry {
  /** The input row (without `__weight`). */
  readonly row: Row;
  /** The aggregate value columns of the row's batch, and its row in them. */
  readonly vals: readonly Column[];
  readonly r: number;
  /** Arrival order: breaks ties between peers so the order is total and stable. */
  readonly seq: number;
  /** Order key values. */
  readonly keys: readonly unknown[];
  /** The values emitted for this row (null: none emitted). */
  out: unknown[] | null;
}

/** An order key: direction and where NULLs go. */
export interface OrderSpec {
  readonly descending: boolean;
  readonly nullsFirst: boolean;
}

export type BoundKind = 'unbounded preceding' | 'preceding' | 'current row' | 'following' | 'unbounded following';

/** A frame: `offset`s are rows (ROWS) or order-key units (RANGE). */
export interface FrameSpec {
  readonly range: boolean;
  readonly start: { readonly kind: BoundKind; readonly offset: number };
  readonly end: { readonly kind: BoundKind; readonly offset: number };
}

/** A bound window function. */
export type WindowFn =
  | { readonly kind: 'row_number' | 'rank' | 'dense_rank' | 'percent_rank' | 'cume_dist' }
  | { readonly kind: 'ntile'; readonly buckets: number }
  | { readonly kind: 'lag' | 'lead'; readonly value: string; readonly offset: number; readonly fallback: unknown }
  | { readonly kind: 'first_value' | 'last_value'; readonly value: string; readonly frame: FrameSpec }
  | { readonly kind: 'nth_value'; readonly value: string; readonly n: number; readonly frame: FrameSpec }
  | { readonly kind: 'aggregate'; readonly set: AggregateSet; readonly type: ColumnType; readonly frame: FrameSpec };

/** Compares two order key lists (NULLs placed as each key asks). */
export function compareKeys(a: readonly unknown[], b: readonly unknown[], specs: readonly OrderSpec[]): number {
  for (let k = 0; k < specs.length; k++) {
    const x = a[k];
    const y = b[k];
    if (x === null || y === null) {
      if (x === y) continue;
      return (x === null) === specs[k]!.nullsFirst ? -1 : 1;
    }
    const c = compareValues(x, y);
    if (c !== 0) return specs[k]!.descending ? -c : c;
  }
  return 0;
}

/** Whether a function's values for earlier rows depend on rows after them. */
export function looksAhead(fn: WindowFn): boolean {
  switch (fn.kind) {
    case 'lead': case 'percent_rank': case 'cume_dist': case 'ntile': return true;
    case 'first_value': case 'last_value': case 'nth_value': case 'aggregate':
      return fn.frame.end.kind === 'following' || fn.frame.end.kind === 'unbounded following' || (fn.frame.range && fn.frame.end.kind === 'current row');
    default: return false;
  }
}

/** The first row whose keys are at or after `keys` in sort order (ties in arrival order aside). */
function lowerBound(part: readonly Entry[], keys: readonly unknown[], specs: readonly OrderSpec[]): number {
  let lo = 0;
  let hi = part.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (compareKeys(part[mid]!.keys, keys, specs) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The first row whose values can change when a row with order keys `keys` is inserted at `p`
 * or removed from `p`: rows whose frame, peers or LEAD reach forward to it.
 */
export function firstAffected(part: readonly Entry[], p: number, keys: readonly unknown[], fns: readonly WindowFn[], specs: readonly OrderSpec[]): number {
  let from = p;
  for (const fn of fns) {
    switch (fn.kind) {
      case 'lead': from = Math.min(from, p - fn.offset); break;
      case 'percent_rank': case 'cume_dist': case 'ntile': return 0;
      case 'rank': case 'dense_rank': from = Math.min(from, lowerBound(part, keys, specs)); break;
      case 'first_value': case 'last_value': case 'nth_value': case 'aggregate': {
        const { start, end, range } = fn.frame;
        if (end.kind === 'unbounded following') return 0;
        if (!range) {
          if (end.kind === 'following') from = Math.min(from, p - end.offset);
          break;
        }
        // RANGE: rows whose last frame key (key + end offset) reaches `keys`; a NULL key's frame is its peers.
        const reach = end.kind === 'following' ? end.offset : 0;
        from = Math.min(from, keys[0] === null || reach === 0 ? lowerBound(part, keys, specs) : rangeStart(part, keys[0], -reach, specs));
        if (start.kind === 'following' && keys[0] !== null) from = Math.min(from, rangeStart(part, keys[0], -Math.max(reach, start.offset), specs));
        break;
      }
      default: break;
    }
  }
  return Math.max(0, from);
}

function num(v: unknown): number {
  return typeof v === 'number' ? v : typeof v === 'bigint' ? Number(v) : Number(v);
}

/** The first row (of the non-NULL rows) whose key is at or after `key + delta` in sort order. */
function rangeStart(part: readonly Entry[], key: unknown, delta: number, specs: readonly OrderSpec[]): number {
  const desc = specs[0]!.descending;
  const target = num(key) + (desc ? -delta : delta);
  let lo = 0;
  let hi = part.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const v = part[mid]!.keys[0];
    const before = v === null ? specs[0]!.nullsFirst : desc ? num(v) > target : num(v) < target;
    if (before) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** One past the last row whose key is at or before `key(i) + delta` in sort order. */
function rangeEnd(part: readonly Entry[], i: number, delta: number, specs: readonly OrderSpec[]): number {
  const key = part[i]!.keys[0];
  const desc = specs[0]!.descending;
  const target = num(key) + (desc ? -delta : delta);
  let lo = 0;
  let hi = part.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const v = part[mid]!.keys[0];
    const atOrBefore = v === null ? specs[0]!.nullsFirst : desc ? num(v) >= target : num(v) <= target;
    if (atOrBefore) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Peer group [start, end) of row i: rows with equal order keys. */
function peers(part: readonly Entry[], i: number, specs: readonly OrderSpec[]): [number, number] {
  let s = i;
  let e = i + 1;
  while (s > 0 && compareKeys(part[s - 1]!.keys, part[i]!.keys, specs) === 0) s--;
  while (e < part.length && compareKeys(part[e]!.keys, part[i]!.keys, specs) === 0) e++;
  return [s, e];
}

/** The frame [start, end) of row i. */
export function frameOf(part: readonly Entry[], i: number, f: FrameSpec, specs: readonly OrderSpec[]): [number, number] {
  const n = part.length;
  const at = (b: FrameSpec['start'], isEnd: boolean): number => {
    switch (b.kind) {
      case 'unbounded preceding': return 0;
      case 'unbounded following': return n;
      case 'current row':
        if (!f.range) return isEnd ? i + 1 : i;
        return peers(part, i, specs)[isEnd ? 1 : 0];
      case 'preceding': case 'following': {
        const delta = b.kind === 'preceding' ? -b.offset : b.offset;
        if (!f.range) return Math.min(n, Math.max(0, i + delta + (isEnd ? 1 : 0)));
        // RANGE: a NULL key's frame is its peers; other rows never see NULL keys.
        if (part[i]!.keys[0] === null) return peers(part, i, specs)[isEnd ? 1 : 0];
        return isEnd ? rangeEnd(part, i, delta, specs) : rangeStart(part, part[i]!.keys[0], delta, specs);
      }
    }
  };
  const s = at(f.start, false);
  return [s, Math.max(s, at(f.end, true))];
}

/** Reused ±1 weight arrays (indexed by the value row). */
let plus = new Int32Array(1024).fill(1);
let minus = new Int32Array(1024).fill(-1);
const slot = Int32Array.of(0);

function fold(set: AggregateSet, e: Entry, weight: 1 | -1): void {
  if (plus.length <= e.r) {
    plus = new Int32Array(e.r * 2 + 1).fill(1);
    minus = new Int32Array(e.r * 2 + 1).fill(-1);
  }
  set.update(e.vals, slot, Int32Array.of(e.r), 1, weight === 1 ? plus : minus, null, e.seq);
}

/**
 * The values of rows [from, to) of a sorted partition, one array per row (one value per
 * function).
 */
/**
 * How far back a row appended after all others can read, over an event-time ordered stream:
 * `rows` rows, or (RANGE frames) order-key units behind its key. Undefined when it may read
 * every earlier row (UNBOUNDED PRECEDING frames, and functions of the whole partition).
 */
export function reachBack(fns: readonly WindowFn[]): { rows: number; range: number } | undefined {
  let rows = 0;
  let range = 0;
  for (const fn of fns) {
    switch (fn.kind) {
      case 'percent_rank': case 'cume_dist': case 'ntile': return undefined;
      case 'lag': rows = Math.max(rows, fn.offset); break;
      case 'first_value': case 'last_value': case 'nth_value': case 'aggregate': {
        const { start } = fn.frame;
        if (start.kind === 'unbounded preceding') return undefined;
        if (start.kind === 'preceding') {
          if (fn.frame.range) range = Math.max(range, start.offset);
          else rows = Math.max(rows, start.offset);
        }
        break;
      }
      default: break;
    }
  }
  return { rows, range };
}

/**
 * The values of rows [from, to). `base` rows (holding `dense` distinct order keys) came before
 * `part[0]` and were dropped: ranks count them.
 */
export function valuesOf(part: readonly Entry[], from: number, to: number, fns: readonly WindowFn[], specs: readonly OrderSpec[], base = 0, dense = 0): unknown[][] {
  const out: unknown[][] = [];
  for (let i = from; i < to; i++) out.push(new Array<unknown>(fns.length));
  const n = part.length;
  fns.forEach((fn, k) => {
    switch (fn.kind) {
      case 'row_number':
        for (let i = from; i < to; i++) out[i - from]![k] = BigInt(base + i + 1);
        return;
      case 'rank': case 'percent_rank': {
        let first = from > 0 ? peers(part, from, specs)[0] : 0;
        for (let i = from; i < to; i++) {
          if (i > from && compareKeys(part[i - 1]!.keys, part[i]!.keys, specs) !== 0) first = i;
          out[i - from]![k] = fn.kind === 'rank' ? BigInt(base + first + 1) : n > 1 ? first / (n - 1) : 0;
        }
        return;
      }
      case 'dense_rank': {
        let rank = dense;
        for (let i = 0; i < to; i++) {
          if (i === 0 || compareKeys(part[i - 1]!.keys, part[i]!.keys, specs) !== 0) rank++;
          if (i >= from) out[i - from]![k] = BigInt(rank);
        }
        return;
      }
      case 'cume_dist':
        for (let i = from; i < to; i++) out[i - from]![k] = peers(part, i, specs)[1] / n;
        return;
      case 'ntile': {
        // As PostgreSQL: the first n % buckets buckets get one row more.
        const size = Math.floor(n / fn.buckets);
        const big = n % fn.buckets;
        for (let i = from; i < to; i++) {
          const bucket = i < big * (size + 1) ? Math.floor(i / (size + 1)) : big + Math.floor((i - big * (size + 1)) / Math.max(1, size));
          out[i - from]![k] = BigInt(bucket + 1);
        }
        return;
      }
      case 'lag': case 'lead':
        for (let i = from; i < to; i++) {
          const j = fn.kind === 'lag' ? i - fn.offset : i + fn.offset;
          out[i - from]![k] = j >= 0 && j < n ? part[j]!.row[fn.value] ?? null : fn.fallback;
        }
        return;
      case 'first_value': case 'last_value': case 'nth_value':
        for (let i = from; i < to; i++) {
          const [s, e] = frameOf(part, i, fn.frame, specs);
          const j = fn.kind === 'first_value' ? s : fn.kind === 'last_value' ? e - 1 : s + (fn as { n: number }).n - 1;
          out[i - from]![k] = j >= s && j < e ? part[j]!.row[fn.value] ?? null : null;
        }
        return;
      case 'aggregate': {
        let cs = 0;
        let ce = 0;
        let fresh = true;
        for (let i = from; i < to; i++) {
          const [s, e] = frameOf(part, i, fn.frame, specs);
          if (fresh || s < cs || e < ce || s >= ce) {
            fn.set.clear(0);
            for (let j = s; j < e; j++) fold(fn.set, part[j]!, 1);
            fresh = false;
          } else {
            for (let j = ce; j < e; j++) fold(fn.set, part[j]!, 1);
            for (let j = cs; j < s; j++) fold(fn.set, part[j]!, -1);
          }
          cs = s;
          ce = e;
          out[i - from]![k] = readValue(fn.set.results(slot, 1)[0]!, fn.type, 0);
        }
        fn.set.clear(0);
        return;
      }
    }
  });
  return out;
}
