/**
 * Shared by the aggregating operators (windows, sessions, unbounded GROUP BY, snapshot GROUP BY):
 * binding aggregate calls against an input schema (one compiled program computes every value,
 * FILTER condition and ORDER BY key a batch needs) and an `AggregateSet` that drives one
 * accumulator per call over group slots, applying each call's FILTER.
 */
import {
  columnsOf,
  fieldIndex,
  PlanError,
  type AggregateUdf,
  type Column,
  type ColumnType,
  type FieldSpec,
  type FunctionTable,
  type RecordBatch,
  type Schema,
} from '../runtime/index.js';
import type { plan } from '../specs/index.js';
import type { Accumulator, ErrorSink } from './agg/accumulator.js';
import { ApproxDistinct } from './agg/approx-distinct.js';
import { BoolAgg } from './agg/bool.js';
import { Distinct } from './agg/distinct.js';
import { DenseExtreme, denseExtreme, RetractableExtreme, ValueExtreme } from './agg/extreme.js';
import { Moments, type MomentKind } from './agg/moments.js';
import { Ordered, type OrderedKind } from './agg/ordered.js';
import { Percentile } from './agg/percentile.js';
import { Count, Sum } from './agg/sum.js';
import { UdafAccumulator } from './agg/udaf.js';
import { aggregateAccepts, aggregateFunctions, aggregateName, aggregateResultType } from './catalog.js';
import { compileCalc, type CalcProgram } from './expr/compile.js';

/** One aggregate call, bound. Column indexes point into the set's value batch. */
export interface BoundCall {
  readonly name: string;
  readonly fn: string;
  readonly type: ColumnType;
  readonly argType: ColumnType | undefined;
  /** The value column, or -1 for COUNT(*). */
  readonly value: number;
  /** The FILTER condition column, or -1. */
  readonly filter: number;
  /** The ORDER BY key column, or -1. */
  readonly order: number;
  readonly orderType: ColumnType | undefined;
  readonly descending: boolean;
  readonly distinct: boolean;
  readonly constants: readonly unknown[];
  readonly udaf: AggregateUdf | undefined;
}

/** Aggregate calls bound to an input schema. */
export interface BoundAggregates {
  /** Computes the value batch from an input batch; undefined when the input batch is the value batch. */
  readonly program: CalcProgram | undefined;
  readonly calls: readonly BoundCall[];
  /** Output fields, one per call. */
  readonly fields: readonly FieldSpec[];
}

/** A constant argument's value (a literal). */
function constantOf(e: plan.Expr, fn: string): unknown {
  const l = e.literal;
  if (l == null) throw new PlanError(`the extra arguments of ${fn} must be constants`);
  if (l.doubleValue != null) return l.doubleValue;
  if (l.int32Value != null) return l.int32Value;
  if (l.int64Value != null) return Number(l.int64Value);
  if (l.stringValue != null) return l.stringValue;
  return null;
}

/**
 * Binds `calls` over `input`. `retractable` says the input is a changelog (rows with weight -1):
 * aggregates that cannot forget a value (a HyperLogLog sketch) are then computed exactly.
 */
export function bindAggregates(calls: readonly plan.AggregateCall[], input: Schema, functions: FunctionTable | undefined): BoundAggregates {
  const exprs: plan.NamedExpr[] = [];
  const plainColumns = calls.every((c) => (c.args ?? []).slice(0, 1).every((a) => a.column != null) && c.filter == null && (c.orderBy ?? []).every((o) => o.expr?.column != null));
  const slot = (e: plan.Expr, what: string): number => {
    if (plainColumns) return fieldIndex(input, e.column!.name ?? '', what);
    exprs.push({ name: `v${exprs.length}`, expr: e });
    return exprs.length - 1;
  };
  const pending = calls.map((c, k) => {
    const raw = c.function ?? '';
    const fn = aggregateName(raw) ?? raw;
    const args = c.args ?? [];
    const desc = aggregateFunctions[fn];
    const udaf = desc === undefined ? functions?.udaf(raw) : undefined;
    if (desc === undefined && udaf === undefined) throw new PlanError(`unknown aggregate function '${raw}'; aggregates are: ${Object.keys(aggregateFunctions).join(', ')}`);
    const constantCount = desc?.constants?.length ?? 0;
    const valueCount = args.length - constantCount;
    if (desc !== undefined && (valueCount < desc.minArgs || valueCount > desc.maxArgs)) throw new PlanError(`aggregate '${fn}' takes ${desc.minArgs === desc.maxArgs ? desc.minArgs : `${desc.minArgs} or ${desc.maxArgs}`} value argument(s)${constantCount > 0 ? ` and ${constantCount} constant(s)` : ''}, got ${args.length} argument(s)`);
    if (udaf !== undefined && args.length !== 1) throw new PlanError(`aggregate '${raw}' takes 1 argument, got ${args.length}`);
    const order = c.orderBy ?? [];
    if (order.length > 1) throw new PlanError(`${fn}(... ORDER BY ...) takes one ordering key`);
    if (order.length > 0 && !desc?.ordered) throw new PlanError(`${fn} does not take ORDER BY inside the call`);
    return {
      k, fn, raw, desc, udaf,
      value: valueCount > 0 ? slot(args[0]!, 'aggregate argument') : -1,
      constants: args.slice(valueCount).map((a) => constantOf(a, fn)),
      filter: c.filter != null ? slot(c.filter, 'aggregate filter') : -1,
      order: order.length > 0 ? slot(order[0]!.expr!, 'aggregate order') : -1,
      descending: order[0]?.descending === true,
      distinct: c.distinct === true,
      name: c.name || `${fn}${k}`,
    };
  });
  const program = plainColumns || exprs.length === 0 ? undefined : compileCalc([{ project: { exprs } }], input, { functions });
  const values = program?.schema ?? input;
  const typeAt = (i: number) => (i >= 0 ? values.fields[i]!.type : undefined);
  const bound = pending.map((p): BoundCall => {
    const argType = typeAt(p.value);
    if (p.filter >= 0 && typeAt(p.filter) !== 'bool') throw new PlanError(`FILTER (WHERE ...) of ${p.fn} needs a boolean condition, got ${typeAt(p.filter)}`);
    if (p.desc !== undefined && argType !== undefined) {
      const need = aggregateAccepts(p.fn, argType);
      if (need !== undefined) throw new PlanError(`aggregate '${p.fn}' needs ${need}, got ${argType}`);
    }
    for (const c of p.constants) {
      const fraction = p.desc?.constants?.[0] === 'fraction';
      if (fraction && (typeof c !== 'number' || !(c >= 0 && c <= 1))) throw new PlanError(`the fraction of ${p.fn} must be a number from 0 to 1, got ${String(c)}`);
      if (!fraction && typeof c !== 'string') throw new PlanError(`the separator of ${p.fn} must be a text constant`);
    }
    if (p.distinct && (p.fn === 'first_value' || p.fn === 'last_value')) throw new PlanError(`${p.fn}(DISTINCT ...) has no meaning; drop DISTINCT`);
    if (p.distinct && p.udaf !== undefined) throw new PlanError(`DISTINCT is not supported for aggregate UDFs`);
    const type = p.udaf !== undefined ? p.udaf.returns : aggregateResultType(p.fn, argType);
    return {
      name: p.name, fn: p.fn, type, argType, value: p.value, filter: p.filter, order: p.order, orderType: typeAt(p.order),
      descending: p.descending, distinct: p.distinct, constants: p.fn === 'median' ? [0.5] : p.constants, udaf: p.udaf,
    };
  });
  const fields = bound.map((b) => ({ name: b.name, type: b.type, nullable: b.fn !== 'count' && b.fn !== 'approx_count_distinct' }));
  return { program, calls: bound, fields };
}

/** The accumulator of one bound call. */
export function createAccumulator(c: BoundCall, retractable: boolean, onError: ErrorSink): Accumulator {
  const inner = createPlain(c, retractable, onError);
  const distinctInvariant = c.fn === 'min' || c.fn === 'max' || c.fn === 'approx_count_distinct' || c.fn === 'bool_and' || c.fn === 'bool_or';
  return c.distinct && !distinctInvariant ? new Distinct(inner, c.argType!) : inner;
}

function createPlain(c: BoundCall, retractable: boolean, onError: ErrorSink): Accumulator {
  if (c.udaf != null) return new UdafAccumulator(c.udaf, c.argType!);
  const arg = c.argType!;
  switch (c.fn) {
    case 'count': return new Count(c.value >= 0);
    case 'sum': return new Sum(arg, c.type, false, onError);
    case 'avg': return new Sum(arg, 'float64', true, onError);
    case 'min': case 'max':
      if (retractable) return new RetractableExtreme(arg, c.fn === 'min');
      return denseExtreme(arg) ? new DenseExtreme(arg, c.fn === 'min') : new ValueExtreme(arg, c.fn === 'min');
    case 'first_value': case 'last_value': case 'string_agg': case 'array_agg':
      return new Ordered(c.fn as OrderedKind, arg, c.type, c.orderType, c.descending, String(c.constants[0] ?? ','), retractable);
    case 'stddev_samp': case 'stddev_pop': case 'var_samp': case 'var_pop':
      return new Moments(c.fn as MomentKind, arg);
    case 'bool_and': case 'bool_or': return new BoolAgg(c.fn === 'bool_and');
    case 'approx_count_distinct':
      // A sketch cannot forget a value: over a changelog, count exactly.
      return retractable ? new Distinct(new Count(true), arg) : new ApproxDistinct(arg);
    case 'percentile_cont': case 'median': case 'approx_percentile': return new Percentile(arg, Number(c.constants[0]), false);
    case 'percentile_disc': return new Percentile(arg, Number(c.constants[0]), true);
  }
  throw new PlanError(`aggregate '${c.fn}' has no accumulator`);
}

/** The accumulators of a query's aggregate calls over shared group slots. */
export class AggregateSet {
  readonly accumulators: Accumulator[];
  private gids: Int32Array = new Int32Array(0);
  private rows: Int32Array = new Int32Array(0);

  constructor(readonly bound: BoundAggregates, retractable: boolean, onError: ErrorSink) {
    this.accumulators = bound.calls.map((c) => createAccumulator(c, retractable, onError));
  }

  /** The columns aggregate arguments are read from, for an input batch. */
  static valuesOf(bound: BoundAggregates, batch: RecordBatch, ctx: Parameters<CalcProgram['run']>[1]): Column[] {
    return bound.program === undefined ? columnsOf(batch) : columnsOf(bound.program.run(batch, ctx) ?? batch);
  }

  /**
   * Folds rows into groups: row `rows[j]` (or j) belongs to group `gids[j]`. `weights` and
   * `times` are indexed by input row.
   */
  update(values: readonly Column[], gids: Int32Array, rows: Int32Array | null, count: number, weights: Int32Array | null, times: Float64Array | null, seq: number): void {
    const calls = this.bound.calls;
    for (let k = 0; k < calls.length; k++) {
      const c = calls[k]!;
      const args = c.value < 0 ? [] : c.order >= 0 ? [values[c.value]!, values[c.order]!] : [values[c.value]!];
      if (c.filter < 0) {
        this.accumulators[k]!.add({ args, gids, rows, count, weights, times, seq });
        continue;
      }
      // FILTER: only rows whose condition is TRUE (not FALSE, not NULL).
      const cond = values[c.filter]!;
      const bits = cond.values as Uint8Array;
      const validity = cond.nullCount > 0 ? cond.nullBitmap ?? null : null;
      if (this.gids.length < count) {
        this.gids = new Int32Array(Math.max(count, 1024));
        this.rows = new Int32Array(Math.max(count, 1024));
      }
      let n = 0;
      for (let j = 0; j < count; j++) {
        const row = rows === null ? j : rows[j]!;
        const bit = cond.offset + row;
        if (((bits[bit >> 3]! >> (bit & 7)) & 1) === 0) continue;
        if (validity !== null && ((validity[bit >> 3]! >> (bit & 7)) & 1) === 0) continue;
        this.gids[n] = gids[j]!;
        this.rows[n] = row;
        n++;
      }
      if (n > 0) this.accumulators[k]!.add({ args, gids: this.gids, rows: this.rows, count: n, weights, times, seq });
    }
  }

  /** One result column per call for groups `gids[0..count)`. */
  results(gids: Int32Array, count: number): Column[] {
    return this.accumulators.map((a) => a.result(gids, count));
  }

  merge(into: number, from: number): void {
    for (const a of this.accumulators) a.merge(into, from);
  }

  /** Whether groups can be merged (aggregate UDFs need a `merge` function for it). */
  get mergeable(): boolean {
    return this.bound.calls.every((c) => c.udaf === undefined || c.udaf.merge !== undefined);
  }

  clear(gid: number): void {
    for (const a of this.accumulators) a.clear(gid);
  }

  /** One group's state in every accumulator (see `Accumulator.exportGroup`). */
  exportGroup(gid: number): unknown[] {
    return this.accumulators.map((a) => a.exportGroup(gid));
  }

  /** Sets empty slot `gid` to a state from `exportGroup`. */
  importGroup(gid: number, state: readonly unknown[]): void {
    this.accumulators.forEach((a, k) => a.importGroup(gid, state[k]));
  }

  /** Moves group `from` to empty slot `to` without a merge (aggregate UDFs need not define one). */
  move(to: number, from: number): void {
    this.importGroup(to, this.exportGroup(from));
    this.clear(from);
  }

  snapshot(): unknown[] {
    return this.accumulators.map((a) => a.snapshot());
  }

  restore(state: readonly unknown[]): void {
    this.accumulators.forEach((a, k) => a.restore(state[k]));
  }
}
