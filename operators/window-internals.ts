/**
 * Shared by the aggregating operators over streams (fixed windows, sessions, unbounded GROUP BY):
 * emit modes, changelog inputs, group stores with their emission bookkeeping, and output batches
 * (keys, window bounds, aggregates and, for changelogs, `__weight`).
 */
import {
  concatBatches,
  fieldIndex,
  fixedColumn,
  GroupTable,
  hashKeys,
  kindOf,
  makeBatch,
  makeSchema,
  PlanError,
  timesOf,
  type Column,
  type ColumnType,
  type FieldSpec,
  type RecordBatch,
  type Schema,
} from '../runtime/index.js';
import type { plan } from '../specs/index.js';
import { AggregateSet, type BoundAggregates } from './aggregate-internals.js';

/** The changelog weight column. */
export const WEIGHT = '__weight';

/** How an aggregate emits; see plan.proto's Emit. */
export type EmitMode = 'close' | 'final' | 'update' | 'changes' | 'every';

/** The emit mode of a plan message. */
export function emitOf(e: plan.Emit | null | undefined): { mode: EmitMode; everyMs: number } {
  // The values of plan.Emit.Mode: ON_CLOSE, FINAL, ON_UPDATE, CHANGES, EVERY.
  const modes: readonly EmitMode[] = ['close', 'final', 'update', 'changes', 'every'];
  const mode = modes[Number(e?.mode ?? 0)] ?? 'close';
  const everyMs = e?.everyMs ?? 0;
  if (mode === 'every' && !(everyMs > 0)) throw new PlanError('EMIT EVERY needs a positive interval');
  return { mode, everyMs };
}

/** The index of an input's `__weight` column (a changelog), or -1. */
export function weightIndex(schema: Schema): number {
  const k = schema.fields.findIndex((f) => f.name === WEIGHT);
  if (k >= 0 && schema.fields[k]!.type !== 'int32') throw new PlanError(`a changelog's ${WEIGHT} column must be int32, got ${schema.fields[k]!.type}`);
  return k;
}

/** Output columns of an aggregate over a stream. */
export function outputFields(input: Schema, keys: readonly number[], windowType: ColumnType | undefined, aggregates: BoundAggregates, weighted: boolean): FieldSpec[] {
  return [
    ...keys.map((k) => input.fields[k]!),
    ...(windowType !== undefined ? [{ name: 'window_start', type: windowType, nullable: false }, { name: 'window_end', type: windowType, nullable: false }] : []),
    ...aggregates.fields,
    ...(weighted ? [{ name: WEIGHT, type: 'int32', nullable: false }] : []),
  ];
}

/** Key column indexes, checked. */
export function keyIndexes(input: Schema, keys: readonly string[]): number[] {
  return keys.map((k) => {
    if (k === WEIGHT) throw new PlanError(`cannot group by ${WEIGHT}`);
    return fieldIndex(input, k, 'group keys');
  });
}

/** The window bound type: the event-time column's timestamp type. */
export function windowType(input: Schema, time: number): ColumnType {
  if (time < 0) return 'timestamp';
  const t = input.fields[time]!.type;
  if (kindOf(t) !== 'timestamp' && t !== 'int64') throw new PlanError(`window time column '${input.fields[time]!.name}' must be a timestamp (or int64 epoch ms), got ${t}`);
  return kindOf(t) === 'timestamp' ? t : 'timestamp';
}

/** Event times (ms) of a batch: a column's, or the clock's time for processing-time windows. */
export function batchTimes(cols: readonly Column[], time: number, n: number, now: number, scratch: Float64Array): Float64Array {
  const out = scratch.length >= n ? scratch : new Float64Array(Math.max(n, 1024));
  if (time < 0) out.fill(now, 0, n);
  else timesOf(cols[time]!, out);
  return out;
}

/** A timestamp column of ms values, in the unit of `type`. */
export function timeColumn(type: ColumnType, ms: ArrayLike<number>, n: number): Column {
  const micros = type.endsWith('(6)');
  const out = new BigInt64Array(n);
  for (let i = 0; i < n; i++) out[i] = BigInt(Math.round(micros ? ms[i]! * 1000 : ms[i]!));
  return fixedColumn(type, out, n);
}

/**
 * Groups (of one window, or of an unbounded aggregate) with what emission needs per group: the
 * weighted row count (0: the group is empty), whether a row of it was emitted, and whether it
 * changed since the last periodic emission.
 */
export class GroupStore {
  groups: GroupTable;
  readonly set: AggregateSet;
  rows: Float64Array = new Float64Array(16);
  emitted: Uint8Array = new Uint8Array(16);
  dirty: Uint8Array = new Uint8Array(16);
  /** Processing time each group last changed (state TTL). */
  touchedAt: Float64Array = new Float64Array(16);
  private seen: Uint8Array = new Uint8Array(16);
  private touchedList = new Int32Array(64);

  /** Whether `groups` belongs to several stores (the windows of one operator share their keys). */
  readonly sharedKeys: boolean;

  /**
   * `set` reuses existing accumulators (a store rebuilt around them); `groups` is a key table
   * shared with other stores, whose group ids are then key slots common to all of them.
   */
  constructor(readonly keyTypes: readonly ColumnType[], bound: BoundAggregates, retractable: boolean, onError: (kind: string) => void, set?: AggregateSet, groups?: GroupTable) {
    this.groups = groups ?? new GroupTable(keyTypes);
    this.sharedKeys = groups !== undefined;
    this.set = set ?? new AggregateSet(bound, retractable, onError);
  }

  /** Makes room for group ids up to `max`. */
  ensure(max: number): void {
    this.grow(max);
  }

  private grow(max: number): void {
    if (max < this.rows.length) return;
    let cap = this.rows.length;
    while (cap <= max) cap *= 2;
    const rows = new Float64Array(cap);
    rows.set(this.rows);
    this.rows = rows;
    const touchedAt = new Float64Array(cap);
    touchedAt.set(this.touchedAt);
    this.touchedAt = touchedAt;
    for (const name of ['emitted', 'dirty', 'seen'] as const) {
      const a = new Uint8Array(cap);
      a.set(this[name]);
      this[name] = a;
    }
  }

  /**
   * Distinct groups of `gids[0..count)`, in first-seen order. The returned array is reused by the
   * next call.
   */
  distinct(gids: Int32Array, count: number): { gids: Int32Array; count: number } {
    let max = -1;
    for (let j = 0; j < count; j++) if (gids[j]! > max) max = gids[j]!;
    this.grow(max);
    if (this.touchedList.length < count) this.touchedList = new Int32Array(Math.max(count, 64));
    let n = 0;
    for (let j = 0; j < count; j++) {
      const g = gids[j]!;
      if (this.seen[g] === 1) continue;
      this.seen[g] = 1;
      this.touchedList[n++] = g;
    }
    for (let j = 0; j < n; j++) this.seen[this.touchedList[j]!] = 0;
    return { gids: this.touchedList, count: n };
  }

  /** Folds rows into their groups and counts them (weights summed); `now` stamps the groups. */
  apply(values: readonly Column[], gids: Int32Array, rows: Int32Array | null, count: number, weights: Int32Array | null, times: Float64Array | null, seq: number, now: number): void {
    let max = -1;
    for (let j = 0; j < count; j++) if (gids[j]! > max) max = gids[j]!;
    this.grow(max);
    this.set.update(values, gids, rows, count, weights, times, seq);
    for (let j = 0; j < count; j++) {
      const g = gids[j]!;
      this.rows[g]! += weights === null ? 1 : weights[rows === null ? j : rows[j]!]!;
      this.dirty[g] = 1;
      this.touchedAt[g] = now;
    }
  }

  /**
   * Moves group `live[j]` to slot `j` for each j (ascending `live`, every other slot empty or
   * dropped), after the shared key table was rebuilt with only the live keys. Safe in place:
   * a slot is merged into only once the group that held it has moved down or was dropped.
   */
  remap(live: Int32Array): void {
    this.grow(live.length);
    for (let j = 0; j < live.length; j++) {
      const from = live[j]!;
      if (from === j) continue;
      this.set.merge(j, from);
      this.rows[j] = this.rows[from] ?? 0;
      this.emitted[j] = this.emitted[from] ?? 0;
      this.dirty[j] = this.dirty[from] ?? 0;
      this.touchedAt[j] = this.touchedAt[from] ?? 0;
      if (from < this.rows.length) this.rows[from] = this.emitted[from] = this.dirty[from] = this.touchedAt[from] = 0;
    }
  }

  /**
   * Group `g`'s state (row count, emission flags, last change and every accumulator's slot) as a
   * value `v8.serialize` accepts; it may share objects with the slots (see
   * `Accumulator.exportGroup`).
   */
  exportGroup(g: number): GroupState {
    return { rows: this.rows[g]!, emitted: this.emitted[g]!, dirty: this.dirty[g]!, touchedAt: this.touchedAt[g]!, set: this.set.exportGroup(g) };
  }

  /** Sets empty group slot `g` to a state from `exportGroup`. */
  importGroup(g: number, state: GroupState): void {
    this.grow(g);
    this.rows[g] = state.rows;
    this.emitted[g] = state.emitted;
    this.dirty[g] = state.dirty;
    this.touchedAt[g] = state.touchedAt;
    this.set.importGroup(g, state.set);
  }

  /** Groups `0..size-1` with at least one row. */
  live(): Int32Array {
    const out: number[] = [];
    for (let g = 0; g < this.groups.size; g++) if (this.rows[g]! > 0) out.push(g);
    return Int32Array.from(out);
  }

  snapshot(): unknown {
    const n = this.groups.size;
    return {
      groups: this.sharedKeys ? undefined : this.groups.snapshot(),
      set: this.set.snapshot(),
      rows: this.rows.slice(0, n),
      emitted: this.emitted.slice(0, n),
      dirty: this.dirty.slice(0, n),
      touchedAt: this.touchedAt.slice(0, n),
    };
  }

  restore(state: unknown): void {
    const s = state as { groups: Parameters<typeof GroupTable.restore>[1]; set: unknown[]; rows: Float64Array; emitted: Uint8Array; dirty: Uint8Array; touchedAt: Float64Array };
    if (!this.sharedKeys) this.groups = GroupTable.restore(this.keyTypes, s.groups);
    this.set.restore(s.set);
    this.grow(Math.max(0, s.rows.length - 1));
    this.rows.set(s.rows);
    this.emitted.set(s.emitted);
    this.dirty.set(s.dirty);
    this.touchedAt.set(s.touchedAt);
  }
}

/** One group's state outside its store (see `GroupStore.exportGroup`). */
export interface GroupState {
  readonly rows: number;
  readonly emitted: number;
  readonly dirty: number;
  readonly touchedAt: number;
  readonly set: unknown[];
}

/** Hashes of the key columns of a batch into a reusable buffer. */
export function keyHashes(keyCols: readonly Column[], keyTypes: readonly ColumnType[], n: number, scratch: Uint32Array): Uint32Array {
  const out = scratch.length >= n ? scratch : new Uint32Array(Math.max(n, 1024));
  hashKeys(keyCols, keyTypes, out.subarray(0, n));
  return out;
}

/** Builds output batches of a store's groups. */
export class OutputBuilder {
  readonly schema: Schema;

  constructor(fields: readonly FieldSpec[], private readonly keyCount: number, private readonly windowType: ColumnType | undefined, private readonly weighted: boolean) {
    this.schema = makeSchema([...fields]);
  }

  /**
   * Rows for groups `gids[0..count)` of `store`. Window bounds are constants (`start`/`end`) or
   * per group (arrays indexed by j). `weight` fills `__weight` when the output is a changelog.
   */
  build(store: GroupStore, gids: Int32Array, count: number, start: number | ArrayLike<number>, end: number | ArrayLike<number>, weight: number): RecordBatch {
    const keys: Column[] = [];
    for (let c = 0; c < this.keyCount; c++) keys.push(store.groups.keyColumn(c, gids, count));
    return this.assemble(keys, count, start, end, store.set.results(gids, count), weight);
  }

  /** A batch from key columns, window bounds, aggregate results and a weight. */
  assemble(keys: readonly Column[], count: number, start: number | ArrayLike<number>, end: number | ArrayLike<number>, aggregates: readonly Column[], weight: number): RecordBatch {
    const columns: Column[] = [...keys];
    if (this.windowType !== undefined) {
      const fill = (v: number | ArrayLike<number>) => (typeof v === 'number' ? new Float64Array(count).fill(v) : v);
      columns.push(timeColumn(this.windowType, fill(start), count), timeColumn(this.windowType, fill(end), count));
    }
    columns.push(...aggregates);
    if (this.weighted) columns.push(fixedColumn('int32', new Int32Array(count).fill(weight), count));
    return makeBatch(this.schema, columns, count);
  }

  /** Concatenates retractions and insertions into one batch (retractions first). */
  static concat(schema: Schema, parts: readonly RecordBatch[]): RecordBatch | undefined {
    const nonEmpty = parts.filter((p) => p.numRows > 0);
    if (nonEmpty.length === 0) return undefined;
    if (nonEmpty.length === 1) return nonEmpty[0];
    return concatBatches(schema, nonEmpty);
  }
}

