/**
 * Stored relations of the database: materialized views keep their output batches, tables keep
 * rows by primary key (INSERT upserts). A view's store is fed by a tap on its output; two
 * connectors read stores: `snapshot` (a bounded source that replays a store for snapshot queries)
 * and `rows` (a bounded source of given rows, for VALUES).
 */
import {
  batchToRows,
  defineSource,
  fromPlanSchema,
  PlanError,
  rowsToBatch,
  type RecordBatch,
  type Row,
  type Schema,
} from '../runtime/index.js';
import type { plan } from '../specs/index.js';

/** Something snapshot queries can read. */
export interface Snapshotable {
  readonly schema: Schema;
  /** The current contents as batches. */
  batches(): RecordBatch[];
  /** Rows stored now. */
  readonly size: number;
  /** Changes whenever the contents change (lookup joins rebuild their index then). */
  readonly version?: number;
  /** Replaces the contents with rows (a durable database restoring a checkpoint). */
  load(rows: readonly Row[]): void;
}

/** An append-only store: the output of a materialized view. */
export class RowStore implements Snapshotable {
  private parts: RecordBatch[] = [];
  private rows = 0;
  version = 0;

  constructor(readonly schema: Schema) {}

  append(batch: RecordBatch): void {
    this.version++;
    this.parts.push(batch);
    this.rows += batch.numRows;
  }

  /**
   * For tables without a primary key (UPDATE, DELETE): removes one stored copy per row of
   * `removed` (rows are told apart by their values only) and appends `added`.
   */
  replace(removed: readonly Row[], added: readonly Row[]): void {
    const pending = new Map<string, number>();
    for (const r of removed) {
      const k = rowKey(this.schema, r);
      pending.set(k, (pending.get(k) ?? 0) + 1);
    }
    const kept = rowsOf(this.parts).filter((r) => {
      const k = rowKey(this.schema, r);
      const n = pending.get(k) ?? 0;
      if (n === 0) return true;
      pending.set(k, n - 1);
      return false;
    });
    for (const r of added) kept.push(r);
    this.parts = kept.length === 0 ? [] : [rowsToBatch(this.schema, kept)];
    this.rows = kept.length;
    this.version++;
  }

  /**
   * Applies a changelog (a table without a primary key fed by a sink): weights are netted per
   * distinct row first, so a +1 and a -1 of one row in the batch cancel whatever their order.
   * Returns how many retractions found no stored copy.
   */
  apply(rows: readonly Row[], weights: ArrayLike<number>): number {
    const net = new Map<string, { row: Row; weight: number }>();
    rows.forEach((row, i) => {
      const k = rowKey(this.schema, row);
      const e = net.get(k);
      if (e === undefined) net.set(k, { row, weight: weights[i]! });
      else e.weight += weights[i]!;
    });
    const removed: Row[] = [];
    const added: Row[] = [];
    for (const { row, weight } of net.values()) {
      for (let n = 0; n < Math.abs(weight); n++) (weight > 0 ? added : removed).push(row);
    }
    if (removed.length === 0) {
      if (added.length > 0) this.append(rowsToBatch(this.schema, added));
      return 0;
    }
    const before = this.rows;
    this.replace(removed, added);
    return removed.length - (before + added.length - this.rows);
  }

  batches(): RecordBatch[] {
    return [...this.parts];
  }

  load(rows: readonly Row[]): void {
    this.parts = rows.length === 0 ? [] : [rowsToBatch(this.schema, rows as Row[])];
    this.rows = rows.length;
    this.version++;
  }

  get size(): number {
    return this.rows;
  }
}

/**
 * A row's values as one string that tells every pair of different values apart (NaN from NULL,
 * 1 from 1n, -0 from 0), for rows read back from the same store.
 */
function rowKey(schema: Schema, row: Row): string {
  return JSON.stringify(schema.fields.map((f) => {
    const v = row[f.name];
    if (v === null || v === undefined) return 'N';
    if (typeof v === 'number') return Object.is(v, -0) ? 'n-0' : `n${v}`;
    if (typeof v === 'object') return `o${JSON.stringify(v, (_k, x) => (typeof x === 'bigint' ? `${x}n` : x instanceof Uint8Array ? Array.from(x) : x))}`;
    if (typeof v === 'string') return `s${JSON.stringify(v)}`;
    return `${typeof v}:${String(v)}`;
  }));
}

/** A JS value as a Map key (bigints and nested values included). */
function keyText(v: unknown): unknown {
  // JSON writes NaN and ±Infinity as null: keep them apart from NULL (and each other).
  if (typeof v === 'number' && !Number.isFinite(v)) return `${v}#`;
  if (v === null || typeof v !== 'object') return typeof v === 'bigint' ? `${v}n` : v;
  return JSON.stringify(v, (_k, x) => (typeof x === 'bigint' ? `${x}n` : x instanceof Uint8Array ? Array.from(x) : x));
}

/**
 * The contents of a view fed by a changelog: a multiset of rows, +1 adding a copy and -1
 * removing one (`__weight` is not part of the contents). A retraction of a row that is not there
 * is counted in `unmatched` (the producer broke its contract).
 */
export class ChangelogStore implements Snapshotable {
  private readonly rows = new Map<string, { row: Row; count: number }>();
  private total = 0;
  unmatched = 0;

  constructor(readonly schema: Schema) {}

  append(batch: RecordBatch): void {
    for (const r of batchToRows(batch)) {
      const weight = Number(r.__weight ?? 1);
      delete r.__weight;
      const key = JSON.stringify(this.schema.fields.map((f) => keyText(r[f.name])));
      const e = this.rows.get(key);
      const count = (e?.count ?? 0) + weight;
      if (count < 0 || (e === undefined && weight < 0)) {
        this.unmatched += -weight;
        continue;
      }
      this.total += weight;
      if (count === 0) this.rows.delete(key);
      else if (e === undefined) this.rows.set(key, { row: r, count });
      else e.count = count;
    }
  }

  batches(): RecordBatch[] {
    const out: Row[] = [];
    for (const { row, count } of this.rows.values()) for (let i = 0; i < count; i++) out.push(row);
    return out.length === 0 ? [] : [rowsToBatch(this.schema, out)];
  }

  load(rows: readonly Row[]): void {
    this.rows.clear();
    this.total = 0;
    if (rows.length > 0) this.append(rowsToBatch(this.schema, rows as Row[]));
  }

  get size(): number {
    return this.total;
  }
}

/** The contents of a view fed by updates: the latest row per key. */
export class UpsertStore implements Snapshotable {
  private readonly rows = new Map<string, Row>();

  constructor(readonly schema: Schema, readonly key: readonly string[]) {}

  append(batch: RecordBatch): void {
    for (const r of batchToRows(batch)) this.rows.set(JSON.stringify(this.key.map((k) => keyText(r[k]))), r);
  }

  batches(): RecordBatch[] {
    return this.rows.size === 0 ? [] : [rowsToBatch(this.schema, [...this.rows.values()])];
  }

  load(rows: readonly Row[]): void {
    this.rows.clear();
    if (rows.length > 0) this.append(rowsToBatch(this.schema, rows as Row[]));
  }

  get size(): number {
    return this.rows.size;
  }
}

/** Rows by primary key; inserting a row with an existing key replaces it. */
export class TableStore implements Snapshotable {
  private readonly rows = new Map<unknown, Row>();
  private cached: RecordBatch[] | undefined;
  version = 0;

  constructor(readonly schema: Schema, readonly primaryKey: readonly string[]) {}

  private keyOf(row: Row): unknown {
    if (this.primaryKey.length === 1) {
      const v = row[this.primaryKey[0]!];
      return typeof v === 'object' && v !== null ? JSON.stringify(v) : v;
    }
    return JSON.stringify(this.primaryKey.map((k) => (typeof row[k] === 'bigint' ? String(row[k]) : row[k])));
  }

  /** Inserts or replaces rows; a NULL key is an error. */
  upsert(rows: readonly Row[]): void {
    for (const row of rows) {
      for (const k of this.primaryKey) {
        if (row[k] === null || row[k] === undefined) throw new PlanError(`primary key column '${k}' cannot be NULL`);
      }
      this.rows.set(this.keyOf(row), row);
    }
    this.version++;
    this.cached = undefined;
  }

  /**
   * Removes the rows with the keys of `removed` and stores `added` (UPDATE, DELETE), all or
   * nothing: an added key that a row not removed still has, or that two added rows share, fails
   * with nothing changed.
   */
  replace(removed: readonly Row[], added: readonly Row[]): void {
    const gone = new Set(removed.map((r) => this.keyOf(r)));
    const taken = new Set<unknown>();
    for (const row of added) {
      for (const k of this.primaryKey) {
        if (row[k] === null || row[k] === undefined) throw new PlanError(`primary key column '${k}' cannot be NULL`);
      }
      const key = this.keyOf(row);
      if (taken.has(key) || (this.rows.has(key) && !gone.has(key))) {
        const shown = this.primaryKey.map((k) => `${k} = ${typeof row[k] === 'string' ? `'${row[k] as string}'` : String(row[k])}`).join(', ');
        throw new PlanError(`two rows would have the primary key ${shown}; nothing was changed`);
      }
      taken.add(key);
    }
    for (const key of gone) this.rows.delete(key);
    for (const row of added) this.rows.set(this.keyOf(row), row);
    this.version++;
    this.cached = undefined;
  }

  /**
   * Applies a changelog in order (a table fed by a sink): a row with a positive weight is
   * upserted; a retraction removes its key's row when that row is the one retracted, or when the
   * retraction carries only the key (a tombstone). A retraction of a row its key no longer holds
   * is stale (an update arrived before it) and changes nothing. Returns how many retractions
   * removed nothing. Rows must have non-NULL keys.
   */
  apply(rows: readonly Row[], weights: ArrayLike<number>): number {
    let unmatched = 0;
    const others = this.schema.fields.filter((f) => !this.primaryKey.includes(f.name)).map((f) => f.name);
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i]!;
      const key = this.keyOf(row);
      if (weights[i]! > 0) {
        this.rows.set(key, row);
        continue;
      }
      const held = this.rows.get(key);
      if (held !== undefined && (others.every((c) => row[c] === null || row[c] === undefined) || rowKey(this.schema, held) === rowKey(this.schema, row))) this.rows.delete(key);
      else unmatched++;
    }
    this.version++;
    this.cached = undefined;
    return unmatched;
  }

  load(rows: readonly Row[]): void {
    this.rows.clear();
    for (const row of rowsOf(rows.length === 0 ? [] : [rowsToBatch(this.schema, rows as Row[])])) this.rows.set(this.keyOf(row), row);
    this.version++;
    this.cached = undefined;
  }

  batches(): RecordBatch[] {
    this.cached ??= this.rows.size === 0 ? [] : [rowsToBatch(this.schema, [...this.rows.values()])];
    return this.cached;
  }

  get size(): number {
    return this.rows.size;
  }
}

/** The stores by name, as a pipeline service. */
export class Stores {
  private readonly stores = new Map<string, Snapshotable>();
  private readonly pending = new Map<string, RecordBatch[]>();
  private next = 0;
  /** Per table, the write-ahead log sequence number of its last logged change (durable mode). */
  readonly logged = new Map<string, bigint>();

  set(name: string, store: Snapshotable): void {
    this.stores.set(name, store);
  }

  get(name: string): Snapshotable {
    const s = this.stores.get(name);
    if (s === undefined) throw new PlanError(`no store named '${name}'`);
    return s;
  }

  delete(name: string): void {
    this.stores.delete(name);
  }

  /** Registers batches for a `rows` source; returns the key its node option names. */
  stage(batches: RecordBatch[]): string {
    const key = `rows${this.next++}`;
    this.pending.set(key, batches);
    return key;
  }

  take(key: string): RecordBatch[] {
    const b = this.pending.get(key) ?? [];
    this.pending.delete(key);
    return b;
  }
}

function bounded(name: string, take: (stores: Stores, node: plan.SourceNode) => RecordBatch[]) {
  return defineSource<plan.SourceNode>({
    name,
    schema: (node) => fromPlanSchema(node.schema),
    setup(ctx, node) {
      const batches = take(ctx.service<Stores>('stores'), node);
      let next = 0;
      return {
        poll() {
          if (next >= batches.length) return 'end';
          ctx.emit(batches[next++]!);
          return 'more';
        },
        snapshot: () => next,
        restore: (p) => void (next = p as number),
      };
    },
  });
}

/** Replays the store named by option `store`, then ends. */
export const snapshotSource = bounded('snapshot', (stores, node) => stores.get(node.options?.store ?? '').batches());
/** Emits the batches staged under option `rows`, then ends. */
export const rowsSource = bounded('rows', (stores, node) => stores.take(node.options?.rows ?? ''));

/** Rows of a list of batches. */
export function rowsOf(batches: readonly RecordBatch[]): Row[] {
  const out: Row[] = [];
  for (const b of batches) batchToRows(b, out);
  return out;
}
