/**
 * Building a join's output: joined rows gathered from the incoming batch and the kept rows of
 * the other side (which live in many batches), outer rows padded with NULLs, SEMI/ANTI rows, all
 * with the changelog weight when the output is a changelog.
 */
import {
  columnsOf,
  concatBatches,
  fixedColumn,
  gatherColumn,
  makeBatch,
  nullColumn,
  type Column,
  type ColumnType,
  type RecordBatch,
  type Schema,
} from '../runtime/index.js';
import type { JoinSide } from './join-state.js';

/** Which data columns (not `__weight`) of each input reach the output, with their types. */
export interface JoinColumns {
  readonly left: readonly number[];
  readonly right: readonly number[];
  readonly leftTypes: readonly ColumnType[];
  readonly rightTypes: readonly ColumnType[];
}

/** Rows of one batch: row indexes and their weights. */
export interface Picked {
  rows: number[];
  weights: number[];
}

/** Output batches of one join. */
export class JoinOutput {
  constructor(readonly schema: Schema, private readonly cols: JoinColumns, private readonly semi: boolean, private readonly weighted: boolean) {}

  private weightColumn(weights: readonly number[]): Column[] {
    return this.weighted ? [fixedColumn('int32', Int32Array.from(weights), weights.length)] : [];
  }

  private gather(batch: RecordBatch, indexes: readonly number[], types: readonly ColumnType[], rows: readonly number[]): Column[] {
    const sel = Int32Array.from(rows);
    const cols = columnsOf(batch);
    return indexes.map((c, k) => gatherColumn(cols[c]!, types[k]!, sel, rows.length));
  }

  /**
   * Joined rows: `left`/`right` name the batch each side's rows come from. Returns one batch per
   * call (the pairs share a left batch and a right batch).
   */
  joined(leftBatch: RecordBatch, leftRows: readonly number[], rightBatch: RecordBatch, rightRows: readonly number[], weights: readonly number[]): RecordBatch {
    const n = leftRows.length;
    const columns = [
      ...this.gather(leftBatch, this.cols.left, this.cols.leftTypes, leftRows),
      ...(this.semi ? [] : this.gather(rightBatch, this.cols.right, this.cols.rightTypes, rightRows)),
      ...this.weightColumn(weights),
    ];
    return makeBatch(this.schema, columns, n);
  }

  /** Rows of one side padded with NULLs for the other (`side` 0: left rows; 1: right rows). */
  padded(side: 0 | 1, batch: RecordBatch, rows: readonly number[], weights: readonly number[]): RecordBatch {
    const n = rows.length;
    const nulls = (types: readonly ColumnType[]) => types.map((t) => nullColumn(t, n));
    const columns = side === 0
      ? [...this.gather(batch, this.cols.left, this.cols.leftTypes, rows), ...(this.semi ? [] : nulls(this.cols.rightTypes))]
      : [...nulls(this.cols.leftTypes), ...this.gather(batch, this.cols.right, this.cols.rightTypes, rows)];
    return makeBatch(this.schema, [...columns, ...this.weightColumn(weights)], n);
  }

  /** Padded (or SEMI/ANTI) rows of kept rows `ids` of a side, across its batches. */
  paddedKept(side: 0 | 1, state: JoinSide, ids: readonly number[], weight: (id: number) => number): RecordBatch | undefined {
    const byBatch = new Map<number, Picked>();
    for (const id of ids) {
      const b = state.batchOf[id]!;
      let p = byBatch.get(b);
      if (p === undefined) byBatch.set(b, (p = { rows: [], weights: [] }));
      p.rows.push(state.rowOf[id]!);
      p.weights.push(weight(id));
    }
    const parts = [...byBatch].map(([b, p]) => this.padded(side, state.batch(b), p.rows, p.weights));
    return parts.length === 0 ? undefined : concatBatches(this.schema, parts);
  }
}
