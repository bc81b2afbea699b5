/**
 * Option lists and their pieces: `WITH ('k' = 'v', ...)`, connector options `(brokers = '...',
 * json.path = 'data')`, `FORMAT JSON [WITH (...)]`, and option values for SET.
 */
import type { ConnectorClause, FormatClause, OptionValue, SqlOption } from '../ast.js';
import { RESERVED } from '../lexer.js';
import { Cursor } from './cursor.js';

/** `( key = value, ... )`; `()` is an empty list. */
export function parseOptionList(c: Cursor, context: string): SqlOption[] {
  if (c.atOp('(') && c.atOp(')', 1)) {
    c.next();
    c.next();
    return [];
  }
  return c.parenList(() => parseOption(c), context);
}

/** `WITH (...)` if it is next, else no options. */
export function parseWithOptions(c: Cursor): SqlOption[] {
  if (!c.atWord('WITH')) return [];
  c.next();
  return parseOptionList(c, 'the WITH options');
}

/** `key = value`; the key is a string or a dotted path of words (`json.path`, `'group.id'`). */
function parseOption(c: Cursor): SqlOption {
  const t = c.peek();
  const key = parseKey(c, "an option name (e.g. 'topic' or topic)");
  c.expectOp('=', `after the option name '${key}'`);
  return { key, value: parseOptionValue(c), span: c.span(t) };
}

/** A string, or words joined by dots; reserved words are fine here (`format = 'json'`). */
export function parseKey(c: Cursor, what: string): string {
  const t = c.peek();
  if (t.kind === 'string') {
    c.next();
    return t.value;
  }
  const parts: string[] = [];
  do {
    const w = c.peek();
    if (w.kind !== 'ident' && w.kind !== 'keyword' && w.kind !== 'quoted') throw c.unexpected(what);
    c.next();
    parts.push(w.kind === 'quoted' ? w.value : w.text);
  } while (c.eatOp('.'));
  return parts.join('.');
}

/** A string, a (signed) number, TRUE / FALSE, or a bare word. */
export function parseOptionValue(c: Cursor): OptionValue {
  const t = c.peek();
  if (t.kind === 'string') {
    c.next();
    return { kind: 'string', value: t.value, span: c.span(t) };
  }
  if (t.kind === 'number' || ((c.atOp('-') || c.atOp('+')) && c.peek(1).kind === 'number')) {
    const sign = t.kind === 'number' ? '' : c.next().value === '-' ? '-' : '';
    return { kind: 'number', value: sign + c.next().value, span: c.span(t) };
  }
  if (Cursor.isWord(t, 'TRUE') || Cursor.isWord(t, 'FALSE')) {
    c.next();
    return { kind: 'boolean', value: t.value.toUpperCase(), span: c.span(t) };
  }
  if (t.kind === 'ident' || t.kind === 'keyword' || t.kind === 'quoted') {
    c.next();
    return { kind: 'word', value: t.kind === 'quoted' ? t.value : t.text, span: c.span(t) };
  }
  throw c.unexpected("an option value (a 'string', a number, TRUE, FALSE or a word)");
}

/** `NAME [(options)]` after FROM or INTO: the connector name is case-insensitive and `_` means `-`. */
export function parseConnector(c: Cursor): ConnectorClause {
  const t = c.peek();
  if (t.kind !== 'ident' && t.kind !== 'quoted' && !(t.kind === 'keyword' && !RESERVED.has(t.value))) {
    throw c.unexpected('a connector name such as KAFKA, POSTGRES_CDC or "postgres-cdc"');
  }
  c.next();
  const name = t.value.toLowerCase().replace(/_/g, '-');
  const options = c.atOp('(') ? parseOptionList(c, `the ${t.value.toUpperCase()} connector options`) : [];
  return { name, options, span: c.span(t) };
}

/** `FORMAT NAME [WITH (options)]`, the cursor on FORMAT. */
export function parseFormat(c: Cursor): FormatClause {
  const t = c.next();
  const f = c.peek();
  if (f.kind !== 'ident' && f.kind !== 'quoted' && f.kind !== 'keyword') throw c.unexpected('a format name such as JSON, AVRO or CSV');
  c.next();
  const options = parseWithOptions(c);
  return { name: f.value.toUpperCase(), options, span: c.span(t) };
}
