/**
 * MIN and MAX. Numbers, dates, times and timestamps of append-only inputs keep one double per
 * group (the raw stored value, so int64 and microsecond timestamps stay exact below 2^53; larger
 * int64 values fall back to bigints per group). Other types, and every changelog input, keep
 * values: append-only inputs the best value per group, changelogs a counted multiset per group
 * so a retracted minimum gives way to the next one.
 */
import { fixedColumn, kindOf, validityOf, type Column, type ColumnType } from '../../runtime/index.js';
import { growFloat64, keyOf, maxGid, Slots, valid, validityWhere, type Accumulator, type Update } from './accumulator.js';
import { numberClass, numbers } from './sum.js';
import { valueType, type ValueType } from './values.js';

/** Whether MIN/MAX of `type` can use the dense double path. */
export function denseExtreme(type: ColumnType): boolean {
  const k = kindOf(type);
  return ['int8', 'int16', 'int32', 'int64', 'float32', 'float64', 'date', 'time', 'timestamp'].includes(k);
}

/** MIN/MAX of numbers and times over an append-only input. */
export class DenseExtreme implements Accumulator {
  private values: Float64Array = new Float64Array(16);
  private seen: Uint8Array = new Uint8Array(16);
  /** Groups holding an int64 beyond 2^53: exact extremes. */
  private big = new Map<number, bigint>();
  private scratch: Float64Array = new Float64Array(0);
  private readonly initial: number;

  constructor(private readonly type: ColumnType, private readonly min: boolean) {
    this.initial = min ? Infinity : -Infinity;
    this.values.fill(this.initial);
  }

  add(u: Update): void {
    const max = maxGid(u.gids, u.count);
    this.grow(max);
    const col = u.args[0]!;
    const validity = validityOf(col);
    const kind = kindOf(this.type);
    const wide = kind === 'int64' || kind === 'timestamp';
    const nums = (this.scratch = numbers(col, wide ? 'int64' : numberClass(this.type), this.scratch));
    const { gids, rows } = u;
    const values = this.values;
    const seen = this.seen;
    for (let j = 0; j < u.count; j++) {
      const row = rows === null ? j : rows[j]!;
      if (!valid(validity, col.offset, row)) continue;
      const g = gids[j]!;
      const v = nums[row]!;
      if (v !== v && wide) {
        // NaN marks an int64 beyond 2^53 here.
        seen[g] = 1;
        this.exactCandidate(g, (col.values as BigInt64Array)[row]!);
        continue;
      }
      if (seen[g] === 0) {
        seen[g] = 1;
        values[g] = v;
      } else this.offer(g, v, values);
    }
  }

  /** SQL orders NaN above every number. */
  private offer(g: number, v: number, values: Float64Array): void {
    const cur = values[g]!;
    if (this.min ? v < cur || (cur !== cur && v === v) : v > cur || (v !== v && cur === cur)) values[g] = v;
  }

  private exactCandidate(g: number, v: bigint): void {
    const current = this.big.get(g);
    if (current === undefined || (this.min ? v < current : v > current)) this.big.set(g, v);
  }

  private grow(max: number): void {
    if (max < this.values.length) return;
    this.values = growFloat64(this.values, max, this.initial);
    const seen = new Uint8Array(this.values.length);
    seen.set(this.seen);
    this.seen = seen;
  }

  /** The exact winner of a group that saw big int64 values. */
  private bigWinner(g: number): bigint {
    const b = this.big.get(g)!;
    const d = this.values[g]!;
    if (d === this.initial) return b;
    const small = BigInt(d);
    return this.min ? (small < b ? small : b) : small > b ? small : b;
  }

  result(gids: Int32Array, count: number): Column {
    const { validity, nulls } = validityWhere(count, (j) => this.seen[gids[j]!] === 1);
    const kind = kindOf(this.type);
    if (kind === 'int64' || kind === 'timestamp') {
      const out = new BigInt64Array(count);
      for (let j = 0; j < count; j++) {
        const g = gids[j]!;
        if (this.seen[g] !== 1) continue;
        out[j] = this.big.has(g) ? this.bigWinner(g) : BigInt(this.values[g]!);
      }
      return fixedColumn(this.type, out, count, validity, nulls);
    }
    const make = ({ int8: Int8Array, int16: Int16Array, int32: Int32Array, date: Int32Array, time: Int32Array, float32: Float32Array, float64: Float64Array } as unknown as Record<string, Float64ArrayConstructor>)[kind]!;
    const out = new make(count);
    for (let j = 0; j < count; j++) out[j] = this.seen[gids[j]!] === 1 ? this.values[gids[j]!]! : 0;
    return fixedColumn(this.type, out, count, validity, nulls);
  }

  merge(into: number, from: number): void {
    this.grow(Math.max(into, from));
    if (this.seen[from] === 1) {
      const v = this.values[from]!;
      if (this.seen[into] === 0) this.values[into] = v;
      else if (v !== this.initial) this.offer(into, v, this.values);
      this.seen[into] = 1;
      const b = this.big.get(from);
      if (b !== undefined) this.exactCandidate(into, b);
    }
    this.clear(from);
  }

  clear(gid: number): void {
    if (gid < this.values.length) {
      this.values[gid] = this.initial;
      this.seen[gid] = 0;
    }
    this.big.delete(gid);
  }

  exportGroup(gid: number): unknown {
    if (gid >= this.values.length || this.seen[gid] === 0) return null;
    return { v: this.values[gid]!, b: this.big.get(gid) };
  }

  importGroup(gid: number, state: unknown): void {
    if (state === null) return;
    const s = state as { v: number; b: bigint | undefined };
    this.grow(gid);
    this.values[gid] = s.v;
    this.seen[gid] = 1;
    if (s.b !== undefined) this.big.set(gid, s.b);
  }

  snapshot(): unknown {
    return { values: this.values.slice(), seen: this.seen.slice(), big: new Map(this.big) };
  }

  restore(state: unknown): void {
    const s = state as { values: Float64Array; seen: Uint8Array; big: Map<number, bigint> };
    this.values = s.values.slice();
    this.seen = s.seen.slice();
    this.big = new Map(s.big);
  }
}

/** MIN/MAX of any type over an append-only input: the best value per group. */
export class ValueExtreme implements Accumulator {
  private readonly best = new Slots<{ v: unknown } | null>(() => null);
  private readonly vt: ValueType;

  constructor(type: ColumnType, private readonly min: boolean) {
    this.vt = valueType(type);
  }

  add(u: Update): void {
    const col = u.args[0]!;
    for (let j = 0; j < u.count; j++) {
      const v = this.vt.read(col, u.rows === null ? j : u.rows[j]!);
      if (v !== null) this.offer(u.gids[j]!, v);
    }
  }

  private offer(g: number, v: unknown): void {
    const b = this.best.peek(g);
    if (b == null) this.best.set(g, { v });
    else {
      const c = this.vt.compare(v, b.v);
      if (this.min ? c < 0 : c > 0) b.v = v;
    }
  }

  result(gids: Int32Array, count: number): Column {
    const out: unknown[] = [];
    for (let j = 0; j < count; j++) out.push(this.best.peek(gids[j]!)?.v ?? null);
    return this.vt.column(out);
  }

  merge(into: number, from: number): void {
    const b = this.best.peek(from);
    if (b != null) this.offer(into, b.v);
    this.clear(from);
  }

  clear(gid: number): void {
    this.best.set(gid, null);
  }

  exportGroup(gid: number): unknown {
    return this.best.peek(gid) ?? null;
  }

  importGroup(gid: number, state: unknown): void {
    this.best.set(gid, (state ?? undefined) as never);
  }

  snapshot(): unknown {
    return this.best.snapshot();
  }

  restore(state: unknown): void {
    this.best.restore(state);
  }
}

interface Multiset {
  /** Value key -> the value and how many times it is present. */
  readonly entries: Map<unknown, { v: unknown; n: number }>;
  /** The cached extreme, recomputed when it is retracted. */
  best: { v: unknown } | null;
}

/** MIN/MAX over a changelog: a counted multiset per group. */
export class RetractableExtreme implements Accumulator {
  private readonly sets = new Slots<Multiset>(() => ({ entries: new Map(), best: null }));
  private readonly vt: ValueType;

  constructor(type: ColumnType, private readonly min: boolean) {
    this.vt = valueType(type);
  }

  add(u: Update): void {
    const col = u.args[0]!;
    for (let j = 0; j < u.count; j++) {
      const row = u.rows === null ? j : u.rows[j]!;
      const v = this.vt.read(col, row);
      if (v !== null) this.apply(u.gids[j]!, v, u.weights === null ? 1 : u.weights[row]!);
    }
  }

  private apply(g: number, v: unknown, w: number): void {
    const s = this.sets.get(g);
    const key = keyOf(v);
    const e = s.entries.get(key);
    const n = (e?.n ?? 0) + w;
    if (n <= 0) {
      s.entries.delete(key);
      if (s.best !== null && this.vt.compare(s.best.v, v) === 0) s.best = null;
    } else {
      if (e === undefined) s.entries.set(key, { v, n });
      else e.n = n;
      if (s.best !== null && w > 0) {
        const c = this.vt.compare(v, s.best.v);
        if (this.min ? c < 0 : c > 0) s.best = { v };
      }
    }
  }

  private winner(g: number): unknown {
    const s = this.sets.peek(g);
    if (s === undefined || s.entries.size === 0) return null;
    if (s.best === null) {
      let best: unknown;
      let first = true;
      for (const { v } of s.entries.values()) {
        const c = first ? 0 : this.vt.compare(v, best);
        if (first || (this.min ? c < 0 : c > 0)) best = v;
        first = false;
      }
      s.best = { v: best };
    }
    return s.best.v;
  }

  result(gids: Int32Array, count: number): Column {
    const out: unknown[] = [];
    for (let j = 0; j < count; j++) out.push(this.winner(gids[j]!));
    return this.vt.column(out);
  }

  merge(into: number, from: number): void {
    const s = this.sets.peek(from);
    if (s !== undefined) for (const { v, n } of s.entries.values()) this.apply(into, v, n);
    this.clear(from);
  }

  clear(gid: number): void {
    this.sets.set(gid, undefined);
  }

  exportGroup(gid: number): unknown {
    return this.sets.peek(gid) ?? null;
  }

  importGroup(gid: number, state: unknown): void {
    this.sets.set(gid, (state ?? undefined) as never);
  }

  snapshot(): unknown {
    return this.sets.snapshot();
  }

  restore(state: unknown): void {
    this.sets.restore(state);
  }
}
