/**
 * BOOL_AND and BOOL_OR (EVERY is BOOL_AND): counts of TRUE and FALSE values per group, so
 * retractions and session merges are exact. NULLs are skipped; no non-NULL value gives NULL.
 */
import { boolColumn, validityOf, type Column } from '../../runtime/index.js';
import { growFloat64, maxGid, valid, validityWhere, type Accumulator, type Update } from './accumulator.js';

export class BoolAgg implements Accumulator {
  private trues: Float64Array = new Float64Array(16);
  private falses: Float64Array = new Float64Array(16);

  constructor(private readonly and: boolean) {}

  add(u: Update): void {
    const max = maxGid(u.gids, u.count);
    this.trues = growFloat64(this.trues, max);
    this.falses = growFloat64(this.falses, max);
    const col = u.args[0]!;
    const validity = validityOf(col);
    const bits = col.values as Uint8Array;
    for (let j = 0; j < u.count; j++) {
      const row = u.rows === null ? j : u.rows[j]!;
      if (!valid(validity, col.offset, row)) continue;
      const w = u.weights === null ? 1 : u.weights[row]!;
      if (valid(bits, col.offset, row)) this.trues[u.gids[j]!] += w;
      else this.falses[u.gids[j]!] += w;
    }
  }

  result(gids: Int32Array, count: number): Column {
    const { validity, nulls } = validityWhere(count, (j) => (this.trues[gids[j]!] ?? 0) + (this.falses[gids[j]!] ?? 0) > 0);
    const bits = new Uint8Array((count + 7) >> 3);
    for (let j = 0; j < count; j++) {
      const g = gids[j]!;
      const v = this.and ? (this.falses[g] ?? 0) === 0 : (this.trues[g] ?? 0) > 0;
      if (v) bits[j >> 3]! |= 1 << (j & 7);
    }
    return boolColumn(bits, count, validity, nulls);
  }

  merge(into: number, from: number): void {
    const max = Math.max(into, from);
    this.trues = growFloat64(this.trues, max);
    this.falses = growFloat64(this.falses, max);
    this.trues[into]! += this.trues[from]!;
    this.falses[into]! += this.falses[from]!;
    this.clear(from);
  }

  clear(gid: number): void {
    if (gid < this.trues.length) this.trues[gid] = this.falses[gid] = 0;
  }

  exportGroup(gid: number): unknown {
    return [this.trues[gid] ?? 0, this.falses[gid] ?? 0];
  }

  importGroup(gid: number, state: unknown): void {
    const [t, f] = state as [number, number];
    this.trues = growFloat64(this.trues, gid);
    this.falses = growFloat64(this.falses, gid);
    this.trues[gid] = t;
    this.falses[gid] = f;
  }

  snapshot(): unknown {
    return { trues: this.trues.slice(), falses: this.falses.slice() };
  }

  restore(state: unknown): void {
    const s = state as { trues: Float64Array; falses: Float64Array };
    this.trues = s.trues.slice();
    this.falses = s.falses.slice();
  }
}
