/**
 * Accumulators for grouped aggregates: one dense typed array per aggregate, indexed by group id
 * (from a GroupTable). Updates take a whole batch (group ids per selected row) and never allocate
 * per row. Results follow SQL: SUM/MIN/MAX/AVG of no non-NULL values is NULL, COUNT is never NULL.
 */
import {
  fixedColumn,
  kernels,
  kindOf,
  PlanError,
  validityOf,
  type AggregateUdf,
  type Column,
  type ColumnType,
  type FunctionTable,
  type Schema,
} from '../runtime/index.js';
import type { plan } from '../specs/index.js';
import { aggregateFunctions } from './catalog.js';
import { UdafAccumulator } from './udaf-accumulator.js';

/** Dense per-group state of one aggregate. */
export interface Accumulator {
  /** Adds rows `sel[0..count)` (or 0..count) of `column` (null for COUNT(*)) to groups `gids[0..count)`. */
  add(gids: Int32Array, column: Column | null, sel: Int32Array | null, count: number): void;
  /** The result column for groups 0..groups-1. */
  result(groups: number): Column;
  snapshot(): unknown;
  restore(state: unknown): void;
}

/** Serialisable accumulator arrays. */
export interface AccumulatorState {
  readonly values: Float64Array;
  readonly counts: Float64Array;
}

/** A bound aggregate call: the function, its input column (if any) and output type. */
export interface AggregateSpec {
  readonly name: string;
  readonly fn: string;
  /** Index of the argument column in the argument batch, or -1 for COUNT(*). */
  readonly arg: number;
  readonly argType: ColumnType | undefined;
  readonly type: ColumnType;
  /** Set when `fn` names a user-defined aggregate. */
  readonly udaf?: AggregateUdf;
}

/** The output type of an aggregate over an argument type. */
export function aggregateType(fn: string, argType: ColumnType | undefined): ColumnType {
  const desc = aggregateFunctions[fn]!;
  switch (desc.result) {
    case 'count': return 'int64';
    case 'float64': return 'float64';
    case 'sum': return argType === 'float32' || argType === 'float64' ? 'float64' : 'int64';
    case 'first': return argType!;
  }
}

/** Validates an aggregate call against the argument types. */
export function checkAggregate(call: plan.AggregateCall, argTypes: readonly ColumnType[], functions?: FunctionTable): void {
  const name = call.function ?? '';
  const desc = aggregateFunctions[name];
  const udaf = desc === undefined ? functions?.udaf(name) : undefined;
  if (udaf !== undefined) {
    if (argTypes.length !== 1) throw new PlanError(`aggregate '${name}' takes 1 argument, got ${argTypes.length}`);
    return;
  }
  if (desc === undefined) throw new PlanError(`unknown aggregate function '${name}'; aggregates are: ${Object.keys(aggregateFunctions).join(', ')}`);
  if (argTypes.length < desc.minArgs || argTypes.length > desc.maxArgs) {
    throw new PlanError(`aggregate '${name}' takes ${desc.minArgs === desc.maxArgs ? desc.minArgs : `${desc.minArgs} or ${desc.maxArgs}`} argument(s), got ${argTypes.length}`);
  }
  for (const t of argTypes) {
    const kind = kindOf(t);
    if (name !== 'count' && kind === 'decimal') throw new PlanError(`aggregate '${name}' over DECIMAL (exact decimal accumulators) arrives with the event-time issue; CAST the argument to DOUBLE for now`);
    const numeric = /^(int|float)/.test(kind) || ((name === 'min' || name === 'max') && (kind === 'timestamp' || kind === 'date' || kind === 'time'));
    if (desc.accepts === 'numeric' && !numeric) throw new PlanError(`aggregate '${name}' needs a numeric argument, got ${argTypes.join(', ')}`);
  }
}

/** Creates the accumulator of an aggregate. */
export function createAccumulator(spec: AggregateSpec): Accumulator {
  if (spec.udaf !== undefined) return new UdafAccumulator(spec.udaf, spec.argType!);
  switch (spec.fn) {
    case 'count': return new Count(spec.arg >= 0);
    case 'sum': return new Sum(spec.argType!, spec.type, false);
    case 'avg': return new Sum(spec.argType!, 'float64', true);
    case 'min': return new Extreme(spec.type, true);
    case 'max': return new Extreme(spec.type, false);
  }
  throw new PlanError(`aggregate '${spec.fn}' has no accumulator`);
}

/** A Float64Array of a numeric column's values, one per row (copies unless already float64). */
export function numbersOf(column: Column, type: ColumnType): Float64Array {
  const n = column.length;
  const kind = kindOf(type);
  if (kind === 'float64') return (column.values as Float64Array).subarray(0, n);
  if (kind === 'int64' || kind === 'timestamp') {
    const out = new Float64Array(n);
    kernels().int64ToFloat64(column.values as BigInt64Array, 0, out, n);
    return out;
  }
  return Float64Array.from((column.values as Int32Array).subarray(0, n));
}

abstract class Dense implements Accumulator {
  protected values = new Float64Array(16);
  protected counts = new Float64Array(16);

  abstract add(gids: Int32Array, column: Column | null, sel: Int32Array | null, count: number): void;
  abstract result(groups: number): Column;

  protected ensure(gids: Int32Array, count: number, initial: number): void {
    let max = -1;
    for (let j = 0; j < count; j++) if (gids[j]! > max) max = gids[j]!;
    if (max < this.values.length) return;
    let cap = this.values.length;
    while (cap <= max) cap *= 2;
    const values = new Float64Array(cap).fill(initial);
    values.set(this.values);
    const counts = new Float64Array(cap);
    counts.set(this.counts);
    this.values = values;
    this.counts = counts;
  }

  snapshot(): AccumulatorState {
    return { values: this.values.slice(), counts: this.counts.slice() };
  }

  restore(state: AccumulatorState): void {
    this.values = state.values.slice();
    this.counts = state.counts.slice();
  }

  /** A column of `values` (converted to `type`) with NULL where the count is 0. */
  protected column(type: ColumnType, groups: number, values: Float64Array): Column {
    let nulls = 0;
    for (let g = 0; g < groups; g++) if (this.counts[g] === 0) nulls++;
    let validity: Uint8Array | null = null;
    if (nulls > 0) {
      validity = new Uint8Array((groups + 7) >> 3);
      for (let g = 0; g < groups; g++) if (this.counts[g]! > 0) validity[g >> 3]! |= 1 << (g & 7);
    }
    return numbersColumn(type, values.subarray(0, groups), validity, nulls);
  }
}

/** Builds a column of `type` from doubles. */
export function numbersColumn(type: ColumnType, values: Float64Array, validity: Uint8Array | null, nulls: number): Column {
  const n = values.length;
  const kind = kindOf(type);
  if (kind === 'int64' || kind === 'timestamp') {
    const out = new BigInt64Array(n);
    kernels().float64ToInt64(values, out, n);
    return fixedColumn(type, out, n, validity, nulls);
  }
  if (kind === 'float64') return fixedColumn(type, values.slice(), n, validity, nulls);
  const make = ({ int8: Int8Array, int16: Int16Array, int32: Int32Array, date: Int32Array, time: Int32Array, float32: Float32Array } as unknown as Record<string, Int32ArrayConstructor>)[kind];
  if (make === undefined) throw new PlanError(`cannot build a numeric column of type ${type}`);
  return fixedColumn(type, make.from(values), n, validity, nulls);
}

class Count extends Dense {
  constructor(private readonly ofColumn: boolean) {
    super();
  }

  add(gids: Int32Array, column: Column | null, sel: Int32Array | null, count: number): void {
    this.ensure(gids, count, 0);
    const values = this.values;
    const validity = column !== null && this.ofColumn ? validityOf(column) : null;
    if (validity === null) {
      for (let j = 0; j < count; j++) values[gids[j]!]++;
      return;
    }
    const o = column!.offset;
    for (let j = 0; j < count; j++) {
      const bit = o + (sel === null ? j : sel[j]!);
      if ((validity[bit >> 3]! >> (bit & 7)) & 1) values[gids[j]!]++;
    }
  }

  result(groups: number): Column {
    return numbersColumn('int64', this.values.subarray(0, groups), null, 0);
  }
}

class Sum extends Dense {
  constructor(private readonly argType: ColumnType, private readonly type: ColumnType, private readonly average: boolean) {
    super();
  }

  add(gids: Int32Array, column: Column | null, sel: Int32Array | null, count: number): void {
    this.ensure(gids, count, 0);
    const col = column!;
    const nums = numbersOf(col, this.argType);
    const validity = validityOf(col);
    // The kernel reads contiguous rows with validity bits from 0: the common unsliced batch.
    if (sel === null && (validity === null || col.offset === 0)) {
      kernels().sumByGroup(this.values, this.counts, gids, nums, validity, 0, count);
      return;
    }
    const o = col.offset;
    for (let j = 0; j < count; j++) {
      const row = sel === null ? j : sel[j]!;
      const bit = o + row;
      if (validity !== null && ((validity[bit >> 3]! >> (bit & 7)) & 1) === 0) continue;
      const g = gids[j]!;
      this.values[g] += nums[row]!;
      this.counts[g]++;
    }
  }

  result(groups: number): Column {
    if (!this.average) return this.column(this.type, groups, this.values);
    const avg = new Float64Array(groups);
    for (let g = 0; g < groups; g++) avg[g] = this.counts[g]! > 0 ? this.values[g]! / this.counts[g]! : 0;
    return this.column('float64', groups, avg);
  }
}

class Extreme extends Dense {
  private readonly initial: number;

  constructor(private readonly type: ColumnType, private readonly min: boolean) {
    super();
    this.initial = min ? Infinity : -Infinity;
    this.values.fill(this.initial);
  }

  add(gids: Int32Array, column: Column | null, sel: Int32Array | null, count: number): void {
    this.ensure(gids, count, this.initial);
    const col = column!;
    const nums = numbersOf(col, this.type);
    const validity = validityOf(col);
    const o = col.offset;
    const values = this.values;
    for (let j = 0; j < count; j++) {
      const row = sel === null ? j : sel[j]!;
      const bit = o + row;
      if (validity !== null && ((validity[bit >> 3]! >> (bit & 7)) & 1) === 0) continue;
      const g = gids[j]!;
      const v = nums[row]!;
      if (this.min ? v < values[g]! : v > values[g]!) values[g] = v;
      this.counts[g]++;
    }
  }

  result(groups: number): Column {
    const out = this.values.slice(0, groups);
    for (let g = 0; g < groups; g++) if (this.counts[g] === 0) out[g] = 0;
    return this.column(this.type, groups, out);
  }
}

/** Output fields of aggregate calls over an argument schema (for outputSchema). */
export function aggregateSpecs(calls: readonly plan.AggregateCall[], argSchema: Schema, argIndex: (call: number) => number, functions?: FunctionTable): AggregateSpec[] {
  return calls.map((call, k) => {
    const arg = argIndex(k);
    const argType = arg >= 0 ? argSchema.fields[arg]!.type : undefined;
    checkAggregate(call, argType === undefined ? [] : [argType], functions);
    const fn = call.function ?? '';
    const udaf = aggregateFunctions[fn] === undefined ? functions?.udaf(fn) : undefined;
    if (udaf !== undefined) return { name: call.name || `${fn}${k}`, fn, arg, argType, type: udaf.returns, udaf };
    return { name: call.name || `${fn}${k}`, fn, arg, argType, type: aggregateType(fn, argType) };
  });
}
