/**
 * A hash index over a table's rows for lookup joins: the rows as one batch, their keys in a group
 * table, and per key the rows that have it (a table without a primary key may hold several).
 * Built from a table's contents and rebuilt when its version changes.
 */
import { columnsOf, concatBatches, GroupTable, type Column, type ColumnType, type RecordBatch, type Schema } from '../runtime/index.js';
import { maskNullKeys } from './join-state.js';
import { keyHashes } from './window-internals.js';

/** What a lookup join reads: a table's rows and a counter that changes when they do. */
export interface VersionedTable {
  readonly schema: Schema;
  /** Changes whenever the contents change. */
  readonly version: number;
  batches(): RecordBatch[];
}


export class LookupIndex {
  private readonly keys: GroupTable;
  /** First row of each key, then `next` row of the same key (-1 ends). */
  private readonly heads: Int32Array;
  readonly next: Int32Array;
  private hashes: Uint32Array = new Uint32Array(0);

  private constructor(readonly batch: RecordBatch, readonly version: number, private readonly keyTypes: readonly ColumnType[], keyIndexes: readonly number[]) {
    this.keys = new GroupTable(keyTypes);
    const n = batch.numRows;
    const cols = columnsOf(batch);
    const keyCols = keyIndexes.map((k) => cols[k]!);
    const slots = new Int32Array(n);
    this.hashes = keyHashes(keyCols, keyTypes, n, this.hashes);
    this.keys.lookup(keyCols, this.hashes, null, n, slots);
    this.heads = new Int32Array(this.keys.size).fill(-1);
    this.next = new Int32Array(n).fill(-1);
    // Rows with a NULL key are never found; the others are linked in row order.
    const tails = new Int32Array(this.keys.size).fill(-1);
    maskNullKeys(keyCols, n, slots);
    for (let i = 0; i < n; i++) {
      const s = slots[i]!;
      if (s < 0) continue;
      if (tails[s] === -1) this.heads[s] = i;
      else this.next[tails[s]!] = i;
      tails[s] = i;
    }
  }

  /** The index of `table`'s current rows by the columns `keyIndexes`. */
  static build(table: VersionedTable, keyIndexes: readonly number[]): LookupIndex {
    const parts = table.batches();
    const batch = parts.length === 1 ? parts[0]! : concatBatches(table.schema, parts);
    return new LookupIndex(batch, table.version, keyIndexes.map((k) => table.schema.fields[k]!.type), keyIndexes);
  }

  /** For each probe row, the first table row with its key (-1: none, or a NULL key). */
  probe(keyCols: readonly Column[], n: number, out: Int32Array): void {
    this.hashes = keyHashes(keyCols, this.keyTypes, n, this.hashes);
    this.keys.find(keyCols, this.hashes, n, out);
    maskNullKeys(keyCols, n, out);
    for (let i = 0; i < n; i++) if (out[i]! >= 0) out[i] = this.heads[out[i]!]!;
  }
}
