/**
 * The statement emitter behind the expression compiler. Each typed expression becomes straight-
 * line JS over per-row locals: a value variable `t` and a NULL flag `z` per node. Column reads
 * are hoisted to the top of the row loop; CASE and COALESCE branches go into nested blocks so a
 * branch that is not taken cannot raise a row error.
 *
 * Two modes share one generator: `fast` keeps BIGINT and DECIMAL (scaled) values in doubles and
 * raises `unsafe` when one leaves the ±2^53 range; `exact` keeps them in bigints. The compiler
 * runs fast and re-runs a batch in exact mode only when it saw an unsafe value.
 */
import { isNumeric, kindOf, typeInfo, type ColumnType, type Schema } from '../../runtime/index.js';
import { decimalParams, typeKind } from '../catalog.js';
import type { Bound } from './bind.js';

/** Evaluation mode (see the module comment). */
export type Mode = 'fast' | 'exact';
/** How a value is held in generated code. */
export type Rep = 'num' | 'big' | 'str' | 'bool' | 'bytes' | 'iv' | 'val';
/** A generated value: its variable (or literal) and its NULL flag expression. */
export interface Val {
  readonly t: string;
  readonly z: string;
}
/** Generates a call. */
export type CallGen = (g: Emitter, b: Extract<Bound, { kind: 'call' }>) => Val;

/** Row-error kinds, reported as `errors.<kind>` counters. */
export const ERROR_KINDS = ['division_by_zero', 'overflow', 'cast', 'invalid_argument', 'invalid_regex', 'udf'] as const;
export type ErrorKind = (typeof ERROR_KINDS)[number];

export class Emitter {
  private lines: string[] = [];
  private readonly hoisted: string[] = [];
  private readonly consts: string[] = [];
  private readonly reads = new Map<number, Val>();
  private next = 0;

  constructor(
    readonly input: Schema,
    readonly mode: Mode,
    private readonly hasNulls: (column: number) => boolean,
    private readonly calls: Readonly<Record<string, CallGen>>,
  ) {}

  /** The representation of a type in this mode. */
  rep(type: ColumnType): Rep {
    if (type === 'null') return 'num';
    switch (kindOf(type)) {
      case 'bool': return 'bool';
      case 'int64':
      case 'decimal':
        return this.mode === 'fast' ? 'num' : 'big';
      case 'utf8':
      case 'json':
        return 'str';
      case 'binary': return 'bytes';
      case 'interval': return 'iv';
      case 'list':
      case 'struct':
      case 'map':
        return 'val';
      default: return 'num';
    }
  }

  /** Whether values of `type` are checked for the safe range in fast mode. */
  checked(type: ColumnType): boolean {
    const k = typeKind(type);
    return this.mode === 'fast' && (k === 'int64' || k === 'decimal');
  }

  /** The scale of a decimal type (0 for others). */
  scale(type: ColumnType): number {
    return decimalParams(type)?.scale ?? 0;
  }

  /** A fresh variable name. */
  tmp(prefix = 't'): string {
    return `${prefix}${this.next++}`;
  }

  /** Emits a statement into the current block. */
  line(code: string): void {
    this.lines.push(code);
  }

  /** Hoists a constant to the function prelude; returns its name. */
  constant(expr: string): string {
    const name = this.tmp('K');
    this.consts.push(`const ${name} = ${expr};`);
    return name;
  }

  /** Statements emitted since the last take(). */
  take(): string[] {
    const out = this.lines;
    this.lines = [];
    return out;
  }

  /** Runs `fn` with a fresh block; returns the block's statements and `fn`'s result. */
  block<T>(fn: () => T): { code: string; result: T } {
    const saved = this.lines;
    this.lines = [];
    const result = fn();
    const code = this.lines.join('\n');
    this.lines = saved;
    return { code, result };
  }

  /** Hoisted constants (function prelude) and per-row column reads. */
  preludes(): { consts: string[]; rows: string[] } {
    return { consts: this.consts, rows: this.hoisted };
  }

  /** The default value of a representation (what a NULL holds). */
  zero(type: ColumnType): string {
    switch (this.rep(type)) {
      case 'big': return '0n';
      case 'str': return "''";
      case 'bool': return 'false';
      case 'bytes': return this.constant('new Uint8Array(0)');
      case 'iv': return this.constant('{ months: 0, days: 0, millis: 0 }');
      case 'val': return 'null';
      default: return '0';
    }
  }

  /** Code that counts a row error and marks `z` NULL. */
  error(kind: ErrorKind, z: string): string {
    return `${z} = true; errors.${kind}++; if (errors.row < 0) errors.row = i;`;
  }

  /** Fast mode: flag values outside ±2^53 so the batch is re-run exactly. */
  guard(type: ColumnType, t: string): void {
    if (this.checked(type)) this.line(`if (${t} > 9007199254740991 || ${t} < -9007199254740991) unsafe = true;`);
  }

  expr(b: Bound): Val {
    switch (b.kind) {
      case 'column': return this.column(b.index);
      case 'literal': return this.literal(b.value, b.type);
      case 'call': {
        if (b.fn.startsWith('udf:')) return this.udf(b);
        const gen = this.calls[b.fn];
        if (gen === undefined) throw new Error(`no code generator for '${b.fn}'`);
        return gen(this, b);
      }
    }
  }

  /**
   * A scalar UDF: called with the JS values of its argument types (types.ts table) for non-NULL
   * arguments; a throw or an unusable result is a row error.
   */
  private udf(b: Extract<Bound, { kind: 'call' }>): Val {
    const name = b.fn.slice(4);
    const fn = this.constant(`udfs[${JSON.stringify(name)}].fn`);
    const args = b.args.map((a) => this.expr(a));
    const t = this.tmp();
    const z = this.tmp('z');
    const rowArgs = args.map((v, k) => `rt.toRow(${v.t}, ${JSON.stringify(b.args[k]!.type)})`).join(', ');
    this.line(`let ${t} = ${this.zero(b.type)}; let ${z} = ${this.anyNull(args)};`);
    this.line(`if (!${z}) { const r = rt.callUdf(${fn}, [${rowArgs}], ${JSON.stringify(b.type)}, ${this.mode === 'exact'}); if (r === undefined) { ${this.error('udf', z)} } else if (r === null) ${z} = true; else ${t} = r; }`);
    this.guard(b.type, t);
    return { t, z };
  }

  /** OR of NULL flags, folding constants. */
  anyNull(vals: readonly Val[]): string {
    if (vals.some((v) => v.z === 'true')) return 'true';
    const live = vals.map((v) => v.z).filter((z) => z !== 'false');
    return live.length === 0 ? 'false' : live.join(' || ');
  }

  /**
   * A strict call: NULL if any argument is NULL, otherwise `make(values)`. With `guard`, the value
   * is computed only for non-NULL arguments (for functions that must not see garbage). With
   * `undefinedIs`, a result of `undefined` is a row error of that kind.
   */
  strict(b: Extract<Bound, { kind: 'call' }>, make: (v: string[]) => string, options: { guard?: boolean; undefinedIs?: ErrorKind } = {}): Val {
    const vals = b.args.map((a) => this.expr(a));
    const t = this.tmp();
    const z = this.tmp('z');
    const anyNull = this.anyNull(vals);
    let value = make(vals.map((v) => v.t));
    // Functions compute int64 results as numbers; exact mode holds int64 as bigint.
    if (this.mode === 'exact' && kindOf(b.type) === 'int64') value = `rt.toBig(${value})`;
    if (!options.guard && options.undefinedIs === undefined) {
      this.line(`const ${t} = ${value}; const ${z} = ${anyNull};`);
    } else {
      this.line(`let ${t} = ${this.zero(b.type)}; let ${z} = ${anyNull};`);
      if (options.undefinedIs !== undefined) {
        this.line(`if (!${z}) { const r = ${value}; if (r === undefined) { ${this.error(options.undefinedIs, z)} } else ${t} = r; }`);
      } else {
        this.line(`if (!${z}) ${t} = ${value};`);
      }
    }
    this.guard(b.type, t);
    return { t, z };
  }

  /** A literal in this mode's representation. */
  literal(value: unknown, type: ColumnType): Val {
    if (value === null || value === undefined) return { t: this.zero(type), z: 'true' };
    const rep = this.rep(type);
    switch (rep) {
      case 'big': return { t: `${BigInt(value as bigint | number)}n`, z: 'false' };
      case 'num': {
        const n = typeof value === 'bigint' ? Number(value) : (value as number);
        if (typeof value === 'bigint' && (value > 9007199254740991n || value < -9007199254740991n)) this.line('unsafe = true;');
        return { t: numberLiteral(n), z: 'false' };
      }
      case 'str': return { t: JSON.stringify(value), z: 'false' };
      case 'bool': return { t: value ? 'true' : 'false', z: 'false' };
      case 'iv': return { t: this.constant(JSON.stringify(value)), z: 'false' };
      case 'bytes': return { t: this.constant(`Uint8Array.from(${JSON.stringify([...(value as Uint8Array)])})`), z: 'false' };
      case 'val': return { t: this.constant(JSON.stringify(value)), z: 'false' };
    }
  }

  /** Reads column `c` (once per row, hoisted). */
  column(c: number): Val {
    let r = this.reads.get(c);
    if (r !== undefined) return r;
    const type = this.input.fields[c]!.type;
    const t = `c${c}`;
    this.hoisted.push(`const ${t} = ${this.readExpr(c, type)};`);
    if (this.checked(type)) this.hoisted.push(`if (${t} !== ${t} || ${t} > 9007199254740991 || ${t} < -9007199254740991) unsafe = true;`);
    let z = 'false';
    if (this.hasNulls(c)) {
      z = `cz${c}`;
      this.hoisted.push(`const ${z} = (n${c} !== null && ((n${c}[(o${c} + i) >> 3] >> ((o${c} + i) & 7)) & 1) === 0);`);
    }
    r = { t, z };
    this.reads.set(c, r);
    return r;
  }

  /** The prelude statements that set up column `c`'s locals for readExpr. */
  columnPrelude(c: number): string {
    const type = this.input.fields[c]!.type;
    let code = `const d${c} = cols[${c}]; const o${c} = d${c}.offset; const n${c} = d${c}.nullCount > 0 ? d${c}.nullBitmap : null; const v${c} = d${c}.values;`;
    const kind = kindOf(type);
    if (kind === 'utf8' || kind === 'json') code += ` const f${c} = d${c}.valueOffsets; const s${c} = rt.bytesOf(v${c});`;
    if ((kind === 'int64' && this.mode === 'fast') || kind === 'timestamp') code += ` const w${c} = rt.wordsOf(v${c});`;
    return code;
  }

  private readExpr(c: number, type: ColumnType): string {
    const info = typeInfo(type);
    switch (info.kind) {
      case 'bool': return `(((v${c}[(o${c} + i) >> 3] >> ((o${c} + i) & 7)) & 1) === 1)`;
      case 'int64': return this.mode === 'fast' ? `(w${c}[2 * i + 1] * 4294967296 + (w${c}[2 * i] >>> 0))` : `v${c}[i]`;
      case 'timestamp': return `(w${c}[2 * i + 1] * 4294967296 + (w${c}[2 * i] >>> 0))${info.unit === 'us' ? ' / 1000' : ''}`;
      case 'decimal': return this.mode === 'fast' ? `rt.decimalNum(v${c}, i)` : `rt.decimalBig(v${c}, i)`;
      case 'utf8':
      case 'json':
        return `s${c}.utf8Slice(f${c}[i], f${c}[i + 1])`;
      case 'binary': return `rt.bytesAt(d${c}, i)`;
      case 'interval': return `rt.intervalAt(v${c}, i)`;
      case 'list':
      case 'struct':
      case 'map':
        return `rt.fromRow(rt.read(d${c}, ${JSON.stringify(type)}, i), ${JSON.stringify(type)}, ${this.mode === 'exact'})`;
      default: return `v${c}[i]`;
    }
  }

  /**
   * An expression converting `v` (of `from`) to a double. Integers and decimals held in doubles
   * may be -0 (0 * -1 in JS), which SQL numbers do not have: `+ 0` makes it 0 (atan2, 1/x and the
   * text of a double tell them apart).
   */
  toFloat(v: string, from: ColumnType): string {
    const k = typeKind(from);
    if (k === 'decimal') return this.mode === 'fast' ? `(${v} / ${10 ** this.scale(from)} + 0)` : `rt.decimalFloat(${v}, ${this.scale(from)})`;
    if (k === 'int64' && this.mode === 'exact') return `Number(${v})`;
    if (k === 'bool') return `(${v} ? 1 : 0)`;
    if (k === 'int8' || k === 'int16' || k === 'int32' || k === 'int64') return `(${v} + 0)`;
    return v;
  }

  /** An expression converting a number of `from` to a scaled decimal with `scale` in this mode. */
  toScaled(v: string, from: ColumnType, scale: number): string {
    const k = typeKind(from);
    const fromScale = k === 'decimal' ? this.scale(from) : 0;
    if (k === 'float32' || k === 'float64') {
      const rounded = `rt.roundDiv(${v} * ${10 ** scale}, 1)`;
      return this.mode === 'fast' ? rounded : `BigInt(${rounded})`;
    }
    const d = scale - fromScale;
    if (this.mode === 'fast') {
      if (d === 0) return v;
      return d > 0 ? `(${v} * ${10 ** d})` : `rt.roundDiv(${v}, ${10 ** -d})`;
    }
    const big = k === 'int64' || k === 'decimal' ? v : `BigInt(${v})`;
    if (d === 0) return big;
    return d > 0 ? `(${big} * ${10n ** BigInt(d)}n)` : `rt.roundDivBig(${big}, ${10n ** BigInt(-d)}n)`;
  }

  /** An expression converting an integer value of `from` to an int64 in this mode. */
  toInt64(v: string, from: ColumnType): string {
    const k = typeKind(from);
    if (this.mode === 'fast' || k === 'int64') return v;
    return `BigInt(${v})`;
  }

  /** Whether a type's values order like numbers in this mode (num or big reps). */
  numberLike(type: ColumnType): boolean {
    return type === 'null' || isNumeric(type);
  }
}

/** A JS literal for a number (NaN, infinities and -0 included). */
export function numberLiteral(n: number): string {
  if (Number.isNaN(n)) return 'NaN';
  if (!Number.isFinite(n)) return n > 0 ? 'Infinity' : '-Infinity';
  return Object.is(n, -0) ? '-0' : String(n);
}
