/**
 * Queries: WITH, set operations (UNION / EXCEPT bind looser than INTERSECT), SELECT, VALUES,
 * ORDER BY / LIMIT / OFFSET, and the streaming tail clauses (EMIT, ALLOW LATENESS, LATE DATA TO)
 * in any order after the query.
 */
import type { Cte, Emit, Ident, Expr, OrderItem, Query, Select, SelectItem, SetExpr, Values } from '../ast.js';
import { SqlErrorCode, editDistance } from '../errors.js';
import type { Token } from '../lexer.js';
import { Cursor, atQueryStart } from './cursor.js';
import { parseExpr, parseOrderItem } from './expressions.js';
import { parseFromItem } from './from.js';

/**
 * Parses a query. Used for statements, subqueries and the bodies of CREATE STREAM and friends.
 */
export function parseQuery(c: Cursor): Query {
  const start = c.peek();
  const ctes = c.atWord('WITH') ? parseWith(c) : [];
  const body = parseSetExpr(c, 0);
  let orderBy: OrderItem[] = [];
  let limit: Expr | undefined;
  let offset: Expr | undefined;
  if (c.atWord('ORDER')) {
    c.expectWord('ORDER', 'BY');
    orderBy = c.commaList(() => parseOrderItem(c));
  }
  // LIMIT and OFFSET, in either order.
  for (;;) {
    if (limit === undefined && c.eatWord('LIMIT')) limit = parseExpr(c);
    else if (offset === undefined && c.eatWord('OFFSET')) offset = parseExpr(c);
    else break;
  }
  const tail = parseTail(c);
  const query: Query = { kind: 'query', with: ctes, body, orderBy, limit, offset, ...tail, span: c.span(start) };
  // `((SELECT ... ORDER BY x))`: parentheses around a whole query add nothing.
  return isBare(query) && body.kind === 'query' ? { ...body, span: query.span } : query;
}

function parseWith(c: Cursor): Cte[] {
  c.next();
  // `WITH recursive AS (...)` names a query "recursive"; `WITH RECURSIVE r AS` asks for recursion.
  if (c.atWord('RECURSIVE') && Cursor.isIdentToken(c.peek(1))) throw c.error(SqlErrorCode.unsupported, 'WITH RECURSIVE is not supported: a streaming query cannot recurse; use plain WITH');
  return c.commaList(() => {
    const t = c.peek();
    const name = c.ident('a name for the WITH query');
    const columns = c.atOp('(') ? c.parenList(() => c.ident('a column name'), 'the column list') : [];
    c.expectWord('AS');
    c.expectOp('(', 'before the WITH query (write name AS (SELECT ...))');
    const query = parseQuery(c);
    c.expectOp(')', 'to close the WITH query');
    return { name, columns, query, span: c.span(t) };
  });
}

const SET_OPS: Readonly<Record<string, number>> = { UNION: 1, EXCEPT: 1, INTERSECT: 2 };

/** Set operations by precedence climbing: INTERSECT binds tighter than UNION and EXCEPT. */
function parseSetExpr(c: Cursor, minPrec: number): SetExpr {
  const start = c.peek();
  let left = parseSetPrimary(c);
  for (;;) {
    const t = c.peek();
    const prec = t.kind === 'keyword' ? SET_OPS[t.value] : undefined;
    if (prec === undefined || prec < minPrec) return left;
    c.next();
    const all = c.eatWord('ALL');
    if (!all) c.eatWord('DISTINCT');
    const right = parseSetExpr(c, prec + 1);
    left = { kind: 'set-op', op: t.value as 'UNION', all, left, right, span: c.span(start) };
  }
}

/** SELECT, VALUES, or a parenthesised query (unwrapped when it carries nothing of its own). */
function parseSetPrimary(c: Cursor): SetExpr {
  const t = c.peek();
  if (Cursor.isWord(t, 'SELECT')) return parseSelect(c);
  if (Cursor.isWord(t, 'VALUES')) return parseValues(c);
  if (c.atOp('(') && (atQueryStart(c, 1) || c.atOp('(', 1))) {
    c.next();
    const inner = parseQuery(c);
    c.expectOp(')', 'to close the parenthesised query');
    return isBare(inner) ? inner.body : inner;
  }
  const hint = t.kind === 'ident' ? didYouMeanQuery(t.text) : '';
  throw c.unexpected(`SELECT, VALUES, WITH or a parenthesised query${hint}`);
}

function didYouMeanQuery(word: string): string {
  for (const w of ['SELECT', 'VALUES', 'WITH']) if (editDistance(word, w) <= 2) return ` (did you mean '${w}'?)`;
  return '';
}

/** True if a query is only its body: parentheses around it change nothing. */
function isBare(q: Query): boolean {
  return q.with.length === 0 && q.orderBy.length === 0 && q.limit === undefined && q.offset === undefined && q.emit === undefined && q.lateness === undefined && q.lateDataTo === undefined;
}

/** `VALUES (a, b), (c, d)`. */
function parseValues(c: Cursor): Values {
  const t = c.next();
  const rows = c.commaList(() => c.parenList(() => parseExpr(c), 'the VALUES row'));
  return { kind: 'values', rows, span: c.span(t) };
}

function parseSelect(c: Cursor): Select {
  const t = c.next();
  const distinct = c.eatWord('DISTINCT');
  if (!distinct) c.eatWord('ALL');
  const items = c.commaList(() => parseSelectItem(c));
  const from = c.eatWord('FROM') ? c.commaList(() => parseFromItem(c)) : [];
  const where = c.eatWord('WHERE') ? parseExpr(c) : undefined;
  let groupBy: Expr[] = [];
  if (c.atWord('GROUP')) {
    c.expectWord('GROUP', 'BY');
    groupBy = c.commaList(() => parseExpr(c));
  }
  const having = c.eatWord('HAVING') ? parseExpr(c) : undefined;
  if (c.atWord('WINDOW')) throw c.error(SqlErrorCode.unsupported, 'the WINDOW clause is not supported; write window specifications inline with OVER (...)');
  return { kind: 'select', distinct, items, from, where, groupBy, having, span: c.span(t) };
}

/** `*`, `t.*`, or `expr [[AS] alias]`. */
function parseSelectItem(c: Cursor): SelectItem {
  const t = c.peek();
  if (c.atOp('*')) {
    c.next();
    return { expr: { kind: 'wildcard', span: c.span(t) }, span: c.span(t) };
  }
  const qualified = qualifiedWildcardLength(c);
  if (qualified > 0) {
    const qualifier = [];
    for (let i = 0; i < qualified; i++) {
      qualifier.push(c.ident());
      c.next();
    }
    c.next();
    return { expr: { kind: 'wildcard', qualifier, span: c.span(t) }, span: c.span(t) };
  }
  const expr = parseExpr(c);
  const alias = parseItemAlias(c);
  return { expr, alias, span: c.span(t) };
}

/** The number of qualifier names if the cursor is at `a.b.*`, else 0. */
function qualifiedWildcardLength(c: Cursor): number {
  let n = 0;
  while (Cursor.isIdentToken(c.peek(2 * n)) && c.atOp('.', 2 * n + 1)) {
    n++;
    if (c.atOp('*', 2 * n)) return n;
  }
  return 0;
}

/** `AS name`, or a bare name that is not a keyword (a keyword needs AS). */
function parseItemAlias(c: Cursor): Ident | undefined {
  if (c.eatWord('AS')) return c.ident('an alias after AS');
  const t = c.peek();
  return t.kind === 'ident' || t.kind === 'quoted' ? c.ident() : undefined;
}

// --- streaming tail clauses --------------------------------------------------------------------

type Tail = Pick<Query, 'emit' | 'lateness' | 'lateDataTo'>;

function parseTail(c: Cursor): Tail {
  const tail: { emit?: Emit; lateness?: Expr; lateDataTo?: Query['lateDataTo'] } = {};
  for (;;) {
    if (c.atWord('EMIT')) {
      if (tail.emit) throw c.error(SqlErrorCode.unexpectedToken, 'a query can have only one EMIT clause');
      tail.emit = parseEmit(c);
    } else if (c.atWord('ALLOW')) {
      if (tail.lateness) throw c.error(SqlErrorCode.unexpectedToken, 'ALLOW LATENESS is given twice');
      c.expectWord('ALLOW', 'LATENESS');
      tail.lateness = parseExpr(c);
    } else if (c.atWord('LATE')) {
      if (tail.lateDataTo) throw c.error(SqlErrorCode.unexpectedToken, 'LATE DATA TO is given twice');
      c.expectWord('LATE', 'DATA', 'TO');
      tail.lateDataTo = c.ident('the name of the destination for late rows');
    } else {
      return tail;
    }
  }
}

/** The EMIT forms: their words and the mode they give. */
const EMIT_FORMS: readonly { words: readonly string[]; mode: Emit['mode'] }[] = [
  { words: ['AFTER', 'WATERMARK'], mode: 'after-watermark' },
  { words: ['ON', 'WATERMARK'], mode: 'after-watermark' },
  { words: ['ON', 'WINDOW', 'CLOSE'], mode: 'on-window-close' },
  { words: ['ON', 'UPDATE'], mode: 'on-update' },
  { words: ['EVERY'], mode: 'every' },
  { words: ['PERIODICALLY'], mode: 'every' },
  { words: ['CHANGES'], mode: 'changes' },
  { words: ['FINAL'], mode: 'final' },
];

const EMIT_HELP = "valid forms: EMIT AFTER WATERMARK, EMIT ON WATERMARK, EMIT ON WINDOW CLOSE, EMIT ON UPDATE, EMIT EVERY INTERVAL '1' SECOND, EMIT PERIODICALLY INTERVAL '1' SECOND, EMIT CHANGES, EMIT FINAL";

function parseEmit(c: Cursor): Emit {
  const t = c.next();
  for (const form of EMIT_FORMS) {
    if (!c.atWord(...form.words)) continue;
    for (let i = 0; i < form.words.length; i++) c.next();
    if (form.mode !== 'every') return { mode: form.mode, span: c.span(t) };
    if (!c.atWord('INTERVAL')) throw c.unexpected(`an interval after EMIT ${form.words[0]} (e.g. INTERVAL '10' SECOND)`);
    return { mode: 'every', interval: parseExpr(c), span: c.span(t) };
  }
  throw emitError(c, t);
}

/** Explains a bad EMIT clause, suggesting the closest valid form. */
function emitError(c: Cursor, emit: Token) {
  const words: Token[] = [];
  for (let i = 0; i < 3 && (c.peek(i).kind === 'ident' || c.peek(i).kind === 'keyword'); i++) words.push(c.peek(i));
  if (words.length === 0) return c.unexpected(`an EMIT mode; ${EMIT_HELP}`);
  let best: { form: (typeof EMIT_FORMS)[number]; dist: number } | undefined;
  for (const form of EMIT_FORMS) {
    const written = words.slice(0, form.words.length).map((w) => w.text).join(' ');
    const dist = editDistance(written, form.words.join(' ')) + Math.max(0, form.words.length - words.length) * 3;
    if (best === undefined || dist < best.dist) best = { form, dist };
  }
  const shown = words.slice(0, best!.form.words.length);
  const wrong = shown.find((w, i) => !Cursor.isWord(w, best!.form.words[i]!)) ?? shown[0]!;
  const hint = best!.dist <= 3 ? ` (did you mean 'EMIT ${best!.form.words.join(' ')}'?)` : '';
  const written = `EMIT ${shown.map((w) => w.text).join(' ')}`;
  return c.error(SqlErrorCode.unexpectedToken, `unknown EMIT clause '${written}'${hint}; ${EMIT_HELP}`, wrong ?? emit);
}
