/**
 * Planning `left [LEFT] TEMPORAL PROBE JOIN right ON (k, ...) TIMESTAMPS (lt, rt)
 * RANGE FROM d TO d STEP d | LIST (d, ...) AS p` (a markout join): every left row once per
 * offset, with the right row of its key in force at left time + offset (the last one at or
 * before it). The probe alias names two columns: `p.offset_ms` (BIGINT) and `p.probe_ts` (the
 * left time's type), also reachable unqualified as `p_offset_ms` and `p_probe_ts`, which is what
 * `SELECT *` calls them. The right key columns equal the left ones, so unqualified names and `*`
 * show the left copy only (like USING).
 */
import { commonType } from '../../operators/catalog.js';
import type { ColumnRef, Duration, FromItem, Ident, TemporalProbeJoin } from '../ast.js';
import { PlanErrorCode } from './errors.js';
import { lower, nameOf, refOf, starColumns, type ScopeEntry } from './expr.js';
import { isBounded, timeAttributes, type Logical } from './logical.js';
import { fail, typeAt, WEIGHT, type QueryContext } from './context.js';
import { sqlTypeName } from './types.js';
import { renameApart, type FromResult } from './join.js';
import { castKey, joinInput, type KeyColumn } from './lookup.js';
import { withoutAsOf } from './temporal.js';

/** At most this many probes per left row (as LaminarDB): each is an output row. */
export const MAX_PROBES_PER_ROW = 256;
/** Offsets reach at most a year either way. */
const MAX_OFFSET_MS = 365 * 86_400_000;

const UNIT_MS: Record<Duration['unit'], number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };
const ms = (d: Duration) => d.value * UNIT_MS[d.unit];

/** The offsets of a probe clause in milliseconds, in the order written, checked. */
function offsetsOf(item: TemporalProbeJoin, cx: QueryContext): number[] {
  const o = item.offsets;
  const check = (d: Duration) => {
    if (Math.abs(ms(d)) > MAX_OFFSET_MS) throw fail(cx, PlanErrorCode.type, `probe offset ${d.value}${d.unit} is more than a year (365d) away; probes reach at most 365d either way`, d.span);
    return ms(d);
  };
  const tooMany = (n: number, span: TemporalProbeJoin['span']) => fail(cx, PlanErrorCode.type, `${n} probe offsets per row; at most ${MAX_PROBES_PER_ROW} are allowed (every offset is an output row per left row): use a larger STEP or fewer offsets`, span);
  if (o.kind === 'list') {
    const out: number[] = [];
    for (const d of o.values) {
      const v = check(d);
      if (out.includes(v)) throw fail(cx, PlanErrorCode.type, `probe offset ${d.value}${d.unit} repeats an earlier offset (both are ${v} ms); each offset gives one probe`, d.span);
      out.push(v);
    }
    if (out.length > MAX_PROBES_PER_ROW) throw tooMany(out.length, o.values[0]!.span);
    return out;
  }
  const [from, to, step] = [check(o.from), check(o.to), ms(o.step)];
  if (from > to) throw fail(cx, PlanErrorCode.type, `RANGE FROM ${o.from.value}${o.from.unit} TO ${o.to.value}${o.to.unit} runs backwards; write the smaller offset after FROM`, o.from.span);
  if (step <= 0) throw fail(cx, PlanErrorCode.type, `RANGE STEP must be positive, got ${o.step.value}${o.step.unit}`, o.step.span);
  if ((to - from) % step !== 0) {
    const below = to - ((to - from) % step);
    throw fail(cx, PlanErrorCode.type, `RANGE FROM ${o.from.value}${o.from.unit} TO ${o.to.value}${o.to.unit} is not a whole number of STEP ${o.step.value}${o.step.unit}; end it at ${below}ms or ${below + step}ms`, o.to.span);
  }
  const count = (to - from) / step + 1;
  if (count > MAX_PROBES_PER_ROW) throw tooMany(count, o.step.span);
  return Array.from({ length: count }, (_, i) => from + i * step);
}

/** Resolves a column of one input, with an error naming that input and its columns. */
function columnOf(ref: ColumnRef | Ident, scope: readonly ScopeEntry[], what: string, side: string, cx: QueryContext): string {
  const e: ColumnRef = ref.kind === 'column' ? ref : { kind: 'column', parts: [ref], span: ref.span };
  try {
    const r = lower(e, { text: cx.text, catalog: cx.catalog, scope });
    if (r.column?.name != null) return r.column.name;
  } catch {
    // Reported below, naming the input the column must come from.
  }
  const names = [...new Set(starColumns(scope, false).map((c) => c.name))].join(', ');
  throw fail(cx, PlanErrorCode.unknownColumn, `${what} '${e.parts.map((p) => p.value).join('.')}' is not a column of ${side}; its columns are: ${names}`, e.span);
}

/** A name not in `taken` (adding it there). */
function fresh(name: string, taken: Set<string>): string {
  let out = name;
  for (let n = 2; taken.has(out); n++) out = `${name}#${n}`;
  taken.add(out);
  return out;
}

/** Plans a TEMPORAL PROBE JOIN. */
export function planTemporalProbe(item: TemporalProbeJoin, cx: QueryContext, planItem: (i: FromItem) => FromResult): FromResult {
  const what = `${item.type === 'LEFT' ? 'LEFT ' : ''}TEMPORAL PROBE JOIN`;
  const l = withoutAsOf(planItem(item.left), cx, what);
  const r = renameApart(l, withoutAsOf(planItem(item.right), cx, what));
  for (const [n, side] of [[l.node, 'left'], [r.node, 'probed (right)']] as const) {
    if (n.columns.some((c) => c.name === WEIGHT)) throw fail(cx, PlanErrorCode.unsupported, `${what} needs an append-only ${side} input; this one is a changelog (probe the stream it is computed from)`, item.span);
  }
  const named = (from: FromResult, side: string) => {
    const aliases = from.scope.map((e) => e.alias).filter((a) => a !== '');
    return aliases.length === 1 ? `the ${side} input '${aliases[0]}'` : `the ${side} input`;
  };
  const [leftName, rightName] = [named(l, 'left'), named(r, 'probed')];
  const alias = nameOf(item.alias);
  const clash = [...l.scope, ...r.scope].find((e) => e.alias === alias);
  if (clash !== undefined) throw fail(cx, PlanErrorCode.conflict, `the probe alias '${alias}' already names an input of this join; choose another (AS p)`, item.alias.span);
  const offsetsMs = offsetsOf(item, cx);

  // Keys: each name is a column of both inputs, compared in their common type.
  const taken = new Set([...l.node.columns, ...r.node.columns].map((c) => c.name));
  const lExtra: KeyColumn[] = [];
  const rExtra: KeyColumn[] = [];
  const leftKeys: string[] = [];
  const rightKeys: string[] = [];
  const rightKeyRefs = new Set<string>();
  item.keys.forEach((id, k) => {
    const [lc, rc] = [columnOf(id, l.scope, 'probe key', leftName, cx), columnOf(id, r.scope, 'probe key', rightName, cx)];
    rightKeyRefs.add(rc);
    const [lt, rt] = [typeAt(cx, { column: { name: lc } }, l.node.columns, id.span), typeAt(cx, { column: { name: rc } }, r.node.columns, id.span)];
    const type = lt === rt ? lt : commonType(lt, rt);
    if (type === undefined) throw fail(cx, PlanErrorCode.type, `probe key '${id.value}' is ${sqlTypeName(lt)} on the left and ${sqlTypeName(rt)} on the right; cast one side in a subquery`, id.span);
    const keyCol = (c: string, t: string, extra: KeyColumn[], side: string) => {
      if (t === type) return c;
      const name = fresh(`__${side}key${k}`, taken);
      extra.push(castKey(name, { column: { name: c } }, type));
      return name;
    };
    leftKeys.push(keyCol(lc, lt, lExtra, 'l'));
    rightKeys.push(keyCol(rc, rt, rExtra, 'r'));
  });

  // Times: the left row's time is where probes start; the right one orders its rows.
  const leftTime = columnOf(item.leftTime, l.scope, 'the left TIMESTAMPS column', leftName, cx);
  const rightTime = columnOf(item.rightTime, r.scope, 'the right TIMESTAMPS column', rightName, cx);
  for (const [n, name, ref] of [[l.node, leftTime, item.leftTime], [r.node, rightTime, item.rightTime]] as const) {
    const type = n.columns.find((c) => c.name === name)!.type;
    if (!type.startsWith('timestamp')) throw fail(cx, PlanErrorCode.type, `TIMESTAMPS needs TIMESTAMP columns; '${ref.parts.map((p) => p.value).join('.')}' is ${sqlTypeName(type)} (CAST it in a subquery)`, ref.span);
  }
  const bounded = isBounded(l.node) && isBounded(r.node);
  const rightLag = timeAttributes(r.node).get(rightTime);
  if (!bounded && rightLag === undefined) {
    throw fail(cx, PlanErrorCode.unsupported, `${what} emits a probe once the watermark of the probed input passes its time, and '${item.rightTime.parts.map((p) => p.value).join('.')}' of ${rightName} has no watermark: probe a source or stream whose event-time column it is (CREATE SOURCE ... (..., WATERMARK FOR ${item.rightTime.parts[item.rightTime.parts.length - 1]!.value}))`, item.rightTime.span);
  }

  const left = joinInput(l.node, [], lExtra);
  const right = joinInput(r.node, [], rExtra);
  const offsetName = fresh(`${alias}_offset_ms`, taken);
  const probeName = fresh(`${alias}_probe_ts`, taken);
  const probeType = left.columns.find((c) => c.name === leftTime)!.type;
  const outOffset = { name: offsetName, type: 'int64', nullable: false };
  const outProbe = { name: probeName, type: probeType, nullable: true };
  const node: Logical = {
    kind: 'temporal-probe', left, right, type: item.type === 'LEFT' ? 'left' : 'inner', leftKeys, rightKeys, leftTime, rightTime, offsetsMs,
    leftLagMs: timeAttributes(l.node).get(leftTime) ?? -1, rightLagMs: rightLag ?? 0, offsetColumn: offsetName, probeTimeColumn: probeName,
    columns: [...left.columns, ...right.columns.map((c) => ({ ...c, nullable: true })), outOffset, outProbe],
  };
  // The right copies of the keys are reached only qualified (m.sym); the probe columns both ways.
  const rightScope = r.scope.map((e) => ({ ...e, hidden: e.columns.map((_, k) => e.hidden?.[k] === true || rightKeyRefs.has(refOf(e, k))) }));
  const probeColumns = (prefix: string) => [{ ...outOffset, name: `${prefix}offset_ms` }, { ...outProbe, name: `${prefix}probe_ts` }];
  const scope: ScopeEntry[] = [
    ...l.scope, ...rightScope,
    { alias: '', columns: probeColumns(`${alias}_`), refs: [offsetName, probeName] },
    { alias, columns: probeColumns(''), refs: [offsetName, probeName], hidden: [true, true] },
  ];
  return { node, scope };
}
