/**
 * The parser's entry points: `parse` (statements separated by `;`) and `parseExpression`.
 * Variable substitution happens first; token positions are mapped back to the original text.
 */
import type { Expr, Statement } from './ast.js';
import { SqlError, SqlErrorCode, SqlSyntaxError, didYouMean, excerpt, positionOf } from './errors.js';
import { type Token, tokenize } from './lexer.js';
import { Cursor, describe } from './parser/cursor.js';
import { parseExpr } from './parser/expressions.js';
import { parseQuery } from './parser/query.js';
import { parseStatement } from './parser/statements.js';
import { substitute } from './vars.js';

/** Options of {@link parse}. */
export interface ParseOptions {
  /** Values for `${NAME}` placeholders; a placeholder without a value is an error. */
  readonly vars?: Readonly<Record<string, string>>;
}

/**
 * Parses SQL text into statements. Statements are separated by `;`; empty ones are skipped. Each
 * statement records its own source text in `sql`, and every node a span into `text`.
 *
 * @example
 * ```ts
 * const [stmt] = parse("CREATE SOURCE s FROM KAFKA (brokers = '${B}')", { vars: { B: 'localhost:9092' } });
 * stmt.kind; // 'create-source'
 * ```
 * @throws SqlError (LDB-11xx) with the line, column and an excerpt of the offending text
 */
export function parse(text: string, options: ParseOptions = {}): Statement[] {
  const c = new Cursor(lex(text, options.vars), text, parseQuery);
  const statements: Statement[] = [];
  for (;;) {
    while (c.eatOp(';'));
    if (c.peek().kind === 'eof') return statements;
    statements.push(parseStatement(c));
    if (!c.atOp(';') && c.peek().kind !== 'eof') throw trailing(c);
  }
}

/**
 * Parses a single expression.
 *
 * @example
 * ```ts
 * parseExpression("price * 2 > 10 AND sym = 'AAPL'").kind; // 'binary'
 * ```
 */
export function parseExpression(text: string, options: ParseOptions = {}): Expr {
  const c = new Cursor(lex(text, options.vars), text, parseQuery);
  const e = parseExpr(c);
  if (c.peek().kind !== 'eof') throw c.unexpected('end of the expression');
  return e;
}

const CLAUSE_WORDS = ['FROM', 'WHERE', 'GROUP', 'HAVING', 'ORDER', 'LIMIT', 'OFFSET', 'EMIT', 'ALLOW', 'LATE', 'UNION', 'INTERSECT', 'EXCEPT', 'JOIN', 'ON', 'WITH', 'INTO', 'FORMAT'];

/** The error for text left over after a complete statement. */
function trailing(c: Cursor): SqlError {
  const t = c.peek();
  let hint = t.kind === 'ident' ? didYouMean(t.text, CLAUSE_WORDS) : '';
  // `FROM t WHRE x = 1` reads WHRE as an alias of t; the error then comes at `x`.
  const prev = c.previous();
  const aliasHint = hint === '' && prev?.kind === 'ident' ? didYouMean(prev.text, CLAUSE_WORDS) : '';
  if (aliasHint !== '') hint = ` ('${prev!.text}' was read as an alias${aliasHint})`;
  return c.error(SqlErrorCode.unexpectedToken, `unexpected ${describe(t)} after the end of the statement${hint}; separate statements with ';'`);
}

/** Substitutes variables, tokenizes, and maps token positions back to the original text. */
function lex(text: string, vars: Readonly<Record<string, string>> | undefined): Token[] {
  const sub = substitute(text, vars);
  if (!sub.changed) return tokenize(text);
  let tokens: Token[];
  try {
    tokens = tokenize(sub.text);
  } catch (err) {
    if (!(err instanceof SqlError)) throw err;
    const offset = sub.toOriginal(err.offset);
    const { line, column } = positionOf(text, offset);
    throw new SqlSyntaxError(err.detail, line, column, excerpt(text, line, column), offset);
  }
  const lines = lineStarts(text);
  return tokens.map((t) => {
    const offset = sub.toOriginal(t.offset);
    const end = t.kind === 'eof' ? text.length : sub.toOriginal(t.offset + t.length, true);
    const line = lineOf(lines, offset);
    return { ...t, offset, length: Math.max(0, end - offset), line: line + 1, column: offset - lines[line]! + 1 };
  });
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  return starts;
}

/** The 0-based line containing `offset` (binary search over line starts). */
function lineOf(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
