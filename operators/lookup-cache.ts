/**
 * The cache in front of a lookup source, one per lookup join. Entries (a key's row, or the fact
 * that the source has no row for it) live in slots of a columnar arena: fixed-width values in
 * typed arrays, strings as JS strings, with a Map from key to slot, a doubly linked LRU list and
 * an expiry time per slot, all in typed arrays. The byte budget is charged with an estimate of
 * each entry: its key, its values (typed-array width, string length, nested values walked) and
 * the bookkeeping around it (map entry, list links, expiry). `trim()` evicts the least recently
 * used entries until the cache is within budget; the join calls it after each batch, so while
 * one batch is joined the cache may exceed its budget by that batch's new entries (a slot the
 * batch reads is never reused under it).
 *
 * Misses are cached too ("negative caching"): a key the source does not have is not asked for
 * again until its entry expires or is evicted. With a TTL, an entry older than the TTL counts as
 * a miss when it is next looked up, and the key goes to the source again.
 */
import {
  boolColumn,
  columnOf,
  fixedColumn,
  isValid,
  kindOf,
  readUtf8,
  readValue,
  utf8Bytes,
  validityOf,
  columnBuilder,
  type Clock,
  type Column,
  type ColumnType,
  type LookupKey,
  type RecordBatch,
  type Schema,
} from '../runtime/index.js';
import { columnsOf } from '../runtime/index.js';

/** A slot with a row. */
export const NOT_FOUND = -1;
/** Not in the cache (or expired): ask the source. */
export const MISS = -2;

/** Bookkeeping per entry: Map entry (~40), links, expiry, size and flags (~30), key slot (8). */
const ENTRY_BYTES = 80;

type FixedValues = Float64Array | Int32Array | BigInt64Array | Uint32Array | Int8Array | Int16Array | Float32Array;
type Arena =
  | { kind: 'fixed'; type: ColumnType; stride: number; values: FixedValues; valid: Uint8Array }
  | { kind: 'bool'; type: ColumnType; values: Uint8Array; valid: Uint8Array }
  | { kind: 'string'; type: ColumnType; values: (string | null)[] }
  | { kind: 'value'; type: ColumnType; values: unknown[] };

/** The typed array class and values per row of a fixed-width column type, or undefined. */
function fixedLayout(type: ColumnType): { make: new (n: number) => FixedValues; stride: number } | undefined {
  switch (kindOf(type)) {
    case 'int8': return { make: Int8Array, stride: 1 };
    case 'int16': return { make: Int16Array, stride: 1 };
    case 'int32': case 'date': case 'time': return { make: Int32Array, stride: 1 };
    case 'float32': return { make: Float32Array, stride: 1 };
    case 'float64': return { make: Float64Array, stride: 1 };
    case 'int64': case 'timestamp': return { make: BigInt64Array, stride: 1 };
    case 'decimal': return { make: Uint32Array, stride: 4 };
    case 'interval': return { make: Int32Array, stride: 4 };
    default: return undefined;
  }
}

/** Estimated bytes of a JS value held by the cache. */
export function valueBytes(v: unknown): number {
  if (v === null || v === undefined || typeof v === 'boolean') return 8;
  if (typeof v === 'number') return 8;
  if (typeof v === 'bigint') return 24;
  if (typeof v === 'string') return stringBytes(v, Buffer.byteLength(v));
  if (v instanceof Uint8Array) return 64 + v.byteLength;
  if (Array.isArray(v)) return 32 + v.reduce<number>((n, x) => n + 8 + valueBytes(x), 0);
  if (typeof v === 'object') return 32 + Object.entries(v).reduce((n, [k, x]) => n + 16 + stringBytes(k, k.length) + valueBytes(x), 0);
  return 16;
}

/** V8 keeps Latin-1 strings one byte a character, others two (non-ASCII text is charged two, erring high); plus a header. */
function stringBytes(s: string, utf8Length: number): number {
  return 16 + (utf8Length === s.length ? s.length : 2 * s.length);
}

/** Counters of one cache. */
export interface CacheCounters {
  hits: number;
  misses: number;
  evictions: number;
  expirations: number;
}

/**
 * A byte-bounded LRU cache of lookup rows with an optional TTL.
 *
 * @example
 * ```ts
 * const cache = new LookupCache(schema, { maxBytes: 1 << 20, ttlMs: 60_000, clock: systemClock });
 * const misses = cache.probe(keys, n, slots); // slots[i]: a slot, NOT_FOUND or MISS
 * // ... fetch the misses, cache.insert(key, batch, row) each, build the output, then:
 * cache.trim();
 * ```
 */
export class LookupCache {
  /** Hits, misses, evictions and expirations (a lookup table's stats, when given). */
  readonly counters: CacheCounters;
  /** Estimated bytes of the entries. */
  bytes = 0;
  private readonly index = new Map<LookupKey, number>();
  private readonly arenas: Arena[];
  private keys: (LookupKey | undefined)[] = [];
  private prev = new Int32Array(0);
  private next = new Int32Array(0);
  private expires = new Float64Array(0);
  private sizes = new Float64Array(0);
  private found = new Uint8Array(0);
  private head = -1;
  private tail = -1;
  private free: number[] = [];
  private capacity = 0;
  private readonly maxBytes: number;
  private readonly ttlMs: number;
  private readonly clock: Pick<Clock, 'now'>;

  constructor(readonly schema: Schema, options: { readonly maxBytes: number; readonly ttlMs: number; readonly clock: Pick<Clock, 'now'>; readonly counters?: CacheCounters }) {
    this.counters = options.counters ?? { hits: 0, misses: 0, evictions: 0, expirations: 0 };
    this.maxBytes = options.maxBytes;
    this.ttlMs = options.ttlMs;
    this.clock = options.clock;
    this.arenas = schema.fields.map((f): Arena => {
      const fixed = fixedLayout(f.type);
      if (fixed !== undefined) return { kind: 'fixed', type: f.type, stride: fixed.stride, values: new fixed.make(0), valid: new Uint8Array(0) };
      const kind = kindOf(f.type);
      if (kind === 'bool') return { kind: 'bool', type: f.type, values: new Uint8Array(0), valid: new Uint8Array(0) };
      if (kind === 'utf8' || kind === 'json') return { kind: 'string', type: f.type, values: [] };
      return { kind: 'value', type: f.type, values: [] };
    });
    this.grow(64);
  }

  /** Entries cached (rows and "not found"). */
  get entries(): number {
    return this.index.size;
  }

  /**
   * Looks up `keys[0..n)`: `out[i]` is the slot of key i's row, NOT_FOUND (a NULL key, or a key
   * the source does not have) or MISS. Hits become the most recently used. Returns the misses.
   */
  probe(keys: readonly (LookupKey | null)[], n: number, out: Int32Array): number {
    const now = this.ttlMs === Infinity ? 0 : this.clock.now();
    const index = this.index;
    let misses = 0;
    let hits = 0;
    for (let i = 0; i < n; i++) {
      const k = keys[i]!;
      if (k === null) {
        out[i] = NOT_FOUND;
        continue;
      }
      const s = index.get(k);
      if (s === undefined) {
        out[i] = MISS;
        misses++;
        continue;
      }
      if (now >= this.expires[s]!) {
        this.remove(s);
        this.counters.expirations++;
        out[i] = MISS;
        misses++;
        continue;
      }
      if (s !== this.head) this.touch(s);
      hits++;
      out[i] = this.found[s] === 1 ? s : NOT_FOUND;
    }
    this.counters.hits += hits;
    this.counters.misses += misses;
    return misses;
  }

  /**
   * Caches `key` with row `row` of `batch` (a batch of the cache's schema), or as not found
   * when `row` is -1; returns its slot. Replaces an entry of the same key.
   */
  insert(key: LookupKey, batch: RecordBatch, row: number): number {
    const old = this.index.get(key);
    if (old !== undefined) this.remove(old);
    if (this.free.length === 0) this.grow(this.capacity * 2);
    const s = this.free.pop()!;
    this.keys[s] = key;
    this.index.set(key, s);
    this.expires[s] = this.ttlMs === Infinity ? Infinity : this.clock.now() + this.ttlMs;
    let bytes = ENTRY_BYTES + valueBytes(key);
    if (row >= 0) {
      this.found[s] = 1;
      const cols = columnsOf(batch);
      for (let c = 0; c < this.arenas.length; c++) bytes += this.store(this.arenas[c]!, cols[c]!, row, s);
    } else {
      this.found[s] = 0;
    }
    this.sizes[s] = bytes;
    this.bytes += bytes;
    this.linkHead(s);
    return s;
  }

  /** Evicts least recently used entries until the cache is within its byte budget. */
  trim(): void {
    // A budget of 0 caches nothing: entries live only while their batch is joined.
    if (this.maxBytes === 0) return this.clear();
    while (this.bytes > this.maxBytes && this.tail >= 0) {
      this.remove(this.tail);
      this.counters.evictions++;
    }
  }

  /**
   * Marks the entries of `keys` expired: the next lookup of each goes to the source. (They are
   * not freed here: a batch waiting for its source may still read them.)
   */
  invalidate(keys: readonly LookupKey[]): void {
    for (const k of keys) {
      const s = this.index.get(k);
      if (s !== undefined) this.expires[s] = -Infinity;
    }
  }

  /** Drops every entry. */
  clear(): void {
    while (this.tail >= 0) this.remove(this.tail);
  }

  /** Column `c` of the rows in `slots[0..n)` (a negative slot gives NULL). */
  gather(c: number, slots: Int32Array, n: number): Column {
    const a = this.arenas[c]!;
    switch (a.kind) {
      case 'fixed': {
        const out = new (a.values.constructor as new (n: number) => FixedValues)(n * a.stride) as Float64Array;
        const src = a.values as Float64Array;
        const validity = new Uint8Array((n + 7) >> 3);
        let nulls = 0;
        for (let i = 0; i < n; i++) {
          const s = slots[i]!;
          if (s < 0 || a.valid[s] === 0) {
            nulls++;
            continue;
          }
          validity[i >> 3]! |= 1 << (i & 7);
          if (a.stride === 1) out[i] = src[s]!;
          else for (let w = 0; w < a.stride; w++) out[i * a.stride + w] = src[s * a.stride + w]!;
        }
        return fixedColumn(a.type, out, n, nulls > 0 ? validity : null, nulls);
      }
      case 'bool': {
        const bits = new Uint8Array((n + 7) >> 3);
        const validity = new Uint8Array((n + 7) >> 3);
        let nulls = 0;
        for (let i = 0; i < n; i++) {
          const s = slots[i]!;
          if (s < 0 || a.valid[s] === 0) {
            nulls++;
            continue;
          }
          validity[i >> 3]! |= 1 << (i & 7);
          if (a.values[s] === 1) bits[i >> 3]! |= 1 << (i & 7);
        }
        return boolColumn(bits, n, nulls > 0 ? validity : null, nulls);
      }
      case 'string': {
        const b = columnBuilder(a.type);
        for (let i = 0; i < n; i++) {
          const s = slots[i]!;
          b.append(s < 0 ? null : a.values[s]);
        }
        return b.finish();
      }
      case 'value': {
        const values: unknown[] = new Array(n);
        for (let i = 0; i < n; i++) {
          const s = slots[i]!;
          values[i] = s < 0 ? null : a.values[s];
        }
        return columnOf(a.type, values);
      }
    }
  }

  /** Copies row `row` of `col` into slot `s`; returns the bytes it holds. */
  private store(a: Arena, col: Column, row: number, s: number): number {
    const valid = isValid(validityOf(col), col.offset + row);
    switch (a.kind) {
      case 'fixed': {
        a.valid[s] = valid ? 1 : 0;
        const src = col.values as Float64Array;
        const dst = a.values as Float64Array;
        if (a.stride === 1) dst[s] = src[row]!;
        else for (let w = 0; w < a.stride; w++) dst[s * a.stride + w] = src[row * a.stride + w]!;
        return a.values.BYTES_PER_ELEMENT * a.stride + 1;
      }
      case 'bool':
        a.valid[s] = valid ? 1 : 0;
        a.values[s] = valid && isValid(col.values as Uint8Array, col.offset + row) ? 1 : 0;
        return 2;
      case 'string': {
        if (!valid) {
          a.values[s] = null;
          return 8;
        }
        const offsets = col.valueOffsets as Int32Array;
        const text = readUtf8(offsets, utf8Bytes(col), row);
        a.values[s] = text;
        return 8 + stringBytes(text, offsets[row + 1]! - offsets[row]!);
      }
      case 'value': {
        const v = valid ? readValue(col, a.type, row) : null;
        a.values[s] = v;
        return 8 + valueBytes(v);
      }
    }
  }

  private remove(s: number): void {
    this.index.delete(this.keys[s]!);
    this.keys[s] = undefined;
    this.unlink(s);
    this.bytes -= this.sizes[s]!;
    for (const a of this.arenas) if (a.kind === 'string' || a.kind === 'value') a.values[s] = null;
    this.free.push(s);
  }

  private touch(s: number): void {
    this.unlink(s);
    this.linkHead(s);
  }

  private unlink(s: number): void {
    const p = this.prev[s]!;
    const x = this.next[s]!;
    if (p >= 0) this.next[p] = x;
    else this.head = x;
    if (x >= 0) this.prev[x] = p;
    else this.tail = p;
  }

  private linkHead(s: number): void {
    this.prev[s] = -1;
    this.next[s] = this.head;
    if (this.head >= 0) this.prev[this.head] = s;
    this.head = s;
    if (this.tail < 0) this.tail = s;
  }

  private grow(capacity: number): void {
    const old = this.capacity;
    // One value per slot (fixed-width columns: `stride` values).
    const copy = <T extends Int32Array | Float64Array | Uint8Array>(a: T): T => {
      const b = new (a.constructor as new (n: number) => T)(capacity);
      b.set(a);
      return b;
    };
    this.prev = copy(this.prev);
    this.next = copy(this.next);
    this.expires = copy(this.expires);
    this.sizes = copy(this.sizes);
    this.found = copy(this.found);
    for (const a of this.arenas) {
      if (a.kind === 'fixed') {
        const values = new (a.values.constructor as new (n: number) => FixedValues)(capacity * a.stride);
        (values as Float64Array).set(a.values as Float64Array);
        a.values = values;
        a.valid = copy(a.valid);
      } else if (a.kind === 'bool') {
        a.values = copy(a.values);
        a.valid = copy(a.valid);
      }
    }
    this.keys.length = capacity;
    // Lower slots are handed out first.
    for (let s = capacity - 1; s >= old; s--) this.free.push(s);
    this.capacity = capacity;
  }
}
