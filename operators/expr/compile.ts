/**
 * The expression compiler (our JIT is V8): a chain of filters and projections becomes one JS
 * function over the input columns, generated once per chain, per null pattern (columns with NULLs
 * in a batch get null checks, the others none) and per mode, then reused for every batch.
 *
 * Projections are substituted into later steps, so `filter → project → filter → project` runs as
 * one loop: predicates in order with early `continue`, then the outputs for the rows that pass.
 * Column pass-throughs are not copied when nothing is filtered out.
 *
 * BIGINT and DECIMAL run in doubles (`fast`) and a batch is re-run with bigints (`exact`) only
 * when a value leaves the ±2^53 range, so exact SQL integer and decimal semantics cost nothing in
 * the common case. Row errors (division by zero, overflow, bad casts) give NULL and are counted
 * (`errors.<kind>`), or fail the batch when the plan asks for it.
 */
import {
  boolColumn,
  columnsOf,
  fixedColumn,
  gatherColumn,
  kernels,
  kindOf,
  makeBatch,
  makeSchema,
  PlanError,
  readValue,
  typeInfo,
  type Column,
  type ColumnType,
  type FunctionTable,
  type ScalarUdf,
  type FieldSpec,
  type RecordBatch,
  type Schema,
} from '../../runtime/index.js';
import type { plan } from '../../specs/index.js';
import { bind, columnsUsed, mayBeNull, NULL_TYPE, substitute, type Bound } from './bind.js';
import { Emitter, ERROR_KINDS, type CallGen, type Mode } from './emitter.js';
import { castCalls } from './fn-cast.js';
import { coreCalls } from './fn-core.js';
import { miscCalls } from './fn-misc.js';
import { textCalls } from './fn-text.js';
import { timeCalls } from './fn-time.js';
import { helpers } from './helpers.js';

const CALLS: Readonly<Record<string, CallGen>> = { ...coreCalls, ...castCalls, ...textCalls, ...timeCalls, ...miscCalls };

/** What a compiled program needs from its operator. */
export interface ExprContext {
  /** Adds to an operator counter (row errors are reported as `errors.<kind>`). */
  count(counter: string, n: number): void;
  /** The clock for now() and proctime(). */
  readonly clock: { now(): number };
}

/** A compiled filter/project chain. */
export interface CalcProgram {
  readonly schema: Schema;
  /** Output batch, or undefined when no row passes. */
  run(batch: RecordBatch, ctx: ExprContext): RecordBatch | undefined;
}

/** Options of a compiled chain. */
export interface CalcOptions {
  /** Fail the batch on the first row error instead of producing NULL. */
  readonly failOnError?: boolean;
  /** Where scalar UDFs come from. */
  readonly functions?: FunctionTable;
}

interface RunResult {
  count: number;
  sel: Int32Array | null;
  values: unknown[];
  validity: (Uint8Array | null)[];
  nulls: number[];
  unsafe: boolean;
}

type Generated = (cols: readonly Column[], n: number, rt: typeof helpers, errors: Record<string, number>, NOW: number, udfs: Record<string, ScalarUdf>) => RunResult;

/** Compiles `steps` (filters with expressions, projections) over `input`. */
export function compileCalc(steps: readonly plan.CalcStep[], input: Schema, options: CalcOptions = {}): CalcProgram {
  let schema = input;
  let env: Bound[] = input.fields.map((f, index) => ({ kind: 'column', index, type: f.type, nullable: f.nullable }));
  const predicates: Bound[] = [];
  const inputNullable = (i: number) => input.fields[i]!.nullable;
  const udfs = (name: string) => options.functions?.udf(name);
  for (const step of steps) {
    if (step.filter != null) {
      if (step.filter.expr == null) throw new PlanError('a filter with a JS function cannot be fused; use the filter operator');
      const b = bind(step.filter.expr, schema, udfs);
      if (b.type !== 'bool' && b.type !== NULL_TYPE) throw new PlanError(`a filter predicate must be boolean, got ${b.type}`);
      predicates.push(substitute(b, env));
    } else if (step.project != null) {
      const exprs = step.project.exprs ?? [];
      if (exprs.length === 0) throw new PlanError('a projection needs at least one expression');
      const bound = exprs.map((e) => {
        const b = substitute(bind(e.expr ?? {}, schema, udfs), env);
        return b.type === NULL_TYPE ? { ...b, type: 'int32' } : b;
      });
      const fields: FieldSpec[] = bound.map((b, k) => ({ name: exprs[k]!.name ?? `expr${k}`, type: b.type, nullable: mayBeNull(b, inputNullable) }));
      schema = makeSchema(fields);
      env = bound;
    }
  }
  const calc = new Calc(input, schema, env, predicates, options);
  calc.check();
  return calc;
}

class Calc implements CalcProgram {
  private readonly used: number[];
  private readonly variants = new Map<string, Generated>();
  private readonly udfs: Record<string, ScalarUdf> = {};

  constructor(
    private readonly input: Schema,
    readonly schema: Schema,
    private readonly outputs: readonly Bound[],
    private readonly predicates: readonly Bound[],
    private readonly options: CalcOptions,
  ) {
    const used = new Set<number>();
    const collect = (b: Bound) => {
      if (b.kind !== 'call') return;
      if (b.fn.startsWith('udf:')) {
        const name = b.fn.slice(4);
        const udf = options.functions?.udf(name);
        if (udf === undefined) throw new PlanError(`function '${name}' is not registered`);
        this.udfs[name] = udf;
      }
      b.args.forEach(collect);
    };
    [...outputs, ...predicates].forEach(collect);
    for (const p of predicates) columnsUsed(p, used);
    for (const o of outputs) if (o.kind !== 'column') columnsUsed(o, used);
    this.used = [...used].sort((a, b) => a - b);
  }

  /** Generates both modes once up front so unsupported constructs fail at plan time. */
  check(): void {
    this.variant(0, 'fast');
    this.variant(0, 'exact');
  }

  run(batch: RecordBatch, ctx: ExprContext): RecordBatch | undefined {
    const cols = columnsOf(batch);
    const n = batch.numRows;
    let mask = 0;
    for (let k = 0; k < this.used.length; k++) if (cols[this.used[k]!]!.nullCount > 0) mask |= 1 << Math.min(k, 30);
    const now = ctx.clock.now();
    let errors = newErrors();
    let mode: Mode = 'fast';
    let r = this.variant(mask, mode)(cols, n, helpers, errors, now, this.udfs);
    if (r.unsafe) {
      mode = 'exact';
      errors = newErrors();
      r = this.variant(mask, mode)(cols, n, helpers, errors, now, this.udfs);
    }
    for (const kind of ERROR_KINDS) {
      if (errors[kind]! > 0) {
        if (this.options.failOnError) throw new PlanError(`expression error: ${kind.replace(/_/g, ' ')} at row ${errors.row} of a batch${this.describeRow(cols, errors.row!)} (set on_error to 'null' to get NULL instead)`);
        ctx.count(`errors.${kind}`, errors[kind]!);
      }
    }
    if (r.count === 0) return undefined;
    const filtered = this.predicates.length > 0 && r.count < n;
    const columns = this.outputs.map((o, j): Column => {
      if (o.kind === 'column') return filtered ? gatherColumn(cols[o.index]!, o.type, r.sel!, r.count) : cols[o.index]!;
      return finishColumn(o.type, mode, r.values[j], r.validity[j] ?? null, r.nulls[j]!, r.count);
    });
    return makeBatch(this.schema, columns, r.count);
  }

  /** The input values an expression read at `row`, for error messages. */
  private describeRow(cols: readonly Column[], row: number): string {
    if (this.used.length === 0 || row < 0) return '';
    const shown = this.used.slice(0, 6).map((c) => {
      const f = this.input.fields[c]!;
      const v = readValue(cols[c]!, f.type, row);
      return `${f.name} = ${typeof v === 'string' ? `'${v.length > 40 ? `${v.slice(0, 40)}...` : v}'` : typeof v === 'bigint' ? String(v) : JSON.stringify(v)}`;
    });
    return `, where ${shown.join(', ')}`;
  }

  private variant(mask: number, mode: Mode): Generated {
    const key = `${mode}${mask}`;
    let fn = this.variants.get(key);
    if (fn === undefined) {
      fn = this.generate(mode, (c) => {
        const k = this.used.indexOf(c);
        return k >= 0 && (mask & (1 << Math.min(k, 30))) !== 0;
      });
      this.variants.set(key, fn);
    }
    return fn;
  }

  private generate(mode: Mode, hasNulls: (column: number) => boolean): Generated {
    const g = new Emitter(this.input, mode, hasNulls, CALLS);
    const loop: string[] = [];
    for (const p of this.predicates) {
      const r = g.expr(p);
      loop.push(...g.take(), `if (${r.z} || !${r.t}) continue;`);
    }
    const outDecls: string[] = [];
    this.outputs.forEach((o, j) => {
      if (o.kind === 'column') return;
      const nullable = mayBeNull(o, hasNulls);
      const usesBuilder = builderKind(o.type);
      outDecls.push(`const out${j} = ${allocate(o.type, mode)}; const val${j} = ${nullable && !usesBuilder ? 'new Uint8Array((n + 7) >> 3)' : 'null'}; let nul${j} = 0;`);
      const r = g.expr(o);
      loop.push(...g.take(), write(o.type, mode, j, r, nullable));
    });
    if (this.predicates.length > 0) loop.push('sel[count] = i;');
    loop.push('count++;');
    const { consts, rows } = g.preludes();
    const body = [
      ...this.used.map((c) => g.columnPrelude(c)),
      ...consts,
      'let unsafe = false; let count = 0;',
      this.predicates.length > 0 ? 'const sel = new Int32Array(n);' : 'const sel = null;',
      ...outDecls,
      `for (let i = 0; i < n; i++) {\n${[...rows, ...loop].join('\n')}\n}`,
      `return { count, sel, values: [${this.outputs.map((o, j) => (o.kind === 'column' ? 'null' : `out${j}`)).join(', ')}], validity: [${this.outputs.map((o, j) => (o.kind === 'column' ? 'null' : `val${j}`)).join(', ')}], nulls: [${this.outputs.map((o, j) => (o.kind === 'column' ? '0' : `nul${j}`)).join(', ')}], unsafe };`,
    ];
    const source = `return function calc(cols, n, rt, errors, NOW, udfs) {\n${body.join('\n')}\n};`;
    try {
      return new Function(source)() as Generated;
    } catch (err) {
      throw new PlanError(`internal: generated expression code does not compile (${(err as Error).message})`, { cause: source });
    }
  }
}

function newErrors(): Record<string, number> {
  const e: Record<string, number> = { row: -1 };
  for (const k of ERROR_KINDS) e[k] = 0;
  return e;
}

/** Outputs built with a builder (variable width and nested kinds). */
function builderKind(type: ColumnType): boolean {
  const k = kindOf(type);
  return k === 'utf8' || k === 'json' || k === 'binary' || k === 'interval' || k === 'list' || k === 'struct' || k === 'map';
}

function allocate(type: ColumnType, mode: Mode): string {
  if (builderKind(type)) return `rt.builder(${JSON.stringify(type)})`;
  switch (kindOf(type)) {
    case 'bool': return 'new Uint8Array((n + 7) >> 3)';
    case 'int8': return 'new Int8Array(n)';
    case 'int16': return 'new Int16Array(n)';
    case 'int32':
    case 'date':
    case 'time':
      return 'new Int32Array(n)';
    case 'float32': return 'new Float32Array(n)';
    case 'int64': return mode === 'exact' ? 'new BigInt64Array(n)' : 'new Float64Array(n)';
    case 'decimal': return mode === 'exact' ? 'new Uint32Array(n * 4)' : 'new Float64Array(n)';
    default: return 'new Float64Array(n)';
  }
}

function write(type: ColumnType, mode: Mode, j: number, r: { t: string; z: string }, nullable: boolean): string {
  if (builderKind(type)) {
    const k = kindOf(type);
    const value = k === 'list' || k === 'struct' || k === 'map' ? `rt.toRow(${r.t}, ${JSON.stringify(type)})` : r.t;
    return `out${j}.append(${r.z} ? null : ${value});`;
  }
  const valid = nullable ? `if (${r.z}) nul${j}++; else val${j}[count >> 3] |= 1 << (count & 7);` : '';
  const kind = kindOf(type);
  if (kind === 'bool') return `${valid} if (!${r.z} && ${r.t}) out${j}[count >> 3] |= 1 << (count & 7);`;
  if (kind === 'decimal' && mode === 'exact') return `${valid} if (!${r.z}) rt.writeDecimal(out${j}, count, ${r.t});`;
  if (kind === 'int64' && mode === 'exact') return `${valid} out${j}[count] = ${r.z} ? 0n : ${r.t};`;
  return `${valid} out${j}[count] = ${r.z} ? 0 : ${r.t};`;
}

function finishColumn(type: ColumnType, mode: Mode, values: unknown, validity: Uint8Array | null, nulls: number, count: number): Column {
  if (builderKind(type)) return (values as { finish(): Column }).finish();
  const v = nulls > 0 ? validity : null;
  const info = typeInfo(type);
  if (info.kind === 'bool') return boolColumn(values as Uint8Array, count, v, nulls);
  if (mode === 'exact' && (info.kind === 'int64' || info.kind === 'decimal')) {
    const arr = values as BigInt64Array | Uint32Array;
    return fixedColumn(type, arr.subarray(0, info.kind === 'decimal' ? count * 4 : count), count, v, nulls);
  }
  if (info.kind === 'decimal') {
    const scaled = values as Float64Array;
    const words = new Uint32Array(count * 4);
    for (let i = 0; i < count; i++) {
      const x = scaled[i]!;
      const hi = Math.floor(x / 4294967296);
      words[4 * i] = x - hi * 4294967296;
      words[4 * i + 1] = hi >>> 0;
      const sign = x < 0 ? 0xffffffff : 0;
      words[4 * i + 2] = sign;
      words[4 * i + 3] = sign;
    }
    return fixedColumn(type, words, count, v, nulls);
  }
  if (info.kind === 'int64' || info.kind === 'timestamp') {
    // The output array is this run's own, so it is converted in place.
    const arr = (values as Float64Array).subarray(0, count);
    // Microseconds round (doubles hold them approximately); a millisecond timestamp keeps the
    // millisecond that contains the instant (floor, also before 1970), as date_trunc and epoch_ms do.
    if (info.kind === 'timestamp') {
      const us = info.unit === 'us';
      for (let i = 0; i < count; i++) arr[i] = us ? Math.round(arr[i]! * 1000) : Math.floor(arr[i]!);
    }
    const out = new BigInt64Array(count);
    kernels().float64ToInt64(arr, out, count);
    return fixedColumn(type, out, count, v, nulls);
  }
  return fixedColumn(type, (values as Float64Array).subarray(0, count), count, v, nulls);
}
