/**
 * The joins subquery.ts plans a subquery condition as: SEMI and ANTI joins on computed keys,
 * projected back to the filtered rows' columns, and the distinct rows of a subquery.
 */
import type { plan } from '../../specs/index.js';
import type { Span } from '../ast.js';
import type { Column } from './catalog.js';
import { PlanErrorCode } from './errors.js';
import { isBounded, joinColumns, type Logical } from './logical.js';
import { fail, typeAt, WEIGHT, type QueryContext } from './context.js';
import { castKey, joinInput, type KeyColumn } from './lookup.js';
import { allOf } from './rules.js';
import { sqlTypeName } from './types.js';

const colRef = (name: string): plan.Expr => ({ column: { name } });

/** A key pair of a SEMI/ANTI join: an outer and an inner expression compared as `type`. */
export interface KeyPair {
  readonly left: plan.Expr;
  readonly right: plan.Expr;
  readonly type: string;
}

/**
 * Whether `e` over `node`'s output may be NULL: anything but a non-NULL literal or a column that
 * is NOT NULL where it comes from (projections mark computed columns nullable, so a plain
 * column is followed down to its source).
 */
export function mayBeNull(e: plan.Expr, node: Logical): boolean {
  if (e.literal != null) return e.literal.nullValue === true;
  const name = e.column?.name;
  if (name == null) return true;
  if (node.columns.find((c) => c.name === name)?.nullable === false) return false;
  switch (node.kind) {
    case 'project': {
      const x = node.exprs.find((p) => p.name === name);
      return x === undefined || mayBeNull(x.expr, node.input);
    }
    case 'filter': case 'sort': case 'limit': return mayBeNull(e, node.input);
    case 'aggregate': return !node.keys.includes(name) || mayBeNull(e, node.input);
    default: return true;
  }
}

/** `input` with computed columns added (a changelog's weight stays last). */
export function withColumns(input: Logical, exprs: readonly { name: string; expr: plan.Expr; type: string }[]): Logical {
  const data = input.columns.filter((c) => c.name !== WEIGHT);
  const weight = input.columns.filter((c) => c.name === WEIGHT);
  return {
    kind: 'project', input,
    exprs: [...data.map((c) => ({ name: c.name, expr: colRef(c.name) })), ...exprs.map((x) => ({ name: x.name, expr: x.expr })), ...weight.map((c) => ({ name: c.name, expr: colRef(c.name) }))],
    columns: [...data, ...exprs.map((x) => ({ name: x.name, type: x.type, nullable: mayBeNull(x.expr, input) })), ...weight],
  };
}

/** `exprs` over `input` (and its weight when it is a changelog). */
export function projectTo(input: Logical, exprs: readonly { name: string; expr: plan.Expr; type: string }[]): Logical {
  const weighted = input.columns.some((c) => c.name === WEIGHT);
  return {
    kind: 'project', input,
    exprs: [...exprs.map((x) => ({ name: x.name, expr: x.expr })), ...(weighted ? [{ name: WEIGHT, expr: colRef(WEIGHT) }] : [])],
    columns: [...exprs.map((x) => ({ name: x.name, type: x.type, nullable: mayBeNull(x.expr, input) })), ...(weighted ? [{ name: WEIGHT, type: 'int32', nullable: false }] : [])],
  };
}

/**
 * The distinct rows of `exprs` over `input`: a SEMI/ANTI join needs one row per value, not the
 * subquery's every row. Over a stream a changelog (a value leaves when its last row is retracted).
 */
export function distinctRows(input: Logical, exprs: readonly { name: string; expr: plan.Expr; type: string }[], cx: QueryContext): Logical {
  const pre = projectTo(input, exprs);
  const columns = pre.columns.filter((c) => c.name !== WEIGHT);
  const atEnd = cx.streaming !== true && isBounded(input);
  return {
    kind: 'aggregate', input: pre, keys: exprs.map((x) => x.name), aggregates: [], emit: { mode: atEnd ? 'close' : 'changes', everyMs: 0 }, ttlMs: 0,
    columns: [...columns, ...(atEnd ? [] : [{ name: WEIGHT, type: 'int32', nullable: false }])],
  };
}

/**
 * A SEMI or ANTI join of `outer` with `inner` on `keys` (computed keys become columns of the
 * inputs) and `condition`, projected back to `outer`'s columns (and a weight when it is a changelog).
 */
export function semiAnti(outer: Logical, inner: Logical, type: 'semi' | 'anti', keys: readonly KeyPair[], condition: readonly plan.Expr[], cx: QueryContext, span: Span): Logical {
  const fresh = freshNames([...outer.columns, ...inner.columns]);
  const keyColumn = (side: 'l' | 'r', e: plan.Expr, keyType: string, columns: readonly Column[], extra: KeyColumn[]) => {
    const name = e.column?.name;
    if (name != null && columns.find((c) => c.name === name)?.type === keyType) return name;
    const key = fresh(`__${side}key${extra.length}`);
    extra.push(typeAt(cx, e, columns, span) === keyType ? { name: key, expr: e, type: keyType } : castKey(key, e, keyType));
    return key;
  };
  const lExtra: KeyColumn[] = [];
  const rExtra: KeyColumn[] = [];
  const leftKeys = keys.map((k) => keyColumn('l', k.left, k.type, outer.columns, lExtra));
  const rightKeys = keys.map((k) => keyColumn('r', k.right, k.type, inner.columns, rExtra));
  const left = joinInput(outer, [], lExtra);
  const right = joinInput(inner, [], rExtra);
  const predicate = allOf(condition);
  if (predicate !== undefined) {
    const t = typeAt(cx, predicate, [...left.columns, ...right.columns].filter((c) => c.name !== WEIGHT), span);
    if (t !== 'bool' && t !== 'null') throw fail(cx, PlanErrorCode.type, `the subquery's conditions must be boolean, got ${sqlTypeName(t)}`, span);
  }
  const bounded = cx.streaming !== true && isBounded(left) && isBounded(right);
  const columns = joinColumns(left.columns, right.columns, type, false, bounded);
  const join: Logical = {
    kind: 'join', left, right, type, leftKeys, rightKeys, ...(predicate !== undefined ? { condition: predicate } : {}),
    bounded, ttlMs: bounded ? 0 : cx.ttlMs ?? 0, columns,
  };
  if (lExtra.length === 0) return join;
  const kept = columns.filter((c) => !lExtra.some((x) => x.name === c.name));
  return { kind: 'project', input: join, exprs: kept.map((c) => ({ name: c.name, expr: colRef(c.name) })), columns: kept };
}

/** Gives names not among `columns` (nor given before): `base`, else `base#2`, ... */
export function freshNames(columns: readonly Column[]): (base: string) => string {
  const taken = new Set(columns.map((c) => c.name));
  return (base) => {
    let name = base;
    for (let n = 2; taken.has(name); n++) name = `${base}#${n}`;
    taken.add(name);
    return name;
  };
}
