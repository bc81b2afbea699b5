/**
 * Spilling for the unbounded GROUP BY (group-aggregate.ts) under a state memory budget
 * (`LaminarDB.open({ stateMemoryBudget })`): when the operator's estimated resident state is over
 * its share of the budget after a batch, the least recently changed groups move to the
 * operator's on-disk spill store (LMDB), down to 75% of the share; a key that comes back is found
 * there when the key table creates it anew, and its state moves back to memory. A group lives in
 * exactly one place, memory or the spill store, so results are those without a budget.
 *
 * The resident estimate: groups in memory times a per-group size sampled every 4,096 new groups
 * from 16 groups: the bytes of their serialized state and key plus a fixed 96 bytes for the key
 * table and per-group arrays. Serialized state is smaller than the same state on the JS heap
 * (object headers, Map tables), so the budget is an estimate of state, not of heap.
 *
 * A spilled value is the group's last change time and its state (spill-codec.ts). A Bloom filter
 * over the key hashes of spilled groups (spill-filter.ts, counted in the resident estimate) spares
 * the disk lookup for a new key that was never spilled; it is rebuilt from the store's keys when
 * most of what it holds was taken back.
 */
import v8 from 'node:v8';
import { decodeKeys, encodeKeys, STATE_BUDGET_SERVICE, type BudgetShare, type Column, type ColumnType, type OperatorContext, type StateBudget } from '../runtime/index.js';
import { decodeState, StateWriter, touchedAtOf } from './spill-codec.js';
import { SpillFilter } from './spill-filter.js';
import { GroupStore, keyHashes, type EmitMode } from './window-internals.js';

const SAMPLE_EVERY = 4096;
const SAMPLE_SIZE = 16;
const FIXED_BYTES = 96;
const LOW_WATER = 0.75;
const CHUNK = 4096;

/** The operator's share of the pipeline's state budget, or undefined when no budget was set. */
export function budgetShare(ctx: OperatorContext): BudgetShare | undefined {
  let budget: StateBudget | undefined;
  try {
    budget = ctx.service<StateBudget | undefined>(STATE_BUDGET_SERVICE);
  } catch {
    // A pipeline without the service (built directly, not by a database): no budget.
    return undefined;
  }
  return budget?.share(ctx.name);
}

/** Key columns of groups `gids[0..n)`. */
function keyColumns(store: GroupStore, gids: Int32Array, n: number): Column[] {
  return store.keyTypes.map((_, c) => store.groups.keyColumn(c, gids, n));
}

/** Groups from [key, value] pairs placed in `store` (new keys to it); their group ids. */
export function importPairs(store: GroupStore, pairs: readonly (readonly [Uint8Array, Uint8Array])[]): Int32Array {
  const n = pairs.length;
  const gids = new Int32Array(n);
  if (n === 0) return gids;
  const types = store.keyTypes;
  const cols = decodeKeys(types, pairs.map((p) => p[0]));
  store.groups.lookup(cols, keyHashes(cols, types, n, new Uint32Array(0)), null, n, gids);
  pairs.forEach((p, j) => store.importGroup(gids[j]!, decodeState(p[1])));
  return gids;
}

export class GroupSpill {
  private perGroup = 0;
  /** Groups created since the operator started, and at the last size sample. */
  private created = 0;
  private sampledAt = 0;
  /** Key hashes of spilled groups (and of some taken back since). */
  private readonly filter = new SpillFilter();

  /** `fresh` makes an empty store (with its own accumulators) for groups read back in chunks. */
  constructor(private readonly ctx: OperatorContext, readonly share: BudgetShare, private readonly keyTypes: readonly ColumnType[], private readonly mode: EmitMode, private readonly fresh: () => GroupStore) {}

  /** Groups spilled now. */
  get spilled(): number {
    return this.share.spilled;
  }

  /**
   * After a key lookup: groups the key table created anew (ids `sizeBefore..size-1`) whose keys
   * were spilled come back with their state, and leave the spill store.
   */
  reload(store: GroupStore, sizeBefore: number): void {
    const n = store.groups.size - sizeBefore;
    this.created += n;
    if (n === 0 || this.share.spilled === 0) return;
    const maybe: number[] = [];
    for (let g = sizeBefore; g < sizeBefore + n; g++) if (this.filter.mayHave(store.groups.hashOf(g))) maybe.push(g);
    if (maybe.length === 0) return;
    const gids = Int32Array.from(maybe);
    const m = gids.length;
    const values = this.share.store().take(encodeKeys(keyColumns(store, gids, m), this.keyTypes, m));
    let back = 0;
    for (let j = 0; j < m; j++) {
      const v = values[j];
      if (v === undefined) continue;
      store.importGroup(gids[j]!, decodeState(v));
      back++;
    }
    if (back > 0) this.ctx.count('reloadedGroups', back);
    this.refilter();
  }

  /**
   * Rebuilds the filter from the store's keys once it holds more than twice as many keys as the
   * store (most were taken back), so it stays selective and its size follows the store's.
   */
  private refilter(): void {
    const spilled = this.share.spilled;
    if (this.filter.added <= 2 * spilled + CHUNK) return;
    this.filter.clear();
    if (spilled === 0) return;
    let keys: Uint8Array[] = [];
    const flush = () => {
      this.addKeys(keys);
      keys = [];
    };
    for (const key of this.share.store().keys()) {
      keys.push(key);
      if (keys.length === CHUNK) flush();
    }
    flush();
  }

  /** Adds encoded keys to the filter (their hashes as the key table computes them). */
  private addKeys(keys: readonly Uint8Array[]): void {
    if (keys.length === 0) return;
    const cols = decodeKeys(this.keyTypes, keys);
    const hashes = keyHashes(cols, this.keyTypes, keys.length, new Uint32Array(0));
    for (let j = 0; j < keys.length; j++) this.filter.add(hashes[j]!);
  }

  /** Updates the share's resident estimate (sampling the per-group size now and then). */
  estimate(store: GroupStore): void {
    const size = store.groups.size;
    if (size > 0 && (this.perGroup === 0 || this.created - this.sampledAt >= SAMPLE_EVERY)) {
      this.sampledAt = this.created;
      const step = Math.max(1, Math.floor(size / SAMPLE_SIZE));
      const gids: number[] = [];
      for (let g = 0; g < size && gids.length < SAMPLE_SIZE; g += step) gids.push(g);
      const list = Int32Array.from(gids);
      const keys = encodeKeys(keyColumns(store, list, list.length), this.keyTypes, list.length);
      let bytes = 0;
      // v8.serialize's size (not the spill format's) as the measure of state, as before the format changed.
      for (let j = 0; j < list.length; j++) bytes += keys[j]!.length + v8.serialize(store.exportGroup(list[j]!)).length;
      const sample = FIXED_BYTES + bytes / list.length;
      this.perGroup = this.perGroup === 0 ? sample : (this.perGroup + sample) / 2;
    }
    this.share.bytes = size * this.perGroup + this.filter.bytes;
  }

  /**
   * When the share is over its allowance: writes the least recently changed groups (ties: the
   * older group id) to the spill store in one transaction, down to 75% of the allowance, and
   * empties their slots. Under EMIT EVERY, groups changed since the last emission stay. Returns
   * the groups to keep (the caller rebuilds the key table with them), or undefined.
   */
  evict(store: GroupStore): Int32Array | undefined {
    this.estimate(store);
    if (!this.share.over() || this.perGroup === 0) return undefined;
    const size = store.groups.size;
    const excess = size - Math.floor((LOW_WATER * this.share.allowance() - this.filter.bytes) / this.perGroup);
    if (excess <= 0) return undefined;
    // ON CLOSE keeps groups whose rows were all retracted (they are emitted at the end).
    const all = this.mode === 'close';
    const candidates: number[] = [];
    for (let g = 0; g < size; g++) if ((all || store.rows[g]! > 0) && !(this.mode === 'every' && store.dirty[g] === 1)) candidates.push(g);
    if (candidates.length === 0) return undefined;
    const touched = store.touchedAt;
    candidates.sort((a, b) => touched[a]! - touched[b]! || a - b);
    const victims = Int32Array.from(candidates.slice(0, Math.min(excess, candidates.length)));
    const n = victims.length;
    const keys = encodeKeys(keyColumns(store, victims, n), this.keyTypes, n);
    const entries: [Uint8Array, Uint8Array][] = new Array(n);
    // One buffer for every state of the eviction (each value a view of it).
    const writer = new StateWriter(n * Math.max(64, this.perGroup - FIXED_BYTES));
    for (let j = 0; j < n; j++) {
      const g = victims[j]!;
      entries[j] = [keys[j]!, writer.write(store.exportGroup(g))];
      this.filter.add(store.groups.hashOf(g));
    }
    this.share.store().put(entries);
    const gone = new Uint8Array(size);
    for (const g of victims) {
      gone[g] = 1;
      store.set.clear(g);
      store.rows[g] = store.emitted[g] = store.dirty[g] = 0;
    }
    this.ctx.count('spilledGroups', n);
    const keep: number[] = [];
    for (let g = 0; g < size; g++) if (gone[g] === 0 && (all || store.rows[g]! > 0)) keep.push(g);
    return Int32Array.from(keep);
  }

  /** Spilled groups read back in chunks, each in a fresh store: `gids` are its groups. */
  *chunks(filter?: (value: Uint8Array) => boolean): Generator<{ store: GroupStore; gids: Int32Array; keys: Uint8Array[] }> {
    if (this.share.spilled === 0) return;
    let pairs: [Uint8Array, Uint8Array][] = [];
    const flush = () => {
      const store = this.fresh();
      const gids = importPairs(store, pairs);
      const keys = pairs.map((p) => p[0]);
      pairs = [];
      return { store, gids, keys };
    };
    for (const pair of this.share.store().entries()) {
      if (filter !== undefined && !filter(pair[1])) continue;
      pairs.push(pair);
      if (pairs.length === CHUNK) yield flush();
    }
    if (pairs.length > 0) yield flush();
  }

  /**
   * The state TTL over spilled groups: those unchanged since `before` leave the store; `expired`
   * sees each chunk of them first (to retract their rows). Returns how many expired.
   */
  expire(before: number, expired: (store: GroupStore, gids: Int32Array) => void): number {
    let count = 0;
    const done: Uint8Array[] = [];
    for (const chunk of this.chunks((v) => touchedAtOf(v) <= before)) {
      expired(chunk.store, chunk.gids);
      done.push(...chunk.keys);
      count += chunk.gids.length;
    }
    this.share.store().delete(done);
    this.refilter();
    return count;
  }

  /** Spilled groups as [key, value] pairs, for a checkpoint. */
  snapshot(): [Uint8Array, Uint8Array][] {
    return this.share.spilled === 0 ? [] : [...this.share.store().entries()];
  }

  /** Spilled groups of a checkpoint go back to the spill store (not to memory). */
  restore(pairs: readonly (readonly [Uint8Array, Uint8Array])[]): void {
    if (this.share.spilled > 0) this.share.store().clear();
    this.filter.clear();
    if (pairs.length === 0) return;
    this.share.store().put(pairs);
    for (let at = 0; at < pairs.length; at += CHUNK) this.addKeys(pairs.slice(at, at + CHUNK).map((p) => p[0]));
  }
}
