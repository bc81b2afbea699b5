/**
 * PERCENTILE_CONT, PERCENTILE_DISC and MEDIAN, exact: a counted multiset of the group's values
 * (retractions and session merges are exact), sorted when a result is asked for. CONT
 * interpolates between the two nearest ranks (PostgreSQL's and DuckDB's rule) and gives DOUBLE;
 * DISC gives the first value whose cumulative share reaches the fraction, in the value's type.
 */
import { fixedColumn, validityOf, type Column, type ColumnType } from '../../runtime/index.js';
import { Slots, valid, validityWhere, type Accumulator, type Update } from './accumulator.js';
import { exactAt, numberClass, numbers, type NumberClass } from './sum.js';
import { valueType, type ValueType } from './values.js';

export class Percentile implements Accumulator {
  private readonly sets = new Slots<Map<number | bigint, number>>(() => new Map());
  private scratch: Float64Array = new Float64Array(0);
  private readonly cls: NumberClass;
  private readonly unit: number;
  private readonly out: ValueType | undefined;

  /** `discrete` keeps the argument's type (`argType`); continuous gives DOUBLE. */
  constructor(argType: ColumnType, private readonly fraction: number, private readonly discrete: boolean) {
    this.cls = numberClass(argType);
    const m = /^decimal\(\d+,(\d+)\)$/.exec(argType);
    this.unit = m === null ? 1 : 10 ** Number(m[1]);
    this.out = discrete ? valueType(argType) : undefined;
  }

  add(u: Update): void {
    const col = u.args[0]!;
    const validity = validityOf(col);
    const nums = (this.scratch = numbers(col, this.cls, this.scratch));
    for (let j = 0; j < u.count; j++) {
      const row = u.rows === null ? j : u.rows[j]!;
      if (!valid(validity, col.offset, row)) continue;
      const d = nums[row]!;
      // Integers beyond 2^53 stay exact as bigints (NaN marks them; float NaN is a value).
      const x = d !== d && this.cls !== 'float' ? exactAt(col, this.cls, row) : d;
      this.apply(u.gids[j]!, x, u.weights === null ? 1 : u.weights[row]!);
    }
  }

  private apply(g: number, x: number | bigint, w: number): void {
    const set = this.sets.get(g);
    const key = Object.is(x, -0) ? 0 : x;
    const n = (set.get(key) ?? 0) + w;
    if (n <= 0) set.delete(key);
    else set.set(key, n);
  }

  /** The value at fraction `f`, from sorted distinct values and their counts. */
  private pick(g: number): number | bigint | undefined {
    const set = this.sets.peek(g);
    if (set === undefined || set.size === 0) return undefined;
    // NaN sorts last, as in SQL.
    const values = [...set.keys()].sort((a, b) => (a !== a ? 1 : b !== b ? -1 : a < b ? -1 : a > b ? 1 : 0));
    let total = 0;
    for (const v of values) total += set.get(v)!;
    const at = (rank: number): number | bigint => {
      let seen = 0;
      for (const v of values) {
        seen += set.get(v)!;
        if (rank < seen) return v;
      }
      return values[values.length - 1]!;
    };
    if (this.discrete) return at(Math.max(0, Math.ceil(this.fraction * total) - 1));
    const pos = this.fraction * (total - 1);
    const lo = Math.floor(pos);
    const [a, b] = [Number(at(lo)), Number(at(Math.ceil(pos)))];
    return a === b ? a : a + (b - a) * (pos - lo);
  }

  result(gids: Int32Array, count: number): Column {
    const picked: (number | bigint | undefined)[] = [];
    for (let j = 0; j < count; j++) picked.push(this.pick(gids[j]!));
    if (this.out !== undefined) return this.out.column(picked.map((v) => (v === undefined ? null : this.discreteValue(v))));
    const { validity, nulls } = validityWhere(count, (j) => picked[j] !== undefined);
    const out = new Float64Array(count);
    for (let j = 0; j < count; j++) out[j] = picked[j] === undefined ? 0 : Number(picked[j]!) / this.unit;
    return fixedColumn('float64', out, count, validity, nulls);
  }

  /** A picked raw number as the JS value of the argument type. */
  private discreteValue(v: number | bigint): unknown {
    switch (this.cls) {
      case 'int64': return BigInt(v);
      case 'decimal': {
        const scale = Math.round(Math.log10(this.unit));
        const s = typeof v === 'bigint' ? v : BigInt(v);
        const neg = s < 0n;
        const digits = (neg ? -s : s).toString().padStart(scale + 1, '0');
        return `${neg ? '-' : ''}${scale === 0 ? digits : `${digits.slice(0, -scale)}.${digits.slice(-scale)}`}`;
      }
      default: return Number(v);
    }
  }

  merge(into: number, from: number): void {
    for (const [x, n] of this.sets.peek(from) ?? []) this.apply(into, x, n);
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
