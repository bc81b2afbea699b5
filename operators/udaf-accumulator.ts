/**
 * The accumulator of a user-defined aggregate: one JS state per group, folded with the UDAF's
 * `add` over the group's non-NULL argument values (SQL aggregates skip NULLs). Results are built
 * into a column of the declared type; a value that does not fit is a row error of the query.
 */
import { columnOf, PlanError, readValue, type AggregateUdf, type Column, type ColumnType } from '../runtime/index.js';

/** Implements aggregate-internals' Accumulator (structurally: that module imports this one). */
export class UdafAccumulator {
  private states: unknown[] = [];

  constructor(private readonly udaf: AggregateUdf, private readonly argType: ColumnType) {}

  add(gids: Int32Array, column: Column | null, sel: Int32Array | null, count: number): void {
    const col = column!;
    const states = this.states;
    for (let j = 0; j < count; j++) {
      const row = sel === null ? j : sel[j]!;
      const value = readValue(col, this.argType, row);
      if (value === null) continue;
      const g = gids[j]!;
      const state = states[g] === undefined ? this.udaf.create() : states[g];
      states[g] = this.call('add', () => this.udaf.add(state, value));
    }
  }

  result(groups: number): Column {
    const values: unknown[] = new Array(groups);
    for (let g = 0; g < groups; g++) {
      // A group whose values were all NULL still has a result: that of the empty state.
      const state = this.states[g] === undefined ? this.udaf.create() : this.states[g];
      const v = this.call('result', () => this.udaf.result(state));
      values[g] = v === undefined ? null : v;
    }
    try {
      return columnOf(this.udaf.returns, values, this.udaf.name);
    } catch (err) {
      throw new PlanError(`aggregate '${this.udaf.name}' returned a value that is not ${this.udaf.returns}: ${(err as Error).message}`);
    }
  }

  snapshot(): unknown {
    return { states: structuredClone(this.states) };
  }

  restore(state: unknown): void {
    this.states = structuredClone((state as { states: unknown[] }).states);
  }

  private call<T>(what: string, fn: () => T): T {
    try {
      return fn();
    } catch (err) {
      throw new PlanError(`aggregate '${this.udaf.name}' threw in ${what}: ${(err as Error).message}`);
    }
  }
}
