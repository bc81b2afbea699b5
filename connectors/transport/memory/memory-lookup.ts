/**
 * The `memory` lookup connector: a lookup table whose rows the application writes (`INSERT INTO`
 * upserts by primary key). It answers `get` from a Map and evaluates pushed-down predicates on
 * each row before answering, as a database would, so a lookup table over it behaves like one
 * over an external source (a cache in front, batched misses, pushdown) without one.
 */
import { lookupKey, passesAll, PlanError, rowsToBatch, type LookupKey, type LookupPredicate, type LookupResult, type LookupSource, type Row, type Schema } from '../../../runtime/index.js';
import { defineLookup } from '../../lookup.js';

/**
 * Rows by primary key, read by lookup joins.
 *
 * @example
 * ```ts
 * const source = new MemoryLookupSource(schemaOf({ id: 'int32', name: 'utf8' }), 'id');
 * source.upsert([{ id: 1, name: 'Widget' }]);
 * (await source.get([1, 2], [])).rows; // Int32Array [0, -1]
 * ```
 */
export class MemoryLookupSource implements LookupSource {
  private readonly rows = new Map<LookupKey, Row>();
  /** Rows given to `get` callers, for tests and stats. */
  rowsServed = 0;

  constructor(readonly schema: Schema, readonly key: string) {
    if (!schema.fields.some((f) => f.name === key)) throw new PlanError(`memory lookup source: no key column '${key}'`);
  }

  /** Inserts or replaces rows by key (rows are already validated against the schema). */
  upsert(rows: readonly Row[]): void {
    for (const row of rows) {
      const k = lookupKey(row[this.key]);
      if (k === null) throw new PlanError(`primary key column '${this.key}' cannot be NULL`);
    }
    for (const row of rows) this.rows.set(lookupKey(row[this.key])!, row);
  }

  /** Removes the rows of `keys`; returns how many there were. */
  delete(keys: readonly unknown[]): number {
    let n = 0;
    for (const k of keys) {
      const key = lookupKey(k);
      if (key !== null && this.rows.delete(key)) n++;
    }
    return n;
  }

  /** Every row stored (a durable database's checkpoints keep them). */
  all(): Row[] {
    return [...this.rows.values()];
  }

  /** Rows stored. */
  get size(): number {
    return this.rows.size;
  }

  get(keys: readonly LookupKey[], predicates: readonly LookupPredicate[]): Promise<LookupResult> {
    const found: Row[] = [];
    const rows = new Int32Array(keys.length).fill(-1);
    keys.forEach((k, i) => {
      const row = this.rows.get(k);
      if (row === undefined || !passesAll(row, predicates)) return;
      rows[i] = found.length;
      found.push(row);
    });
    this.rowsServed += found.length;
    return Promise.resolve({ batch: rowsToBatch(this.schema, found), rows });
  }
}

/** The `memory` lookup connector (no options: rows come from INSERT). */
export const memoryLookup = defineLookup({
  name: 'memory',
  options: {},
  open: (table) => new MemoryLookupSource(table.schema, table.key),
});
