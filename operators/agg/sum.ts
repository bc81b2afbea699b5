/**
 * COUNT, SUM and AVG with signed weights. Sums are exact: integers and decimals accumulate as
 * doubles while every partial sum stays below 2^53 (the common case, at typed-array speed) and a
 * group moves to a bigint once it would not; a sum beyond its result type is NULL plus an
 * `overflow` row error. Float sums are IEEE doubles (with retractions they are exact only up to
 * rounding, as in every engine).
 */
import {
  fixedColumn,
  kernels,
  kindOf,
  readDecimal,
  validityOf,
  writeDecimal,
  type Column,
  type ColumnType,
} from '../../runtime/index.js';
import { growFloat64, maxGid, valid, validityWhere, type Accumulator, type ErrorSink, type Update } from './accumulator.js';

const SAFE = 2 ** 53;
const INT64_MAX = 2n ** 63n - 1n;
const DECIMAL_MAX = 10n ** 38n - 1n;

/** COUNT(*) and COUNT(x): rows (weights summed), or rows where x is not NULL. */
export class Count implements Accumulator {
  private counts: Float64Array = new Float64Array(16);

  constructor(private readonly ofColumn: boolean) {}

  add(u: Update): void {
    this.counts = growFloat64(this.counts, maxGid(u.gids, u.count));
    const counts = this.counts;
    const col = this.ofColumn ? u.args[0]! : null;
    const validity = col === null ? null : validityOf(col);
    const offset = col === null ? 0 : col.offset;
    const { gids, rows, weights } = u;
    if (validity === null && weights === null) {
      for (let j = 0; j < u.count; j++) counts[gids[j]!]++;
      return;
    }
    for (let j = 0; j < u.count; j++) {
      const row = rows === null ? j : rows[j]!;
      if (valid(validity, offset, row)) counts[gids[j]!] += weights === null ? 1 : weights[row]!;
    }
  }

  result(gids: Int32Array, count: number): Column {
    const values = new Float64Array(count);
    for (let j = 0; j < count; j++) values[j] = this.counts[gids[j]!] ?? 0;
    const out = new BigInt64Array(count);
    kernels().float64ToInt64(values, out, count);
    return fixedColumn('int64', out, count);
  }

  merge(into: number, from: number): void {
    this.counts = growFloat64(this.counts, Math.max(into, from));
    this.counts[into]! += this.counts[from]!;
    this.counts[from] = 0;
  }

  clear(gid: number): void {
    if (gid < this.counts.length) this.counts[gid] = 0;
  }

  exportGroup(gid: number): unknown {
    return this.counts[gid] ?? 0;
  }

  importGroup(gid: number, state: unknown): void {
    this.counts = growFloat64(this.counts, gid);
    this.counts[gid] = state as number;
  }

  snapshot(): unknown {
    return this.counts.slice();
  }

  restore(state: unknown): void {
    this.counts = (state as Float64Array).slice();
  }
}

/** How a numeric argument is read: as doubles, or as exact (scaled) integers. */
export type NumberClass = 'float' | 'int' | 'int64' | 'decimal';

export function numberClass(type: ColumnType): NumberClass {
  switch (kindOf(type)) {
    case 'float32': case 'float64': return 'float';
    case 'int64': return 'int64';
    case 'decimal': return 'decimal';
    default: return 'int';
  }
}

/**
 * The argument as doubles (unscaled integers for decimals), with NaN where an exact integer does
 * not fit a double (the accumulator then reads the exact value with `exactAt`).
 */
export function numbers(col: Column, cls: NumberClass, scratch: Float64Array): Float64Array {
  const n = col.length;
  const out = scratch.length >= n ? scratch : new Float64Array(Math.max(n, 1024));
  switch (cls) {
    case 'float': case 'int': {
      const v = col.values as ArrayLike<number>;
      for (let i = 0; i < n; i++) out[i] = v[i]!;
      return out;
    }
    case 'int64': {
      kernels().int64ToFloat64(col.values as BigInt64Array, 0, out, n);
      for (let i = 0; i < n; i++) if (out[i]! >= SAFE || out[i]! <= -SAFE) out[i] = NaN;
      return out;
    }
    case 'decimal': {
      const w = col.values as Uint32Array;
      for (let i = 0; i < n; i++) {
        const w1 = w[4 * i + 1]!;
        const w2 = w[4 * i + 2]!;
        const w3 = w[4 * i + 3]!;
        if (w3 === 0 && w2 === 0 && w1 < 0x200000) out[i] = w1 * 4294967296 + w[4 * i]!;
        else if (w3 === 0xffffffff && w2 === 0xffffffff && w1 > 0xffe00000) out[i] = (w1 - 4294967296) * 4294967296 + w[4 * i]!;
        else out[i] = NaN;
      }
      return out;
    }
  }
}

export function exactAt(col: Column, cls: NumberClass, row: number): bigint {
  return cls === 'decimal' ? readDecimal(col.values as Uint32Array, row) : (col.values as BigInt64Array)[row]!;
}

/** SUM and AVG. */
export class Sum implements Accumulator {
  private sums: Float64Array = new Float64Array(16);
  /** Non-NULL values per group (weights summed): 0 means the result is NULL. */
  private counts: Float64Array = new Float64Array(16);
  /** Groups whose sum left the exact double range. */
  private big = new Map<number, bigint>();
  private scratch: Float64Array = new Float64Array(0);
  private readonly cls: NumberClass;
  private readonly scale: number;

  constructor(argType: ColumnType, private readonly type: ColumnType, private readonly average: boolean, private readonly onError: ErrorSink) {
    this.cls = numberClass(argType);
    const m = /^decimal\(\d+,(\d+)\)$/.exec(argType);
    this.scale = m === null ? 0 : Number(m[1]);
  }

  add(u: Update): void {
    const max = maxGid(u.gids, u.count);
    this.sums = growFloat64(this.sums, max);
    this.counts = growFloat64(this.counts, max);
    const col = u.args[0]!;
    const validity = validityOf(col);
    const nums = (this.scratch = numbers(col, this.cls, this.scratch));
    const { gids, rows, weights } = u;
    const sums = this.sums;
    const counts = this.counts;
    // Unweighted float sums without NULLs: the batch kernel.
    if (this.cls === 'float' && rows === null && weights === null && (validity === null || col.offset === 0)) {
      kernels().sumByGroup(sums, counts, gids, nums, validity, 0, u.count);
      return;
    }
    const exact = this.cls !== 'float';
    for (let j = 0; j < u.count; j++) {
      const row = rows === null ? j : rows[j]!;
      if (!valid(validity, col.offset, row)) continue;
      const g = gids[j]!;
      const w = weights === null ? 1 : weights[row]!;
      const v = nums[row]! * w;
      counts[g] += w;
      if (!exact) {
        sums[g] += v;
        continue;
      }
      const s = sums[g]! + v;
      if (s < SAFE && s > -SAFE && !this.big.has(g)) sums[g] = s;
      else this.addExact(g, exactAt(col, this.cls, row) * BigInt(w));
    }
  }

  private addExact(g: number, v: bigint): void {
    const before = this.big.get(g) ?? BigInt(this.sums[g]!);
    this.big.set(g, before + v);
    this.sums[g] = 0;
  }

  result(gids: Int32Array, count: number): Column {
    const over = new Uint8Array(count);
    for (let j = 0; j < count; j++) if (this.overflows(gids[j]!)) over[j] = 1;
    const { validity, nulls } = validityWhere(count, (j) => (this.counts[gids[j]!] ?? 0) > 0 && over[j] === 0);
    if (this.average) {
      const out = new Float64Array(count);
      const unit = 10 ** this.scale;
      for (let j = 0; j < count; j++) {
        const g = gids[j]!;
        const c = this.counts[g] ?? 0;
        const s = this.big.has(g) ? Number(this.big.get(g)!) : this.sums[g] ?? 0;
        out[j] = c > 0 ? s / c / unit : 0;
      }
      return fixedColumn('float64', out, count, validity, nulls);
    }
    const kind = kindOf(this.type);
    if (kind === 'float64') {
      const out = new Float64Array(count);
      for (let j = 0; j < count; j++) out[j] = this.sums[gids[j]!] ?? 0;
      return fixedColumn('float64', out, count, validity, nulls);
    }
    if (kind === 'decimal') {
      const words = new Uint32Array(4 * count);
      for (let j = 0; j < count; j++) if (over[j] === 0) writeDecimal(words, j, this.exact(gids[j]!));
      return fixedColumn(this.type, words, count, validity, nulls);
    }
    const out = new BigInt64Array(count);
    for (let j = 0; j < count; j++) {
      const g = gids[j]!;
      out[j] = over[j] === 1 ? 0n : this.exact(g);
    }
    return fixedColumn('int64', out, count, validity, nulls);
  }

  private exact(g: number): bigint {
    return this.big.get(g) ?? BigInt(this.sums[g] ?? 0);
  }

  /** Whether a group's exact sum is outside the result type (reported once per result). */
  private overflows(g: number): boolean {
    const b = this.big.get(g);
    if (b === undefined || this.average || this.cls === 'float') return false;
    const limit = kindOf(this.type) === 'decimal' ? DECIMAL_MAX : INT64_MAX;
    const over = b > limit || b < -limit - (limit === INT64_MAX ? 1n : 0n);
    if (over && (this.counts[g] ?? 0) > 0) this.onError('overflow');
    return over;
  }

  merge(into: number, from: number): void {
    const max = Math.max(into, from);
    this.sums = growFloat64(this.sums, max);
    this.counts = growFloat64(this.counts, max);
    this.counts[into]! += this.counts[from]!;
    if (this.cls === 'float') this.sums[into]! += this.sums[from]!;
    else if (this.big.has(into) || this.big.has(from) || Math.abs(this.sums[into]! + this.sums[from]!) >= SAFE) {
      this.big.set(into, this.exact(into) + this.exact(from));
      this.sums[into] = 0;
    } else this.sums[into]! += this.sums[from]!;
    this.clear(from);
  }

  clear(gid: number): void {
    if (gid < this.sums.length) {
      this.sums[gid] = 0;
      this.counts[gid] = 0;
    }
    this.big.delete(gid);
  }

  exportGroup(gid: number): unknown {
    return { s: this.sums[gid] ?? 0, c: this.counts[gid] ?? 0, b: this.big.get(gid) };
  }

  importGroup(gid: number, state: unknown): void {
    const s = state as { s: number; c: number; b: bigint | undefined };
    this.sums = growFloat64(this.sums, gid);
    this.counts = growFloat64(this.counts, gid);
    this.sums[gid] = s.s;
    this.counts[gid] = s.c;
    if (s.b !== undefined) this.big.set(gid, s.b);
  }

  snapshot(): unknown {
    return { sums: this.sums.slice(), counts: this.counts.slice(), big: new Map(this.big) };
  }

  restore(state: unknown): void {
    const s = state as { sums: Float64Array; counts: Float64Array; big: Map<number, bigint> };
    this.sums = s.sums.slice();
    this.counts = s.counts.slice();
    this.big = new Map(s.big);
  }
}
