/**
 * The expression compiler (our JIT is V8): a chain of filters and projections becomes one JS
 * function over the input columns, generated once per chain and per null pattern (columns with
 * NULLs in a batch get null checks, the others none), then reused for every batch.
 *
 * Projections are substituted into later steps, so `filter → project → filter → project` runs as
 * a single loop: predicates in order with early `continue`, then the output expressions for the
 * rows that pass. Column pass-throughs are not copied when nothing is filtered out.
 *
 * Row-level errors (division by zero, integer overflow) give NULL and are counted, never thrown.
 */
import {
  codegenRuntime,
  columnsOf,
  fixedColumn,
  boolColumn,
  gatherColumn,
  kernels,
  makeBatch,
  makeSchema,
  PlanError,
  readerPrelude,
  readNullExpr,
  Utf8Builder,
  type Column,
  type ColumnType,
  type FieldSpec,
  type RecordBatch,
  type Schema,
} from '../../runtime/index.js';
import type { plan } from '../../specs/index.js';
import { bind, columnsUsed, mayBeNull, substitute, type Bound } from './bind.js';

/** A compiled filter/project chain. */
export interface CalcProgram {
  readonly schema: Schema;
  /** Output batch, or undefined when no row passes. `count` receives row-level error counters. */
  run(batch: RecordBatch, count: (counter: string, n: number) => void): RecordBatch | undefined;
}

/** Counters a generated function reports. */
interface RunResult {
  count: number;
  sel: Int32Array | null;
  values: (ArrayLike<number> | Utf8Builder | null)[];
  validity: (Uint8Array | null)[];
  nulls: number[];
  divisionByZero: number;
  overflow: number;
}

type Generated = (cols: readonly Column[], n: number, rt: typeof runtime) => RunResult;

const runtime = {
  ...codegenRuntime,
  utf8: () => new Utf8Builder('expr'),
  charLength(s: string): number {
    let n = 0;
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c < 0xd800 || c > 0xdbff) n++;
    }
    return n;
  },
};

/** Compiles `steps` (filters with expressions, projections) over `input`. */
export function compileCalc(steps: readonly plan.CalcStep[], input: Schema): CalcProgram {
  let schema = input;
  let env: Bound[] = input.fields.map((f, index) => ({ kind: 'column', index, type: f.type, nullable: f.nullable }));
  const predicates: Bound[] = [];
  const inputNullable = (i: number) => input.fields[i]!.nullable;
  for (const step of steps) {
    if (step.filter != null) {
      if (step.filter.expr == null) throw new PlanError('a filter with a JS function cannot be fused; use the filter operator');
      const b = bind(step.filter.expr, schema);
      if (b.type !== 'bool') throw new PlanError(`a filter predicate must be boolean, got ${b.type}`);
      predicates.push(substitute(b, env));
    } else if (step.project != null) {
      const exprs = step.project.exprs ?? [];
      if (exprs.length === 0) throw new PlanError('a projection needs at least one expression');
      const bound = exprs.map((e) => substitute(bind(e.expr ?? {}, schema), env));
      const fields: FieldSpec[] = bound.map((b, k) => ({ name: exprs[k]!.name ?? `expr${k}`, type: b.type, nullable: mayBeNull(b, inputNullable) }));
      schema = makeSchema(fields);
      env = bound;
    }
  }
  return new Calc(input, schema, env, predicates);
}

class Calc implements CalcProgram {
  private readonly used: number[];
  private readonly variants = new Map<number, Generated>();

  constructor(private readonly input: Schema, readonly schema: Schema, private readonly outputs: readonly Bound[], private readonly predicates: readonly Bound[]) {
    const used = new Set<number>();
    for (const p of predicates) columnsUsed(p, used);
    for (const o of outputs) if (o.kind !== 'column') columnsUsed(o, used);
    this.used = [...used].sort((a, b) => a - b);
  }

  run(batch: RecordBatch, count: (counter: string, n: number) => void): RecordBatch | undefined {
    const cols = columnsOf(batch);
    const n = batch.numRows;
    let mask = 0;
    for (let k = 0; k < this.used.length; k++) if (cols[this.used[k]!]!.nullCount > 0) mask |= 1 << Math.min(k, 30);
    let fn = this.variants.get(mask);
    if (fn === undefined) {
      fn = this.generate((c) => {
        const k = this.used.indexOf(c);
        return k >= 0 && (mask & (1 << Math.min(k, 30))) !== 0;
      });
      this.variants.set(mask, fn);
    }
    const r = fn(cols, n, runtime);
    if (r.divisionByZero > 0) count('errors.division_by_zero', r.divisionByZero);
    if (r.overflow > 0) count('errors.overflow', r.overflow);
    if (r.count === 0) return undefined;
    const filtered = this.predicates.length > 0 && r.count < n;
    const columns = this.outputs.map((o, j): Column => {
      if (o.kind === 'column') return filtered ? gatherColumn(cols[o.index]!, o.type, r.sel!, r.count) : cols[o.index]!;
      return finishColumn(o.type, r.values[j]!, r.validity[j] ?? null, r.nulls[j]!, r.count);
    });
    return makeBatch(this.schema, columns, r.count);
  }

  private generate(hasNulls: (column: number) => boolean): Generated {
    const g = new Gen(this.input, hasNulls);
    const body: string[] = [];
    for (const c of this.used) {
      const type = this.input.fields[c]!.type;
      // Expressions read int64 as doubles through an Int32 view (timestamps already have one).
      body.push(readerPrelude(c, type, `cols[${c}]`, hasNulls(c)) + (type === 'int64' ? ` const w${c} = rt.wordsOf(v${c});` : ''));
    }
    body.push('let divisionByZero = 0; let overflow = 0; let count = 0;');
    body.push(this.predicates.length > 0 ? 'const sel = new Int32Array(n);' : 'const sel = null;');
    const outVars: string[] = [];
    this.outputs.forEach((o, j) => {
      if (o.kind === 'column') {
        outVars.push(`null, null, 0`);
        return;
      }
      const nullable = mayBeNull(o, hasNulls);
      body.push(`const out${j} = ${allocate(o.type, 'n')}; const val${j} = ${nullable ? 'new Uint8Array((n + 7) >> 3)' : 'null'}; let nul${j} = 0;`);
      outVars.push(`out${j}, val${j}, nul${j}`);
    });
    const loop: string[] = [];
    for (const p of this.predicates) {
      const r = g.expr(p);
      loop.push(...g.take(), `if (${r.z} || !${r.t}) continue;`);
    }
    this.outputs.forEach((o, j) => {
      if (o.kind === 'column') return;
      const r = g.expr(o);
      loop.push(...g.take(), write(o.type, j, r, mayBeNull(o, hasNulls)));
    });
    if (this.predicates.length > 0) loop.push('sel[count] = i;');
    loop.push('count++;');
    body.push(`for (let i = 0; i < n; i++) {\n${g.prefixLoop(loop).join('\n')}\n}`);
    const values = this.outputs.map((o, j) => (o.kind === 'column' ? 'null' : `out${j}`)).join(', ');
    const validity = this.outputs.map((o, j) => (o.kind === 'column' ? 'null' : `val${j}`)).join(', ');
    const nulls = this.outputs.map((o, j) => (o.kind === 'column' ? '0' : `nul${j}`)).join(', ');
    body.push(`return { count, sel, values: [${values}], validity: [${validity}], nulls: [${nulls}], divisionByZero, overflow };`);
    const source = `return function calc(cols, n, rt) {\n${body.join('\n')}\n};`;
    return new Function(source)() as Generated;
  }
}

function isWide(type: ColumnType): boolean {
  return type === 'int64' || type === 'timestamp';
}

function allocate(type: ColumnType, n: string): string {
  switch (type) {
    case 'bool': return `new Uint8Array((${n} + 7) >> 3)`;
    case 'utf8': return 'rt.utf8()';
    case 'int8': return `new Int8Array(${n})`;
    case 'int16': return `new Int16Array(${n})`;
    case 'int32': return `new Int32Array(${n})`;
    case 'float32': return `new Float32Array(${n})`;
    default: return `new Float64Array(${n})`;
  }
}

function write(type: ColumnType, j: number, r: { t: string; z: string }, nullable: boolean): string {
  const valid = nullable ? `if (${r.z}) nul${j}++; else val${j}[count >> 3] |= 1 << (count & 7);` : '';
  if (type === 'utf8') return `out${j}.append(${r.z} ? null : ${r.t});`;
  if (type === 'bool') return `${valid} if (!${r.z} && ${r.t}) out${j}[count >> 3] |= 1 << (count & 7);`;
  return `${valid} out${j}[count] = ${r.z} ? 0 : ${r.t};`;
}

function finishColumn(type: ColumnType, values: ArrayLike<number> | Utf8Builder, validity: Uint8Array | null, nulls: number, count: number): Column {
  if (values instanceof Utf8Builder) return values.finish();
  const v = nulls > 0 ? validity : null;
  if (type === 'bool') return boolColumn(values as Uint8Array, count, v, nulls);
  const arr = (values as Float64Array).subarray(0, count);
  if (isWide(type)) {
    const out = new BigInt64Array(count);
    kernels().float64ToInt64(arr, out, count);
    return fixedColumn(type, out, count, v, nulls);
  }
  return fixedColumn(type, arr, count, v, nulls);
}

/** Emits per-row statements for expressions; column reads are hoisted and shared. */
class Gen {
  private lines: string[] = [];
  private read = new Map<number, { t: string; z: string }>();
  private hoisted: string[] = [];
  private next = 0;

  constructor(private readonly input: Schema, private readonly hasNulls: (column: number) => boolean) {}

  /** Statements emitted since the last take(). */
  take(): string[] {
    const out = this.lines;
    this.lines = [];
    return out;
  }

  /** Puts column reads first in the loop body (they are emitted once per row, in first-use order). */
  prefixLoop(loop: string[]): string[] {
    return [...this.hoisted, ...loop];
  }

  expr(b: Bound): { t: string; z: string } {
    switch (b.kind) {
      case 'column':
        return this.column(b.index);
      case 'literal':
        return { t: literal(b.value, b.type), z: b.value === null ? 'true' : 'false' };
      case 'call':
        return this.call(b);
    }
  }

  private column(c: number): { t: string; z: string } {
    let r = this.read.get(c);
    if (r === undefined) {
      const type = this.input.fields[c]!.type;
      const t = `c${c}`;
      const value = isWide(type) ? `(w${c}[2 * i + 1] * 4294967296 + (w${c}[2 * i] >>> 0))` : readValue(c, type);
      this.hoisted.push(`const ${t} = ${value};`);
      let z = 'false';
      if (this.hasNulls(c)) {
        z = `cz${c}`;
        this.hoisted.push(`const ${z} = ${readNullExpr(c, 'i')};`);
      }
      r = { t, z };
      this.read.set(c, r);
    }
    return r;
  }

  private call(b: Extract<Bound, { kind: 'call' }>): { t: string; z: string } {
    const args = b.args.map((a) => this.expr(a));
    const t = `t${this.next}`;
    const z = `z${this.next++}`;
    const anyNull = orOf(args.map((a) => a.z));
    const [a, c] = [args[0]!, args[1]];
    const integer = b.type !== 'float32' && b.type !== 'float64';
    switch (b.fn) {
      case 'add':
      case 'sub':
      case 'mul': {
        const op = { add: '+', sub: '-', mul: '*' }[b.fn];
        if (b.type === 'int32') {
          this.lines.push(`let ${t} = ${a.t} ${op} ${c!.t}; let ${z} = ${anyNull};`, `if (!${z} && (${t} > 2147483647 || ${t} < -2147483648)) { ${z} = true; ${t} = 0; overflow++; }`);
        } else {
          this.lines.push(`const ${t} = ${a.t} ${op} ${c!.t}; const ${z} = ${anyNull};`);
        }
        break;
      }
      case 'div':
      case 'mod': {
        const expr = b.fn === 'mod' ? `${a.t} % ${c!.t}` : integer ? `Math.trunc(${a.t} / ${c!.t})` : `${a.t} / ${c!.t}`;
        this.lines.push(`let ${t} = 0; let ${z} = ${anyNull};`, `if (!${z}) { if (${c!.t} === 0) { ${z} = true; divisionByZero++; } else ${t} = ${expr}; }`);
        break;
      }
      case 'neg':
        this.lines.push(`const ${t} = -${a.t}; const ${z} = ${a.z};`);
        break;
      case 'abs':
        this.lines.push(`const ${t} = Math.abs(${a.t}); const ${z} = ${a.z};`);
        break;
      case 'eq': case 'neq': case 'lt': case 'lte': case 'gt': case 'gte': {
        const op = { eq: '===', neq: '!==', lt: '<', lte: '<=', gt: '>', gte: '>=' }[b.fn];
        this.lines.push(`const ${t} = ${a.t} ${op} ${c!.t}; const ${z} = ${anyNull};`);
        break;
      }
      case 'and':
        this.lines.push(`const ${z} = !((!${a.z} && !${a.t}) || (!${c!.z} && !${c!.t})) && (${a.z} || ${c!.z});`, `const ${t} = !${z} && ${a.t} && ${c!.t};`);
        break;
      case 'or':
        this.lines.push(`const ${z} = !((!${a.z} && ${a.t}) || (!${c!.z} && ${c!.t})) && (${a.z} || ${c!.z});`, `const ${t} = !${z} && ((!${a.z} && ${a.t}) || (!${c!.z} && ${c!.t}));`);
        break;
      case 'not':
        this.lines.push(`const ${t} = !${a.t}; const ${z} = ${a.z};`);
        break;
      case 'is_null':
        this.lines.push(`const ${t} = ${a.z}; const ${z} = false;`);
        break;
      case 'is_not_null':
        this.lines.push(`const ${t} = !${a.z}; const ${z} = false;`);
        break;
      case 'coalesce': {
        this.lines.push(`let ${t} = ${literal(null, b.type)}; let ${z} = true;`);
        this.lines.push(args.map((x, k) => `${k > 0 ? 'else ' : ''}if (!${x.z}) { ${t} = ${x.t}; ${z} = false; }`).join(' '));
        break;
      }
      case 'lower':
        this.lines.push(`const ${t} = ${a.z} ? '' : ${a.t}.toLowerCase(); const ${z} = ${a.z};`);
        break;
      case 'upper':
        this.lines.push(`const ${t} = ${a.z} ? '' : ${a.t}.toUpperCase(); const ${z} = ${a.z};`);
        break;
      case 'length':
        this.lines.push(`const ${t} = ${a.z} ? 0 : rt.charLength(${a.t}); const ${z} = ${a.z};`);
        break;
      case 'concat':
        this.lines.push(`const ${t} = ${anyNull} ? '' : ${args.map((x) => x.t).join(' + ')}; const ${z} = ${anyNull};`);
        break;
      default:
        throw new PlanError(`function '${b.fn}' has no code generator`);
    }
    return { t, z };
  }
}

function readValue(c: number, type: ColumnType): string {
  switch (type) {
    case 'bool': return `(((v${c}[(o${c} + i) >> 3] >> ((o${c} + i) & 7)) & 1) === 1)`;
    case 'utf8': return `s${c}.utf8Slice(f${c}[i], f${c}[i + 1])`;
    default: return `v${c}[i]`;
  }
}

function orOf(flags: readonly string[]): string {
  if (flags.includes('true')) return 'true';
  const live = flags.filter((f) => f !== 'false');
  return live.length === 0 ? 'false' : live.join(' || ');
}

function literal(value: unknown, type: ColumnType): string {
  if (value === null || value === undefined) return type === 'utf8' ? "''" : type === 'bool' ? 'false' : '0';
  if (typeof value === 'number') {
    if (Number.isNaN(value)) return 'NaN';
    if (!Number.isFinite(value)) return value > 0 ? 'Infinity' : '-Infinity';
    return Object.is(value, -0) ? '-0' : String(value);
  }
  return JSON.stringify(value);
}
