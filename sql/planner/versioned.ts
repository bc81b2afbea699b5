/**
 * Event-time temporal joins: `FROM orders o JOIN products FOR SYSTEM_TIME AS OF o.order_time AS p
 * ON o.product_id = p.id`. The versioned side is a stream of versions with an event-time column
 * (its version time): each order takes the version of its key valid at the order's time. When
 * the versions are a changelog (CDC), a retracted version no longer applies and rows it matched
 * are revised.
 */
import type { plan } from '../../specs/index.js';
import type { Expr, Join } from '../ast.js';
import type { Column } from './catalog.js';
import { PlanErrorCode } from './errors.js';
import { lower, type ScopeEntry } from './expr.js';
import { isBounded, relationsOf, timeAttributes, type JoinKind, type Logical } from './logical.js';
import { fail, typeAt, WEIGHT, type QueryContext } from './context.js';
import { sqlTypeName } from './types.js';

/** A planned FROM item (join.ts's FromResult). */
interface FromResult {
  readonly node: Logical;
  readonly scope: ScopeEntry[];
  readonly asOf?: Expr;
}

function conjuncts(e: Expr): Expr[] {
  return e.kind === 'binary' && e.op === 'AND' ? [...conjuncts(e.left), ...conjuncts(e.right)] : [e];
}

/** The version time of the versioned side: its event-time column, followed through projections. */
function versionTimeOf(node: Logical): string | undefined {
  const attrs = [...timeAttributes(node)].filter(([, lag]) => lag === 0).map(([name]) => name);
  if (attrs.length > 0) return attrs[0];
  // A changelog keeps its rows' times, but not as a watermark-aligned attribute: use the source's column.
  const times = relationsOf(node).flatMap((r) => (r.eventTime !== undefined ? [r.eventTime] : []));
  return times.find((t) => node.columns.some((c) => c.name === t));
}

/**
 * A changelog of versions reads its source's late rows too: a CDC delete or correction carries
 * the old version time, behind the watermark, and must still revise the rows it priced. Only
 * through operators that do not judge lateness themselves (filters, projections, retracting
 * window functions); elsewhere the source drops them as usual.
 */
function keepLateVersions(node: Logical): Logical {
  switch (node.kind) {
    case 'scan': return node.relation.raw !== undefined ? { ...node, keepLate: true } : node;
    case 'filter': case 'project': return { ...node, input: keepLateVersions(node.input) };
    case 'over': return node.mode === 'changelog' ? { ...node, input: keepLateVersions(node.input) } : node;
    default: return node;
  }
}

/**
 * Plans `stream JOIN versions FOR SYSTEM_TIME AS OF stream.time ON keys`. `kind`/`swap` are the
 * join's (RIGHT joins arrive swapped); `renameApart` gives the versions' columns fresh names.
 */
export function planVersionedJoin(
  item: Join, first: FromResult, second: FromResult, time: plan.Expr, kind: JoinKind, swap: boolean, cx: QueryContext,
  renameApart: (left: FromResult, right: FromResult) => FromResult,
): FromResult {
  const tableFirst = first.asOf !== undefined;
  const [stream, versionsRaw] = tableFirst ? [second, first] : [first, second];
  const asOf = versionsRaw.asOf!;
  const preservedIsStream = kind === 'left' && (swap ? tableFirst : !tableFirst);
  if (!(kind === 'inner' || preservedIsStream)) throw fail(cx, PlanErrorCode.unsupported, `a temporal join is INNER, or LEFT keeping the stream's rows; ${item.type} JOIN would keep the versions' rows`, item.span);
  if (cx.streaming !== true || isBounded(stream.node)) throw fail(cx, PlanErrorCode.unsupported, 'FOR SYSTEM_TIME AS OF <event time> joins a stream with its versions as of each row\'s time; the other side is not a stream (over tables, write an ASOF JOIN)', item.span);
  if (isBounded(versionsRaw.node)) throw fail(cx, PlanErrorCode.unsupported, 'an event-time temporal join reads versions from a stream with an event-time column (a source with WATERMARK FOR, or a changelog of one); a table has no version times. Use FOR SYSTEM_TIME AS OF PROCTIME() to read a table as it is when each row arrives', asOf.span);
  if (stream.node.columns.some((c) => c.name === WEIGHT)) throw fail(cx, PlanErrorCode.unsupported, 'the stream side of a temporal join must be append-only; this one is a changelog', item.span);
  const versionTime = versionTimeOf(versionsRaw.node);
  if (versionTime === undefined) throw fail(cx, PlanErrorCode.type, 'the versioned side of a temporal join needs an event-time column (WATERMARK FOR <column> on its source), which says from when each version is valid', asOf.span);
  const leftTime = time.column!.name!;
  const versions = renameApart(stream, versionsRaw);
  // The version time column after renaming apart.
  const renamed = versions.node.kind === 'project' && versions.node !== versionsRaw.node
    ? versions.node.exprs.find((x) => x.expr.column?.name === versionTime)!.name
    : versionTime;
  const scope = [...stream.scope, ...versions.scope];
  const ex = { text: cx.text, catalog: cx.catalog, scope };
  const names = (n: Logical) => new Set(n.columns.map((c) => c.name));
  const [leftNames, rightNames] = [names(stream.node), names(versions.node)];
  const all = [...stream.node.columns, ...versions.node.columns];
  if (item.condition?.kind !== 'on') throw fail(cx, PlanErrorCode.type, 'a temporal join needs ON with the key equalities (ON o.product_id = p.id)', item.span);
  const leftKeys: string[] = [];
  const rightKeys: string[] = [];
  const rest: Expr[] = [];
  for (const t of conjuncts(item.condition.expr)) {
    if (t.kind === 'binary' && t.op === '=') {
      const [a, b] = [lower(t.left, ex).column?.name, lower(t.right, ex).column?.name];
      const pair = a != null && b != null && leftNames.has(a) && rightNames.has(b) ? [a, b] : a != null && b != null && leftNames.has(b) && rightNames.has(a) ? [b, a] : undefined;
      if (pair !== undefined) {
        const [ta, tb] = [typeAt(cx, { column: { name: pair[0] } }, all, t.span), typeAt(cx, { column: { name: pair[1] } }, all, t.span)];
        if (ta !== tb) throw fail(cx, PlanErrorCode.type, `temporal join keys must have the same type (${sqlTypeName(ta)} and ${sqlTypeName(tb)}); cast one side in a subquery`, t.span);
        leftKeys.push(pair[0]!);
        rightKeys.push(pair[1]!);
        continue;
      }
    }
    rest.push(t);
  }
  if (leftKeys.length === 0) throw fail(cx, PlanErrorCode.type, 'a temporal join needs at least one key equality of a stream column and a version column (ON o.product_id = p.id)', item.condition.expr.span);
  if (rest.length > 0 && kind === 'left') throw fail(cx, PlanErrorCode.unsupported, 'a LEFT temporal join takes only key equalities in ON (other conditions would have to pad rows whose version fails them); filter in WHERE or use an INNER join', rest[0]!.span);
  const weighted = versions.node.columns.some((c) => c.name === WEIGHT);
  const data = versions.node.columns.filter((c) => c.name !== WEIGHT).map((c): Column => (kind === 'left' ? { ...c, nullable: true } : c));
  // Without a watermark on the versions nothing says when a version time is complete.
  const eager = !relationsOf(versionsRaw.node).some((r) => r.eventTime !== undefined);
  let node: Logical = {
    kind: 'temporal-join', left: stream.node, right: weighted ? keepLateVersions(versions.node) : versions.node, leftKeys, rightKeys, leftTime, versionTime: renamed,
    type: kind === 'left' ? 'left' : 'inner', eager,
    columns: [...stream.node.columns, ...data, ...(weighted ? [{ name: WEIGHT, type: 'int32', nullable: false }] : [])],
  };
  // Other ON conditions of an INNER join test the joined row.
  for (const t of rest) {
    const predicate = lower(t, ex);
    const type = typeAt(cx, predicate, node.columns, t.span);
    if (type !== 'bool' && type !== 'null') throw fail(cx, PlanErrorCode.type, `ON needs a boolean condition, got ${sqlTypeName(type)}`, t.span);
    node = { kind: 'filter', input: node, predicate, columns: node.columns };
  }
  return { node, scope: tableFirst ? [...versions.scope, ...stream.scope] : scope };
}
