/**
 * Temporal joins: `stream JOIN table FOR SYSTEM_TIME AS OF <time> ON ...`. The time decides
 * what the join means:
 *
 * - processing time (`PROCTIME()`, or a stream column defined as `PROCTIME()`): each stream row
 *   sees the table as it is when the row is processed. That is a lookup join against a table or
 *   lookup table, and the caller plans it as one (lookup.ts).
 * - event time (the stream's event-time column, e.g. `o.order_time`): each row sees the version
 *   valid at that time, read from a stream of versions (versioned.ts).
 */
import type { plan } from '../../specs/index.js';
import type { Expr, Join } from '../ast.js';
import { PlanErrorCode } from './errors.js';
import { lower, type ScopeEntry } from './expr.js';
import { inputsOf, timeAttributes, type Logical } from './logical.js';
import { fail, type QueryContext } from './context.js';
import { isLookupTable } from './lookup.js';

/** A planned FROM item (join.ts's FromResult). */
interface FromResult {
  readonly node: Logical;
  readonly scope: ScopeEntry[];
  readonly asOf?: Expr;
}

/** What a FOR SYSTEM_TIME AS OF expression reads: processing time, event time, or neither. */
type TimeKind = 'processing' | 'event' | 'other';

const isProctime = (e: plan.Expr): boolean => e.call?.function === 'proctime' && (e.call.args ?? []).length === 0;

/** How the column `name` of `node`'s output is computed: followed through projections. */
function timeKindOf(node: Logical, name: string): TimeKind {
  if (timeAttributes(node).has(name)) return 'event';
  switch (node.kind) {
    case 'project': {
      const x = node.exprs.find((e) => e.name === name);
      if (x === undefined) return 'other';
      if (isProctime(x.expr)) return 'processing';
      return x.expr.column?.name != null ? timeKindOf(node.input, x.expr.column.name) : 'other';
    }
    case 'scan': case 'values': return 'other';
    default: {
      // Rows pass through (filters, joins): the column is one of an input's.
      const from = inputsOf(node).find((i) => i.columns.some((c) => c.name === name));
      return from === undefined ? 'other' : timeKindOf(from, name);
    }
  }
}

/** Rejects FOR SYSTEM_TIME AS OF where no join reads it (a lone FROM item, an ASOF join). */
export function withoutAsOf<T extends FromResult>(from: T, cx: QueryContext, where: string): T {
  if (from.asOf !== undefined) throw fail(cx, PlanErrorCode.unsupported, `FOR SYSTEM_TIME AS OF marks the table side of a temporal join (stream JOIN table FOR SYSTEM_TIME AS OF PROCTIME() ON ...); it does not apply to ${where}`, from.asOf.span);
  return from;
}

/**
 * Checks a join where one side has FOR SYSTEM_TIME AS OF: a processing-time temporal join of a
 * stream with a table returns undefined (plan it as a lookup join); an event-time one returns
 * the stream's time column (plan it with versioned.ts); anything else is an error that says
 * what the clause needs.
 */
export function checkTemporalJoin(item: Join, first: FromResult, second: FromResult, cx: QueryContext): plan.Expr | undefined {
  if (first.asOf !== undefined && second.asOf !== undefined) throw fail(cx, PlanErrorCode.unsupported, 'only the table side of a join takes FOR SYSTEM_TIME AS OF', second.asOf.span);
  const [table, stream] = first.asOf !== undefined ? [first, second] : [second, first];
  const asOf = table.asOf!;
  let time: plan.Expr;
  try {
    time = lower(asOf, { text: cx.text, catalog: cx.catalog, scope: stream.scope });
  } catch (err) {
    const detail = (err as { detail?: string }).detail ?? (err as Error).message;
    throw fail(cx, PlanErrorCode.unknownColumn, `FOR SYSTEM_TIME AS OF reads a time of the other side of the join: ${detail}`, asOf.span);
  }
  const kind: TimeKind = isProctime(time) ? 'processing' : time.column?.name != null ? timeKindOf(stream.node, time.column.name) : 'other';
  if (kind === 'event') return time;
  if (kind === 'other') {
    throw fail(cx, PlanErrorCode.type, 'FOR SYSTEM_TIME AS OF needs a time attribute of the stream: PROCTIME() (or a column defined as PROCTIME()) to read the table as it is when each row arrives, or the stream\'s event-time column', asOf.span);
  }
  const name = table.node.kind === 'scan' ? table.node.relation.name : 'the table side';
  if (!isLookupTable(table)) throw fail(cx, PlanErrorCode.unsupported, `a processing-time temporal join reads the current rows of a table or lookup table; ${table.node.kind === 'scan' ? `'${name}' is a ${table.node.relation.kind}` : 'the table side is a query'}`, asOf.span);
  if (cx.streaming !== true || isLookupTable(stream)) throw fail(cx, PlanErrorCode.unsupported, `FOR SYSTEM_TIME AS OF PROCTIME() joins a stream with table '${name}'; the other side of this join is not a stream (join tables with a plain JOIN)`, item.span);
}
