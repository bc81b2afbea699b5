/**
 * Logical rewrite rules, applied bottom-up to a fixed point:
 * - constant folding: literal arithmetic, comparisons and boolean logic are computed once;
 *   a filter whose condition folds to TRUE disappears;
 * - predicate pushdown: filters move below projections (the predicate rewritten over the
 *   projection's inputs) and into every branch of a UNION ALL; adjacent filters merge;
 * - projection pruning: adjacent projections merge when no computed value would be evaluated
 *   twice, and projections that pass their input through unchanged disappear.
 */
import type { plan } from '../../specs/index.js';
import { findFunction } from '../../operators/catalog.js';
import { callExprs, joinColumns, type Logical } from './logical.js';

const and = (a: plan.Expr, b: plan.Expr): plan.Expr => ({ call: { function: 'and', args: [a, b] } });

/** The conjunction of `exprs` (undefined for none). */
export function allOf(exprs: readonly plan.Expr[]): plan.Expr | undefined {
  return exprs.length === 0 ? undefined : exprs.reduce(and);
}
const WEIGHT = '__weight';

/** Replaces column references by name. */
export function substitute(e: plan.Expr, env: ReadonlyMap<string, plan.Expr>): plan.Expr {
  if (e.column != null) return env.get(e.column.name ?? '') ?? e;
  if (e.call != null) return { call: { function: e.call.function, args: (e.call.args ?? []).map((a) => substitute(a, env)) } };
  return e;
}

/** How often each column is referenced. */
export function references(e: plan.Expr, into = new Map<string, number>()): Map<string, number> {
  if (e.column != null) into.set(e.column.name ?? '', (into.get(e.column.name ?? '') ?? 0) + 1);
  else if (e.call != null) for (const a of e.call.args ?? []) references(a, into);
  return into;
}

/** Whether an expression calls a volatile function (now(), random()). */
export function isVolatile(e: plan.Expr): boolean {
  if (e.call == null) return false;
  return findFunction(e.call.function ?? '')?.volatile === true || (e.call.args ?? []).some(isVolatile);
}

function isTrivial(e: plan.Expr): boolean {
  return e.column != null || e.literal != null;
}

function literalValue(e: plan.Expr): { value: unknown; kind: 'int' | 'double' | 'bool' | 'string' | 'null' } | undefined {
  const l = e.literal;
  if (l == null || l.type?.spec) return undefined;
  if (l.nullValue) return { value: null, kind: 'null' };
  if (l.boolValue != null) return { value: l.boolValue, kind: 'bool' };
  if (l.int32Value != null) return { value: l.int32Value, kind: 'int' };
  if (l.doubleValue != null) return { value: l.doubleValue, kind: 'double' };
  if (l.stringValue != null) return { value: l.stringValue, kind: 'string' };
  return undefined;
}

/** Folds calls over simple literals (int32, double, boolean, string, NULL) with SQL semantics. */
export function fold(e: plan.Expr): plan.Expr {
  if (e.call == null) return e;
  const args = (e.call.args ?? []).map(fold);
  const out: plan.Expr = { call: { function: e.call.function, args } };
  const fn = e.call.function ?? '';
  const vals = args.map(literalValue);
  // Three-valued logic folds even with one side unknown.
  if (fn === 'and' || fn === 'or') {
    const [a, b] = vals;
    const decisive = fn === 'and' ? false : true;
    if (a?.value === decisive || b?.value === decisive) return { literal: { boolValue: decisive } };
    if (a?.value === !decisive) return args[1]!;
    if (b?.value === !decisive) return args[0]!;
    return out;
  }
  if (vals.some((v) => v === undefined)) return out;
  const v = vals.map((x) => x!);
  if (fn === 'not' && v[0]!.kind === 'bool') return { literal: { boolValue: !(v[0]!.value as boolean) } };
  if (v.some((x) => x.kind === 'null') && ['eq', 'neq', 'lt', 'lte', 'gt', 'gte', 'add', 'sub', 'mul', 'not'].includes(fn)) return { literal: { nullValue: true } };
  const [a, b] = v as [{ value: unknown; kind: string }, { value: unknown; kind: string }];
  const numeric = v.every((x) => x.kind === 'int' || x.kind === 'double');
  const same = a && b && a.kind === b.kind;
  switch (fn) {
    case 'eq': if (same || numeric) return { literal: { boolValue: a.value === b.value } }; break;
    case 'neq': if (same || numeric) return { literal: { boolValue: a.value !== b.value } }; break;
    case 'lt': if (same || numeric) return { literal: { boolValue: (a.value as number) < (b.value as number) } }; break;
    case 'lte': if (same || numeric) return { literal: { boolValue: (a.value as number) <= (b.value as number) } }; break;
    case 'gt': if (same || numeric) return { literal: { boolValue: (a.value as number) > (b.value as number) } }; break;
    case 'gte': if (same || numeric) return { literal: { boolValue: (a.value as number) >= (b.value as number) } }; break;
    case 'add':
    case 'sub':
    case 'mul': {
      if (!numeric) break;
      const x = a.value as number;
      const y = b.value as number;
      const r = fn === 'add' ? x + y : fn === 'sub' ? x - y : x * y;
      if (a.kind === 'int' && b.kind === 'int') {
        // int32 overflow is a row error at run time; leave it to the engine.
        if (r >= -2147483648 && r <= 2147483647) return { literal: { int32Value: r } };
        break;
      }
      return { literal: { doubleValue: r } };
    }
    case 'concat_op': if (a.kind === 'string' && b.kind === 'string') return { literal: { stringValue: `${a.value as string}${b.value as string}` } }; break;
  }
  return out;
}

function foldNode(node: Logical): Logical {
  switch (node.kind) {
    case 'filter': {
      const predicate = fold(node.predicate);
      if (predicate.literal?.boolValue === true) return node.input;
      return { ...node, predicate };
    }
    case 'project': return { ...node, exprs: node.exprs.map((x) => ({ name: x.name, expr: fold(x.expr) })) };
    default: return node;
  }
}

/** Splits a condition into its ANDed parts. */
function conjuncts(e: plan.Expr): plan.Expr[] {
  return e.call?.function === 'and' ? (e.call.args ?? []).flatMap(conjuncts) : [e];
}

/** A conjunct `call <= n` over a ranking call of `over`: the limit it allows (0: not one). */
function rankBound(c: plan.Expr, over: Extract<Logical, { kind: 'over' }>): { limit: number; call: number; exact: boolean } | undefined {
  let [a, b] = c.call?.args ?? [];
  let fn = c.call?.function ?? '';
  const flip: Record<string, string> = { gte: 'lte', gt: 'lt', eq: 'eq' };
  if (a?.literal != null && b?.column != null) {
    [a, b] = [b, a];
    fn = flip[fn] ?? '';
  }
  const call = a?.column != null ? over.calls.findIndex((x) => x.name === a!.column!.name && ['row_number', 'rank', 'dense_rank'].includes(x.fn)) : -1;
  const l = b?.literal;
  const n = l?.int32Value ?? l?.doubleValue ?? (l?.int64Value != null ? Number(l.int64Value) : undefined);
  if (call < 0 || n == null) return undefined;
  const limit = fn === 'lte' ? Math.floor(n) : fn === 'lt' ? Math.ceil(n) - 1 : fn === 'eq' && Number.isInteger(n) ? n : 0;
  // Every row a top-N emits passes `<=` and `<`; of `=`, only `= 1` (ranks start at 1).
  return limit >= 1 ? { limit, call, exact: fn !== 'eq' || limit === 1 } : undefined;
}

/**
 * A top-N filter over a ranking call: `rn <= n`, `rn < n`, `rn = 1` (either way round). The
 * over node keeps and emits only the rows that can pass; conditions the limit already ensures
 * leave the filter, so a query that does not select the rank sees rows only enter and leave.
 */
function topN(filter: Extract<Logical, { kind: 'filter' }>, over: Extract<Logical, { kind: 'over' }>): Logical {
  const parts = conjuncts(filter.predicate);
  const bounds = parts.map((c) => rankBound(c, over));
  let best = over.limit > 0 ? { limit: over.limit, call: over.limitCall } : undefined;
  for (const b of bounds) if (b !== undefined && (best === undefined || (b.call === best.call && b.limit < best.limit))) best = { limit: b.limit, call: b.call };
  if (best === undefined) return filter;
  const keep = parts.filter((_, i) => !(bounds[i]?.exact && bounds[i]!.call === best!.call && bounds[i]!.limit >= best!.limit));
  const input: Logical = { ...over, limit: best.limit, limitCall: best.call };
  if (keep.length === parts.length && best.limit === over.limit && best.call === over.limitCall) return filter;
  return keep.length === 0 ? input : { ...filter, input, predicate: allOf(keep)! };
}

function rewriteOnce(node: Logical): Logical {
  switch (node.kind) {
    case 'filter': {
      const input = node.input;
      if (input.kind === 'filter') return { ...input, predicate: and(input.predicate, node.predicate) };
      if (input.kind === 'project' && !isVolatile(node.predicate) && input.exprs.every((x) => !isVolatile(x.expr))) {
        const env = new Map(input.exprs.map((x) => [x.name, x.expr]));
        return { ...input, input: { kind: 'filter', input: input.input, predicate: substitute(node.predicate, env), columns: input.input.columns } };
      }
      if (input.kind === 'over') return topN(node, input);
      if (input.kind === 'union') {
        return { ...input, inputs: input.inputs.map((i) => ({ kind: 'filter', input: i, predicate: rename(node.predicate, input.columns, i.columns), columns: i.columns }) as Logical) };
      }
      return node;
    }
    case 'project': {
      const input = node.input;
      const identity = node.exprs.length === input.columns.length && node.exprs.every((x, k) => x.expr.column?.name === input.columns[k]!.name && x.name === input.columns[k]!.name);
      if (identity) return input;
      if (input.kind === 'project') {
        const uses = new Map<string, number>();
        for (const x of node.exprs) references(x.expr, uses);
        const duplicatesWork = input.exprs.some((x) => (uses.get(x.name) ?? 0) > 1 && !isTrivial(x.expr));
        if (!duplicatesWork && !input.exprs.some((x) => isVolatile(x.expr))) {
          const env = new Map(input.exprs.map((x) => [x.name, x.expr]));
          return { ...node, input: input.input, exprs: node.exprs.map((x) => ({ name: x.name, expr: substitute(x.expr, env) })) };
        }
      }
      return node;
    }
    default: return node;
  }
}

/** Renames column references from one column list to another, position by position. */
function rename(e: plan.Expr, from: readonly { name: string }[], to: readonly { name: string }[]): plan.Expr {
  const env = new Map(from.map((c, k) => [c.name, { column: { name: to[k]!.name } } as plan.Expr]));
  return substitute(e, env);
}

function mapChildren(node: Logical, f: (n: Logical) => Logical): Logical {
  switch (node.kind) {
    case 'scan':
    case 'values':
      return node;
    case 'union': return { ...node, inputs: node.inputs.map(f) };
    case 'join': case 'asof-join': case 'temporal-probe': case 'temporal-join': return { ...node, left: f(node.left), right: f(node.right) };
    default: return { ...node, input: f(node.input) } as Logical;
  }
}

/** Applies every rule until nothing changes, then prunes columns nobody reads. */
export function optimize(root: Logical): Logical {
  let current = root;
  for (let round = 0; round < 32; round++) {
    const next = apply(current);
    if (JSON.stringify(next) === JSON.stringify(current)) break;
    current = next;
  }
  return prune(current, undefined);
}

function refsOf(exprs: readonly (plan.Expr | undefined)[], into: Set<string>): Set<string> {
  for (const e of exprs) if (e !== undefined) for (const name of references(e).keys()) into.add(name);
  return into;
}

/**
 * Projection pruning: `required` is the set of output columns a parent reads (undefined: all).
 * Projections drop outputs nobody reads, so aggregates and sorts carry only what they use.
 */
export function prune(node: Logical, required: ReadonlySet<string> | undefined): Logical {
  switch (node.kind) {
    case 'scan':
    case 'values':
      return node;
    case 'project': {
      // A changelog's weight is read by whatever consumes the rows, named or not.
      const keep = required === undefined ? node.exprs : node.exprs.filter((x) => required.has(x.name) || x.name === WEIGHT);
      const exprs = keep.length > 0 ? keep : node.exprs.slice(0, 1);
      const input = prune(node.input, refsOf(exprs.map((x) => x.expr), new Set()));
      const columns = exprs.map((x) => node.columns.find((c) => c.name === x.name)!);
      const identity = exprs.length === input.columns.length && exprs.every((x, k) => x.expr.column?.name === input.columns[k]!.name && x.name === input.columns[k]!.name);
      return identity ? input : { ...node, input, exprs, columns };
    }
    case 'filter': {
      const needs = refsOf([node.predicate], new Set(required ?? node.columns.map((c) => c.name)));
      const input = prune(node.input, needs);
      return { ...node, input, columns: input.columns };
    }
    case 'sort': {
      const needs = refsOf(node.keys.map((k) => k.expr), new Set(required ?? node.columns.map((c) => c.name)));
      const input = prune(node.input, needs);
      return { ...node, input, columns: input.columns };
    }
    case 'limit': {
      const input = prune(node.input, required);
      return { ...node, input, columns: input.columns };
    }
    case 'aggregate':
    case 'window-aggregate': {
      const needs = refsOf(node.aggregates.flatMap(callExprs), new Set([...node.keys, WEIGHT]));
      if (node.kind === 'window-aggregate') {
        needs.add(node.timeColumn);
        // Late rows keep every input column.
        if (node.lateTo !== undefined) return node;
      }
      return { ...node, input: prune(node.input, needs) };
    }
    case 'temporal-filter':
    case 'late-filter': {
      const needs = new Set([...(required ?? node.columns.map((c) => c.name)), node.timeColumn, WEIGHT]);
      const input = prune(node.input, node.kind === 'late-filter' && node.lateTo !== undefined ? undefined : needs);
      return { ...node, input, columns: node.kind === 'temporal-filter' ? node.columns : input.columns };
    }
    case 'over': {
      // Calls nobody reads are dropped; a top-N's ranking call is kept for its limit, hidden.
      const wanted = (name: string) => required === undefined || required.has(name);
      const limited = node.limit > 0 ? node.calls[node.limitCall]!.name : undefined;
      const calls = node.calls.filter((c) => wanted(c.name) || c.name === limited);
      if (calls.length === 0) return prune(node.input, required);
      const limitHidden = limited !== undefined && !wanted(limited);
      const needs = new Set([...(required ?? node.columns.map((c) => c.name)), ...node.partitionBy, WEIGHT, ...(node.timeColumn !== '' ? [node.timeColumn] : [])]);
      refsOf([...node.orderBy.map((k) => k.expr), ...calls.flatMap((c) => [...c.args, ...(c.aggregate ? callExprs(c.aggregate) : [])])], needs);
      const input = prune(node.input, needs);
      const own = node.columns.filter((c) => calls.some((x) => x.name === c.name && !(limitHidden && x.name === limited)));
      const weight = node.mode === 'changelog' ? [{ name: WEIGHT, type: 'int32', nullable: false }] : [];
      return { ...node, input, calls, limitCall: limited === undefined ? 0 : calls.findIndex((c) => c.name === limited), limitHidden, columns: [...input.columns.filter((c) => c.name !== WEIGHT), ...own, ...weight] };
    }
    case 'union':
      // Positional columns: every input keeps all of them.
      return { ...node, inputs: node.inputs.map((i) => prune(i, undefined)) };
    case 'join': {
      const needs = refsOf([node.condition], new Set([...(required ?? node.columns.map((c) => c.name)), WEIGHT]));
      if (node.interval) needs.add(node.interval.leftTime).add(node.interval.rightTime);
      const side = (input: Logical, keys: readonly string[]) => prune(input, new Set([...keys, ...input.columns.map((c) => c.name).filter((n) => needs.has(n))]));
      const left = side(node.left, node.leftKeys);
      const right = side(node.right, node.rightKeys);
      return { ...node, left, right, columns: joinColumns(left.columns, right.columns, node.type, node.interval !== undefined, node.bounded) };
    }
    case 'lookup-join': {
      const needs = refsOf([node.condition], new Set([...(required ?? node.columns.map((c) => c.name)), ...node.leftKeys]));
      const input = prune(node.input, new Set(node.input.columns.map((c) => c.name).filter((n) => needs.has(n))));
      return { ...node, input, columns: [...input.columns, ...node.columns.slice(node.input.columns.length)] };
    }
    case 'asof-join': {
      const needs = new Set(required ?? node.columns.map((c) => c.name));
      const side = (input: Logical, keys: readonly string[], time: string) => prune(input, new Set([...keys, time, ...input.columns.map((c) => c.name).filter((n) => needs.has(n))]));
      const left = side(node.left, node.leftKeys, node.leftTime);
      const right = side(node.right, node.rightKeys, node.rightTime);
      return { ...node, left, right, columns: [...left.columns, ...right.columns.map((c) => ({ ...c, nullable: true }))] };
    }
    case 'temporal-join': {
      const needs = new Set(required ?? node.columns.map((c) => c.name));
      const side = (input: Logical, keys: readonly string[], time: string) => prune(input, new Set([...keys, time, WEIGHT, ...input.columns.map((c) => c.name).filter((n) => needs.has(n))]));
      const left = side(node.left, node.leftKeys, node.leftTime);
      const right = side(node.right, node.rightKeys, node.versionTime);
      const weighted = right.columns.some((c) => c.name === WEIGHT);
      const data = right.columns.filter((c) => c.name !== WEIGHT).map((c) => (node.type === 'left' ? { ...c, nullable: true } : c));
      return { ...node, left, right, columns: [...left.columns, ...data, ...(weighted ? [{ name: WEIGHT, type: 'int32', nullable: false }] : [])] };
    }
    case 'temporal-probe': {
      const needs = new Set(required ?? node.columns.map((c) => c.name));
      const side = (input: Logical, keys: readonly string[], time: string) => prune(input, new Set([...keys, time, ...input.columns.map((c) => c.name).filter((n) => needs.has(n))]));
      const left = side(node.left, node.leftKeys, node.leftTime);
      const right = side(node.right, node.rightKeys, node.rightTime);
      return { ...node, left, right, columns: [...left.columns, ...right.columns.map((c) => ({ ...c, nullable: true })), ...node.columns.slice(-2)] };
    }
  }
}

function apply(node: Logical): Logical {
  const withKids = mapChildren(node, apply);
  return rewriteOnce(foldNode(withKids));
}
