/**
 * `agg(DISTINCT x)`: a counted set of values per group in front of any accumulator. A value
 * reaches the inner aggregate when its count goes from 0 to 1 and leaves it (a retraction) when
 * it drops back to 0, so COUNT/SUM/AVG/STRING_AGG(DISTINCT ...) work over changelogs too.
 */
import type { Column, ColumnType } from '../../runtime/index.js';
import { keyOf, Slots, type Accumulator, type Update } from './accumulator.js';
import { valueType, type ValueType } from './values.js';

export class Distinct implements Accumulator {
  private readonly sets = new Slots<Map<unknown, { v: unknown; n: number }>>(() => new Map());
  private readonly vt: ValueType;
  private gids: Int32Array = new Int32Array(0);
  private rows: Int32Array = new Int32Array(0);
  private weights: Int32Array = new Int32Array(0);

  constructor(private readonly inner: Accumulator, argType: ColumnType) {
    this.vt = valueType(argType);
  }

  add(u: Update): void {
    const col = u.args[0]!;
    if (this.gids.length < u.count) {
      this.gids = new Int32Array(Math.max(u.count, 1024));
      this.rows = new Int32Array(Math.max(u.count, 1024));
    }
    if (this.weights.length < col.length) this.weights = new Int32Array(Math.max(col.length, 1024));
    let k = 0;
    for (let j = 0; j < u.count; j++) {
      const row = u.rows === null ? j : u.rows[j]!;
      const v = this.vt.read(col, row);
      if (v === null) continue;
      const g = u.gids[j]!;
      const set = this.sets.get(g);
      const key = keyOf(v);
      const e = set.get(key);
      const before = e?.n ?? 0;
      const after = before + (u.weights === null ? 1 : u.weights[row]!);
      if (after <= 0) set.delete(key);
      else if (e === undefined) set.set(key, { v, n: after });
      else e.n = after;
      if ((before > 0) === (after > 0)) continue;
      this.gids[k] = g;
      this.rows[k] = row;
      this.weights[row] = after > 0 ? 1 : -1;
      k++;
    }
    if (k > 0) this.inner.add({ ...u, gids: this.gids, rows: this.rows, count: k, weights: this.weights });
  }

  result(gids: Int32Array, count: number): Column {
    return this.inner.result(gids, count);
  }

  merge(into: number, from: number): void {
    const source = this.sets.peek(from);
    this.clear(from);
    if (source === undefined) return;
    const target = this.sets.get(into);
    const fresh: unknown[] = [];
    for (const [key, e] of source) {
      const t = target.get(key);
      if (t === undefined) {
        target.set(key, { v: e.v, n: e.n });
        fresh.push(e.v);
      } else t.n += e.n;
    }
    // Values new to `into` reach its inner aggregate as one batch.
    if (fresh.length === 0) return;
    const gids = new Int32Array(fresh.length).fill(into);
    this.inner.add({ args: [this.vt.column(fresh)], gids, rows: null, count: fresh.length, weights: null, times: null, seq: 0 });
  }

  clear(gid: number): void {
    this.sets.set(gid, undefined);
    this.inner.clear(gid);
  }

  exportGroup(gid: number): unknown {
    return { set: this.sets.peek(gid) ?? null, inner: this.inner.exportGroup(gid) };
  }

  importGroup(gid: number, state: unknown): void {
    const s = state as { set: Map<unknown, { v: unknown; n: number }> | null; inner: unknown };
    this.sets.set(gid, s.set ?? undefined);
    this.inner.importGroup(gid, s.inner);
  }

  snapshot(): unknown {
    return { sets: this.sets.snapshot(), inner: this.inner.snapshot() };
  }

  restore(state: unknown): void {
    const s = state as { sets: unknown; inner: unknown };
    this.sets.restore(s.sets);
    this.inner.restore(s.inner);
  }
}
