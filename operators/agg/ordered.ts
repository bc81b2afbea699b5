/**
 * Aggregates whose result depends on row order: FIRST_VALUE, LAST_VALUE, STRING_AGG and
 * ARRAY_AGG. The order is the call's own `ORDER BY` when it has one, else event time, then arrival:
 * so a window's FIRST_VALUE is the value of its earliest event however disordered the stream was,
 * and results equal a batch computation over the same rows. Ties keep arrival order.
 *
 * FIRST_VALUE and LAST_VALUE respect NULLs (the first row's value even when NULL); STRING_AGG skips
 * NULLs; ARRAY_AGG keeps them. Over changelogs a retraction removes one matching entry.
 */
import type { Column, ColumnType } from '../../runtime/index.js';
import { keyOf, Slots, type Accumulator, type Update } from './accumulator.js';
import { valueType, type ValueType } from './values.js';

/** One remembered row: its value, its order key (explicit, or event time) and its arrival. */
interface Entry {
  readonly v: unknown;
  readonly o: unknown;
  readonly s: number;
}

/** Which ordered aggregate. */
export type OrderedKind = 'first_value' | 'last_value' | 'string_agg' | 'array_agg';

/** The ordered aggregates. `args[1]` is the ORDER BY key column when `orderType` is given. */
export class Ordered implements Accumulator {
  private readonly entries = new Slots<Entry[]>(() => []);
  private readonly vt: ValueType;
  private readonly out: ValueType;
  private readonly ot: ValueType | undefined;
  /** Append-only FIRST/LAST keep one entry per group. */
  private readonly single: boolean;

  constructor(
    private readonly kind: OrderedKind,
    argType: ColumnType,
    resultType: ColumnType,
    orderType: ColumnType | undefined,
    private readonly descending: boolean,
    private readonly separator: string,
    retractable: boolean,
  ) {
    this.vt = valueType(argType);
    this.out = valueType(resultType);
    this.ot = orderType === undefined ? undefined : valueType(orderType);
    this.single = !retractable && (kind === 'first_value' || kind === 'last_value');
  }

  /** Order of two entries: the key (NULLs last, DESC reverses), then arrival. */
  private compare(a: Entry, b: Entry): number {
    let c = 0;
    if (a.o === null || b.o === null) c = a.o === b.o ? 0 : a.o === null ? 1 : -1;
    else c = this.ot !== undefined ? this.ot.compare(a.o, b.o) : (a.o as number) - (b.o as number);
    if (this.descending && a.o !== null && b.o !== null) c = -c;
    return c !== 0 ? c : a.s - b.s;
  }

  add(u: Update): void {
    const col = u.args[0]!;
    const orderCol = this.ot !== undefined ? u.args[1]! : undefined;
    for (let j = 0; j < u.count; j++) {
      const row = u.rows === null ? j : u.rows[j]!;
      const v = this.vt.read(col, row);
      if (v === null && this.kind === 'string_agg') continue;
      const o = orderCol !== undefined ? this.ot!.read(orderCol, row) : u.times !== null ? u.times[row]! : 0;
      const e: Entry = { v, o, s: u.seq + row };
      const w = u.weights === null ? 1 : u.weights[row]!;
      const g = u.gids[j]!;
      if (w > 0) for (let k = 0; k < w; k++) this.insert(g, e);
      else for (let k = 0; k < -w; k++) this.remove(g, e);
    }
  }

  private insert(g: number, e: Entry): void {
    const list = this.entries.get(g);
    if (!this.single) {
      list.push(e);
      return;
    }
    const c = list.length === 0 ? 0 : this.compare(e, list[0]!);
    if (list.length === 0 || (this.kind === 'first_value' ? c < 0 : c >= 0)) list[0] = e;
  }

  private remove(g: number, e: Entry): void {
    const list = this.entries.peek(g);
    if (list === undefined) return;
    const key = keyOf(e.v);
    // The most recent entry with the same value and order key: retractions mirror insertions.
    for (let k = list.length - 1; k >= 0; k--) {
      const x = list[k]!;
      if (keyOf(x.v) === key && keyOf(x.o) === keyOf(e.o)) {
        list.splice(k, 1);
        return;
      }
    }
  }

  private value(g: number): unknown {
    const list = this.entries.peek(g);
    if (list === undefined || list.length === 0) return null;
    if (this.kind === 'first_value' || this.kind === 'last_value') {
      let best = list[0]!;
      for (let k = 1; k < list.length; k++) {
        const c = this.compare(list[k]!, best);
        if (this.kind === 'first_value' ? c < 0 : c >= 0) best = list[k]!;
      }
      return best.v;
    }
    const sorted = [...list].sort((a, b) => this.compare(a, b));
    if (this.kind === 'array_agg') return sorted.map((e) => e.v);
    return sorted.map((e) => String(e.v)).join(this.separator);
  }

  result(gids: Int32Array, count: number): Column {
    const out: unknown[] = [];
    for (let j = 0; j < count; j++) out.push(this.value(gids[j]!));
    return this.out.column(out);
  }

  merge(into: number, from: number): void {
    for (const e of this.entries.peek(from) ?? []) this.insert(into, e);
    this.clear(from);
  }

  clear(gid: number): void {
    this.entries.set(gid, undefined);
  }

  exportGroup(gid: number): unknown {
    return this.entries.peek(gid) ?? null;
  }

  importGroup(gid: number, state: unknown): void {
    this.entries.set(gid, (state ?? undefined) as never);
  }

  snapshot(): unknown {
    return this.entries.snapshot();
  }

  restore(state: unknown): void {
    this.entries.restore(state);
  }
}
