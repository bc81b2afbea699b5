/**
 * APPROX_COUNT_DISTINCT: HyperLogLog with 2^12 registers (standard error about 1.6%), exact
 * while a group has seen at most 512 distinct hashes (a small set of 53-bit hashes), so small
 * groups count exactly and large ones cost 4 KB. Append-only inputs only: the planner counts
 * exactly (a DISTINCT set) over changelogs, since a sketch cannot forget a value.
 */
import { fixedColumn, type Column, type ColumnType } from '../../runtime/index.js';
import { keyOf, Slots, type Accumulator, type Update } from './accumulator.js';
import { valueType, type ValueType } from './values.js';

const P = 12;
const M = 1 << P;
const SPARSE_LIMIT = 512;
const ALPHA = 0.7213 / (1 + 1.079 / M);

interface Sketch {
  sparse: Set<number> | null;
  registers: Uint8Array | null;
}

/** Two 32-bit FNV-1a style hashes of a string (different seeds), mixed. */
function hash2(s: string): [number, number] {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
    b ^= b >>> 15;
  }
  a ^= a >>> 16;
  a = Math.imul(a, 0x85ebca6b);
  a ^= a >>> 13;
  b = Math.imul(b ^ (b >>> 16), 0xc2b2ae35);
  b ^= b >>> 16;
  return [a >>> 0, b >>> 0];
}

export class ApproxDistinct implements Accumulator {
  private readonly sketches = new Slots<Sketch>(() => ({ sparse: new Set(), registers: null }));
  private readonly vt: ValueType;

  constructor(argType: ColumnType) {
    this.vt = valueType(argType);
  }

  add(u: Update): void {
    const col = u.args[0]!;
    for (let j = 0; j < u.count; j++) {
      const v = this.vt.read(col, u.rows === null ? j : u.rows[j]!);
      if (v === null) continue;
      const [a, b] = hash2(`${typeof v}:${String(keyOf(v))}`);
      this.insert(this.sketches.get(u.gids[j]!), a, b);
    }
  }

  private insert(s: Sketch, a: number, b: number): void {
    if (s.sparse !== null) {
      s.sparse.add(a * 2 ** 21 + (b >>> 11));
      if (s.sparse.size > SPARSE_LIMIT) this.densify(s);
      return;
    }
    const index = a >>> (32 - P);
    const rank = Math.clz32(b) + 1;
    if (rank > s.registers![index]!) s.registers![index] = rank;
  }

  private densify(s: Sketch): void {
    const values = s.sparse!;
    s.sparse = null;
    s.registers = new Uint8Array(M);
    for (const h of values) {
      const a = Math.floor(h / 2 ** 21);
      const b = (h % 2 ** 21) * 2 ** 11;
      this.insert(s, a, b >>> 0);
    }
  }

  private estimate(g: number): number {
    const s = this.sketches.peek(g);
    if (s === undefined) return 0;
    if (s.sparse !== null) return s.sparse.size;
    let sum = 0;
    let zeros = 0;
    for (let i = 0; i < M; i++) {
      sum += 2 ** -s.registers![i]!;
      if (s.registers![i] === 0) zeros++;
    }
    const raw = (ALPHA * M * M) / sum;
    // Small range: linear counting is more accurate while registers are still empty.
    return Math.round(raw <= 2.5 * M && zeros > 0 ? M * Math.log(M / zeros) : raw);
  }

  result(gids: Int32Array, count: number): Column {
    const out = new BigInt64Array(count);
    for (let j = 0; j < count; j++) out[j] = BigInt(this.estimate(gids[j]!));
    return fixedColumn('int64', out, count);
  }

  merge(into: number, from: number): void {
    const src = this.sketches.peek(from);
    if (src !== undefined) {
      const dst = this.sketches.get(into);
      if (src.sparse !== null) for (const h of src.sparse) this.insert(dst, Math.floor(h / 2 ** 21), ((h % 2 ** 21) * 2 ** 11) >>> 0);
      else {
        if (dst.sparse !== null) this.densify(dst);
        for (let i = 0; i < M; i++) if (src.registers![i]! > dst.registers![i]!) dst.registers![i] = src.registers![i]!;
      }
    }
    this.clear(from);
  }

  clear(gid: number): void {
    this.sketches.set(gid, undefined);
  }

  exportGroup(gid: number): unknown {
    return this.sketches.peek(gid) ?? null;
  }

  importGroup(gid: number, state: unknown): void {
    this.sketches.set(gid, (state ?? undefined) as never);
  }

  snapshot(): unknown {
    return this.sketches.snapshot();
  }

  restore(state: unknown): void {
    this.sketches.restore(state);
  }
}
