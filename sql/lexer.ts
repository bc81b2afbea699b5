/**
 * The SQL lexer for LaminarDB's streaming dialect: case-insensitive keywords, "quoted" identifiers,
 * 'strings' (with '' escapes and E'\n' escapes), numbers, operators (including `::`, `||`, `=>`),
 * `${VAR}` placeholders, line and nested block comments. Every token keeps its line, column and
 * offset so parse errors can point at the text.
 */

/** Token kinds. */
export type TokenKind = 'keyword' | 'ident' | 'quoted' | 'string' | 'number' | 'op' | 'var' | 'eof';

/** A token and where it starts in the text. */
export interface Token {
  readonly kind: TokenKind;
  /** Keywords upper-cased; identifiers as written (lower-casing is the binder's choice); strings unescaped. */
  readonly value: string;
  readonly offset: number;
  readonly line: number;
  readonly column: number;
  /** Length of the token in the source text. */
  readonly length: number;
}

/** Reserved words; anything else that looks like a word is an identifier. */
export const KEYWORDS: ReadonlySet<string> = new Set([
  'ALL', 'ALLOW', 'ALTER', 'AND', 'ANY', 'AS', 'ASC', 'ASOF', 'BETWEEN', 'BY', 'CASCADE', 'CASE', 'CAST', 'CHANGES',
  'CHECKPOINT', 'CLOSE', 'CREATE', 'CROSS', 'CURSOR', 'DATA', 'DECLARE', 'DEFAULT', 'DELETE', 'DESC', 'DESCRIBE',
  'DISTINCT', 'DROP', 'ELSE', 'EMIT', 'END', 'EPOCH', 'EVERY', 'EXISTS', 'EXPLAIN', 'FALSE', 'FETCH', 'FILTER',
  'FINAL', 'FOR', 'FORMAT', 'FROM', 'FULL', 'GROUP', 'HAVING', 'IF', 'ILIKE', 'IN', 'INNER', 'INSERT', 'INTERVAL',
  'INTO', 'IS', 'JOIN', 'KEY', 'LATE', 'LATENESS', 'LEFT', 'LIKE', 'LIMIT', 'LOOKUP', 'MATCH_CONDITION',
  'MATERIALIZED', 'NOT', 'NULL', 'OF', 'OFFSET', 'ON', 'OR', 'ORDER', 'OUTER', 'OVER', 'PARTITION', 'PRIMARY',
  'RESTORE', 'RIGHT', 'SELECT', 'SET', 'SHOW', 'SINK', 'SOURCE', 'STREAM', 'SUBSCRIBE', 'TABLE', 'THEN', 'TO', 'TRUE',
  'UNION', 'UPDATE', 'USING', 'VALUES', 'VIEW', 'WATERMARK', 'WHEN', 'WHERE', 'WINDOW', 'WITH',
]);

const OPERATORS = ['::', '||', '<>', '!=', '<=', '>=', '=>', '+', '-', '*', '/', '%', '=', '<', '>', '(', ')', ',', '.', ';', '[', ']', '{', '}', ':'];

/** A lexical error with a position and an excerpt that points at it. */
export class SqlSyntaxError extends Error {
  readonly code = 'LDB-1101';
  readonly domain = 'user';
  readonly retry = 'none';

  constructor(message: string, readonly line: number, readonly column: number, readonly excerpt: string) {
    super(`${message} at line ${line}, column ${column}\n${excerpt}`);
    this.name = 'SqlSyntaxError';
  }
}

/** The source line at `line` with a caret under `column` (both 1-based). */
export function excerpt(text: string, line: number, column: number): string {
  const source = text.split('\n')[line - 1] ?? '';
  return `  ${source}\n  ${' '.repeat(Math.max(0, column - 1))}^`;
}

/** Splits SQL text into tokens (ending with an `eof` token). */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  let line = 1;
  let lineStart = 0;
  const fail = (message: string, at: number): never => {
    const l = text.slice(0, at).split('\n').length;
    const col = at - (text.lastIndexOf('\n', at - 1) + 1) + 1;
    throw new SqlSyntaxError(message, l, col, excerpt(text, l, col));
  };
  const push = (kind: TokenKind, value: string, start: number, startLine: number, startColumn: number) =>
    tokens.push({ kind, value, offset: start, line: startLine, column: startColumn, length: i - start });
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
      let depth = 0;
      let j = i;
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
      advance(j);
      continue;
    }
    if (/[A-Za-z_]/.test(c)) {
      // E'...' is a string with backslash escapes.
      if ((c === 'E' || c === 'e') && text[i + 1] === "'") {
        i++;
        const value = readString(text, i, true, fail);
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
      let j = i + 1;
      let value = '';
      for (;;) {
        if (j >= text.length) fail('unterminated quoted identifier', start);
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
      if (value === '') fail('empty quoted identifier', start);
      advance(j + 1);
      push('quoted', value, start, startLine, startColumn);
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
      const after = text[i + m[0].length];
      if (after !== undefined && /[A-Za-z_]/.test(after)) fail(`bad number '${m[0]}${after}'`, start);
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
  tokens.push({ kind: 'eof', value: '', offset: text.length, line, column: text.length - lineStart + 1, length: 0 });
  return tokens;
}

const ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', '\\': '\\', "'": "'", '0': '\0' };

function readString(text: string, quote: number, backslash: boolean, fail: (m: string, at: number) => never): { text: string; end: number } {
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
