/**
 * The FROM clause: table references (with aliases and `FOR SYSTEM_TIME AS OF`), subqueries, table
 * functions (`TUMBLE(TABLE t, DESCRIPTOR(ts), ...)`, with or without `TABLE( )` around them), and
 * left-deep join chains: INNER / LEFT / RIGHT / FULL [OUTER], CROSS, [LEFT | RIGHT] SEMI and ANTI,
 * ASOF with MATCH_CONDITION, and the markout `TEMPORAL PROBE JOIN`.
 */
import type { Alias, ColumnRef, Duration, FromItem, Join, JoinType, TableRef, TemporalProbeJoin } from '../ast.js';
import { SqlErrorCode } from '../errors.js';
import type { Token } from '../lexer.js';
import { Cursor, atQueryStart } from './cursor.js';
import { parseCall, parseExpr } from './expressions.js';

/** One entry of the comma-separated FROM list: a table factor followed by any joins. */
export function parseFromItem(c: Cursor): FromItem {
  const start = c.peek();
  let left = parseTableFactor(c);
  for (;;) {
    const type = parseJoinKeywords(c);
    if (type === undefined) return left;
    if (type === 'TEMPORAL PROBE' || type === 'LEFT TEMPORAL PROBE') {
      left = parseTemporalProbe(c, start, left, type === 'LEFT TEMPORAL PROBE' ? 'LEFT' : 'INNER');
      continue;
    }
    const right = parseTableFactor(c);
    left = parseJoinRest(c, start, type, left, right);
  }
}

type JoinKeyword = JoinType | 'TEMPORAL PROBE' | 'LEFT TEMPORAL PROBE';

/** Consumes the words of a join operator (`LEFT OUTER JOIN`, `SEMI JOIN`, ...), if one is next. */
function parseJoinKeywords(c: Cursor): JoinKeyword | undefined {
  const t = c.peek();
  if (t.kind !== 'keyword' && t.kind !== 'ident') return undefined;
  const word = t.value.toUpperCase();
  if (word === 'NATURAL' && isJoinStart(c.peek(1))) throw c.error(SqlErrorCode.unsupported, 'NATURAL JOIN is not supported; write the join condition with ON or USING (...)');
  const join = (type: JoinKeyword, words: number): JoinKeyword => {
    for (let i = 0; i < words; i++) c.next();
    c.expectWord('JOIN');
    return type;
  };
  switch (t.kind === 'keyword' ? word : '') {
    case 'JOIN':
      return join('INNER', 0);
    case 'INNER':
      return join('INNER', 1);
    case 'CROSS':
      return join('CROSS', 1);
    case 'FULL':
      return join('FULL', c.atWord('FULL', 'OUTER') ? 2 : 1);
    case 'SEMI':
      return join('SEMI', 1);
    case 'ANTI':
      return join('ANTI', 1);
    case 'ASOF':
      return join('ASOF', 1);
    case 'TEMPORAL':
      c.next();
      c.expectWord('PROBE');
      return join('TEMPORAL PROBE', 0);
    case 'LEFT':
    case 'RIGHT':
      return parseSidedJoin(c, word as 'LEFT' | 'RIGHT', join);
    default:
      return undefined;
  }
}

function parseSidedJoin(c: Cursor, side: 'LEFT' | 'RIGHT', join: (type: JoinKeyword, words: number) => JoinKeyword): JoinKeyword {
  if (c.atWord(side, 'OUTER')) return join(side, 2);
  if (c.atWord(side, 'SEMI')) return join(`${side} SEMI`, 2);
  if (c.atWord(side, 'ANTI')) return join(`${side} ANTI`, 2);
  if (c.atWord(side, 'TEMPORAL')) {
    if (side === 'RIGHT') throw c.error(SqlErrorCode.unsupported, 'TEMPORAL PROBE JOIN supports only INNER or LEFT semantics', c.peek(1));
    c.next();
    c.next();
    c.expectWord('PROBE');
    return join('LEFT TEMPORAL PROBE', 0);
  }
  if (c.atWord(side, 'ASOF')) throw c.error(SqlErrorCode.unsupported, `${side} ASOF JOIN is not supported; ASOF JOIN already keeps every left row (unmatched rows get NULLs)`);
  return join(side, 1);
}

function isJoinStart(t: Token): boolean {
  return ['JOIN', 'INNER', 'LEFT', 'RIGHT', 'FULL'].some((w) => Cursor.isWord(t, w));
}

/** ON / USING / MATCH_CONDITION after the right side of a join. */
function parseJoinRest(c: Cursor, start: Token, type: JoinType, left: FromItem, right: FromItem): Join {
  if (type === 'CROSS') return { kind: 'join', type, left, right, span: c.span(start) };
  let matchCondition;
  if (c.atWord('MATCH_CONDITION')) {
    if (type !== 'ASOF') throw c.error(SqlErrorCode.unexpectedToken, 'MATCH_CONDITION is only allowed in an ASOF JOIN');
    c.next();
    c.expectOp('(', 'after MATCH_CONDITION');
    matchCondition = parseExpr(c);
    c.expectOp(')', 'to close MATCH_CONDITION (...)');
  }
  if (c.eatWord('ON')) return { kind: 'join', type, left, right, condition: { kind: 'on', expr: parseExpr(c) }, matchCondition, span: c.span(start) };
  if (c.eatWord('USING')) {
    const columns = c.parenList(() => c.ident('a column name'), 'the USING column list');
    return { kind: 'join', type, left, right, condition: { kind: 'using', columns }, matchCondition, span: c.span(start) };
  }
  throw c.unexpected(`ON <condition> or USING (columns) after the joined table${type === 'ASOF' ? ' (ASOF JOIN takes an optional MATCH_CONDITION (...) first)' : ''}`);
}

/** A table, a subquery or a table function, with an optional alias. */
function parseTableFactor(c: Cursor): FromItem {
  const t = c.peek();
  if (c.atOp('(')) {
    if (!atQueryStart(c, 1) && !c.atOp('(', 1)) throw c.error(SqlErrorCode.unsupported, 'parenthesised joins are not supported; write the joins without parentheses', c.peek(1));
    c.next();
    const query = c.parseQuery(c);
    c.expectOp(')', 'to close the subquery');
    return { kind: 'derived', query, alias: parseAlias(c), span: c.span(t) };
  }
  if (Cursor.isWord(t, 'TABLE') && c.atOp('(', 1)) {
    c.next();
    c.next();
    const fn = c.peek();
    const call = parseCall(c, fn, c.ident('a table function such as TUMBLE, HOP, SESSION or CUMULATE'));
    c.expectOp(')', 'to close TABLE(...)');
    return { kind: 'table-function', call, alias: parseAlias(c), span: c.span(t) };
  }
  const name = c.ident('a table name, a subquery in parentheses or a table function');
  if (c.atOp('(')) {
    const call = parseCall(c, t, name);
    return { kind: 'table-function', call, alias: parseAlias(c), span: c.span(t) };
  }
  return parseTableRefRest(c, t, name);
}

/** After a table name: `[FOR SYSTEM_TIME AS OF expr] [alias]` (either order). */
function parseTableRefRest(c: Cursor, t: Token, name: TableRef['name']): TableRef {
  let systemTimeAsOf = parseSystemTime(c);
  const alias = parseAlias(c);
  if (systemTimeAsOf === undefined) systemTimeAsOf = parseSystemTime(c);
  return { kind: 'table', name, alias, systemTimeAsOf, span: c.span(t) };
}

function parseSystemTime(c: Cursor) {
  if (!c.atWord('FOR', 'SYSTEM_TIME')) return undefined;
  c.expectWord('FOR', 'SYSTEM_TIME', 'AS', 'OF');
  return parseExpr(c);
}

/** `[AS] name [(col, ...)]`; without AS the name must not be a keyword. */
export function parseAlias(c: Cursor): Alias | undefined {
  const t = c.peek();
  if (c.eatWord('AS')) {
    if (c.atWord('OF')) throw c.error(SqlErrorCode.unexpectedToken, 'AS OF here needs FOR SYSTEM_TIME first: write FOR SYSTEM_TIME AS OF <time>');
  } else if (!(t.kind === 'ident' || t.kind === 'quoted') || (Cursor.isWord(t, 'NATURAL') && isJoinStart(c.peek(1)))) {
    return undefined;
  }
  const name = c.ident('an alias');
  const columns = c.atOp('(') ? c.parenList(() => c.ident('a column alias'), 'the column alias list') : [];
  return { name, columns, span: c.span(t) };
}

/** After `[LEFT] TEMPORAL PROBE JOIN`: right ON (keys) TIMESTAMPS (l, r) RANGE ... | LIST (...) AS p. */
function parseTemporalProbe(c: Cursor, start: Token, left: FromItem, type: 'INNER' | 'LEFT'): TemporalProbeJoin {
  const rt = c.peek();
  const right = parseTableRefRest(c, rt, c.ident('the probed table'));
  c.expectWord('ON');
  const keys = c.parenList(() => c.ident('a key column'), 'the probe key list (write ON (key, ...))');
  c.expectWord('TIMESTAMPS');
  c.expectOp('(', 'after TIMESTAMPS (write TIMESTAMPS (left_ts, right_ts))');
  const leftTime = parseColumn(c);
  c.expectOp(',', 'between the left and right timestamp columns');
  const rightTime = parseColumn(c);
  c.expectOp(')', 'to close TIMESTAMPS (...)');
  let offsets: TemporalProbeJoin['offsets'];
  if (c.eatWord('RANGE')) {
    c.expectWord('FROM');
    const from = parseDuration(c);
    c.expectWord('TO');
    const to = parseDuration(c);
    c.expectWord('STEP');
    offsets = { kind: 'range', from, to, step: parseDuration(c) };
  } else if (c.eatWord('LIST')) {
    offsets = { kind: 'list', values: c.parenList(() => parseDuration(c), 'the LIST of offsets') };
  } else {
    throw c.unexpected('RANGE FROM <d> TO <d> STEP <d> or LIST (<d>, ...) after TIMESTAMPS (...)', ['RANGE', 'LIST']);
  }
  if (!c.eatWord('AS')) throw c.unexpected('AS <alias> to name the probe offsets (e.g. AS p)');
  const alias = c.ident('the probe alias');
  return { kind: 'temporal-probe', type, left, right, keys, leftTime, rightTime, offsets, alias, span: c.span(start) };
}

/** A one- or two-part column reference `ts` or `t.ts`. */
function parseColumn(c: Cursor): ColumnRef {
  const t = c.peek();
  const parts = [c.ident('a timestamp column')];
  if (c.eatOp('.')) parts.push(c.ident('a column name'));
  return { kind: 'column', parts, span: c.span(t) };
}

/** `0s`, `500ms`, `-5s`, `1m`, `2h`, `1d`. */
function parseDuration(c: Cursor): Duration {
  const t = c.peek();
  const negative = c.eatOp('-');
  const d = c.peek();
  if (d.kind !== 'duration') {
    const spaced = d.kind === 'number' && c.peek(1).kind === 'ident';
    throw c.unexpected(`a duration such as 0s, 500ms, 5s, 1m, 2h or 1d${spaced ? ' (write the unit right after the number, without a space)' : ''}`);
  }
  c.next();
  const [, digits, unit] = /^(\d+)([a-z]+)$/.exec(d.value)!;
  const n = Number(digits);
  if (!Number.isSafeInteger(n)) throw c.error(SqlErrorCode.invalidLiteral, `duration '${d.text}' is too large`, d);
  return { value: negative && n !== 0 ? -n : n, unit: unit as Duration['unit'], span: c.span(t) };
}
