/**
 * The accumulator contract shared by every aggregate function: per-group state in slots (dense
 * group ids), updated a batch at a time with signed weights (+1 adds a row, -1 retracts one), so
 * the same code serves append-only streams, changelogs and the retractions of late updates.
 * Windows, sessions and unbounded GROUP BY all drive accumulators through this interface.
 */
import type { Column, ColumnType } from '../../runtime/index.js';

/** One batch of updates for one aggregate. */
export interface Update {
  /** The aggregate's argument columns (row-aligned with the input batch). */
  readonly args: readonly Column[];
  /** Group slot of each selected row, `gids[0..count)`. */
  readonly gids: Int32Array;
  /** The input row of each selected row, or null when the j-th selected row is row j. */
  readonly rows: Int32Array | null;
  readonly count: number;
  /** Weight per input row (+1 insert, -1 retract), or null when every row inserts. */
  readonly weights: Int32Array | null;
  /** Event time (epoch ms) per input row, or null: orders FIRST_VALUE, STRING_AGG and friends. */
  readonly times: Float64Array | null;
  /** Arrival sequence number of input row 0 (row i arrived as seq + i). */
  readonly seq: number;
}

/** Per-group state of one aggregate. */
export interface Accumulator {
  /** Folds the selected rows into their groups. */
  add(u: Update): void;
  /** The results of groups `gids[0..count)`, in that order. */
  result(gids: Int32Array, count: number): Column;
  /** Folds group `from` into group `into` (session windows merging); `from` is then cleared. */
  merge(into: number, from: number): void;
  /** Forgets a group so its slot can be reused. */
  clear(gid: number): void;
  /**
   * One group's state as a value `structuredClone` / `v8.serialize` accepts (spilling a group to
   * disk). It does not clear the slot, and may share objects with it: serialize it before the
   * slot changes again.
   */
  exportGroup(gid: number): unknown;
  /** Sets an empty (cleared or never used) slot to a state from `exportGroup`, taking it over. */
  importGroup(gid: number, state: unknown): void;
  snapshot(): unknown;
  restore(state: unknown): void;
}

/** Reports a row-level error of an aggregate (an overflowing SUM): the group's result is NULL. */
export type ErrorSink = (kind: string) => void;

/** What an accumulator factory is given. */
export interface AccumulatorSpec {
  readonly fn: string;
  readonly argTypes: readonly ColumnType[];
  readonly type: ColumnType;
  /** Constant arguments after the value (a percentile fraction, a STRING_AGG separator). */
  readonly constants: readonly unknown[];
  /** Whether ORDER BY inside the call gives an explicit order (an extra argument column). */
  readonly ordered: boolean;
  readonly descending: boolean;
  readonly onError: ErrorSink;
}

/** The input row of selected row j. */
export const rowOf = (u: Update, j: number): number => (u.rows === null ? j : u.rows[j]!);

/** The weight of selected row j. */
export const weightOf = (u: Update, j: number): number => (u.weights === null ? 1 : u.weights[rowOf(u, j)]!);

/** Whether bit `row` of a column's validity is set (no bitmap: every row is valid). */
export function valid(validity: Uint8Array | null, offset: number, row: number): boolean {
  if (validity === null) return true;
  const bit = offset + row;
  return ((validity[bit >> 3]! >> (bit & 7)) & 1) === 1;
}

/** The largest group id of an update (-1 for none). */
export function maxGid(gids: Int32Array, count: number): number {
  let max = -1;
  for (let j = 0; j < count; j++) if (gids[j]! > max) max = gids[j]!;
  return max;
}

/** Grows a Float64Array to hold index `max`, filling new slots with `initial`. */
export function growFloat64(a: Float64Array, max: number, initial = 0): Float64Array {
  if (max < a.length) return a;
  let cap = Math.max(16, a.length);
  while (cap <= max) cap *= 2;
  const out = new Float64Array(cap);
  if (initial !== 0) out.fill(initial, a.length);
  out.set(a);
  return out;
}

/** A validity bitmap for `count` results where `valid(j)` says which are not NULL (null: none are NULL). */
export function validityWhere(count: number, valid: (j: number) => boolean): { validity: Uint8Array | null; nulls: number } {
  let nulls = 0;
  for (let j = 0; j < count; j++) if (!valid(j)) nulls++;
  if (nulls === 0) return { validity: null, nulls: 0 };
  const validity = new Uint8Array((count + 7) >> 3);
  for (let j = 0; j < count; j++) if (valid(j)) validity[j >> 3]! |= 1 << (j & 7);
  return { validity, nulls };
}

/** A JS value usable as a Map key with SQL equality (NULL excluded): numbers, strings, bigints, booleans; others as JSON. */
export function keyOf(v: unknown): unknown {
  if (typeof v === 'number') return Object.is(v, -0) ? 0 : v;
  if (v === null || typeof v !== 'object') return v;
  return JSON.stringify(v, (_k, x) => (typeof x === 'bigint' ? `${x}n` : x));
}

/** Per-group JS state, for accumulators whose state is not a number (multisets, lists). */
export class Slots<T> {
  private items: (T | undefined)[] = [];

  constructor(private readonly create: () => T) {}

  get(gid: number): T {
    let s = this.items[gid];
    if (s === undefined) this.items[gid] = s = this.create();
    return s;
  }

  peek(gid: number): T | undefined {
    return this.items[gid];
  }

  set(gid: number, value: T | undefined): void {
    this.items[gid] = value;
  }

  snapshot(): unknown {
    return structuredClone(this.items);
  }

  restore(state: unknown): void {
    this.items = structuredClone(state as (T | undefined)[]);
  }
}
