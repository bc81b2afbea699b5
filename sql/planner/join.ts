/**
 * Planning joins in FROM: `a [INNER|LEFT|RIGHT|FULL|SEMI|ANTI|CROSS] JOIN b ON ... | USING (...)`
 * and comma lists. The ON condition is split into equality keys (hash keys of the join), an
 * event-time bound (`b.ts BETWEEN a.ts - INTERVAL ... AND a.ts + INTERVAL ...`), which makes a
 * join of two streams an interval join whose state the watermarks evict, and a residual
 * condition checked on every candidate pair. RIGHT joins are LEFT joins with the inputs swapped.
 */
import type { plan } from '../../specs/index.js';
import { commonType } from '../../operators/catalog.js';
import type { Expr, FromItem, Join } from '../ast.js';
import type { Column } from './catalog.js';
import { PlanErrorCode } from './errors.js';
import { intervalValue, lower, nameOf, refOf, type ScopeEntry } from './expr.js';
import { isBounded, joinColumns, timeAttributes, type IntervalSpec, type JoinKind, type Logical } from './logical.js';
import { fail, typeAt, WEIGHT, type QueryContext } from './context.js';
import { allOf } from './rules.js';
import { sqlTypeName } from './types.js';
import type { WindowInfo } from './window.js';
import { castKey, isLookupTable, joinInput, planLookup, sideOf, type KeyColumn } from './lookup.js';
import { checkTemporalJoin, withoutAsOf } from './temporal.js';
import { planVersionedJoin } from './versioned.js';

/** A planned FROM item: its plan and the names it brings into scope. */
export interface FromResult {
  readonly node: Logical;
  readonly scope: ScopeEntry[];
  readonly window?: WindowInfo;
  /** FOR SYSTEM_TIME AS OF on a table: the join reads it as a temporal table (temporal.ts). */
  readonly asOf?: Expr;
}

const KINDS: Record<Exclude<Join['type'], 'ASOF'>, { kind: JoinKind; swap: boolean }> = {
  INNER: { kind: 'inner', swap: false }, CROSS: { kind: 'inner', swap: false },
  LEFT: { kind: 'left', swap: false }, RIGHT: { kind: 'left', swap: true }, FULL: { kind: 'full', swap: false },
  SEMI: { kind: 'semi', swap: false }, 'LEFT SEMI': { kind: 'semi', swap: false }, 'RIGHT SEMI': { kind: 'semi', swap: true },
  ANTI: { kind: 'anti', swap: false }, 'LEFT ANTI': { kind: 'anti', swap: false }, 'RIGHT ANTI': { kind: 'anti', swap: true },
};

/** The conjuncts of `a AND b AND ...`. */
export function conjuncts(e: Expr): Expr[] {
  return e.kind === 'binary' && e.op === 'AND' ? [...conjuncts(e.left), ...conjuncts(e.right)] : [e];
}

const colRef = (name: string): plan.Expr => ({ column: { name } });

/** Gives the right input's columns that the left already uses fresh plan names. */
export function renameApart(left: FromResult, right: FromResult): FromResult {
  const taken = new Set(left.node.columns.map((c) => c.name));
  const renames = new Map<string, string>();
  const alias = right.scope.length === 1 && right.scope[0]!.alias !== '' ? right.scope[0]!.alias : 'right';
  for (const c of right.node.columns) {
    if (c.name === WEIGHT || !taken.has(c.name)) continue;
    let name = `${alias}.${c.name}`;
    for (let n = 2; taken.has(name) || right.node.columns.some((o) => o.name === name); n++) name = `${alias}.${c.name}#${n}`;
    renames.set(c.name, name);
    taken.add(name);
  }
  if (renames.size === 0) return right;
  const exprs = right.node.columns.map((c) => ({ name: renames.get(c.name) ?? c.name, expr: colRef(c.name) }));
  const node: Logical = { kind: 'project', input: right.node, exprs, columns: right.node.columns.map((c) => ({ ...c, name: renames.get(c.name) ?? c.name })) };
  const scope = right.scope.map((e) => ({ ...e, refs: e.columns.map((_, k) => renames.get(refOf(e, k)) ?? refOf(e, k)) }));
  return { node, scope };
}

/** Milliseconds of an INTERVAL literal without months (undefined for anything else). */
function intervalMs(e: Expr): number | undefined {
  if (e.kind !== 'interval') return undefined;
  const v = intervalValue(e.value, e.unit, e.toUnit);
  return typeof v === 'string' || v.months !== 0 ? undefined : v.days * 86_400_000 + v.millis;
}

/** `col`, `col + INTERVAL ...` or `col - INTERVAL ...`: a column and an offset in ms. */
function timeTerm(e: Expr): { column: Expr; offsetMs: number } | undefined {
  if (e.kind === 'column') return { column: e, offsetMs: 0 };
  if (e.kind !== 'binary' || (e.op !== '+' && e.op !== '-') || e.left.kind !== 'column') return undefined;
  const ms = intervalMs(e.right);
  return ms === undefined ? undefined : { column: e.left, offsetMs: e.op === '+' ? ms : -ms };
}

/** `a AND b AND ...` of AST conditions (undefined for none). */
function allOfAst(exprs: readonly Expr[]): Expr | undefined {
  return exprs.reduce<Expr | undefined>((a, b) => (a === undefined ? b : { kind: 'binary', op: 'AND', left: a, right: b, span: b.span }), undefined);
}

interface TimeBound {
  readonly leftTime: string;
  readonly rightTime: string;
  /** rightTime - leftTime >= lowerMs (or <= upperMs); strict ones stay in the residual too. */
  readonly lowerMs?: number;
  readonly upperMs?: number;
  readonly strict: boolean;
}

/** Plans `item`, a JOIN of two FROM items. */
export function planJoin(item: Join, cx: QueryContext, planItem: (i: FromItem) => FromResult): FromResult {
  if (item.type === 'ASOF') return planAsof(item, withoutAsOf(planItem(item.left), cx, 'ASOF JOIN'), withoutAsOf(planItem(item.right), cx, 'ASOF JOIN'), cx);
  return joinOf(item, planItem(item.left), planItem(item.right), cx);
}

/**
 * A comma-separated FROM list: inner joins, left to right, each taking the WHERE conjuncts its
 * inputs can resolve (so `FROM a, b WHERE a.id = b.id` is a hash join, not a cross product).
 * Returns the conjuncts no join took.
 */
export function planFromList(items: readonly FromItem[], where: Expr | undefined, cx: QueryContext, planItem: (i: FromItem) => FromResult): { from: FromResult; where: Expr | undefined } {
  let acc = planItem(items[0]!);
  let rest = where === undefined ? [] : conjuncts(where);
  for (const item of items.slice(1)) {
    const next = planItem(item);
    const scope = [...acc.scope, ...next.scope];
    const resolves = (e: Expr) => {
      try {
        lower(e, { text: cx.text, catalog: cx.catalog, scope });
        return true;
      } catch {
        return false;
      }
    };
    const taken = rest.filter(resolves);
    rest = rest.filter((e) => !taken.includes(e));
    const expr = allOfAst(taken);
    const join: Join = { kind: 'join', type: expr === undefined ? 'CROSS' : 'INNER', left: items[0]!, right: item, ...(expr ? { condition: { kind: 'on', expr } } : {}), span: item.span };
    acc = joinOf(join, acc, next, cx);
  }
  return { from: acc, where: allOfAst(rest) };
}

function joinOf(item: Join, first: FromResult, second: FromResult, cx: QueryContext): FromResult {
  if (item.type === 'ASOF') throw fail(cx, PlanErrorCode.unsupported, 'ASOF JOIN is planned by the ASOF planner', item.span);
  const { kind, swap } = KINDS[item.type];
  // Processing-time temporal joins are lookup joins; event-time ones read versions.
  if (first.asOf !== undefined || second.asOf !== undefined) {
    const time = checkTemporalJoin(item, first, second, cx);
    if (time !== undefined) return planVersionedJoin(item, first, second, time, kind, swap, cx, renameApart);
  }
  // A stream joined with a table looks the table up as each row arrives.
  if (cx.streaming === true && (isLookupTable(first) || isLookupTable(second)) && !(isLookupTable(first) && isLookupTable(second))) {
    const tableFirst = isLookupTable(first);
    const preserved = swap ? 'right' : kind === 'inner' ? 'none' : 'left';
    const ok = kind === 'inner' || (kind === 'left' && (preserved === 'left') !== tableFirst);
    if (!ok) throw fail(cx, PlanErrorCode.unsupported, `${item.type} JOIN of a stream with table '${(tableFirst ? first : second).node.kind === 'scan' ? ((tableFirst ? first : second).node as Extract<Logical, { kind: 'scan' }>).relation.name : ''}' cannot run: a stream looks a table up (INNER, or LEFT keeping the stream's rows); the table has no change stream to drive other joins`, item.span);
    const on = item.condition?.kind === 'on' ? conjuncts(item.condition.expr) : [];
    const using = item.condition?.kind === 'using' ? item.condition.columns.map(nameOf) : [];
    return tableFirst ? planLookup(item, second, first, kind === 'inner' ? 'inner' : 'left', on, using, true, cx) : planLookup(item, first, second, kind === 'inner' ? 'inner' : 'left', on, using, false, cx);
  }
  const [l, rRaw] = swap ? [second, first] : [first, second];
  const r = renameApart(l, rRaw);
  const scope = [...l.scope, ...r.scope];
  const ex = { text: cx.text, catalog: cx.catalog, scope };
  const leftNames = new Set(l.node.columns.map((c) => c.name));
  const rightNames = new Set(r.node.columns.map((c) => c.name));
  const joinedColumns = [...l.node.columns, ...r.node.columns].filter((c) => c.name !== WEIGHT);
  const side = (e: plan.Expr) => sideOf(e, leftNames, rightNames);

  // Keys: equalities of a left-only and a right-only expression, cast to a common type.
  const keyExprs: { left: plan.Expr; right: plan.Expr; type: string }[] = [];
  const residual: plan.Expr[] = [];
  // Conditions on one input only run before the join where that keeps the join's meaning.
  const leftFilters: plan.Expr[] = [];
  const rightFilters: plan.Expr[] = [];
  const addResidual = (e: plan.Expr) => {
    const s = side(e);
    if (s === 'left' && (kind === 'inner' || kind === 'semi')) leftFilters.push(e);
    else if (s === 'right' && kind !== 'full') rightFilters.push(e);
    else residual.push(e);
  };
  const bounds: { bound: TimeBound; expr: plan.Expr; keyed: boolean }[] = [];
  const addEquality = (a: plan.Expr, b: plan.Expr, at: Expr): boolean => {
    const [sa, sb] = [side(a), side(b)];
    if (!((sa === 'left' && sb === 'right') || (sa === 'right' && sb === 'left'))) return false;
    const [le, re] = sa === 'left' ? [a, b] : [b, a];
    const [lt, rt] = [typeAt(cx, le, l.node.columns, at.span), typeAt(cx, re, r.node.columns, at.span)];
    const type = commonType(lt, rt);
    if (type === undefined) throw fail(cx, PlanErrorCode.type, `cannot join ${sqlTypeName(lt)} with ${sqlTypeName(rt)}; cast one side`, at.span);
    keyExprs.push({ left: le, right: re, type });
    return true;
  };
  const using: { name: string; left: string; right: string; type: string; nullable: boolean }[] = [];
  const cond = item.condition;
  if (cond === undefined && item.type !== 'CROSS') throw fail(cx, PlanErrorCode.type, `${item.type} JOIN needs ON or USING`, item.span);
  if (cond?.kind === 'using') {
    for (const id of cond.columns) {
      const name = nameOf(id);
      const find = (entries: readonly ScopeEntry[], side: string) => {
        const hits = entries.flatMap((e) => e.columns.flatMap((c, k) => (c.name === name && !e.hidden?.[k] ? [{ ref: refOf(e, k), column: c }] : [])));
        if (hits.length !== 1) throw fail(cx, PlanErrorCode.unknownColumn, hits.length === 0 ? `USING column '${name}' is not in the ${side} input` : `USING column '${name}' is ambiguous in the ${side} input`, id.span);
        return hits[0]!;
      };
      const [a, b] = [find(l.scope, swap ? 'right' : 'left'), find(r.scope, swap ? 'left' : 'right')];
      addEquality(colRef(a.ref), colRef(b.ref), { kind: 'column', parts: [id], span: id.span });
      const common = keyExprs[keyExprs.length - 1]!.type;
      // The merged column is the preserved input's (after the swap, `a`: the right input of a RIGHT join).
      const type = kind === 'full' ? common : a.column.type;
      using.push({ name, left: a.ref, right: b.ref, type, nullable: kind === 'full' ? a.column.nullable || b.column.nullable : a.column.nullable });
    }
  } else if (cond?.kind === 'on') {
    const attrs = [timeAttributes(l.node), timeAttributes(r.node)] as const;
    for (const c of conjuncts(cond.expr)) {
      const lowered = lower(c, ex);
      if (c.kind === 'binary' && c.op === '=' && addEquality(lower(c.left, ex), lower(c.right, ex), c)) {
        // Equal event times of both inputs (a window join) also bound the state.
        const t = timeBound(c.left, '=', c.right);
        if (t !== undefined) bounds.push({ bound: t, expr: lowered, keyed: true });
        continue;
      }
      const comparisons: [Expr, string, Expr][] = c.kind === 'between' && !c.not ? [[c.operand, '>=', c.low], [c.operand, '<=', c.high]]
        : c.kind === 'binary' && ['>=', '>', '<=', '<', '='].includes(c.op) ? [[c.left, c.op, c.right]] : [];
      const found = comparisons.map(([a, op, b]) => timeBound(a, op, b));
      if (found.length > 0 && found.every((f) => f !== undefined)) {
        for (const f of found) bounds.push({ bound: f!, expr: lowered, keyed: false });
      } else addResidual(lowered);
    }
    function timeBound(a: Expr, op: string, b: Expr): TimeBound | undefined {
      const [ta, tb] = [timeTerm(a), timeTerm(b)];
      if (ta === undefined || tb === undefined) return undefined;
      const [ca, cb] = [lower(ta.column, ex), lower(tb.column, ex)];
      const [na, nb] = [ca.column?.name, cb.column?.name];
      if (na == null || nb == null) return undefined;
      const aLeft = leftNames.has(na) && attrs[0].has(na);
      const bLeft = leftNames.has(nb) && attrs[0].has(nb);
      const aRight = rightNames.has(na) && attrs[1].has(na);
      const bRight = rightNames.has(nb) && attrs[1].has(nb);
      // rt - lt OP' d, from a OP b with a = x + oa, b = y + ob.
      let d: number;
      let rel = op;
      let leftTime: string;
      let rightTime: string;
      if (aRight && bLeft) [d, leftTime, rightTime] = [tb.offsetMs - ta.offsetMs, nb, na];
      else if (aLeft && bRight) {
        [d, leftTime, rightTime] = [ta.offsetMs - tb.offsetMs, na, nb];
        rel = ({ '>=': '<=', '>': '<', '<=': '>=', '<': '>', '=': '=' } as Record<string, string>)[op]!;
      } else return undefined;
      const strict = rel === '>' || rel === '<';
      if (rel === '=') return { leftTime, rightTime, lowerMs: d, upperMs: d, strict };
      return rel.startsWith('>') ? { leftTime, rightTime, lowerMs: d, strict } : { leftTime, rightTime, upperMs: d, strict };
    }
  }

  // Key columns: plain columns of the key type are used as they are; others are computed.
  // Computed key names are fresh: an input that is itself a join already carries its own.
  const taken = new Set([...l.node.columns, ...r.node.columns].map((c) => c.name));
  const keyColumn = (side: 'l' | 'r', e: plan.Expr, type: string, k: number, extra: KeyColumn[], columns: readonly Column[]) => {
    const name = e.column?.name;
    if (name != null && columns.find((c) => c.name === name)?.type === type) return name;
    let fresh = `__${side}key${k}`;
    for (let n = 2; taken.has(fresh); n++) fresh = `__${side}key${k}#${n}`;
    taken.add(fresh);
    extra.push(castKey(fresh, e, type));
    return fresh;
  };
  const lExtra: KeyColumn[] = [];
  const rExtra: KeyColumn[] = [];
  const leftKeys = keyExprs.map((k, i) => keyColumn('l', k.left, k.type, i, lExtra, l.node.columns));
  const rightKeys = keyExprs.map((k, i) => keyColumn('r', k.right, k.type, i, rExtra, r.node.columns));
  const left = joinInput(l.node, leftFilters, lExtra);
  const right = joinInput(r.node, rightFilters, rExtra);

  // An interval join: both inputs streams of inserts, a lower and an upper bound on one pair of
  // event-time columns. Otherwise the bounds are ordinary conditions.
  const bounded = cx.streaming !== true && isBounded(left) && isBounded(right);
  const appendOnly = ![left, right].some((n) => n.columns.some((c) => c.name === WEIGHT));
  let interval: IntervalSpec | undefined;
  const pair = bounds[0]?.bound;
  const samePair = pair !== undefined && bounds.every((b) => b.bound.leftTime === pair.leftTime && b.bound.rightTime === pair.rightTime);
  if (!bounded && appendOnly && samePair) {
    const lowerMs = Math.max(...bounds.map((b) => b.bound.lowerMs ?? -Infinity));
    const upperMs = Math.min(...bounds.map((b) => b.bound.upperMs ?? Infinity));
    if (Number.isFinite(lowerMs) && Number.isFinite(upperMs)) {
      if (lowerMs > upperMs) throw fail(cx, PlanErrorCode.type, `the join's time bounds can never hold (${pair.rightTime} - ${pair.leftTime} between ${lowerMs} and ${upperMs} ms)`, item.span);
      interval = {
        leftTime: pair.leftTime, rightTime: pair.rightTime, lowerMs, upperMs,
        leftLagMs: timeAttributes(l.node).get(pair.leftTime)!, rightLagMs: timeAttributes(r.node).get(pair.rightTime)!,
      };
      // Non-strict bounds are the interval itself; strict ones are checked again.
      residual.push(...bounds.filter((b) => b.bound.strict).map((b) => b.expr));
    }
  }
  if (interval === undefined) residual.push(...new Set(bounds.filter((b) => !b.keyed).map((b) => b.expr)));
  const condition = allOf([...new Set(residual)]);
  if (condition !== undefined) {
    const type = typeAt(cx, condition, joinedColumns, cond?.kind === 'on' ? cond.expr.span : item.span);
    if (type !== 'bool' && type !== 'null') throw fail(cx, PlanErrorCode.type, `a join condition must be boolean, got ${sqlTypeName(type)}`, item.span);
  }
  const columns = joinColumns(left.columns, right.columns, kind, interval !== undefined, bounded);
  let node: Logical = {
    kind: 'join', left, right, type: kind, leftKeys, rightKeys, ...(condition ? { condition } : {}), ...(interval ? { interval } : {}),
    bounded, ttlMs: interval === undefined && !bounded ? cx.ttlMs ?? 0 : 0, columns,
  };

  // The scope in the order the user wrote the inputs; SEMI/ANTI keep only the preserved side.
  let entries: ScopeEntry[] = kind === 'semi' || kind === 'anti' ? [...l.scope] : swap ? [...r.scope, ...l.scope] : [...l.scope, ...r.scope];
  if (using.length > 0) {
    // USING columns appear once, first; FULL joins take whichever side has the row.
    const hide = new Set(using.flatMap((u) => [u.left, u.right]));
    entries = entries.map((e) => ({ ...e, hidden: e.columns.map((_, k) => e.hidden?.[k] === true || hide.has(refOf(e, k))) }));
    const refs = using.map((u) => (kind === 'full' ? `__using_${u.name}` : u.left));
    if (kind === 'full') {
      const exprs = [...node.columns.map((c) => ({ name: c.name, expr: colRef(c.name) })), ...using.map((u, k) => ({ name: refs[k]!, expr: { call: { function: 'coalesce', args: [colRef(u.left), colRef(u.right)] } } as plan.Expr }))];
      node = { kind: 'project', input: node, exprs, columns: [...node.columns, ...using.map((u, k) => ({ name: refs[k]!, type: u.type, nullable: u.nullable }))] };
    }
    entries.unshift({ alias: '', columns: using.map((u) => ({ name: u.name, type: u.type, nullable: u.nullable })), refs });
  }
  return { node, scope: entries };
}

/**
 * ASOF JOIN, in both spellings: `ON t.sym = q.sym AND t.ts >= q.ts` and `MATCH_CONDITION(t.ts >=
 * q.ts [AND t.ts - q.ts <= INTERVAL ...]) ON t.sym = q.sym`; `>=`/`>` match backward, `<=`/`<`
 * forward, `NEAREST(t.ts, q.ts [, tolerance])` either way (a tie goes backward).
 */
function planAsof(item: Join, l: FromResult, rRaw: FromResult, cx: QueryContext): FromResult {
  const r = renameApart(l, rRaw);
  const ex = { text: cx.text, catalog: cx.catalog, scope: [...l.scope, ...r.scope] };
  const leftNames = new Set(l.node.columns.map((c) => c.name));
  const rightNames = new Set(r.node.columns.map((c) => c.name));
  for (const [n, side] of [[l.node, 'left'], [r.node, 'right']] as const) {
    if (n.columns.some((c) => c.name === WEIGHT)) throw fail(cx, PlanErrorCode.unsupported, `ASOF JOIN needs an append-only ${side} input; this one is a changelog`, item.span);
  }
  if (item.condition?.kind !== 'on') throw fail(cx, PlanErrorCode.type, 'ASOF JOIN needs ON with the key equalities', item.span);
  const terms = [...conjuncts(item.condition.expr), ...(item.matchCondition ? conjuncts(item.matchCondition) : [])];
  const leftKeys: string[] = [];
  const rightKeys: string[] = [];
  let match: { leftTime: string; rightTime: string; direction: 'backward' | 'forward' | 'nearest'; strict: boolean } | undefined;
  let toleranceMs = Infinity;
  const col = (e: Expr) => {
    if (e.kind !== 'column') return undefined;
    const name = lower(e, ex).column?.name;
    return name == null ? undefined : { name, side: leftNames.has(name) ? 'left' as const : rightNames.has(name) ? 'right' as const : undefined };
  };
  const setMatch = (m: NonNullable<typeof match>, at: Expr) => {
    if (match !== undefined) throw fail(cx, PlanErrorCode.type, 'an ASOF JOIN takes one time comparison', at.span);
    match = m;
  };
  const FLIP: Record<string, string> = { '>=': '<=', '>': '<', '<=': '>=', '<': '>' };
  for (const t of terms) {
    if (t.kind === 'binary' && t.op === '=') {
      const [a, b] = [lower(t.left, ex), lower(t.right, ex)];
      const [ca, cb] = [col(t.left), col(t.right)];
      if (ca?.side === 'left' && cb?.side === 'right') [leftKeys[leftKeys.length], rightKeys[rightKeys.length]] = [ca.name, cb.name];
      else if (ca?.side === 'right' && cb?.side === 'left') [leftKeys[leftKeys.length], rightKeys[rightKeys.length]] = [cb.name, ca.name];
      else throw fail(cx, PlanErrorCode.type, 'ASOF JOIN keys are equalities of a left column and a right column', t.span);
      const [ta, tb] = [typeAt(cx, a, [...l.node.columns, ...r.node.columns], t.span), typeAt(cx, b, [...l.node.columns, ...r.node.columns], t.span)];
      if (ta !== tb) throw fail(cx, PlanErrorCode.type, `ASOF JOIN keys must have the same type (${sqlTypeName(ta)} and ${sqlTypeName(tb)}); cast one side in a subquery`, t.span);
      continue;
    }
    if (t.kind === 'call' && nameOf(t.name) === 'nearest') {
      const [a, b, tol] = t.args.map((x) => x.value);
      const [ca, cb] = [a && col(a), b && col(b)];
      if (ca?.side === undefined || cb?.side === undefined || ca.side === cb.side) throw fail(cx, PlanErrorCode.type, 'NEAREST takes a left time column and a right time column', t.span);
      const [lt, rt] = ca.side === 'left' ? [ca.name, cb.name] : [cb.name, ca.name];
      setMatch({ leftTime: lt, rightTime: rt, direction: 'nearest', strict: false }, t);
      if (tol !== undefined) {
        const ms = intervalMs(tol);
        if (ms === undefined) throw fail(cx, PlanErrorCode.type, 'the NEAREST tolerance must be an INTERVAL literal', tol.span);
        toleranceMs = ms;
      }
      continue;
    }
    if (t.kind === 'binary' && ['>=', '>', '<=', '<'].includes(t.op)) {
      // A tolerance: t.ts - q.ts <= INTERVAL ... (or q.ts - t.ts for forward).
      if (t.left.kind === 'binary' && t.left.op === '-' && (t.op === '<=' || t.op === '<')) {
        const [ca, cb] = [col(t.left.left), col(t.left.right)];
        const ms = intervalMs(t.right);
        if (ca?.side !== undefined && cb?.side !== undefined && ca.side !== cb.side && ms !== undefined) {
          toleranceMs = Math.min(toleranceMs, t.op === '<' ? ms - 1 : ms);
          continue;
        }
      }
      const [ca, cb] = [col(t.left), col(t.right)];
      if (ca?.side !== undefined && cb?.side !== undefined && ca.side !== cb.side) {
        const op = ca.side === 'left' ? t.op : FLIP[t.op]!;
        const [lt, rt] = ca.side === 'left' ? [ca.name, cb.name] : [cb.name, ca.name];
        setMatch({ leftTime: lt, rightTime: rt, direction: op.startsWith('>') ? 'backward' : 'forward', strict: op.length === 1 }, t);
        continue;
      }
    }
    throw fail(cx, PlanErrorCode.unsupported, 'an ASOF JOIN condition is key equalities, one time comparison (>=, >, <=, < or NEAREST) and an optional tolerance (t.ts - q.ts <= INTERVAL ...); filter other conditions in WHERE', t.span);
  }
  if (match === undefined) throw fail(cx, PlanErrorCode.type, 'ASOF JOIN needs a time comparison: ON ... AND t.ts >= q.ts, or MATCH_CONDITION(t.ts >= q.ts)', item.span);
  const m: NonNullable<typeof match> = match;
  for (const [n, name] of [[l.node, m.leftTime], [r.node, m.rightTime]] as const) {
    const type = n.columns.find((c) => c.name === name)!.type;
    if (!type.startsWith('timestamp')) throw fail(cx, PlanErrorCode.type, `ASOF JOIN compares timestamps; '${name}' is ${sqlTypeName(type)}`, item.span);
  }
  // Without a right watermark nothing proves an answer final: match against what has arrived.
  const eager = cx.streaming === true && !timeAttributes(r.node).has(m.rightTime);
  const node: Logical = {
    kind: 'asof-join', left: l.node, right: r.node, leftKeys, rightKeys, ...m, toleranceMs, eager,
    columns: [...l.node.columns, ...r.node.columns.map((c) => ({ ...c, nullable: true }))],
  };
  return { node, scope: [...l.scope, ...r.scope] };
}
