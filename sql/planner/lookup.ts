/**
 * Lookup joins: in a stream, a join with a table (`CREATE TABLE`) reads the table as it is when
 * each stream row arrives (S16), INNER or LEFT, on equalities of stream expressions and table
 * columns. Conditions on the stream alone filter it first (INNER); the others are checked on the
 * joined row.
 */
import type { plan } from '../../specs/index.js';
import { commonType, findFunction } from '../../operators/catalog.js';
import type { Expr, Join, Span } from '../ast.js';
import type { Column } from './catalog.js';
import { PlanErrorCode } from './errors.js';
import { lower, refOf, type ScopeEntry } from './expr.js';
import type { Logical } from './logical.js';
import { fail, typeAt, WEIGHT, type QueryContext } from './context.js';
import { allOf, references } from './rules.js';
import { sqlTypeName } from './types.js';

/** Whether a FROM item is a table a stream can only look up (it has no change stream). */
export function isLookupTable(from: FromResult): boolean {
  return from.node.kind === 'scan' && (from.node.relation.kind === 'table' || from.node.relation.kind === 'lookup table') && from.node.relation.nodeId === undefined;
}

/** Rejects a lookup table read on its own: its source finds rows by key, it cannot list them. */
export function notScanned<T extends FromResult>(from: T, cx: QueryContext, span: Span): T {
  if (from.node.kind === 'scan' && from.node.relation.kind === 'lookup table') {
    const r = from.node.relation;
    throw fail(cx, PlanErrorCode.unsupported, `lookup table '${r.name}' is read by key: a stream joins it (stream JOIN ${r.name} ON ${r.name}.${r.lookup?.key ?? 'key'} = ...); a query cannot scan its source`, span);
  }
  return from;
}

/** A planned FROM item (join.ts's FromResult, without the window). */
interface FromResult {
  readonly node: Logical;
  readonly scope: ScopeEntry[];
}

const colRef = (name: string): plan.Expr => ({ column: { name } });

/** Which input of a join an expression reads: only the left's columns, only the right's, both or none. */
export function sideOf(e: plan.Expr, left: ReadonlySet<string>, right: ReadonlySet<string>): 'left' | 'right' | 'both' | 'none' {
  const names = [...references(e).keys()];
  if (names.length === 0) return 'none';
  if (names.every((n) => left.has(n))) return 'left';
  if (names.every((n) => right.has(n))) return 'right';
  return 'both';
}

/** A computed join key: `expr` cast to `type`, as column `name`. */
export interface KeyColumn {
  readonly name: string;
  readonly expr: plan.Expr;
  readonly type: string;
}

/** `expr` cast to `type`, as key column `name`. */
export function castKey(name: string, expr: plan.Expr, type: string): KeyColumn {
  return { name, expr: { call: { function: 'cast', args: [expr, { literal: { stringValue: type } }] } }, type };
}

/** `input` filtered by `filters`, with key columns `extra` appended: what a join reads of one input. */
export function joinInput(input: Logical, filters: readonly plan.Expr[], extra: readonly KeyColumn[]): Logical {
  const predicate = allOf(filters);
  const node: Logical = predicate === undefined ? input : { kind: 'filter', input, predicate, columns: input.columns };
  return extra.length === 0 ? node : {
    kind: 'project', input: node,
    exprs: [...node.columns.map((c) => ({ name: c.name, expr: colRef(c.name) })), ...extra.map((x) => ({ name: x.name, expr: x.expr }))],
    columns: [...node.columns, ...extra.map((x) => ({ name: x.name, type: x.type, nullable: true }))],
  };
}

/** Plans `stream JOIN table`; `conjuncts` are the ON condition's, `using` USING's columns. */
export function planLookup(item: Join, stream: FromResult, table: FromResult, type: 'inner' | 'left', conjuncts: readonly Expr[], using: readonly string[], tableFirst: boolean, cx: QueryContext): FromResult {
  if (stream.node.columns.some((c) => c.name === WEIGHT)) throw fail(cx, PlanErrorCode.unsupported, 'a join of a changelog with a table is not supported: a lookup join enriches an append-only stream (join the table in a snapshot query, or the stream before it is aggregated)', item.span);
  const scan = table.node as Extract<Logical, { kind: 'scan' }>;
  const taken = new Set(stream.node.columns.map((c) => c.name));
  const entry = table.scope[0]!;
  const outputNames = scan.columns.map((c) => {
    let name = c.name;
    for (let n = 1; taken.has(name); n++) name = `${entry.alias}.${c.name}${n > 1 ? `#${n}` : ''}`;
    taken.add(name);
    return name;
  });
  const byOriginal = new Map(scan.columns.map((c, k) => [c.name, outputNames[k]!]));
  const tableScope: ScopeEntry = { ...entry, refs: entry.columns.map((_, k) => byOriginal.get(refOf(entry, k)) ?? refOf(entry, k)) };
  const scope = [...stream.scope, tableScope];
  const ex = { text: cx.text, catalog: cx.catalog, scope };
  const tableNames = new Set(outputNames);
  const streamNames = new Set(stream.node.columns.map((c) => c.name));
  const outColumns: Column[] = [...stream.node.columns, ...scan.columns.map((c, k) => ({ ...c, name: outputNames[k]!, nullable: c.nullable || type === 'left' }))];
  const keys: { stream: plan.Expr; column: string; type: string; at: Expr }[] = [];
  const residual: plan.Expr[] = [];
  const filters: plan.Expr[] = [];
  const tableFilters: plan.Expr[] = [];
  // A lookup table's source finds rows by its primary key only; other equalities are checked on the joined row.
  const lookup = scan.relation.lookup;
  const equality = (a: plan.Expr, b: plan.Expr, at: Expr) => {
    const [sa, sb] = [sideOf(a, streamNames, tableNames), sideOf(b, streamNames, tableNames)];
    const [s, t] = sa === 'left' && sb === 'right' ? [a, b] : sa === 'right' && sb === 'left' ? [b, a] : [undefined, undefined];
    if (s === undefined || t?.column == null) return false;
    const k = outputNames.indexOf(t.column.name ?? '');
    if (lookup !== undefined && (scan.columns[k]!.name !== lookup.key || keys.length > 0)) return false;
    keys.push({ stream: s, column: scan.columns[k]!.name, type: scan.columns[k]!.type, at });
    return true;
  };
  for (const name of using) {
    const streamHits = stream.scope.flatMap((e) => e.columns.flatMap((c, k) => (c.name === name && !e.hidden?.[k] ? [refOf(e, k)] : [])));
    if (streamHits.length !== 1 || !byOriginal.has(name)) throw fail(cx, PlanErrorCode.unknownColumn, `USING column '${name}' must be in both inputs once`, item.span);
    const [s, t] = [colRef(streamHits[0]!), colRef(byOriginal.get(name)!)];
    if (!equality(s, t, { kind: 'column', parts: [{ kind: 'ident', value: name, quoted: true, span: item.span }], span: item.span })) residual.push({ call: { function: 'eq', args: [s, t] } });
  }
  const originalOf = new Map(outputNames.map((n, k) => [n, scan.columns[k]!]));
  for (const c of conjuncts) {
    const e = lower(c, ex);
    if (c.kind === 'binary' && c.op === '=' && equality(lower(c.left, ex), lower(c.right, ex), c)) continue;
    const side = sideOf(e, streamNames, tableNames);
    if (side === 'left' && type === 'inner') filters.push(e);
    else if (side === 'right' && lookup?.pushdown === true) {
      for (const part of andParts(e)) {
        const pushed = pushable(part, originalOf, cx, c);
        if (pushed !== undefined) tableFilters.push(pushed);
        else residual.push(part);
      }
    } else residual.push(e);
  }
  if (keys.length === 0 && lookup !== undefined) throw fail(cx, PlanErrorCode.type, `a stream looks lookup table '${scan.relation.name}' up by its primary key: the ON condition needs <stream expression> = ${entry.alias}.${lookup.key}`, item.span);
  if (keys.length === 0) throw fail(cx, PlanErrorCode.type, `a stream joins table '${scan.relation.name}' by looking rows up: the ON condition needs an equality of a stream expression and a table column`, item.span);
  // Stream keys cast to the table columns' types where they differ.
  const extra: KeyColumn[] = [];
  const leftKeys = keys.map((k, i) => {
    const t = typeAt(cx, k.stream, stream.node.columns, k.at.span);
    if (commonType(t, k.type) === undefined) throw fail(cx, PlanErrorCode.type, `cannot join ${sqlTypeName(t)} with ${sqlTypeName(k.type)}; cast one side`, k.at.span);
    if (t === k.type && k.stream.column != null) return k.stream.column.name ?? '';
    extra.push(castKey(`__lkey${i}`, k.stream, k.type));
    return `__lkey${i}`;
  });
  const input = joinInput(stream.node, filters, extra);
  const condition = allOf(residual);
  const columns = [...input.columns, ...outColumns.slice(stream.node.columns.length)];
  if (condition !== undefined) {
    const t = typeAt(cx, condition, columns, item.span);
    if (t !== 'bool' && t !== 'null') throw fail(cx, PlanErrorCode.type, `a join condition must be boolean, got ${sqlTypeName(t)}`, item.span);
  }
  const node: Logical = {
    kind: 'lookup-join', input, table: scan.relation, outputNames, leftKeys, tableKeys: keys.map((k) => k.column), type,
    ...(condition ? { condition } : {}), ...(tableFilters.length > 0 ? { tableFilters } : {}), columns,
  };
  return { node, scope: tableFirst ? [tableScope, ...stream.scope] : scope };
}

/** The conjuncts of a plan `and` (BETWEEN lowers to one). */
function andParts(e: plan.Expr): plan.Expr[] {
  return e.call?.function === 'and' ? (e.call.args ?? []).flatMap(andParts) : [e];
}

/** Column types a source compares as the engine does (numbers, strings, booleans, dates, timestamps). */
const PUSHABLE_TYPES = new Set(['bool', 'int8', 'int16', 'int32', 'int64', 'float32', 'float64', 'utf8', 'date']);
const FLIP: Record<string, string> = { eq: 'eq', neq: 'neq', lt: 'gt', lte: 'gte', gt: 'lt', gte: 'lte' };

/** Whether `e` is the same value for every row: literals and non-volatile calls over them. */
function isConstant(e: plan.Expr): boolean {
  if (e.literal != null) return true;
  if (e.call == null) return false;
  const fn = e.call.function ?? '';
  if (fn !== 'cast' && fn !== 'try_cast' && (findFunction(fn) === undefined || findFunction(fn)!.volatile === true)) return false;
  return (e.call.args ?? []).every(isConstant);
}

/**
 * `e` (over the table's output names) as a condition a lookup source can evaluate, over the
 * table's own column names with constants cast to the column's type; undefined when it is not
 * of a form sources understand (it is then checked on the joined row, with the same result).
 */
function pushable(e: plan.Expr, columns: ReadonlyMap<string, Column>, cx: QueryContext, at: Expr): plan.Expr | undefined {
  const fn = e.call?.function ?? '';
  const args = e.call?.args ?? [];
  const columnOf = (x: plan.Expr | undefined) => (x?.column?.name != null ? columns.get(x.column.name) : undefined);
  const ok = (c: Column | undefined): c is Column => c !== undefined && (PUSHABLE_TYPES.has(c.type) || c.type.startsWith('timestamp'));
  const constant = (c: Column, x: plan.Expr): plan.Expr | undefined => {
    if (!isConstant(x) || x.literal?.nullValue === true) return undefined;
    // Only where comparing in the column's type means the same (not INT column < 1.5).
    const t = typeAt(cx, x, [], at.span);
    if (commonType(c.type, t) !== c.type) return undefined;
    return t === c.type ? x : { call: { function: 'cast', args: [x, { literal: { stringValue: c.type } }] } };
  };
  if ((fn === 'is_null' || fn === 'is_not_null') && args.length === 1) {
    const c = columnOf(args[0]);
    return ok(c) ? { call: { function: fn, args: [colRef(c.name)] } } : undefined;
  }
  if (fn === 'in' && args.length >= 2) {
    const c = columnOf(args[0]);
    if (!ok(c)) return undefined;
    const values = args.slice(1).map((x) => constant(c, x));
    return values.every((v) => v !== undefined) ? { call: { function: 'in', args: [colRef(c.name), ...(values as plan.Expr[])] } } : undefined;
  }
  if (FLIP[fn] !== undefined && args.length === 2) {
    const [a, b] = args as [plan.Expr, plan.Expr];
    const [c, x, op] = columnOf(a) !== undefined ? [columnOf(a), b, fn] : [columnOf(b), a, FLIP[fn]!];
    if (!ok(c)) return undefined;
    const v = constant(c, x);
    return v === undefined ? undefined : { call: { function: op, args: [colRef(c.name), v] } };
  }
  return undefined;
}
