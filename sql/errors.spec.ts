import test from 'ava';
import { ERROR_CASES } from './testdata/errors.js';
import { LAMINARDB_ERROR, SqlError, SqlSyntaxError, closest, editDistance, parse } from './index.js';

test('the negative corpus has at least 45 cases', (t) => {
  t.true(ERROR_CASES.length >= 45, `only ${ERROR_CASES.length} cases`);
});

ERROR_CASES.forEach((c, i) => {
  test(`error #${i + 1}: ${c.sql.replace(/\s+/g, ' ').slice(0, 70)}`, (t) => {
    const err = t.throws(() => parse(c.sql, { vars: c.vars }), { instanceOf: SqlError });
    t.true(err!.message.includes(c.message), `message ${JSON.stringify(err!.message)} lacks ${JSON.stringify(c.message)}`);
    t.deepEqual([err!.code, err!.line, err!.column], [c.code, c.line, c.column], err!.message);
    // The message ends with the excerpt: the offending line and a caret under the column.
    const [, source, caret] = err!.message.split('\n');
    t.is(source, `  ${c.sql.split('\n')[c.line - 1]}`);
    t.is(caret, `  ${' '.repeat(c.column - 1)}^`);
  });
});

test('SqlError carries the LaminarDB error shape', (t) => {
  const err = t.throws(() => parse('SELEC 1'), { instanceOf: SqlError })!;
  t.is(err.name, 'SqlError');
  t.is(err.domain, 'user');
  t.is(err.retry, 'none');
  t.is(err[LAMINARDB_ERROR], true);
  t.is((err as unknown as Record<symbol, unknown>)[Symbol.for('laminardb.error')], true);
  t.is(err.offset, 0);
  t.is(err.excerpt, '  SELEC 1\n  ^');
  t.regex(err.message, /^unknown statement 'SELEC' \(did you mean 'SELECT'\?\); a statement starts with one of SELECT, .* at line 1, column 1\n {2}SELEC 1\n {2}\^$/);
  const lexical = t.throws(() => parse("SELECT 'x"), { instanceOf: SqlSyntaxError })!;
  t.true(lexical instanceof SqlError);
  t.is(lexical.code, 'LDB-1101');
});

test('edit distance counts a transposition as one edit', (t) => {
  t.is(editDistance('SELECT', 'SELECT'), 0);
  t.is(editDistance('SELEC', 'SELECT'), 1);
  t.is(editDistance('SLEECT', 'SELECT'), 1);
  t.is(editDistance('CRAETE', 'create'), 1);
  t.is(editDistance('abc', 'ca'), 3);
  t.is(editDistance('', 'abc'), 3);
  t.is(closest('SORCE', ['SINK', 'SOURCE', 'STREAM']), 'SOURCE');
  t.is(closest('XYZZY', ['SINK', 'SOURCE']), undefined);
  t.is(closest('ON', ['OR', 'AS']), 'OR');
});
