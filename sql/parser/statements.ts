/**
 * The statement dispatcher and the small statements: queries, INSERT, UPDATE, DELETE, SHOW, DESCRIBE, EXPLAIN,
 * CHECKPOINT, RESTORE, SUBSCRIBE, DECLARE / FETCH / CLOSE cursors, and SET. DDL is in ddl.ts.
 */
import type { Assignment, DeclareCursor, Delete, Fetch, Ident, Insert, ObjectType, Show, ShowCreate, ShowWhat, Statement, Subscribe, Update } from '../ast.js';
import { SqlErrorCode, didYouMean } from '../errors.js';
import type { Token } from '../lexer.js';
import { Cursor, atQueryStart, describe } from './cursor.js';
import { type Parsed, parseAlter, parseCreate, parseDrop } from './ddl.js';
import { parseExpr } from './expressions.js';
import { parseKey, parseOptionValue, parseWithOptions } from './options.js';
import { parseQuery } from './query.js';

/** The words a statement can start with, for did-you-mean. */
export const STATEMENT_STARTS = [
  'SELECT', 'WITH', 'VALUES', 'CREATE', 'DROP', 'ALTER', 'INSERT', 'UPDATE', 'DELETE', 'SHOW', 'DESCRIBE', 'EXPLAIN', 'CHECKPOINT', 'RESTORE',
  'SUBSCRIBE', 'DECLARE', 'FETCH', 'CLOSE', 'SET',
];

/** Parses one statement and records its source text. */
export function parseStatement(c: Cursor): Statement {
  const start = c.peek();
  const parsed = parseStatementBody(c, start);
  return { ...parsed, sql: c.source.slice(start.offset, c.end) } as Statement;
}

function parseStatementBody(c: Cursor, start: Token): Parsed {
  if (atQueryStart(c) || c.atOp('(')) return { kind: 'query-statement', query: parseQuery(c), span: c.span(start) };
  if (start.kind === 'keyword' || start.kind === 'ident') {
    switch (start.value.toUpperCase()) {
      case 'CREATE':
        return parseCreate(c);
      case 'DROP':
        return parseDrop(c);
      case 'ALTER':
        return parseAlter(c);
      case 'INSERT':
        return parseInsert(c);
      case 'UPDATE':
        return parseUpdate(c);
      case 'DELETE':
        return parseDelete(c);
      case 'SHOW':
        return parseShow(c);
      case 'DESCRIBE':
        return parseDescribe(c);
      case 'EXPLAIN':
        return parseExplain(c);
      case 'CHECKPOINT':
        c.next();
        return { kind: 'checkpoint', span: c.span(start) };
      case 'RESTORE':
        return parseRestore(c);
      case 'SUBSCRIBE':
        return parseSubscribe(c);
      case 'DECLARE':
        return parseDeclare(c);
      case 'FETCH':
        return parseFetch(c);
      case 'CLOSE':
        c.next();
        return { kind: 'close', cursor: c.ident('the cursor to close'), span: c.span(start) };
      case 'SET':
        return parseSet(c);
      default:
        break;
    }
  }
  const hint = start.kind === 'ident' || start.kind === 'keyword' ? didYouMean(start.text, STATEMENT_STARTS) : '';
  const what = start.kind === 'ident' || start.kind === 'keyword' ? `'${start.text}'` : describe(start);
  throw c.error(SqlErrorCode.unknownStatement, `unknown statement ${what}${hint}; a statement starts with one of ${STATEMENT_STARTS.join(', ')}`, start);
}

/** INSERT INTO name [(cols)] VALUES ... | query. */
function parseInsert(c: Cursor): Parsed<Insert> {
  const start = c.next();
  c.expectWord('INTO');
  const table = c.ident('the table or source to insert into');
  const columns = c.atOp('(') && Cursor.isIdentToken(c.peek(1)) ? c.parenList(() => c.ident('a column name'), 'the column list') : [];
  if (!atQueryStart(c) && !c.atOp('(')) throw c.unexpected('VALUES (...) or a query after the INSERT target', ['VALUES', 'SELECT']);
  return { kind: 'insert', table, columns, query: parseQuery(c), span: c.span(start) };
}

/** `[AS] alias` after the table of UPDATE / DELETE; without AS, a plain (not keyword) name. */
function parseTargetAlias(c: Cursor): Ident | undefined {
  if (c.eatWord('AS')) return c.ident('an alias for the table');
  const t = c.peek();
  if ((t.kind === 'ident' || t.kind === 'quoted') && !Cursor.isWord(t, 'RETURNING')) return c.ident();
  return undefined;
}

/** Clauses other databases allow at the end of UPDATE / DELETE, rejected with what to do instead. */
function rejectTail(c: Cursor, statement: 'UPDATE' | 'DELETE'): void {
  if (c.atWord('RETURNING')) {
    throw c.error(SqlErrorCode.unsupported, `${statement} ... RETURNING is not supported; the result's rowCount says how many rows changed, and a SELECT shows them`);
  }
  const join = statement === 'UPDATE' ? 'FROM' : 'USING';
  if (c.atWord(join)) {
    throw c.error(SqlErrorCode.unsupported, `${statement} ... ${join} (reading other tables) is not supported; choose the rows with WHERE on the table's own columns`);
  }
}

/** UPDATE t [[AS] alias] SET column = value, ... [WHERE condition]. */
function parseUpdate(c: Cursor): Parsed<Update> {
  const start = c.next();
  const table = c.ident('the table to update');
  const alias = parseTargetAlias(c);
  if (!c.atWord('SET')) throw c.unexpected(`SET after UPDATE ${table.value}${alias ? ` ${alias.value}` : ''} (UPDATE t SET column = value [WHERE ...])`, ['SET']);
  c.next();
  const assignments = c.commaList((): Assignment => {
    const first = c.peek();
    if (c.atOp('(')) throw c.error(SqlErrorCode.unsupported, 'SET (a, b) = (...) is not supported; write SET a = ..., b = ...');
    const column = c.ident('a column to set');
    if (c.atOp('.')) throw c.error(SqlErrorCode.unexpectedToken, `SET takes a bare column name: write SET ${c.peek(1).text} = ... (the table is named after UPDATE)`, first);
    c.expectOp('=', `after SET ${column.value}`);
    if (c.atWord('DEFAULT')) throw c.error(SqlErrorCode.unsupported, `SET ${column.value} = DEFAULT is not supported; write the value itself`);
    const value = parseExpr(c);
    return { column, value, span: c.span(first) };
  });
  const where = c.eatWord('WHERE') ? parseExpr(c) : undefined;
  rejectTail(c, 'UPDATE');
  return { kind: 'update', table, ...(alias ? { alias } : {}), assignments, ...(where ? { where } : {}), span: c.span(start) };
}

/** DELETE FROM t [[AS] alias] [WHERE condition]. */
function parseDelete(c: Cursor): Parsed<Delete> {
  const start = c.next();
  if (!c.atWord('FROM')) throw c.unexpected('FROM after DELETE (DELETE FROM t [WHERE ...])', ['FROM']);
  c.next();
  const table = c.ident('the table to delete from');
  const alias = parseTargetAlias(c);
  const where = c.eatWord('WHERE') ? parseExpr(c) : undefined;
  rejectTail(c, 'DELETE');
  return { kind: 'delete', table, ...(alias ? { alias } : {}), ...(where ? { where } : {}), span: c.span(start) };
}

const SHOW_WHAT: readonly ShowWhat[] = ['SOURCES', 'SINKS', 'STREAMS', 'QUERIES', 'MATERIALIZED VIEWS', 'TABLES', 'LOOKUP TABLES', 'CHECKPOINT STATUS', 'CHECKPOINTS', 'FUNCTIONS', 'WATERMARKS', 'HISTORY'];
const SHOW_CREATE: readonly ObjectType[] = ['SOURCE', 'SINK', 'STREAM', 'MATERIALIZED VIEW', 'LOOKUP TABLE', 'TABLE'];

/** SHOW <what> | SHOW CREATE <object> name. */
function parseShow(c: Cursor): Parsed<Show | ShowCreate> {
  const start = c.next();
  if (c.eatWord('CREATE')) {
    const objectType = eatPhrase(c, SHOW_CREATE);
    if (objectType === undefined) throw c.unexpected(`${SHOW_CREATE.join(', ')} after SHOW CREATE`, SHOW_CREATE);
    return { kind: 'show-create', objectType, name: c.ident(`the ${objectType.toLowerCase()} to show`), span: c.span(start) };
  }
  const what = eatPhrase(c, SHOW_WHAT);
  if (what === undefined) throw c.unexpected(`${SHOW_WHAT.join(', ')} or CREATE after SHOW`, [...SHOW_WHAT, 'CREATE']);
  return { kind: 'show', what, span: c.span(start) };
}

/** Consumes the first phrase (words separated by spaces) that is next. */
function eatPhrase<T extends string>(c: Cursor, phrases: readonly T[]): T | undefined {
  for (const phrase of phrases) {
    const words = phrase.split(' ');
    if (c.atWord(...words)) {
      words.forEach(() => c.next());
      return phrase;
    }
  }
  return undefined;
}

/** DESCRIBE [EXTENDED] name (EXTENDED alone is a name). */
function parseDescribe(c: Cursor): Parsed {
  const start = c.next();
  const extended = c.atWord('EXTENDED') && Cursor.isIdentToken(c.peek(1));
  if (extended) c.next();
  return { kind: 'describe', extended, name: c.ident('the object to describe'), span: c.span(start) };
}

/** EXPLAIN [ANALYZE] statement. */
function parseExplain(c: Cursor): Parsed {
  const start = c.next();
  const analyze = c.atWord('ANALYZE') && !c.atOp(';', 1) && c.peek(1).kind !== 'eof';
  if (analyze) c.next();
  if (c.atWord('EXPLAIN')) throw c.error(SqlErrorCode.unexpectedToken, 'EXPLAIN cannot explain an EXPLAIN');
  return { kind: 'explain', analyze, statement: parseStatement(c), span: c.span(start) };
}

/** A non-negative integer literal (checkpoint ids, epochs, counts). */
function parseCount(c: Cursor, what: string): number {
  const t = c.peek();
  if (c.atOp('-') && c.peek(1).kind === 'number') throw c.error(SqlErrorCode.invalidLiteral, `${what} must not be negative`, t);
  if (t.kind !== 'number') throw c.unexpected(`${what} (a non-negative integer)`);
  if (!/^\d+$/.test(t.value)) throw c.error(SqlErrorCode.invalidLiteral, `${what} must be a non-negative integer, found '${t.text}'`, t);
  const n = Number(t.value);
  if (!Number.isSafeInteger(n)) throw c.error(SqlErrorCode.invalidLiteral, `${what} ${t.value} is too large`, t);
  c.next();
  return n;
}

/** RESTORE FROM CHECKPOINT n. */
function parseRestore(c: Cursor): Parsed {
  const start = c.next();
  c.expectWord('FROM', 'CHECKPOINT');
  return { kind: 'restore', checkpointId: parseCount(c, 'the checkpoint id'), span: c.span(start) };
}

/** SUBSCRIBE name [AS OF EPOCH n] [WHERE expr] [WITH (...)]. */
function parseSubscribe(c: Cursor): Parsed<Subscribe> {
  const start = c.next();
  if (c.atOp('(')) throw c.error(SqlErrorCode.unsupported, 'SUBSCRIBE takes the name of a stream or materialized view, not a query; create a stream for the query first');
  const name = c.ident('the stream or materialized view to subscribe to');
  let asOfEpoch: number | undefined;
  if (c.atWord('AS', 'OF')) {
    c.next();
    c.next();
    if (c.atWord('SYSTEM') || c.atWord('SYSTEM_TIME')) throw c.error(SqlErrorCode.unsupported, 'AS OF SYSTEM TIME is not supported in SUBSCRIBE; resume with AS OF EPOCH <n>');
    c.expectWord('EPOCH');
    asOfEpoch = parseCount(c, 'the epoch');
  }
  const where = c.eatWord('WHERE') ? parseExpr(c) : undefined;
  return { kind: 'subscribe', name, asOfEpoch, where, with: parseWithOptions(c), span: c.span(start) };
}

const CURSOR_REJECTS: Readonly<Record<string, string>> = {
  SCROLL: 'SCROLL cursors are not supported: a subscription only moves forward; write NO SCROLL or nothing',
  BINARY: 'BINARY cursors are not supported; rows are returned as text and Arrow batches',
  INSENSITIVE: 'INSENSITIVE cursors are not supported; a subscription cursor always sees new rows',
};

/** DECLARE c [NO SCROLL] CURSOR [WITHOUT HOLD] FOR SUBSCRIBE ... */
function parseDeclare(c: Cursor): Parsed<DeclareCursor> {
  const start = c.next();
  const name = c.ident('a cursor name');
  // Postgres' cursor options: only the defaults make sense for a subscription.
  for (;;) {
    const t = c.peek();
    const word = t.kind === 'ident' || t.kind === 'keyword' ? t.value.toUpperCase() : '';
    if (Object.hasOwn(CURSOR_REJECTS, word)) throw c.error(SqlErrorCode.unsupported, CURSOR_REJECTS[word]!);
    if (!c.atWord('NO', 'SCROLL')) break;
    c.next();
    c.next();
  }
  c.expectWord('CURSOR');
  if (c.atWord('WITH', 'HOLD')) throw c.error(SqlErrorCode.unsupported, 'WITH HOLD cursors are not supported; a cursor lives in its session (write WITHOUT HOLD or nothing)');
  if (c.atWord('WITHOUT')) c.expectWord('WITHOUT', 'HOLD');
  c.expectWord('FOR');
  if (!c.atWord('SUBSCRIBE')) throw c.error(SqlErrorCode.unsupported, `cursors are only supported over SUBSCRIBE; found ${describe(c.peek())} (write DECLARE c CURSOR FOR SUBSCRIBE <name>)`);
  const sub = c.peek();
  const subscribe = { ...parseSubscribe(c), sql: c.source.slice(sub.offset, c.end) } as Subscribe;
  return { kind: 'declare-cursor', name, subscribe, span: c.span(start) };
}

/** FETCH [FORWARD] n | ALL | NEXT [FROM | IN] c, or FETCH c (one row). */
function parseFetch(c: Cursor): Parsed<Fetch> {
  const start = c.next();
  for (const word of ['BACKWARD', 'PRIOR', 'FIRST', 'LAST', 'ABSOLUTE', 'RELATIVE']) {
    if (c.atWord(word)) throw c.error(SqlErrorCode.unsupported, `FETCH ${word} is not supported: subscription cursors only move forward (FETCH [FORWARD] n FROM c)`);
  }
  const forward = c.atWord('FORWARD') && !c.atOp(';', 1) && c.peek(1).kind !== 'eof';
  if (forward) c.next();
  let count: number | 'ALL' = 1;
  if (c.eatWord('ALL')) count = 'ALL';
  else if (c.peek().kind === 'number' || c.atOp('-')) count = parseCount(c, 'the FETCH count');
  else if (c.atWord('NEXT') && (Cursor.isIdentToken(c.peek(1)) || Cursor.isWord(c.peek(1), 'FROM') || Cursor.isWord(c.peek(1), 'IN'))) c.next();
  if (!c.eatWord('FROM')) c.eatWord('IN');
  return { kind: 'fetch', count, cursor: c.ident('the cursor to fetch from'), span: c.span(start) };
}

/** SET key = value | SET key TO value. */
function parseSet(c: Cursor): Parsed {
  const start = c.next();
  const key = parseKey(c, 'the setting name after SET');
  if (!c.eatOp('=') && !c.eatWord('TO')) throw c.unexpected(`= or TO after SET ${key}`);
  return { kind: 'set', key, value: parseOptionValue(c), span: c.span(start) };
}
