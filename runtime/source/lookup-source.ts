/**
 * Lookup sources: what a lookup join reads a `CREATE LOOKUP TABLE` through. A lookup source
 * answers batched point queries by primary key: `get(keys)` returns, for each key, its row or
 * nothing. A lookup join sends all the cache misses of one input batch in one call, so a remote
 * source pays one round trip per batch, not one per row. A source may also evaluate simple
 * predicates on the table's columns (pushdown); a row that fails them is answered as not found.
 *
 * Implementations live in connectors/ (memory, file; PostgreSQL with the connectors work); the
 * cache in front of them lives in the lookup join (operators/lookup-cache.ts).
 */
import type { RecordBatch } from '../batch/batch.js';
import { int64Words, isValid, readValue, utf8Bytes, validityOf, type Column } from '../batch/column.js';
import { kindOf, type ColumnType, type Row, type Schema, type TypeKind } from '../batch/types.js';

/**
 * A primary key value as a lookup key: the row value of the key's type (types.ts), except that
 * 64-bit integers within ±2^53 are plain numbers, so `1n` and `1` are the same key.
 */
export type LookupKey = number | bigint | string | boolean;

/** A comparison a lookup source may evaluate for the join: `column op values`. */
export interface LookupPredicate {
  /** A column of the lookup table (its own name). */
  readonly column: string;
  readonly op: 'eq' | 'neq' | 'lt' | 'lte' | 'gt' | 'gte' | 'is_null' | 'is_not_null' | 'in';
  /**
   * Row values of the column's type: one for the comparisons, one or more for `in`, none for the
   * NULL tests. Never NULL (a comparison with NULL is not pushed down).
   */
  readonly values: readonly unknown[];
}

/** The answer to one `get`. */
export interface LookupResult {
  /** The rows found, with the source's schema. */
  readonly batch: RecordBatch;
  /** For `keys[i]`: its row in `batch`, or -1 (no such key, or its row fails the predicates). */
  readonly rows: Int32Array;
}

/**
 * A source of rows by primary key.
 *
 * @example
 * ```ts
 * const { batch, rows } = await source.get([1, 2, 3], [{ column: 'region', op: 'eq', values: ['EU'] }]);
 * // rows[1] is the row of key 2 in batch, or -1 when key 2 is missing or not in 'EU'
 * ```
 */
export interface LookupSource {
  readonly schema: Schema;
  /** The primary key column. */
  readonly key: string;
  /** The rows of `keys` (distinct, never NULL) that pass every predicate. */
  get(keys: readonly LookupKey[], predicates: readonly LookupPredicate[]): Promise<LookupResult>;
  /** Releases files and connections (DROP LOOKUP TABLE, database close). */
  close?(): void | Promise<void>;
}

/** One join's cache as its lookup table sees it: its size, and a way to drop stale keys. */
export interface CacheView {
  readonly entries: number;
  readonly bytes: number;
  /** The source changed these keys: their cached entries must not be used again. */
  invalidate(keys: readonly LookupKey[]): void;
}

/** Entries and bytes of caches. */
export interface CacheSize {
  readonly entries: number;
  readonly bytes: number;
}

/** Counters of one lookup table, summed over every join that reads it. */
export class LookupStats {
  /** Keys answered from a cache (including cached "not found"). */
  hits = 0;
  /** Keys that had to go to the source (not cached, or expired). */
  misses = 0;
  /** Entries dropped to stay within the byte budget. */
  evictions = 0;
  /** Entries found older than the TTL, or invalidated (they count as misses too). */
  expirations = 0;
  /** `get` calls, keys asked and rows found. */
  sourceCalls = 0;
  sourceKeys = 0;
  sourceRows = 0;
  /** The caches of the joins running now. */
  readonly caches = new Set<CacheView>();

  /** Entries and bytes over the live caches. */
  cached(): CacheSize {
    let entries = 0;
    let bytes = 0;
    for (const c of this.caches) {
      entries += c.entries;
      bytes += c.bytes;
    }
    return { entries, bytes };
  }
}

/** What the `lookups` service holds for each lookup table (a lookup join reads it by name). */
export interface LookupTableHandle {
  readonly name: string;
  readonly source: LookupSource;
  /** The byte budget of each join's cache; 0 caches nothing (every key goes to the source). */
  readonly cacheBytes: number;
  /** How long a cached entry (a row or a "not found") is used, in ms; Infinity: until evicted. */
  readonly cacheTtlMs: number;
  readonly stats: LookupStats;
}

/** Key kinds a lookup table's primary key may have. */
const KEY_KINDS: ReadonlySet<TypeKind> = new Set(['bool', 'int8', 'int16', 'int32', 'int64', 'float32', 'float64', 'decimal', 'utf8', 'date', 'time', 'timestamp']);

/** Whether a column of `type` can be a lookup key. */
export function isLookupKeyType(type: ColumnType): boolean {
  return KEY_KINDS.has(kindOf(type));
}

/** A row value (types.ts) as a lookup key; null for NULL. */
export function lookupKey(value: unknown): LookupKey | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'bigint') return value >= -MAX_SAFE && value <= MAX_SAFE ? Number(value) : value;
  return value as LookupKey;
}

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

/**
 * The lookup keys of rows `0..n)` of a key column into `out` (null for NULL), without per-row
 * allocation for numeric keys.
 */
export function readLookupKeys(column: Column, type: ColumnType, n: number, out: (LookupKey | null)[]): void {
  const validity = validityOf(column);
  const o = column.offset;
  const kind = kindOf(type);
  switch (kind) {
    case 'int8': case 'int16': case 'int32': case 'float32': case 'float64': {
      const v = column.values as Int32Array;
      for (let i = 0; i < n; i++) out[i] = isValid(validity, o + i) ? v[i]! : null;
      return;
    }
    case 'int64': {
      const words = int64Words(column.values as BigInt64Array);
      const big = column.values as BigInt64Array;
      for (let i = 0; i < n; i++) {
        if (!isValid(validity, o + i)) {
          out[i] = null;
          continue;
        }
        const hi = words[2 * i + 1]!;
        // Within ±2^53 the two words give the number exactly; beyond, keep the bigint.
        out[i] = hi >= -0x200000 && hi < 0x200000 ? hi * 4294967296 + (words[2 * i]! >>> 0) : lookupKey(big[i]!);
      }
      return;
    }
    case 'utf8': {
      const offsets = column.valueOffsets as Int32Array;
      const bytes = utf8Bytes(column);
      for (let i = 0; i < n; i++) out[i] = isValid(validity, o + i) ? bytes.toString('utf8', offsets[i], offsets[i + 1]) : null;
      return;
    }
    default:
      for (let i = 0; i < n; i++) out[i] = lookupKey(readValue(column, type, i));
  }
}

/** Orders two non-NULL row values of the same column type (numbers, bigints, strings, booleans). */
function compare(a: unknown, b: unknown): number {
  if (typeof a === 'number' && typeof b === 'number') return a < b ? -1 : a > b ? 1 : a === b ? 0 : Number.isNaN(a) ? (Number.isNaN(b) ? 0 : 1) : -1;
  if (typeof a === 'string' && typeof b === 'string') return a < b ? -1 : a > b ? 1 : 0;
  if (typeof a === 'bigint' || typeof b === 'bigint') {
    const [x, y] = [BigInt(a as bigint), BigInt(b as bigint)];
    return x < y ? -1 : x > y ? 1 : 0;
  }
  return Number(a) - Number(b);
}

/** Whether `row` passes `predicate` under SQL rules (a NULL value passes only `is_null`). */
export function passes(row: Row, predicate: LookupPredicate): boolean {
  const v = row[predicate.column];
  if (predicate.op === 'is_null') return v === null || v === undefined;
  if (v === null || v === undefined) return false;
  if (predicate.op === 'is_not_null') return true;
  if (predicate.op === 'in') return predicate.values.some((x) => compare(v, x) === 0);
  const c = compare(v, predicate.values[0]);
  switch (predicate.op) {
    case 'eq': return c === 0;
    case 'neq': return c !== 0;
    case 'lt': return c < 0;
    case 'lte': return c <= 0;
    case 'gt': return c > 0;
    case 'gte': return c >= 0;
  }
}

/** Whether `row` passes every predicate. */
export function passesAll(row: Row, predicates: readonly LookupPredicate[]): boolean {
  for (const p of predicates) if (!passes(row, p)) return false;
  return true;
}
