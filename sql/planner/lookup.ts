/**
 * Lookup joins: in a stream, a join with a table (`CREATE TABLE`) reads the table as it is when
 * each stream row arrives (S16), INNER or LEFT, on equalities of stream expressions and table
 * columns. Conditions on the stream alone filter it first (INNER); the others are checked on the
 * joined row.
 */
import type { plan } from '../../specs/index.js';
import { commonType } from '../../operators/catalog.js';
import type { Expr, Join } from '../ast.js';
import type { Column } from './catalog.js';
import { PlanErrorCode } from './errors.js';
import { lower, refOf, type ScopeEntry } from './expr.js';
import type { Logical } from './logical.js';
import { fail, typeAt, WEIGHT, type QueryContext } from './context.js';
import { allOf, references } from './rules.js';
import { sqlTypeName } from './types.js';

/** Whether a FROM item is a table a stream can only look up (it has no change stream). */
export function isLookupTable(from: FromResult): boolean {
  return from.node.kind === 'scan' && from.node.relation.kind === 'table' && from.node.relation.nodeId === undefined;
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
  const equality = (a: plan.Expr, b: plan.Expr, at: Expr) => {
    const [sa, sb] = [sideOf(a, streamNames, tableNames), sideOf(b, streamNames, tableNames)];
    const [s, t] = sa === 'left' && sb === 'right' ? [a, b] : sa === 'right' && sb === 'left' ? [b, a] : [undefined, undefined];
    if (s === undefined || t?.column == null) return false;
    const k = outputNames.indexOf(t.column.name ?? '');
    keys.push({ stream: s, column: scan.columns[k]!.name, type: scan.columns[k]!.type, at });
    return true;
  };
  for (const name of using) {
    const streamHits = stream.scope.flatMap((e) => e.columns.flatMap((c, k) => (c.name === name && !e.hidden?.[k] ? [refOf(e, k)] : [])));
    if (streamHits.length !== 1 || !byOriginal.has(name)) throw fail(cx, PlanErrorCode.unknownColumn, `USING column '${name}' must be in both inputs once`, item.span);
    equality(colRef(streamHits[0]!), colRef(byOriginal.get(name)!), { kind: 'column', parts: [{ kind: 'ident', value: name, quoted: true, span: item.span }], span: item.span });
  }
  for (const c of conjuncts) {
    const e = lower(c, ex);
    if (c.kind === 'binary' && c.op === '=' && equality(lower(c.left, ex), lower(c.right, ex), c)) continue;
    if (sideOf(e, streamNames, tableNames) === 'left' && type === 'inner') filters.push(e);
    else residual.push(e);
  }
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
    ...(condition ? { condition } : {}), columns,
  };
  return { node, scope: tableFirst ? [tableScope, ...stream.scope] : scope };
}
