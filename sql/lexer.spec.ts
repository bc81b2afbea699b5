import test from 'ava';
import { SqlError } from './errors.js';
import { KEYWORDS, NON_RESERVED, RESERVED, SqlSyntaxError, tokenize } from './lexer.js';

const kinds = (sql: string) => tokenize(sql).map((t) => `${t.kind}:${t.value}`);

test('lexer - keywords are case-insensitive; identifiers keep their spelling', (t) => {
  t.deepEqual(kinds('select Price FROM trades'), ['keyword:SELECT', 'ident:Price', 'keyword:FROM', 'ident:trades', 'eof:']);
});

test('lexer - strings, quoted identifiers, escapes, numbers and operators', (t) => {
  t.deepEqual(kinds(`"Weird ""col""" 'it''s' E'a\\nb' 1.5e3 .5 42 a::int x || y >= 3 <> 4 ${'${BROKERS}'}`), [
    'quoted:Weird "col"', "string:it's", 'string:a\nb', 'number:1.5e3', 'number:.5', 'number:42', 'ident:a', 'op:::', 'ident:int',
    'ident:x', 'op:||', 'ident:y', 'op:>=', 'number:3', 'op:<>', 'number:4', 'var:BROKERS', 'eof:',
  ]);
});

test('lexer - comments: line and nested block comments are skipped; positions stay right', (t) => {
  const tokens = tokenize('-- first\nSELECT /* a /* nested */ comment */ x\n  FROM t');
  t.deepEqual(tokens.map((x) => [x.value, x.line, x.column]), [['SELECT', 2, 1], ['x', 2, 37], ['FROM', 3, 3], ['t', 3, 8], ['', 3, 9]]);
});

test('lexer - errors point at the text with a caret', (t) => {
  const err = t.throws(() => tokenize("SELECT 'oops\nFROM t"), { instanceOf: SqlSyntaxError });
  t.is(err!.line, 1);
  t.is(err!.column, 8);
  t.regex(err!.message, /unterminated string at line 1, column 8\n {2}SELECT 'oops\n {9}\^/);
  t.throws(() => tokenize('SELECT 12abc'), { message: /bad number '12a'/ });
  t.throws(() => tokenize('SELECT #'), { message: /unexpected character '#' at line 1, column 8/ });
  t.throws(() => tokenize('/* never closed'), { message: /unterminated \/\* comment/ });
});

test('lexer - lexical errors are SqlErrors with code LDB-1101 and an offset', (t) => {
  const err = t.throws(() => tokenize('SELECT 1;\n  "open'), { instanceOf: SqlSyntaxError })!;
  t.true(err instanceof SqlError);
  t.is(err.code, 'LDB-1101');
  t.deepEqual([err.line, err.column, err.offset], [2, 3, 12]);
});

test('lexer - durations, JSON operators, and the raw text of each token', (t) => {
  t.deepEqual(kinds("0s 500ms 5S 1m 2h 1d -5s a->'k' a->>'k' x=>1"), [
    'duration:0s', 'duration:500ms', 'duration:5s', 'duration:1m', 'duration:2h', 'duration:1d', 'op:-', 'duration:5s',
    'ident:a', 'op:->', "string:k", 'ident:a', 'op:->>', "string:k", 'ident:x', 'op:=>', 'number:1', 'eof:',
  ]);
  t.throws(() => tokenize('1.5s'), { message: /bad number '1.5s'/ });
  t.deepEqual(tokenize("Select 'a''b'").map((x) => x.text), ['Select', "'a''b'", '']);
});

test('lexer - keyword sets: reserved and non-reserved make up KEYWORDS', (t) => {
  t.is(KEYWORDS.size, RESERVED.size + NON_RESERVED.size);
  for (const w of ['SELECT', 'FROM', 'WHERE', 'JOIN', 'ON']) t.true(RESERVED.has(w), w);
  for (const w of ['SOURCE', 'SINK', 'STREAM', 'EMIT', 'WATERMARK', 'KEY', 'DATA', 'OFFSET', 'END']) t.true(NON_RESERVED.has(w), w);
});
