/**
 * The expression parser: Pratt (precedence climbing) over the token cursor, with the SQL
 * precedence of ../precedence.ts. Prefix forms (literals, names, calls, CASE, CAST, subqueries,
 * unary operators) are parsed by `parsePrefix`; infix and postfix forms by `parseInfix`.
 */
import type { BinaryOp, Call, Expr, FunctionArg, Ident, IntervalUnit, OrderItem, Query } from '../ast.js';
import { SqlErrorCode } from '../errors.js';
import type { Token } from '../lexer.js';
import { BINARY_PREC, Prec } from '../precedence.js';
import { CLAUSE_WORDS, Cursor, atQueryStart, describe } from './cursor.js';
import { parseCallArgs, parseOrderItemWith } from './calls.js';
import { parseType } from './types.js';

/** Parses `f(...)` after its name: arguments, FILTER (WHERE ...) and OVER (...). */
export function parseCall(c: Cursor, start: Token, name: Ident): Call {
  return parseCallArgs(c, start, name, parseExpr);
}

/** Parses `expr [ASC | DESC] [NULLS FIRST | LAST]`. */
export function parseOrderItem(c: Cursor): OrderItem {
  return parseOrderItemWith(c, parseExpr);
}

/**
 * Parses an expression whose operators all bind at least as tightly as `minPrec`.
 * `parseExpr(c)` parses a whole expression.
 */
export function parseExpr(c: Cursor, minPrec = 0): Expr {
  const start = c.peek();
  let left = parsePrefix(c);
  for (;;) {
    const prec = infixPrecedence(c);
    if (prec === undefined || prec < minPrec) return left;
    left = parseInfix(c, left, start, prec);
  }
}

const SYMBOL_OPS: Readonly<Record<string, BinaryOp>> = {
  '=': '=', '<>': '<>', '!=': '<>', '<': '<', '<=': '<=', '>': '>', '>=': '>=', '||': '||',
  '+': '+', '-': '-', '*': '*', '/': '/', '%': '%', '->': '->', '->>': '->>',
};

/** The precedence of the infix or postfix operator at the cursor, if there is one. */
function infixPrecedence(c: Cursor): number | undefined {
  const t = c.peek();
  if (t.kind === 'op') {
    const op = SYMBOL_OPS[t.value];
    if (op !== undefined) return BINARY_PREC[op];
    return t.value === '::' || t.value === '[' || t.value === '.' ? Prec.POSTFIX : undefined;
  }
  if (t.kind !== 'keyword') return undefined;
  switch (t.value) {
    case 'OR':
      return Prec.OR;
    case 'AND':
      return Prec.AND;
    case 'IS':
    case 'IN':
    case 'LIKE':
    case 'ILIKE':
    case 'BETWEEN':
      return Prec.CMP;
    case 'NOT':
      return ['IN', 'LIKE', 'ILIKE', 'BETWEEN'].some((w) => Cursor.isWord(c.peek(1), w)) ? Prec.CMP : undefined;
    default:
      return undefined;
  }
}

function parseInfix(c: Cursor, left: Expr, start: Token, prec: number): Expr {
  const t = c.next();
  if (t.kind === 'op') {
    if (t.value === '::') return { kind: 'cast', expr: left, type: parseType(c), try: false, span: c.span(start) };
    if (t.value === '[') {
      const index = parseExpr(c);
      c.expectOp(']', 'to close the subscript');
      return { kind: 'subscript', base: left, index, span: c.span(start) };
    }
    if (t.value === '.') return { kind: 'field', base: left, field: c.ident('a field name after .'), span: c.span(start) };
    const op = SYMBOL_OPS[t.value]!;
    const right = parseExpr(c, prec + 1);
    return { kind: 'binary', op, left, right, span: c.span(start) };
  }
  if (t.value === 'OR' || t.value === 'AND') {
    const right = parseExpr(c, prec + 1);
    return { kind: 'binary', op: t.value, left, right, span: c.span(start) };
  }
  if (t.value === 'IS') return parseIs(c, left, start);
  const not = t.value === 'NOT';
  const word = not ? c.next().value : t.value;
  switch (word) {
    case 'IN':
      return parseIn(c, left, start, not);
    case 'BETWEEN': {
      const low = parseExpr(c, Prec.CMP + 1);
      c.expectWord('AND');
      const high = parseExpr(c, Prec.CMP + 1);
      return { kind: 'between', operand: left, low, high, not, span: c.span(start) };
    }
    default: {
      const pattern = parseExpr(c, Prec.CMP + 1);
      const escape = c.eatWord('ESCAPE') ? parseExpr(c, Prec.CMP + 1) : undefined;
      return { kind: 'like', operand: left, pattern, escape, caseInsensitive: word === 'ILIKE', not, span: c.span(start) };
    }
  }
}

/** After IS: [NOT] NULL | TRUE | FALSE | UNKNOWN | DISTINCT FROM expr. */
function parseIs(c: Cursor, left: Expr, start: Token): Expr {
  const not = c.eatWord('NOT');
  if (c.eatWord('DISTINCT')) {
    c.expectWord('FROM');
    const right = parseExpr(c, Prec.CMP + 1);
    return { kind: 'is-distinct', left, right, not, span: c.span(start) };
  }
  for (const test of ['NULL', 'TRUE', 'FALSE', 'UNKNOWN'] as const) {
    if (c.eatWord(test)) return { kind: 'is', operand: left, test, not, span: c.span(start) };
  }
  throw c.unexpected(`NULL, TRUE, FALSE, UNKNOWN or DISTINCT FROM after IS${not ? ' NOT' : ''}`);
}

/** After [NOT] IN: a parenthesised list or subquery. */
function parseIn(c: Cursor, left: Expr, start: Token, not: boolean): Expr {
  c.expectOp('(', 'after IN (write IN (a, b) or IN (SELECT ...))');
  if (atQueryStart(c)) {
    const query = c.parseQuery(c);
    c.expectOp(')', 'to close the IN subquery');
    return { kind: 'in-subquery', operand: left, query, not, span: c.span(start) };
  }
  const list = c.commaList(() => parseExpr(c));
  c.expectOp(')', 'to close the IN list');
  return { kind: 'in-list', operand: left, list, not, span: c.span(start) };
}

/** Literals, names, calls and the other forms an expression can start with. */
function parsePrefix(c: Cursor): Expr {
  const t = c.peek();
  switch (t.kind) {
    case 'number':
      c.next();
      return { kind: 'number', value: t.value, span: c.span(t) };
    case 'string':
      c.next();
      return { kind: 'string', value: t.value, span: c.span(t) };
    case 'duration':
      throw c.error(SqlErrorCode.unsupported, `durations like '${t.text}' are only allowed in TEMPORAL PROBE JOIN offsets; write an interval such as INTERVAL '5' SECOND`);
    case 'op':
      return parseOpPrefix(c, t);
    case 'keyword':
    case 'ident': {
      const special = parseWordPrefix(c, t);
      if (special !== undefined) return special;
      break;
    }
    default:
      break;
  }
  if (!Cursor.isIdentToken(t)) throw noExpression(c, t);
  return parseNameOrCall(c, t);
}

/** The error for a token that cannot start an expression, with a hint for the usual causes. */
function noExpression(c: Cursor, t: Token) {
  if (c.previous()?.kind === 'op' && c.previous()?.value === ',' && t.kind !== 'eof') {
    return c.error(SqlErrorCode.unexpectedToken, `expected an expression after ',', found ${describe(t)} (is there a trailing comma?)`);
  }
  if (t.kind === 'keyword' && !CLAUSE_WORDS.has(t.value)) {
    return c.error(SqlErrorCode.unexpectedToken, `expected an expression, found the reserved word ${t.value}; write "${t.text.toLowerCase()}" to use it as a name`);
  }
  return c.unexpected('an expression');
}

function parseOpPrefix(c: Cursor, t: Token): Expr {
  if (t.value === '-' || t.value === '+') {
    c.next();
    const operand = parseExpr(c, Prec.UNARY);
    return { kind: 'unary', op: t.value, operand, span: c.span(t) };
  }
  if (t.value === '(') {
    c.next();
    if (atQueryStart(c)) {
      const query = c.parseQuery(c);
      c.expectOp(')', 'to close the subquery');
      return { kind: 'subquery', query, span: c.span(t) };
    }
    const inner = parseExpr(c);
    if (c.atOp(',')) return parseRowValue(c, t, inner);
    c.expectOp(')', 'to close the parenthesis');
    return inner;
  }
  if (t.value === '*') throw c.error(SqlErrorCode.unexpectedToken, "'*' is only allowed as a select item (SELECT *, t.*) or as COUNT(*)");
  throw noExpression(c, t);
}

/**
 * `(a, b)` before `[NOT] IN (SELECT ...)`, the one place a row value compares column by column;
 * it becomes ROW(a, b), which the planner reads as the IN's values.
 */
function parseRowValue(c: Cursor, start: Token, first: Expr): Expr {
  const args = [first];
  while (c.eatOp(',')) args.push(parseExpr(c));
  c.expectOp(')', 'to close the row value');
  const not = c.atWord('NOT') ? 1 : 0;
  if (!Cursor.isWord(c.peek(not), 'IN') || !c.atOp('(', not + 1) || !atQueryStart(c, not + 2)) {
    throw c.error(SqlErrorCode.unsupported, 'row values like (a, b) are only supported before IN (SELECT ...); elsewhere use ROW(a, b) or STRUCT(a, b)', start);
  }
  const span = c.span(start);
  return { kind: 'call', name: { kind: 'ident', value: 'ROW', quoted: false, span }, args: args.map((value) => ({ value, span: value.span })), distinct: false, orderBy: [], filter: undefined, over: undefined, span };
}

const TYPED_LITERALS = new Set(['DATE', 'TIME', 'TIMESTAMP', 'TIMESTAMPTZ']);

/** Forms that start with a word: TRUE, NULL, CASE, CAST, INTERVAL '1' SECOND, DATE '...', ... */
function parseWordPrefix(c: Cursor, t: Token): Expr | undefined {
  const word = t.value.toUpperCase();
  const next = c.peek(1);
  if (t.kind === 'keyword') {
    switch (word) {
      case 'TRUE':
      case 'FALSE':
        c.next();
        return { kind: 'boolean', value: word === 'TRUE', span: c.span(t) };
      case 'NULL':
        c.next();
        return { kind: 'null', span: c.span(t) };
      case 'NOT': {
        c.next();
        const operand = parseExpr(c, Prec.NOT);
        return { kind: 'unary', op: 'NOT', operand, span: c.span(t) };
      }
      case 'CASE':
        return parseCase(c, t);
      case 'CAST':
        return parseCast(c, t, false);
      case 'EXISTS': {
        c.next();
        c.expectOp('(', 'after EXISTS');
        const query: Query = c.parseQuery(c);
        c.expectOp(')', 'to close EXISTS (...)');
        return { kind: 'exists', query, span: c.span(t) };
      }
      case 'INTERVAL':
        return next.kind === 'string' || next.kind === 'number' ? parseInterval(c, t) : undefined;
      case 'LEFT':
      case 'RIGHT':
        // left(s, n) and right(s, n) are functions although LEFT and RIGHT are reserved.
        return next.kind === 'op' && next.value === '(' ? parseCall(c, t, Cursor.identOf(c.next(), c.span(t))) : undefined;
      default:
        return undefined;
    }
  }
  if (word === 'TRY_CAST' && c.atOp('(', 1)) return parseCast(c, t, true);
  if (TYPED_LITERALS.has(word) && next.kind === 'string') {
    c.next();
    c.next();
    return { kind: 'typed-literal', type: word as 'DATE', value: next.value, span: c.span(t) };
  }
  if (word === 'ARRAY' && c.atOp('[', 1)) {
    c.next();
    c.next();
    const elements = c.atOp(']') ? [] : c.commaList(() => parseExpr(c));
    c.expectOp(']', 'to close ARRAY[...]');
    return { kind: 'array', elements, span: c.span(t) };
  }
  if (word === 'MAP' && c.atOp('[', 1)) return parseMap(c, t);
  if (word === 'EXTRACT' && c.atOp('(', 1) && /^(ident|keyword)$/.test(c.peek(2).kind) && Cursor.isWord(c.peek(3), 'FROM')) return parseExtract(c, t);
  if (word === 'POSITION' && c.atOp('(', 1)) return parsePosition(c, t);
  return undefined;
}

/** A column path `a`, `t.a`, `a.b.c`, or a call `f(...)`. */
function parseNameOrCall(c: Cursor, t: Token): Expr {
  const parts = [c.ident()];
  while (c.atOp('.') && Cursor.isIdentToken(c.peek(1))) {
    c.next();
    parts.push(c.ident());
  }
  if (c.atOp('(')) {
    if (parts.length > 1) throw c.error(SqlErrorCode.unsupported, 'qualified function names are not supported; call the function by its name', t);
    return parseCall(c, t, parts[0]!);
  }
  return { kind: 'column', parts, span: c.span(t) };
}

function parseCase(c: Cursor, t: Token): Expr {
  c.next();
  const operand = c.atWord('WHEN') ? undefined : parseExpr(c);
  const whens = [];
  while (c.atWord('WHEN')) {
    const w = c.next();
    const when = parseExpr(c);
    c.expectWord('THEN');
    const then = parseExpr(c);
    whens.push({ when, then, span: c.span(w) });
  }
  if (whens.length === 0) throw c.unexpected('WHEN after CASE');
  const otherwise = c.eatWord('ELSE') ? parseExpr(c) : undefined;
  if (!c.eatWord('END')) throw c.unexpected(`WHEN, ELSE or END to finish the CASE that starts at line ${t.line}, column ${t.column}`);
  return { kind: 'case', operand, whens, else: otherwise, span: c.span(t) };
}

function parseCast(c: Cursor, t: Token, isTry: boolean): Expr {
  c.next();
  c.expectOp('(', `after ${isTry ? 'TRY_CAST' : 'CAST'}`);
  const expr = parseExpr(c);
  c.expectWord('AS');
  const type = parseType(c);
  c.expectOp(')', `to close ${isTry ? 'TRY_CAST' : 'CAST'}(... AS type)`);
  return { kind: 'cast', expr, type, try: isTry, span: c.span(t) };
}

const UNITS: readonly IntervalUnit[] = ['YEAR', 'MONTH', 'WEEK', 'DAY', 'HOUR', 'MINUTE', 'SECOND', 'MILLISECOND', 'MICROSECOND', 'NANOSECOND'];

/** The interval unit a token names (singular or plural, any case), if it names one. */
function unitOf(t: Token): IntervalUnit | undefined {
  if (t.kind !== 'ident') return undefined;
  const word = t.value.toUpperCase();
  return UNITS.find((u) => word === u || word === `${u}S`);
}

/** `INTERVAL '5' SECOND`, `INTERVAL '1' HOUR TO MINUTE`, `INTERVAL '5 seconds'`. */
function parseInterval(c: Cursor, t: Token): Expr {
  c.next();
  const value = c.next().value;
  const unit = unitOf(c.peek());
  if (unit === undefined) return { kind: 'interval', value, span: c.span(t) };
  c.next();
  const toUnit = c.atWord('TO') ? unitOf(c.peek(1)) : undefined;
  if (toUnit === undefined) return { kind: 'interval', value, unit, span: c.span(t) };
  c.next();
  c.next();
  return { kind: 'interval', value, unit, toUnit, span: c.span(t) };
}

/** `MAP['k1', v1, 'k2', v2]`. */
function parseMap(c: Cursor, t: Token): Expr {
  c.next();
  c.next();
  const entries = [];
  if (!c.atOp(']')) {
    do {
      const key = parseExpr(c);
      c.expectOp(',', 'between a MAP key and its value');
      entries.push({ key, value: parseExpr(c) });
    } while (c.eatOp(','));
  }
  c.expectOp(']', 'to close MAP[...]');
  return { kind: 'map', entries, span: c.span(t) };
}

/** `EXTRACT(field FROM x)` becomes the call `EXTRACT('FIELD', x)`. */
/** `POSITION(sub IN s)`, SQL's form of `strpos(s, sub)`; `position(s, sub)` stays a call. */
function parsePosition(c: Cursor, t: Token): Expr {
  const name = Cursor.identOf(c.next(), c.span(t));
  c.next();
  const first = parseExpr(c, Prec.CONCAT);
  if (!c.atWord('IN')) {
    const rest = c.atOp(',') ? (c.next(), c.commaList(() => parseExpr(c))) : [];
    c.expectOp(')', 'to close position(...)');
    return { kind: 'call', name, args: [first, ...rest].map((value) => ({ value, span: value.span })), distinct: false, orderBy: [], span: c.span(t) };
  }
  c.next();
  const within = parseExpr(c);
  c.expectOp(')', 'to close POSITION(... IN ...)');
  const strpos = { ...name, value: 'strpos', quoted: false };
  return { kind: 'call', name: strpos, args: [{ value: within, span: within.span }, { value: first, span: first.span }], distinct: false, orderBy: [], span: c.span(t) };
}

function parseExtract(c: Cursor, t: Token): Expr {
  const name = Cursor.identOf(c.next(), c.span(t));
  c.next();
  const fieldToken = c.next();
  c.expectWord('FROM');
  const value = parseExpr(c);
  c.expectOp(')', 'to close EXTRACT(... FROM ...)');
  const field: Expr = { kind: 'string', value: fieldToken.value.toUpperCase(), span: { offset: fieldToken.offset, length: fieldToken.length, line: fieldToken.line, column: fieldToken.column } };
  const args: FunctionArg[] = [
    { value: field, span: field.span },
    { value, span: value.span },
  ];
  const orderBy: OrderItem[] = [];
  return { kind: 'call', name, args, distinct: false, orderBy, span: c.span(t) };
}
