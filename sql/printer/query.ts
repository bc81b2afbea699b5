/**
 * Printing queries: WITH, set operations (parenthesised by precedence), SELECT, VALUES, FROM with
 * joins and temporal probes, ORDER BY / LIMIT / OFFSET, and the streaming tail clauses.
 */
import type { Alias, Duration, Emit, FromItem, OrderItem, Query, Select, SelectItem, SetExpr } from '../ast.js';
import { printIdent } from './common.js';
import type { ExprPrinter } from './expr.js';

/** Prints a query. */
export type QueryPrinter = (q: Query) => string;

const SET_PREC = { UNION: 1, EXCEPT: 1, INTERSECT: 2 } as const;

const EMIT_SQL: Readonly<Record<Emit['mode'], string>> = {
  'after-watermark': 'EMIT AFTER WATERMARK',
  'on-window-close': 'EMIT ON WINDOW CLOSE',
  'on-update': 'EMIT ON UPDATE',
  every: 'EMIT EVERY',
  changes: 'EMIT CHANGES',
  final: 'EMIT FINAL',
};

/** Builds the query printer over an expression printer. */
export function queryPrinter(expr: ExprPrinter): QueryPrinter {
  const orderItem = (o: OrderItem): string =>
    `${expr(o.expr)}${o.direction ? ` ${o.direction}` : ''}${o.nulls ? ` NULLS ${o.nulls}` : ''}`;

  const alias = (a: Alias | undefined): string =>
    a === undefined ? '' : ` AS ${printIdent(a.name)}${a.columns.length > 0 ? ` (${a.columns.map(printIdent).join(', ')})` : ''}`;

  const duration = (d: Duration): string => `${d.value}${d.unit}`;

  const from = (f: FromItem): string => {
    switch (f.kind) {
      case 'table': {
        const asOf = f.systemTimeAsOf ? ` FOR SYSTEM_TIME AS OF ${expr(f.systemTimeAsOf)}` : '';
        return `${printIdent(f.name)}${asOf}${alias(f.alias)}`;
      }
      case 'derived':
        return `(${query(f.query)})${alias(f.alias)}`;
      case 'table-function':
        return `${expr(f.call)}${alias(f.alias)}`;
      case 'join': {
        const keyword = f.type === 'INNER' ? 'JOIN' : `${f.type} JOIN`;
        const match = f.matchCondition ? ` MATCH_CONDITION (${expr(f.matchCondition)})` : '';
        const cond = f.condition === undefined ? ''
          : f.condition.kind === 'on' ? ` ON ${expr(f.condition.expr)}`
          : ` USING (${f.condition.columns.map(printIdent).join(', ')})`;
        return `${from(f.left)} ${keyword} ${from(f.right)}${match}${cond}`;
      }
      case 'temporal-probe': {
        const o = f.offsets;
        const offsets = o.kind === 'range'
          ? `RANGE FROM ${duration(o.from)} TO ${duration(o.to)} STEP ${duration(o.step)}`
          : `LIST (${o.values.map(duration).join(', ')})`;
        return `${from(f.left)} ${f.type === 'LEFT' ? 'LEFT ' : ''}TEMPORAL PROBE JOIN ${from(f.right)}` +
          ` ON (${f.keys.map(printIdent).join(', ')}) TIMESTAMPS (${expr(f.leftTime)}, ${expr(f.rightTime)}) ${offsets} AS ${printIdent(f.alias)}`;
      }
    }
  };

  const selectItem = (i: SelectItem): string => `${expr(i.expr)}${i.alias ? ` AS ${printIdent(i.alias)}` : ''}`;

  const select = (s: Select): string => {
    let out = `SELECT ${s.distinct ? 'DISTINCT ' : ''}${s.items.map(selectItem).join(', ')}`;
    if (s.from.length > 0) out += ` FROM ${s.from.map(from).join(', ')}`;
    if (s.where) out += ` WHERE ${expr(s.where)}`;
    if (s.groupBy.length > 0) out += ` GROUP BY ${s.groupBy.map(expr).join(', ')}`;
    if (s.having) out += ` HAVING ${expr(s.having)}`;
    return out;
  };

  /** A set expression, in parentheses if its operator binds looser than `minPrec`. */
  const setExpr = (s: SetExpr, minPrec: number): string => {
    switch (s.kind) {
      case 'select':
        return select(s);
      case 'values':
        return `VALUES ${s.rows.map((r) => `(${r.map(expr).join(', ')})`).join(', ')}`;
      case 'query':
        return `(${query(s)})`;
      case 'set-op': {
        const p = SET_PREC[s.op];
        const text = `${setExpr(s.left, p)} ${s.op}${s.all ? ' ALL' : ''} ${setExpr(s.right, p + 1)}`;
        return p < minPrec ? `(${text})` : text;
      }
    }
  };

  const query = (q: Query): string => {
    const parts: string[] = [];
    if (q.with.length > 0) {
      const ctes = q.with.map((c) => `${printIdent(c.name)}${c.columns.length > 0 ? ` (${c.columns.map(printIdent).join(', ')})` : ''} AS (${query(c.query)})`);
      parts.push(`WITH ${ctes.join(', ')}`);
    }
    parts.push(setExpr(q.body, 0));
    if (q.orderBy.length > 0) parts.push(`ORDER BY ${q.orderBy.map(orderItem).join(', ')}`);
    if (q.limit) parts.push(`LIMIT ${expr(q.limit)}`);
    if (q.offset) parts.push(`OFFSET ${expr(q.offset)}`);
    if (q.emit) parts.push(q.emit.interval ? `${EMIT_SQL[q.emit.mode]} ${expr(q.emit.interval)}` : EMIT_SQL[q.emit.mode]);
    if (q.lateness) parts.push(`ALLOW LATENESS ${expr(q.lateness)}`);
    if (q.lateDataTo) parts.push(`LATE DATA TO ${printIdent(q.lateDataTo)}`);
    return parts.join(' ');
  };
  return query;
}
