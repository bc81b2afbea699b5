/**
 * VAR_POP, VAR_SAMP, STDDEV_POP, STDDEV_SAMP (VARIANCE and STDDEV are the sample forms) by
 * Welford's method per group: stable where a sum of squares cancels, with exact inverse updates
 * for retractions and Chan's formula for merging sessions. Integers, decimals and floats are
 * read as doubles; the result is DOUBLE, NULL for no rows (and for one row in the sample forms).
 */
import { fixedColumn, validityOf, type Column, type ColumnType } from '../../runtime/index.js';
import { growFloat64, maxGid, valid, validityWhere, type Accumulator, type Update } from './accumulator.js';
import { exactAt, numberClass, numbers, type NumberClass } from './sum.js';

/** Which moment. */
export type MomentKind = 'var_pop' | 'var_samp' | 'stddev_pop' | 'stddev_samp';

export class Moments implements Accumulator {
  private n: Float64Array = new Float64Array(16);
  private mean: Float64Array = new Float64Array(16);
  private m2: Float64Array = new Float64Array(16);
  private scratch: Float64Array = new Float64Array(0);
  private readonly cls: NumberClass;
  private readonly unit: number;

  constructor(private readonly kind: MomentKind, argType: ColumnType) {
    this.cls = numberClass(argType);
    const m = /^decimal\(\d+,(\d+)\)$/.exec(argType);
    this.unit = m === null ? 1 : 10 ** Number(m[1]);
  }

  private grow(max: number): void {
    this.n = growFloat64(this.n, max);
    this.mean = growFloat64(this.mean, max);
    this.m2 = growFloat64(this.m2, max);
  }

  add(u: Update): void {
    this.grow(maxGid(u.gids, u.count));
    const col = u.args[0]!;
    const validity = validityOf(col);
    const nums = (this.scratch = numbers(col, this.cls, this.scratch));
    for (let j = 0; j < u.count; j++) {
      const row = u.rows === null ? j : u.rows[j]!;
      if (!valid(validity, col.offset, row)) continue;
      let x = nums[row]!;
      if (x !== x && this.cls !== 'float') x = Number(exactAt(col, this.cls, row));
      x /= this.unit;
      const w = u.weights === null ? 1 : u.weights[row]!;
      for (let k = 0; k < Math.abs(w); k++) this.step(u.gids[j]!, x, w > 0);
    }
  }

  private step(g: number, x: number, insert: boolean): void {
    const n = this.n[g]!;
    const mean = this.mean[g]!;
    if (insert) {
      const n1 = n + 1;
      const d = x - mean;
      const mean1 = mean + d / n1;
      this.n[g] = n1;
      this.mean[g] = mean1;
      this.m2[g]! += d * (x - mean1);
      return;
    }
    if (n <= 1) {
      this.clear(g);
      return;
    }
    const n0 = n - 1;
    const mean0 = (n * mean - x) / n0;
    this.m2[g] = Math.max(0, this.m2[g]! - (x - mean0) * (x - mean));
    this.mean[g] = mean0;
    this.n[g] = n0;
  }

  result(gids: Int32Array, count: number): Column {
    const sample = this.kind === 'var_samp' || this.kind === 'stddev_samp';
    const root = this.kind.startsWith('stddev');
    const { validity, nulls } = validityWhere(count, (j) => (this.n[gids[j]!] ?? 0) > (sample ? 1 : 0));
    const out = new Float64Array(count);
    for (let j = 0; j < count; j++) {
      const g = gids[j]!;
      const n = this.n[g] ?? 0;
      if (n <= (sample ? 1 : 0)) continue;
      const v = Math.max(0, this.m2[g]!) / (sample ? n - 1 : n);
      out[j] = root ? Math.sqrt(v) : v;
    }
    return fixedColumn('float64', out, count, validity, nulls);
  }

  merge(into: number, from: number): void {
    this.grow(Math.max(into, from));
    const [na, nb] = [this.n[into]!, this.n[from]!];
    if (nb > 0) {
      const n = na + nb;
      const d = this.mean[from]! - this.mean[into]!;
      this.mean[into] = this.mean[into]! + (d * nb) / n;
      this.m2[into] = this.m2[into]! + this.m2[from]! + (d * d * na * nb) / n;
      this.n[into] = n;
    }
    this.clear(from);
  }

  clear(gid: number): void {
    if (gid < this.n.length) this.n[gid] = this.mean[gid] = this.m2[gid] = 0;
  }

  exportGroup(gid: number): unknown {
    return [this.n[gid] ?? 0, this.mean[gid] ?? 0, this.m2[gid] ?? 0];
  }

  importGroup(gid: number, state: unknown): void {
    const [n, mean, m2] = state as [number, number, number];
    this.grow(gid);
    this.n[gid] = n;
    this.mean[gid] = mean;
    this.m2[gid] = m2;
  }

  snapshot(): unknown {
    return { n: this.n.slice(), mean: this.mean.slice(), m2: this.m2.slice() };
  }

  restore(state: unknown): void {
    const s = state as { n: Float64Array; mean: Float64Array; m2: Float64Array };
    this.n = s.n.slice();
    this.mean = s.mean.slice();
    this.m2 = s.m2.slice();
  }
}
