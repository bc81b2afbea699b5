/**
 * Errors of the SQL front end. Every one is a user error with a stable code, the position in the
 * SQL text (1-based line and column, 0-based offset) and an excerpt with a caret under the spot.
 *
 * | code     | meaning                                                                          |
 * |----------|----------------------------------------------------------------------------------|
 * | LDB-1101 | lexical error: unterminated string or comment, bad number, unexpected character  |
 * | LDB-1102 | unexpected token: something else was expected here (missing `)`, trailing text)   |
 * | LDB-1103 | unknown statement: the first word starts no statement we know                    |
 * | LDB-1104 | unsupported syntax: valid SQL elsewhere, deliberately not accepted here          |
 * | LDB-1105 | unknown `${VAR}` placeholder: no value was given for it                           |
 * | LDB-1106 | unknown data type name                                                           |
 * | LDB-1107 | invalid literal or value: bad epoch, duration, interval unit, count, option      |
 *
 * The binder and planner use LDB-1201..1208 (sql/planner/errors.ts); `code` is one of either.
 */

/** The codes the SQL parser raises (see the table above). */
export const SqlErrorCode = {
  lexical: 'LDB-1101',
  unexpectedToken: 'LDB-1102',
  unknownStatement: 'LDB-1103',
  unsupported: 'LDB-1104',
  unknownVariable: 'LDB-1105',
  unknownType: 'LDB-1106',
  invalidLiteral: 'LDB-1107',
} as const;
export type SqlErrorCode = (typeof SqlErrorCode)[keyof typeof SqlErrorCode];

/** Every code a SqlError can carry: the parser's and the planner's (LDB-12xx). */
export type SqlErrorCodes = SqlErrorCode | 'LDB-1201' | 'LDB-1202' | 'LDB-1203' | 'LDB-1204' | 'LDB-1205' | 'LDB-1206' | 'LDB-1207' | 'LDB-1208' | 'LDB-1209';

/** The brand every LaminarDB error carries, so errors can be recognised across package copies. */
export const LAMINARDB_ERROR: unique symbol = Symbol.for('laminardb.error');

/** Where an error points: 0-based offset and 1-based line and column. */
export interface SqlPosition {
  readonly offset: number;
  readonly line: number;
  readonly column: number;
}

/**
 * A syntax error in SQL text: what went wrong, where, and (where it helps) how to fix it.
 *
 * @example
 * ```ts
 * try { parse('SELEC * FROM t'); }
 * catch (err) {
 *   if (err instanceof SqlError) console.error(err.code, err.line, err.column, err.message);
 *   // LDB-1103 1 1 "unknown statement 'SELEC' (did you mean 'SELECT'?) at line 1, column 1 ..."
 * }
 * ```
 */
export class SqlError extends Error {
  readonly domain = 'user' as const;
  readonly retry = 'none' as const;
  readonly [LAMINARDB_ERROR] = true as const;
  /** 0-based offset of the error in the SQL text. */
  readonly offset: number;

  /**
   * @param code one of {@link SqlErrorCode}
   * @param detail what went wrong, without the position (the message adds it)
   */
  constructor(
    readonly code: SqlErrorCodes,
    readonly detail: string,
    readonly line: number,
    readonly column: number,
    readonly excerpt: string,
    offset = 0,
  ) {
    super(`${detail} at line ${line}, column ${column}\n${excerpt}`);
    this.name = new.target.name;
    this.offset = offset;
  }

  /** Builds an error at `offset` of `text`, computing line, column and excerpt. */
  static at(code: SqlErrorCodes, detail: string, text: string, offset: number): SqlError {
    const { line, column } = positionOf(text, offset);
    return new SqlError(code, detail, line, column, excerpt(text, line, column), offset);
  }
}

/** A lexical error (LDB-1101); kept as its own class for callers of the lexer. */
export class SqlSyntaxError extends SqlError {
  constructor(message: string, line: number, column: number, excerptText: string, offset = 0) {
    super(SqlErrorCode.lexical, message, line, column, excerptText, offset);
  }
}

/**
 * True for any error raised by the SQL front end.
 *
 * @example
 * ```ts
 * try { parse(sql); } catch (err) { if (isSqlError(err)) showAt(err.line, err.column); }
 * ```
 */
export function isSqlError(err: unknown): err is SqlError {
  return err instanceof SqlError;
}

/** 1-based line and column of a 0-based offset. */
export function positionOf(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text[i] === '\n') {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/** The source line at `line` with a caret under `column` (both 1-based). */
export function excerpt(text: string, line: number, column: number): string {
  const source = (text.split('\n')[line - 1] ?? '').replace(/\r$/, '');
  return `  ${source}\n  ${' '.repeat(Math.max(0, column - 1))}^`;
}

/**
 * Edit distance where inserting, deleting or substituting a character, or swapping two adjacent
 * characters, each cost one (optimal string alignment), compared case-insensitively.
 *
 * @example
 * ```ts
 * editDistance('SELEC', 'SELECT'); // 1
 * editDistance('CRAETE', 'CREATE'); // 1 (a transposition)
 * ```
 */
export function editDistance(a: string, b: string): number {
  const s = a.toUpperCase();
  const t = b.toUpperCase();
  const d: number[][] = Array.from({ length: s.length + 1 }, (_, i) => [i, ...new Array<number>(t.length).fill(0)]);
  for (let j = 0; j <= t.length; j++) d[0]![j] = j;
  for (let i = 1; i <= s.length; i++) {
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  }
  return d[s.length]![t.length]!;
}

/**
 * The candidate closest to `word`, if it is close enough to be a plausible typo: at most one edit
 * for words up to four characters, two up to eight, three beyond.
 *
 * @example
 * ```ts
 * closest('SORCE', ['SOURCE', 'SINK']); // 'SOURCE'
 * closest('XYZ', ['SOURCE', 'SINK']); // undefined
 * ```
 */
export function closest(word: string, candidates: Iterable<string>): string | undefined {
  const limit = word.length <= 4 ? 1 : word.length <= 8 ? 2 : 3;
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const c of candidates) {
    const dist = editDistance(word, c);
    if (dist < bestDistance && dist <= limit && dist < c.length) {
      best = c;
      bestDistance = dist;
    }
  }
  return best;
}

/**
 * ` (did you mean 'X'?)` when a close candidate exists, else ''.
 *
 * @example
 * ```ts
 * `unknown type 'VARCHR'${didYouMean('VARCHR', ['VARCHAR', 'BIGINT'])}`; // "unknown type 'VARCHR' (did you mean 'VARCHAR'?)"
 * ```
 */
export function didYouMean(word: string, candidates: Iterable<string>): string {
  const hit = closest(word, candidates);
  return hit === undefined ? '' : ` (did you mean '${hit}'?)`;
}
