/**
 * Typed expression trees for the differential test and their SQL in two dialects. A node keeps
 * its children so a mismatch can be narrowed down to the operator that causes it; `render`
 * spells the node given its children's SQL. Where the engines spell the same meaning
 * differently (a documented difference, see docs/differential.md) the DuckDB spelling differs.
 */
import { arithmeticType, commonType } from '../../operators/catalog.js';
import { COLUMNS, literalSql, sqlType, type Ty } from './values.js';

/** Which engine a SQL text is for. */
export type Dialect = 'ours' | 'duck';

/** An expression node. `ty` is the class of LaminarDB's result type. */
export interface Node {
  /** `col`, `lit`, or an operator/function id (used by the documented-difference rules). */
  readonly op: string;
  readonly ty: Ty;
  readonly args: readonly Node[];
  /** The value of a literal, the name of a column. */
  readonly value?: unknown;
  /** The SQL type name of a literal (DECIMAL precision). */
  readonly sqlType?: string;
  readonly render: (args: readonly string[], d: Dialect) => string;
}

/** A column reference. */
export function col(name: string, ty: Ty): Node {
  return { op: 'col', ty, args: [], value: name, render: () => name };
}

/** A typed literal (NULL included). */
export function lit(value: unknown, ty: Ty, sqlTypeName = sqlType(ty)): Node {
  const text = literalSql(value, ty, sqlTypeName);
  return { op: 'lit', ty, args: [], value, sqlType: sqlTypeName, render: () => text };
}

/** An operator or function call rendered by `render`. */
export function call(op: string, ty: Ty, args: readonly Node[], render: Node['render']): Node {
  return { op, ty, args, render };
}

/** A plain function call `name(a, b, ...)` spelled the same in both dialects. */
export function fn(name: string, ty: Ty, args: readonly Node[], op = name): Node {
  return call(op, ty, args, (a) => `${name}(${a.join(', ')})`);
}

/** A binary operator `(a OP b)`. */
export function binary(op: string, symbol: string, ty: Ty, a: Node, b: Node): Node {
  return call(op, ty, [a, b], ([x, y]) => `(${x} ${symbol} ${y})`);
}

/** The SQL text of a node. */
export function sql(n: Node, d: Dialect): string {
  return n.render(n.args.map((a) => sql(a, d)), d);
}

/** Whether a type class is an integer. */
export function isInteger(ty: Ty): boolean {
  return ty === 'int' || ty === 'bigint';
}

/** LaminarDB's result class of `a (+|-|*|%) b` on numbers (its catalog's widening rules). */
export function arithmeticClass(a: Ty, b: Ty): Ty {
  if (a === 'double' || b === 'double') return 'double';
  if (a === 'decimal' || b === 'decimal') return 'decimal';
  if (a === 'bigint' || b === 'bigint') return 'bigint';
  return 'int';
}

/**
 * `a / b`: LaminarDB divides integers with truncation (DuckDB's `//`; DuckDB's `/` always gives
 * DOUBLE), and decimals give DOUBLE in both.
 */
export function divide(a: Node, b: Node): Node {
  const t = arithmeticClass(a.ty, b.ty);
  const integer = isInteger(t);
  return call(integer ? 'idiv' : 'div', integer ? t : 'double', [a, b], ([x, y], d) => `(${x} ${integer && d === 'duck' ? '//' : '/'} ${y})`);
}

/** LaminarDB's canonical type of a SQL type name (`DECIMAL(10,2)` → `decimal(10,2)`). */
export function canonicalType(name: string): string {
  const simple: Record<string, string> = { INTEGER: 'int32', BIGINT: 'int64', DOUBLE: 'float64', VARCHAR: 'utf8', BOOLEAN: 'bool', DATE: 'date', TIMESTAMP: 'timestamp', INTERVAL: 'interval' };
  return simple[name] ?? name.toLowerCase().replace(/\s+/g, '');
}

const BY_CLASS: Record<Ty, string> = { int: 'int32', bigint: 'int64', double: 'float64', decimal: 'decimal(38,10)', text: 'utf8', bool: 'bool', date: 'date', timestamp: 'timestamp', interval: 'interval' };

/**
 * LaminarDB's result type of a node, by its own type rules (operators/catalog.ts): what a DuckDB
 * spelling must cast to where DuckDB's type rule differs (the precision and scale of decimals).
 */
export function engineType(n: Node): string {
  const common = (xs: readonly Node[]) => xs.map(engineType).reduce((a, b) => commonType(a, b) ?? a);
  switch (n.op) {
    case 'col': return canonicalType(COLUMNS.find((c) => c.name === n.value)?.sql ?? '') || BY_CLASS[n.ty];
    case 'lit': return n.sqlType !== undefined ? canonicalType(n.sqlType) : BY_CLASS[n.ty];
    case 'cast': case 'try_cast': return canonicalType(n.value as string);
    case 'add': case 'sub': case 'mul': case 'mod':
      if (n.ty === 'double' || n.ty === 'decimal' || n.ty === 'int' || n.ty === 'bigint') return arithmeticType(n.op, engineType(n.args[0]!), engineType(n.args[1]!)) ?? BY_CLASS[n.ty];
      return BY_CLASS[n.ty];
    case 'neg': case 'abs': case 'round': case 'trunc': case 'floor': case 'ceil': return engineType(n.args[0]!);
    case 'case': return common(n.args.filter((_, i) => i % 2 === 1 || (n.args.length % 2 === 1 && i === n.args.length - 1)));
    case 'case_simple': return common([n.args[2]!, n.args[3]!]);
    case 'coalesce': case 'greatest': case 'least': return common(n.args);
    case 'nullif': return engineType(n.args[0]!);
    default: return BY_CLASS[n.ty];
  }
}
