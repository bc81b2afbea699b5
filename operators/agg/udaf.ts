/**
 * The accumulator of a user-defined aggregate: one JS state per group, folded with the UDAF's
 * `add` over the group's non-NULL argument values (SQL aggregates skip NULLs), `retract` for
 * changelog retractions and `merge` for session merges when the UDAF defines them (the planner
 * rejects queries that need them otherwise). Results are built into a column of the declared type.
 */
import { columnOf, PlanError, readValue, type AggregateUdf, type Column, type ColumnType } from '../../runtime/index.js';
import { Slots, type Accumulator, type Update } from './accumulator.js';

export class UdafAccumulator implements Accumulator {
  private readonly states: Slots<{ s: unknown }>;

  constructor(private readonly udaf: AggregateUdf, private readonly argType: ColumnType) {
    this.states = new Slots(() => ({ s: this.call('create', () => udaf.create()) }));
  }

  add(u: Update): void {
    const col = u.args[0]!;
    for (let j = 0; j < u.count; j++) {
      const row = u.rows === null ? j : u.rows[j]!;
      const value = readValue(col, this.argType, row);
      if (value === null) continue;
      const st = this.states.get(u.gids[j]!);
      const w = u.weights === null ? 1 : u.weights[row]!;
      for (let k = 0; k < Math.abs(w); k++) {
        if (w > 0) st.s = this.call('add', () => this.udaf.add(st.s, value));
        else {
          const retract = this.udaf.retract;
          if (retract === undefined) throw new PlanError(`aggregate '${this.udaf.name}' cannot remove a retracted value; give it a retract(state, value) function`);
          st.s = this.call('retract', () => retract(st.s, value));
        }
      }
    }
  }

  result(gids: Int32Array, count: number): Column {
    const values: unknown[] = [];
    for (let j = 0; j < count; j++) {
      // A group whose values were all NULL still has a result: that of the empty state.
      const st = this.states.get(gids[j]!);
      const v = this.call('result', () => this.udaf.result(st.s));
      values.push(v === undefined ? null : v);
    }
    try {
      return columnOf(this.udaf.returns, values, this.udaf.name);
    } catch (err) {
      throw new PlanError(`aggregate '${this.udaf.name}' returned a value that is not ${this.udaf.returns}: ${(err as Error).message}`);
    }
  }

  merge(into: number, from: number): void {
    const merge = this.udaf.merge;
    if (merge === undefined) throw new PlanError(`aggregate '${this.udaf.name}' cannot merge sessions; give it a merge(a, b) function`);
    const a = this.states.get(into);
    const b = this.states.get(from);
    a.s = this.call('merge', () => merge(a.s, b.s));
    this.clear(from);
  }

  clear(gid: number): void {
    this.states.set(gid, undefined);
  }

  exportGroup(gid: number): unknown {
    return this.states.peek(gid) ?? null;
  }

  importGroup(gid: number, state: unknown): void {
    this.states.set(gid, (state ?? undefined) as never);
  }

  snapshot(): unknown {
    return this.states.snapshot();
  }

  restore(state: unknown): void {
    this.states.restore(state);
  }

  private call<T>(what: string, fn: () => T): T {
    try {
      return fn();
    } catch (err) {
      throw new PlanError(`aggregate '${this.udaf.name}' threw in ${what}: ${(err as Error).message}`);
    }
  }
}
