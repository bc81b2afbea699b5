/**
 * Function calls: arguments (`DISTINCT`, `*`, named `name => value`, `TABLE t`, `ORDER BY` inside an
 * aggregate), `FILTER (WHERE ...)`, and `OVER (PARTITION BY ... ORDER BY ... ROWS BETWEEN ...)`.
 * The expression parser is passed in, which keeps this module free of an import cycle.
 */
import type { Call, Expr, FrameBound, FunctionArg, Ident, OrderItem, WindowFrame, WindowSpec } from '../ast.js';
import { SqlErrorCode } from '../errors.js';
import type { Token } from '../lexer.js';
import { Prec } from '../precedence.js';
import { Cursor } from './cursor.js';

/** Parses an expression at a minimum precedence (the Pratt parser of expressions.ts). */
export type ExprParser = (c: Cursor, minPrec?: number) => Expr;

/** Parses the rest of `name(...)`, the cursor being on the `(`. */
export function parseCallArgs(c: Cursor, start: Token, name: Ident, expr: ExprParser): Call {
  c.expectOp('(');
  const distinct = c.eatWord('DISTINCT');
  const args: FunctionArg[] = [];
  const orderBy: OrderItem[] = [];
  if (!c.atOp(')')) {
    args.push(...c.commaList(() => parseArg(c, expr)));
    if (c.atWord('ORDER', 'BY')) {
      c.expectWord('ORDER', 'BY');
      orderBy.push(...c.commaList(() => parseOrderItemWith(c, expr)));
    }
  }
  c.expectOp(')', `to close the arguments of ${name.value}(...)`);
  let withinGroup: OrderItem[] | undefined;
  if (c.atWord('WITHIN', 'GROUP')) {
    c.expectWord('WITHIN', 'GROUP');
    c.expectOp('(', 'after WITHIN GROUP');
    c.expectWord('ORDER', 'BY');
    withinGroup = c.commaList(() => parseOrderItemWith(c, expr));
    c.expectOp(')', 'to close WITHIN GROUP (ORDER BY ...)');
  }
  let filter: Expr | undefined;
  if (c.atWord('FILTER') && c.atOp('(', 1)) {
    c.next();
    c.next();
    c.expectWord('WHERE');
    filter = expr(c);
    c.expectOp(')', 'to close FILTER (WHERE ...)');
  }
  const over = c.atWord('OVER') ? parseOver(c, expr) : undefined;
  return { kind: 'call', name, args, distinct, orderBy, ...(withinGroup ? { withinGroup } : {}), filter, over, span: c.span(start) };
}

/** One argument: `*`, `TABLE t`, `name => value` or an expression. */
function parseArg(c: Cursor, expr: ExprParser): FunctionArg {
  const t = c.peek();
  if (c.atOp('*')) {
    c.next();
    return { value: { kind: 'wildcard', span: c.span(t) }, span: c.span(t) };
  }
  if (Cursor.isWord(t, 'TABLE') && Cursor.isIdentToken(c.peek(1))) {
    c.next();
    const name = c.ident('a table name after TABLE');
    return { value: { kind: 'table-arg', name, span: c.span(t) }, span: c.span(t) };
  }
  if (Cursor.isIdentToken(t) && c.atOp('=>', 1)) {
    const name = c.ident();
    c.next();
    return { name, value: expr(c), span: c.span(t) };
  }
  return { value: expr(c), span: c.span(t) };
}

/** `expr [ASC | DESC] [NULLS FIRST | NULLS LAST]`. */
export function parseOrderItemWith(c: Cursor, expr: ExprParser): OrderItem {
  const t = c.peek();
  const e = expr(c);
  const direction = c.eatWord('ASC') ? 'ASC' : c.eatWord('DESC') ? 'DESC' : undefined;
  let nulls: 'FIRST' | 'LAST' | undefined;
  if (c.eatWord('NULLS')) {
    if (c.eatWord('FIRST')) nulls = 'FIRST';
    else if (c.eatWord('LAST')) nulls = 'LAST';
    else throw c.unexpected('FIRST or LAST after NULLS', ['FIRST', 'LAST']);
  }
  return { expr: e, direction, nulls, span: c.span(t) };
}

/** `OVER (PARTITION BY ... ORDER BY ... frame)`. */
function parseOver(c: Cursor, expr: ExprParser): WindowSpec {
  const t = c.next();
  if (!c.atOp('(')) throw c.error(SqlErrorCode.unsupported, 'named windows (OVER w) are not supported; write the window inline: OVER (PARTITION BY ... ORDER BY ...)');
  c.next();
  const partitionBy: Expr[] = [];
  const orderBy: OrderItem[] = [];
  if (c.atWord('PARTITION')) {
    c.expectWord('PARTITION', 'BY');
    partitionBy.push(...c.commaList(() => expr(c)));
  }
  if (c.atWord('ORDER')) {
    c.expectWord('ORDER', 'BY');
    orderBy.push(...c.commaList(() => parseOrderItemWith(c, expr)));
  }
  const frame = c.atWord('ROWS') || c.atWord('RANGE') ? parseFrame(c, expr) : undefined;
  c.expectOp(')', 'to close OVER (...)');
  return { partitionBy, orderBy, frame, span: c.span(t) };
}

/** `ROWS | RANGE bound` or `ROWS | RANGE BETWEEN bound AND bound`. */
function parseFrame(c: Cursor, expr: ExprParser): WindowFrame {
  const t = c.next();
  const units = t.value.toUpperCase() as 'ROWS' | 'RANGE';
  if (!c.eatWord('BETWEEN')) return { units, start: parseBound(c, expr), span: c.span(t) };
  const start = parseBound(c, expr);
  c.expectWord('AND');
  const end = parseBound(c, expr);
  return { units, start, end, span: c.span(t) };
}

/** `UNBOUNDED PRECEDING | n PRECEDING | CURRENT ROW | n FOLLOWING | UNBOUNDED FOLLOWING`. */
function parseBound(c: Cursor, expr: ExprParser): FrameBound {
  const t = c.peek();
  if (c.eatWord('UNBOUNDED')) {
    if (c.eatWord('PRECEDING')) return { bound: 'UNBOUNDED PRECEDING', span: c.span(t) };
    if (c.eatWord('FOLLOWING')) return { bound: 'UNBOUNDED FOLLOWING', span: c.span(t) };
    throw c.unexpected('PRECEDING or FOLLOWING after UNBOUNDED', ['PRECEDING', 'FOLLOWING']);
  }
  if (c.eatWord('CURRENT')) {
    c.expectWord('ROW');
    return { bound: 'CURRENT ROW', span: c.span(t) };
  }
  const offset = expr(c, Prec.ADD);
  if (c.eatWord('PRECEDING')) return { bound: 'PRECEDING', offset, span: c.span(t) };
  if (c.eatWord('FOLLOWING')) return { bound: 'FOLLOWING', offset, span: c.span(t) };
  throw c.unexpected('PRECEDING or FOLLOWING after the frame offset', ['PRECEDING', 'FOLLOWING']);
}
