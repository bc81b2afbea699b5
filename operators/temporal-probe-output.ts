/**
 * The output of a temporal probe join (temporal-probe-join.ts): probes collected in flat arrays,
 * then built into one batch, each column gathered in one pass over the batches its rows come
 * from (the held left batches; the right batches the matches read).
 */
import { columnsOf, fixedColumn, gatherAcross, kernels, makeBatch, type Column, type ColumnType, type RecordBatch, type Schema } from '../runtime/index.js';

/** Where the right row of a match lives: its batch (an index the caller keeps) and row. */
export interface RightRows {
  batchOf(id: number): number;
  rowOf(id: number): number;
  batch(bt: number): RecordBatch;
}

/** The shape of the output: left columns, right columns (nullable), offset, probe time. */
export interface ProbeShape {
  readonly schema: Schema;
  readonly leftTypes: readonly ColumnType[];
  readonly rightTypes: readonly ColumnType[];
  readonly probeType: ColumnType;
  /** Units of the probe time column per millisecond (1000 for microsecond timestamps). */
  readonly unitsPerMs: number;
}

/** A column of int64 (or timestamp) values given as numbers. */
function int64Column(type: ColumnType, values: Float64Array, n: number, validity: Uint8Array | null, nulls: number): Column {
  const out = new BigInt64Array(n);
  kernels().float64ToInt64(values, out, n);
  return fixedColumn(type, out, n, validity, nulls);
}

function grow<A extends Int32Array | Float64Array>(a: A): A {
  const next = new (a.constructor as new (n: number) => A)(a.length * 2);
  next.set(a);
  return next;
}

/**
 * Probes waiting to be emitted together: the left batch (an index into the batches added with
 * `left`) and row of each, its offset, its probe time in ms (NaN: none) and its right row id
 * (-1: none).
 */
export class ProbeRows {
  private readonly lefts: RecordBatch[] = [];
  private from = new Int32Array(1024);
  private rows = new Int32Array(1024);
  private offsets = new Float64Array(1024);
  private probes = new Float64Array(1024);
  private ids = new Int32Array(1024);
  private count = 0;

  constructor(private readonly shape: ProbeShape, private readonly right: RightRows) {}

  /** Adds a left batch that probes will read; returns its index. */
  left(batch: RecordBatch): number {
    return this.lefts.push(batch) - 1;
  }

  push(left: number, row: number, offset: number, probe: number, id: number): void {
    if (this.count === this.from.length) {
      [this.from, this.rows, this.offsets, this.probes, this.ids] = [grow(this.from), grow(this.rows), grow(this.offsets), grow(this.probes), grow(this.ids)];
    }
    const i = this.count++;
    this.from[i] = left;
    this.rows[i] = row;
    this.offsets[i] = offset;
    this.probes[i] = probe;
    this.ids[i] = id;
  }

  /** The collected probes as one batch (undefined: none), and a fresh start. */
  take(): RecordBatch | undefined {
    const n = this.count;
    const out = n === 0 ? undefined : this.build(n);
    this.lefts.length = 0;
    this.count = 0;
    return out;
  }

  private build(n: number): RecordBatch {
    const s = this.shape;
    // The right batches the matches read, numbered in order of first use.
    const partOf = new Map<number, number>();
    const rightParts: RecordBatch[] = [];
    const rFrom = new Int32Array(n);
    const rRows = new Int32Array(n);
    const probeTimes = new Float64Array(n);
    let nullProbes = 0;
    for (let i = 0; i < n; i++) {
      const id = this.ids[i]!;
      const probe = this.probes[i]!;
      if (Number.isNaN(probe)) nullProbes++;
      // Timestamps count in their own unit; rounding drops float noise of microsecond times.
      else probeTimes[i] = Math.round(probe * s.unitsPerMs);
      if (id < 0) {
        rFrom[i] = -1;
        continue;
      }
      const bt = this.right.batchOf(id);
      let part = partOf.get(bt);
      if (part === undefined) partOf.set(bt, (part = rightParts.push(this.right.batch(bt)) - 1));
      rFrom[i] = part;
      rRows[i] = this.right.rowOf(id);
    }
    let probeValid: Uint8Array | null = null;
    if (nullProbes > 0) {
      probeValid = new Uint8Array((n + 7) >> 3);
      for (let i = 0; i < n; i++) if (!Number.isNaN(this.probes[i]!)) probeValid[i >> 3]! |= 1 << (i & 7);
    }
    const side = (parts: readonly RecordBatch[], types: readonly ColumnType[], from: Int32Array, rows: Int32Array) =>
      types.map((type, c) => gatherAcross(parts.map((p) => columnsOf(p)[c]!), type, from, rows, n));
    return makeBatch(s.schema, [
      ...side(this.lefts, s.leftTypes, this.from.subarray(0, n), this.rows.subarray(0, n)),
      ...side(rightParts, s.rightTypes, rFrom, rRows),
      int64Column('int64', this.offsets, n, null, 0),
      int64Column(s.probeType, probeTimes, n, probeValid, nullProbes),
    ], n);
  }
}
