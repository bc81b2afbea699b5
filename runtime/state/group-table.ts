/**
 * A hash table from group keys (one or more columns) to dense group ids, for aggregations and
 * keyed state. Keys live in typed arrays (numbers as doubles, int64 as two words, strings in a
 * byte arena), hashes come from the batch kernels (native when built), and lookups take a whole
 * batch: no per-row objects, no string concatenation of keys.
 *
 * Equality follows SQL GROUP BY: NULLs group together, -0 equals 0, NaN equals NaN.
 */
import { VarBuilder } from '../batch/builders.js';
import { boolColumn, fixedColumn, validityFromZero, validityOf, type Column } from '../batch/column.js';
import { kindOf, type ColumnType, type TypeKind } from '../batch/types.js';
import { PlanError } from '../errors/errors.js';
import { HASH_SEED } from '../kernels/kernels.js';
import { kernels } from '../kernels/load-native.js';

/** How a key column is stored and compared. */
export type KeyClass = 'num' | 'wide' | 'quad' | 'bytes' | 'bool';

export function keyClass(kind: TypeKind): KeyClass {
  switch (kind) {
    case 'int64':
    case 'timestamp':
      return 'wide';
    case 'decimal':
    case 'interval':
      return 'quad';
    case 'utf8':
    case 'json':
    case 'binary':
      return 'bytes';
    case 'bool':
      return 'bool';
    case 'list':
    case 'struct':
    case 'map':
      throw new PlanError(`grouping or joining on a ${kind} column is not supported; group by its elements or fields instead`);
    default:
      return 'num';
  }
}

/** Computes 32-bit hashes of the key columns of a batch, one per row. */
export function hashKeys(columns: readonly Column[], types: readonly ColumnType[], out: Uint32Array): Uint32Array {
  const k = kernels();
  const n = out.length;
  if (columns.length === 0) out.fill(HASH_SEED);
  columns.forEach((col, c) => {
    const combine = c > 0;
    // Kernels read values and validity from row 0: Arrow JS already sliced the value buffers.
    const validity = validityFromZero(col);
    const kind = kindOf(types[c]!);
    switch (keyClass(kind)) {
      case 'wide':
        k.hashInt64(out, col.values as BigInt64Array, validity, 0, n, combine);
        break;
      case 'bytes':
        k.hashUtf8(out, col.valueOffsets as Int32Array, col.values as Uint8Array, validity, 0, n, combine);
        break;
      case 'quad': {
        const words = new Int32Array((col.values as Uint32Array).buffer, (col.values as Uint32Array).byteOffset, n * 4);
        for (let w = 0; w < 4; w++) {
          const lane = new Int32Array(n);
          for (let i = 0; i < n; i++) lane[i] = words[4 * i + w]!;
          k.hashInt32(out, lane, validity, 0, n, combine || w > 0);
        }
        break;
      }
      case 'bool': {
        const o = col.offset;
        const ints = new Int32Array(n);
        const bits = col.values as Uint8Array;
        for (let i = 0; i < n; i++) ints[i] = (bits[(o + i) >> 3]! >> ((o + i) & 7)) & 1;
        k.hashInt32(out, ints, validity, 0, n, combine);
        break;
      }
      case 'num': {
        const v = col.values;
        if (kind === 'float32' || kind === 'float64') {
          k.hashFloat64(out, kind === 'float64' ? (v as Float64Array) : Float64Array.from(v as Float32Array), validity, 0, n, combine);
        } else {
          k.hashInt32(out, v instanceof Int32Array ? v : Int32Array.from(v as Int8Array), validity, 0, n, combine);
        }
      }
    }
  });
  return out;
}

/** Key storage of one column (the arrays its class does not use stay tiny). */
interface KeyStore {
  nulls: Uint8Array;
  nums: Float64Array;
  /** Two words a group for int64/timestamp, four for decimal/interval. */
  words: Int32Array;
  offsets: Int32Array;
  bytes: Uint8Array;
}

/** A key column's buffers, prepared once per lookup call. */
interface Prepared {
  validity: Uint8Array | null;
  offset: number;
  values: ArrayLike<number>;
  words: Int32Array;
  offsets: Int32Array;
  bytes: Uint8Array;
}

function prepare(columns: readonly Column[], classes: readonly KeyClass[]): Prepared[] {
  const empty32 = new Int32Array(0);
  return columns.map((col, c) => {
    const cls = classes[c]!;
    const values = col.values;
    const words = cls === 'wide' || cls === 'quad';
    return {
      validity: validityOf(col),
      offset: col.offset,
      values: (words ? empty32 : values) as ArrayLike<number>,
      words: words ? new Int32Array(values.buffer, values.byteOffset, values.byteLength >> 2) : empty32,
      offsets: cls === 'bytes' ? (col.valueOffsets as Int32Array) : empty32,
      bytes: cls === 'bytes' ? (values as Uint8Array) : new Uint8Array(0),
    };
  });
}

/** Serialisable contents of a GroupTable. */
export interface GroupTableState {
  readonly size: number;
  readonly hashes: Uint32Array;
  readonly keys: { nulls: Uint8Array; nums: Float64Array; words: Int32Array; offsets: Int32Array; bytes: Uint8Array }[];
}

export class GroupTable {
  private slots: Int32Array;
  private mask: number;
  private hashes: Uint32Array;
  private keys: KeyStore[];
  private count = 0;
  private readonly classes: readonly KeyClass[];

  constructor(readonly types: readonly ColumnType[], initialCapacity = 64) {
    this.classes = types.map((t) => keyClass(kindOf(t)));
    const cap = Math.max(16, 1 << Math.ceil(Math.log2(initialCapacity * 2)));
    this.slots = new Int32Array(cap);
    this.mask = cap - 1;
    this.hashes = new Uint32Array(initialCapacity);
    this.keys = types.map(() => ({
      nulls: new Uint8Array(initialCapacity),
      nums: new Float64Array(initialCapacity),
      words: new Int32Array(initialCapacity * 4),
      offsets: new Int32Array(initialCapacity + 1),
      bytes: new Uint8Array(16),
    }));
  }

  /** Number of groups. */
  get size(): number {
    return this.count;
  }

  /** The 32-bit hash of group `gid`'s key (as `hashKeys` computed it). */
  hashOf(gid: number): number {
    return this.hashes[gid]!;
  }

  /**
   * Group ids of rows `sel[0..count)` (or rows 0..count when `sel` is null), written to `out`.
   * Unseen keys get new ids in order of first appearance.
   */
  lookup(columns: readonly Column[], hashes: Uint32Array, sel: Int32Array | null, count: number, out: Int32Array): void {
    const prep = prepare(columns, this.classes);
    for (let j = 0; j < count; j++) {
      const row = sel === null ? j : sel[j]!;
      if (this.types.length === 0) {
        if (this.count === 0) this.insert(prep, row, HASH_SEED);
        out[j] = 0;
        continue;
      }
      const h = hashes[row]!;
      let gid = this.probe(prep, row, h);
      if (gid < 0) {
        const slot = -gid - 1;
        gid = this.insert(prep, row, h);
        this.slots[slot] = gid + 1;
        if (this.count * 2 > this.slots.length) this.rehash();
      }
      out[j] = gid;
    }
  }

  /**
   * Like `lookup`, but only finds: rows whose key is not in the table get -1 (probing the other
   * side of a join must not add its keys here).
   */
  find(columns: readonly Column[], hashes: Uint32Array, count: number, out: Int32Array): void {
    const prep = prepare(columns, this.classes);
    for (let row = 0; row < count; row++) {
      if (this.types.length === 0) out[row] = this.count > 0 ? 0 : -1;
      else out[row] = Math.max(-1, this.probe(prep, row, hashes[row]!));
    }
  }

  /** The group id of row `row`'s key, or -(free slot + 1) where it would go. */
  private probe(prep: Prepared[], row: number, h: number): number {
    let slot = h & this.mask;
    for (;;) {
      const s = this.slots[slot]!;
      if (s === 0) return -slot - 1;
      if (this.hashes[s - 1] === h && this.equals(s - 1, prep, row)) return s - 1;
      slot = (slot + 1) & this.mask;
    }
  }

  /**
   * The key values of column `c` for groups `gids[0..count)` (default: every group 0..size-1, in
   * order), as a column.
   */
  keyColumn(c: number, gids?: Int32Array, count?: number): Column {
    const type = this.types[c]!;
    const store = this.keys[c]!;
    const n = gids === undefined ? this.count : count ?? gids.length;
    const at = gids === undefined ? (j: number) => j : (j: number) => gids[j]!;
    let validity: Uint8Array | null = null;
    let nulls = 0;
    for (let j = 0; j < n; j++) if (store.nulls[at(j)]) nulls++;
    if (nulls > 0) {
      validity = new Uint8Array((n + 7) >> 3);
      for (let j = 0; j < n; j++) if (!store.nulls[at(j)]) validity[j >> 3]! |= 1 << (j & 7);
    }
    switch (this.classes[c]!) {
      case 'bytes': {
        const b = new VarBuilder(type, 'key');
        for (let j = 0; j < n; j++) {
          const g = at(j);
          if (store.nulls[g]) b.append(null);
          else b.appendBytes(store.bytes, store.offsets[g]!, store.offsets[g + 1]!);
        }
        return b.finish();
      }
      case 'wide': {
        const words = new Int32Array(n * 2);
        for (let j = 0; j < n; j++) {
          const g = at(j);
          words[2 * j] = store.words[4 * g]!;
          words[2 * j + 1] = store.words[4 * g + 1]!;
        }
        return fixedColumn(type, new BigInt64Array(words.buffer), n, validity, nulls);
      }
      case 'quad': {
        const words = new Int32Array(n * 4);
        for (let j = 0; j < n; j++) words.set(store.words.subarray(4 * at(j), 4 * at(j) + 4), 4 * j);
        return fixedColumn(type, kindOf(type) === 'decimal' ? new Uint32Array(words.buffer) : words, n, validity, nulls);
      }
      case 'bool': {
        const bits = new Uint8Array((n + 7) >> 3);
        for (let j = 0; j < n; j++) if (store.nums[at(j)]) bits[j >> 3]! |= 1 << (j & 7);
        return boolColumn(bits, n, validity, nulls);
      }
      case 'num': {
        const nums = new Float64Array(n);
        for (let j = 0; j < n; j++) nums[j] = store.nums[at(j)]!;
        const kind = kindOf(type);
        const values = kind === 'float64' ? nums : kind === 'float32' ? Float32Array.from(nums) : kind === 'int8' ? Int8Array.from(nums) : kind === 'int16' ? Int16Array.from(nums) : Int32Array.from(nums);
        return fixedColumn(type, values, n, validity, nulls);
      }
    }
  }

  /** A copy of the table contents (for checkpoints). */
  snapshot(): GroupTableState {
    const n = this.count;
    return {
      size: n,
      hashes: this.hashes.slice(0, n),
      keys: this.keys.map((k) => ({
        nulls: k.nulls.slice(0, n),
        nums: k.nums.slice(0, n),
        words: k.words.slice(0, n * 4),
        offsets: k.offsets.slice(0, n + 1),
        bytes: k.bytes.slice(0, k.offsets[n]),
      })),
    };
  }

  /** Rebuilds a table from `snapshot()` output. */
  static restore(types: readonly ColumnType[], state: GroupTableState): GroupTable {
    const t = new GroupTable(types, Math.max(16, state.size));
    t.count = state.size;
    t.hashes.set(state.hashes);
    state.keys.forEach((k, c) => {
      const store = t.keys[c]!;
      store.nulls.set(k.nulls);
      store.nums.set(k.nums);
      store.words.set(k.words);
      store.offsets.set(k.offsets);
      store.bytes = k.bytes.slice();
    });
    t.rehash();
    return t;
  }

  private equals(gid: number, prep: Prepared[], row: number): boolean {
    for (let c = 0; c < prep.length; c++) {
      const p = prep[c]!;
      const store = this.keys[c]!;
      const bit = p.offset + row;
      const isNull = p.validity !== null && ((p.validity[bit >> 3]! >> (bit & 7)) & 1) === 0;
      if (isNull !== (store.nulls[gid] === 1)) return false;
      if (isNull) continue;
      switch (this.classes[c]!) {
        case 'bytes': {
          const start = p.offsets[row]!;
          const len = p.offsets[row + 1]! - start;
          const s0 = store.offsets[gid]!;
          if (store.offsets[gid + 1]! - s0 !== len) return false;
          for (let i = 0; i < len; i++) if (p.bytes[start + i] !== store.bytes[s0 + i]) return false;
          break;
        }
        case 'wide':
          if (p.words[row * 2] !== store.words[gid * 4] || p.words[row * 2 + 1] !== store.words[gid * 4 + 1]) return false;
          break;
        case 'quad':
          for (let w = 0; w < 4; w++) if (p.words[row * 4 + w] !== store.words[gid * 4 + w]) return false;
          break;
        case 'bool':
          if (((p.values[bit >> 3]! >> (bit & 7)) & 1) !== store.nums[gid]) return false;
          break;
        default: {
          const a = p.values[row]!;
          const b = store.nums[gid]!;
          if (a !== b && !(a !== a && b !== b)) return false;
        }
      }
    }
    return true;
  }

  private insert(prep: Prepared[], row: number, hash: number): number {
    const gid = this.count++;
    this.ensure(gid + 1);
    this.hashes[gid] = hash;
    for (let c = 0; c < prep.length; c++) {
      const p = prep[c]!;
      const store = this.keys[c]!;
      const bit = p.offset + row;
      const isNull = p.validity !== null && ((p.validity[bit >> 3]! >> (bit & 7)) & 1) === 0;
      store.nulls[gid] = isNull ? 1 : 0;
      const cls = this.classes[c]!;
      if (cls === 'bytes') {
        const at = store.offsets[gid]!;
        if (isNull) {
          store.offsets[gid + 1] = at;
          continue;
        }
        const start = p.offsets[row]!;
        const len = p.offsets[row + 1]! - start;
        if (at + len > store.bytes.length) {
          const next = new Uint8Array(Math.max(at + len, store.bytes.length * 2));
          next.set(store.bytes);
          store.bytes = next;
        }
        store.bytes.set(p.bytes.subarray(start, start + len), at);
        store.offsets[gid + 1] = at + len;
      } else if (isNull) {
        continue;
      } else if (cls === 'wide') {
        store.words[gid * 4] = p.words[row * 2]!;
        store.words[gid * 4 + 1] = p.words[row * 2 + 1]!;
      } else if (cls === 'quad') {
        for (let w = 0; w < 4; w++) store.words[gid * 4 + w] = p.words[row * 4 + w]!;
      } else if (cls === 'bool') {
        store.nums[gid] = (p.values[bit >> 3]! >> (bit & 7)) & 1;
      } else {
        const v = p.values[row]!;
        store.nums[gid] = v === 0 ? 0 : v;
      }
    }
    return gid;
  }

  private ensure(n: number): void {
    if (n <= this.hashes.length) return;
    const cap = this.hashes.length * 2;
    const hashes = new Uint32Array(cap);
    hashes.set(this.hashes);
    this.hashes = hashes;
    for (const store of this.keys) {
      const nulls = new Uint8Array(cap);
      nulls.set(store.nulls);
      store.nulls = nulls;
      const nums = new Float64Array(cap);
      nums.set(store.nums);
      store.nums = nums;
      const words = new Int32Array(cap * 4);
      words.set(store.words);
      store.words = words;
      const offsets = new Int32Array(cap + 1);
      offsets.set(store.offsets);
      store.offsets = offsets;
    }
  }

  private rehash(): void {
    let cap = this.slots.length;
    while (this.count * 2 > cap) cap *= 2;
    this.slots = new Int32Array(cap);
    this.mask = cap - 1;
    for (let g = 0; g < this.count; g++) {
      let slot = this.hashes[g]! & this.mask;
      while (this.slots[slot] !== 0) slot = (slot + 1) & this.mask;
      this.slots[slot] = g + 1;
    }
  }
}
