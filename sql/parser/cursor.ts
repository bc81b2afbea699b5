/**
 * The token cursor every parser module works on: lookahead, consuming words and operators,
 * identifiers (with the non-reserved keyword policy), spans, and errors that point at a token.
 */
import type { Ident, Query, Span } from '../ast.js';
import { SqlError, SqlErrorCode, didYouMean } from '../errors.js';
import { RESERVED, type Token } from '../lexer.js';

/** Reserved words that end or start a clause: never suggested as names to quote in errors. */
export const CLAUSE_WORDS: ReadonlySet<string> = new Set([
  'FROM', 'WHERE', 'GROUP', 'HAVING', 'ORDER', 'LIMIT', 'UNION', 'INTERSECT', 'EXCEPT', 'ON', 'USING', 'JOIN', 'AS', 'THEN',
  'ELSE', 'WHEN', 'AND', 'OR', 'INTO', 'WITH', 'BY', 'INNER', 'LEFT', 'RIGHT', 'FULL', 'CROSS', 'OUTER', 'FOR',
]);

/** Parses a query; injected so expressions can parse subqueries without an import cycle. */
export type QueryParser = (c: Cursor) => Query;

export class Cursor {
  private pos = 0;
  /** End offset (exclusive) of the last consumed token. */
  private lastEnd = 0;

  /**
   * @param tokens the tokens, positions already pointing into `source`
   * @param source the original SQL text (for excerpts and statement text)
   * @param parseQuery the query parser, for subqueries inside expressions
   */
  constructor(
    readonly tokens: readonly Token[],
    readonly source: string,
    readonly parseQuery: QueryParser,
  ) {}

  /** The token `n` ahead (0 = the next one); the `eof` token past the end. */
  peek(n = 0): Token {
    return this.tokens[Math.min(this.pos + n, this.tokens.length - 1)]!;
  }

  /** The last consumed token, if any. */
  previous(): Token | undefined {
    return this.pos > 0 ? this.tokens[this.pos - 1] : undefined;
  }

  /** Consumes and returns the next token. */
  next(): Token {
    const t = this.peek();
    if (t.kind !== 'eof') this.pos++;
    this.lastEnd = t.offset + t.length;
    return t;
  }

  /** Offset just past the last consumed token. */
  get end(): number {
    return this.lastEnd;
  }

  /** The span from `start` to the end of the last consumed token. */
  span(start: Token): Span {
    return { offset: start.offset, length: Math.max(0, this.lastEnd - start.offset), line: start.line, column: start.column };
  }

  // --- words -----------------------------------------------------------------------------------

  /** True if `t` is the word `word` (a keyword, or an unquoted identifier spelled so in any case). */
  static isWord(t: Token, word: string): boolean {
    return (t.kind === 'keyword' || t.kind === 'ident') && t.value.toUpperCase() === word;
  }

  /** True if the next tokens are the words `words`, in order. */
  atWord(...words: string[]): boolean {
    return words.every((w, i) => Cursor.isWord(this.peek(i), w));
  }

  /** Consumes the word if it is next. */
  eatWord(word: string): boolean {
    if (!this.atWord(word)) return false;
    this.next();
    return true;
  }

  /** Consumes the words in order, or fails saying what was expected. */
  expectWord(...words: string[]): Token {
    let first: Token | undefined;
    for (const w of words) {
      if (!this.atWord(w)) throw this.unexpected(w, [w]);
      const t = this.next();
      first ??= t;
    }
    return first!;
  }

  // --- operators -------------------------------------------------------------------------------

  atOp(op: string, n = 0): boolean {
    const t = this.peek(n);
    return t.kind === 'op' && t.value === op;
  }

  eatOp(op: string): boolean {
    if (!this.atOp(op)) return false;
    this.next();
    return true;
  }

  expectOp(op: string, context?: string): Token {
    if (!this.atOp(op)) throw this.unexpected(`'${op}'${context ? ` ${context}` : ''}`);
    return this.next();
  }

  /** Parses `( item, item, ... )` with at least one item. */
  parenList<T>(item: () => T, context?: string): T[] {
    this.expectOp('(', context);
    const out = [item()];
    while (this.eatOp(',')) out.push(item());
    this.expectOp(')', context === undefined ? 'to close the list' : `to close ${context}`);
    return out;
  }

  /** Parses `item, item, ...` with at least one item. */
  commaList<T>(item: () => T): T[] {
    const out = [item()];
    while (this.eatOp(',')) out.push(item());
    return out;
  }

  // --- identifiers -----------------------------------------------------------------------------

  /** True if `t` can be an identifier: a name, a quoted name, or a non-reserved keyword. */
  static isIdentToken(t: Token): boolean {
    return t.kind === 'ident' || t.kind === 'quoted' || (t.kind === 'keyword' && !RESERVED.has(t.value));
  }

  atIdent(n = 0): boolean {
    return Cursor.isIdentToken(this.peek(n));
  }

  /** Consumes an identifier, or fails naming `what` was expected. */
  ident(what = 'a name'): Ident {
    const t = this.peek();
    if (!Cursor.isIdentToken(t)) {
      if (t.kind === 'keyword' && !CLAUSE_WORDS.has(t.value)) {
        throw this.error(SqlErrorCode.unexpectedToken, `expected ${what}, found the reserved word ${t.value}; write "${t.text.toLowerCase()}" to use it as a name`);
      }
      throw this.unexpected(what);
    }
    this.next();
    return Cursor.identOf(t, this.span(t));
  }

  /** The identifier a token spells (see `Ident.quoted` for the quoting rule). */
  static identOf(t: Token, span: Span): Ident {
    if (t.kind === 'quoted') return { kind: 'ident', value: t.value, quoted: t.value !== t.value.toLowerCase(), span };
    return { kind: 'ident', value: t.kind === 'keyword' ? t.text : t.value, quoted: false, span };
  }

  // --- errors ----------------------------------------------------------------------------------

  /** An error pointing at `at` (default: the next token). */
  error(code: SqlErrorCode, detail: string, at: Token = this.peek()): SqlError {
    return SqlError.at(code, detail, this.source, at.offset);
  }

  /** "expected X, found Y", with a did-you-mean among `candidates` when the token is a word. */
  unexpected(expected: string, candidates: readonly string[] = [], at: Token = this.peek()): SqlError {
    const hint = at.kind === 'ident' || at.kind === 'keyword' ? didYouMean(at.text, candidates) : '';
    return this.error(SqlErrorCode.unexpectedToken, `expected ${expected}, found ${describe(at)}${hint}`, at);
  }
}

/** How a token is named in error messages. */
export function describe(t: Token): string {
  switch (t.kind) {
    case 'eof':
      return 'end of input';
    case 'string':
      return `string '${t.value}'`;
    case 'var':
      return `unsubstituted variable \${${t.value}}`;
    default:
      return `'${t.text}'`;
  }
}

/** Words that start a query. */
export function atQueryStart(c: Cursor, n = 0): boolean {
  const t = c.peek(n);
  return Cursor.isWord(t, 'SELECT') || Cursor.isWord(t, 'WITH') || Cursor.isWord(t, 'VALUES');
}
