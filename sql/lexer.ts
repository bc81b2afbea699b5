/**
 * The SQL lexer for LaminarDB's streaming dialect: case-insensitive keywords, "quoted" identifiers,
 * 'strings' (with '' escapes and E'\n' escapes), numbers, durations (`500ms`, `5s`), operators
 * (including `::`, `||`, `=>`, `->`, `->>`), `${VAR}` placeholders, line and nested block
 * comments. Every token keeps its line, column and offset so parse errors can point at the text.
 */
import { SqlSyntaxError, excerpt, positionOf } from './errors.js';

export { SqlSyntaxError, excerpt } from './errors.js';

/** Token kinds. A `duration` is an integer glued to a unit (`500ms`, `5s`, `1m`, `2h`, `1d`). */
export type TokenKind = 'keyword' | 'ident' | 'quoted' | 'string' | 'number' | 'duration' | 'op' | 'var' | 'eof';

/** A token and where it starts in the text. */
export interface Token {
  readonly kind: TokenKind;
  /** Keywords upper-cased; identifiers as written (lower-casing is the binder's choice); strings unescaped. */
  readonly value: string;
  /** The token exactly as written in the text that was tokenized. */
  readonly text: string;
  readonly offset: number;
  readonly line: number;
  readonly column: number;
  /** Length of the token in the source text. */
  readonly length: number;
}

/**
 * Reserved words: never identifiers unless quoted (`"select"`). They start or shape clauses in a
 * way that would make an unquoted identifier ambiguous.
 */
export const RESERVED: ReadonlySet<string> = new Set([
  'ALL', 'AND', 'AS', 'ASC', 'BETWEEN', 'BY', 'CASE', 'CAST', 'CREATE', 'CROSS', 'DEFAULT', 'DESC', 'DISTINCT', 'ELSE',
  'EXCEPT', 'EXISTS', 'FALSE', 'FOR', 'FROM', 'FULL', 'GROUP', 'HAVING', 'ILIKE', 'IN', 'INNER', 'INTERSECT', 'INTO',
  'IS', 'JOIN', 'LEFT', 'LIKE', 'LIMIT', 'NOT', 'NULL', 'ON', 'OR', 'ORDER', 'OUTER', 'PRIMARY', 'RIGHT', 'SELECT',
  'TABLE', 'THEN', 'TRUE', 'UNION', 'USING', 'VALUES', 'WHEN', 'WHERE', 'WITH',
]);

/**
 * Non-reserved keywords: words with a meaning in some clause that are still usable as identifiers
 * wherever an identifier is expected (`SELECT key, data, offset, end FROM t`, `CREATE SOURCE source`).
 * They cannot be an alias without `AS` (`FROM t emit` would be ambiguous), so the printer always
 * writes `AS`.
 */
export const NON_RESERVED: ReadonlySet<string> = new Set([
  'ALLOW', 'ALTER', 'ANTI', 'ASOF', 'CASCADE', 'CHANGES', 'CHECKPOINT', 'CLOSE', 'CONTINUOUS', 'CURSOR', 'DATA',
  'DECLARE', 'DESCRIBE', 'DROP', 'EMIT', 'END', 'EPOCH', 'ESCAPE', 'EVERY', 'EXPLAIN', 'FETCH', 'FILTER', 'FINAL',
  'FORMAT', 'IF', 'INSERT', 'INTERVAL', 'KEY', 'LATE', 'LATENESS', 'LOOKUP', 'MATCH_CONDITION', 'MATERIALIZED', 'OF',
  'OFFSET', 'OVER', 'PARTITION', 'PROBE', 'QUERY', 'RESTORE', 'SEMI', 'SET', 'SHOW', 'SINK', 'SOURCE', 'STREAM',
  'SUBSCRIBE', 'TEMPORAL', 'TO', 'UPDATE', 'VIEW', 'WATERMARK', 'WINDOW',
]);

/** Every keyword (reserved or not); anything else that looks like a word is an identifier. */
export const KEYWORDS: ReadonlySet<string> = new Set([...RESERVED, ...NON_RESERVED]);

/** Units a duration token may carry, e.g. `500ms` or `-5s` in a TEMPORAL PROBE JOIN. */
export const DURATION_UNITS: ReadonlySet<string> = new Set(['ms', 's', 'm', 'h', 'd']);

// Longest first: the lexer takes the first operator that matches.
const OPERATORS = ['->>', '::', '||', '<>', '!=', '<=', '>=', '=>', '->', '+', '-', '*', '/', '%', '=', '<', '>', '(', ')', ',', '.', ';', '[', ']', '{', '}', ':'];

/**
 * Splits SQL text into tokens (ending with an `eof` token).
 *
 * @example
 * ```ts
 * tokenize('SELECT a FROM t').map((t) => t.kind); // ['keyword', 'ident', 'keyword', 'ident', 'eof']
 * ```
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  let line = 1;
  let lineStart = 0;
  const fail = (message: string, at: number): never => {
    const { line: l, column: col } = positionOf(text, at);
    throw new SqlSyntaxError(message, l, col, excerpt(text, l, col), at);
  };
  const push = (kind: TokenKind, value: string, start: number, startLine: number, startColumn: number) =>
    tokens.push({ kind, value, text: text.slice(start, i), offset: start, line: startLine, column: startColumn, length: i - start });
  const advance = (to: number) => {
    for (; i < to; i++) {
      if (text[i] === '\n') {
        line++;
        lineStart = i + 1;
      }
    }
  };
  while (i < text.length) {
    const c = text[i]!;
    const start = i;
    const startLine = line;
    const startColumn = i - lineStart + 1;
    if (c === ' ' || c === '\t' || c === '\r' || c === '\n') {
      advance(i + 1);
      continue;
    }
    if (c === '-' && text[i + 1] === '-') {
      const end = text.indexOf('\n', i);
      advance(end < 0 ? text.length : end);
      continue;
    }
    if (c === '/' && text[i + 1] === '*') {
      advance(skipBlockComment(text, i, fail));
      continue;
    }
    if (/[A-Za-z_]/.test(c)) {
      // E'...' is a string with backslash escapes.
      if ((c === 'E' || c === 'e') && text[i + 1] === "'") {
        const value = readString(text, i + 1, true, fail);
        advance(value.end);
        push('string', value.text, start, startLine, startColumn);
        continue;
      }
      let j = i + 1;
      while (j < text.length && /[A-Za-z0-9_$]/.test(text[j]!)) j++;
      const word = text.slice(i, j);
      advance(j);
      const upper = word.toUpperCase();
      push(KEYWORDS.has(upper) ? 'keyword' : 'ident', KEYWORDS.has(upper) ? upper : word, start, startLine, startColumn);
      continue;
    }
    if (c === '"') {
      const end = readQuoted(text, i, fail);
      advance(end.end);
      push('quoted', end.text, start, startLine, startColumn);
      continue;
    }
    if (c === "'") {
      const value = readString(text, i, false, fail);
      advance(value.end);
      push('string', value.text, start, startLine, startColumn);
      continue;
    }
    if (/[0-9]/.test(c) || (c === '.' && /[0-9]/.test(text[i + 1] ?? ''))) {
      const m = /^(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?/.exec(text.slice(i))!;
      const unit = /^[A-Za-z_][A-Za-z0-9_]*/.exec(text.slice(i + m[0].length))?.[0];
      if (unit !== undefined) {
        // A number glued to a unit is a duration (`500ms`); anything else glued to a number is a typo.
        if (!/^\d+$/.test(m[0]) || !DURATION_UNITS.has(unit.toLowerCase())) fail(`bad number '${m[0]}${unit[0]}'`, start);
        advance(i + m[0].length + unit.length);
        push('duration', m[0] + unit.toLowerCase(), start, startLine, startColumn);
        continue;
      }
      advance(i + m[0].length);
      push('number', m[0], start, startLine, startColumn);
      continue;
    }
    if (c === '$' && text[i + 1] === '{') {
      const end = text.indexOf('}', i);
      const name = end < 0 ? '' : text.slice(i + 2, end);
      if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) fail('bad ${VAR} placeholder: write ${NAME} with letters, digits and _', start);
      advance(end + 1);
      push('var', name, start, startLine, startColumn);
      continue;
    }
    const op = OPERATORS.find((o) => text.startsWith(o, i));
    if (op === undefined) fail(`unexpected character '${c}'`, start);
    advance(i + op!.length);
    push('op', op!, start, startLine, startColumn);
  }
  tokens.push({ kind: 'eof', value: '', text: '', offset: text.length, line, column: text.length - lineStart + 1, length: 0 });
  return tokens;
}

type Fail = (message: string, at: number) => never;

/** The offset just past the (possibly nested) block comment starting at `start`. */
function skipBlockComment(text: string, start: number, fail: Fail): number {
  let depth = 0;
  let j = start;
  do {
    if (text.startsWith('/*', j)) {
      depth++;
      j += 2;
    } else if (text.startsWith('*/', j)) {
      depth--;
      j += 2;
    } else if (j >= text.length) {
      fail('unterminated /* comment', start);
    } else {
      j++;
    }
  } while (depth > 0);
  return j;
}

/** Reads a "quoted identifier" ("" escapes a quote). */
function readQuoted(text: string, quote: number, fail: Fail): { text: string; end: number } {
  let j = quote + 1;
  let value = '';
  for (;;) {
    if (j >= text.length) fail('unterminated quoted identifier', quote);
    if (text[j] === '"') {
      if (text[j + 1] === '"') {
        value += '"';
        j += 2;
        continue;
      }
      break;
    }
    value += text[j++];
  }
  if (value === '') fail('empty quoted identifier', quote);
  return { text: value, end: j + 1 };
}

const ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', '\\': '\\', "'": "'", '0': '\0' };

function readString(text: string, quote: number, backslash: boolean, fail: Fail): { text: string; end: number } {
  let j = quote + 1;
  let out = '';
  for (;;) {
    if (j >= text.length) fail('unterminated string', quote);
    const ch = text[j]!;
    if (ch === "'") {
      if (text[j + 1] === "'") {
        out += "'";
        j += 2;
        continue;
      }
      return { text: out, end: j + 1 };
    }
    if (backslash && ch === '\\') {
      const e = ESCAPES[text[j + 1] ?? ''];
      if (e === undefined) fail(`unknown escape '\\${text[j + 1] ?? ''}'`, j);
      out += e;
      j += 2;
      continue;
    }
    out += ch;
    j++;
  }
}
