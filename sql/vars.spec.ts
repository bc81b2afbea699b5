import test from 'ava';
import type { CreateSource, QueryStatement, Select } from './ast.js';
import { SqlError, parse, print, stripSpans, substitute } from './index.js';

const vars = { KAFKA_BROKERS: 'localhost:19092', TOPIC: 'market-trades', TABLE: 'trades', LIMIT: '10' };

test('${VAR} inside strings is substituted (S24)', (t) => {
  const [s] = parse("CREATE SOURCE s FROM KAFKA (brokers = '${KAFKA_BROKERS}', group_id = 'g', offset_reset = 'earliest')", { vars });
  t.deepEqual(stripSpans((s as CreateSource).connector!.options[0]!.value) as never, { kind: 'string', value: 'localhost:19092' });
});

test('${VAR} as an identifier, a number, and inside an identifier', (t) => {
  const [s] = parse('SELECT * FROM ${TABLE}_raw WHERE x < ${LIMIT} AND "${TOPIC}" = 1', { vars });
  t.is(print(s!), 'SELECT * FROM trades_raw WHERE x < 10 AND "market-trades" = 1');
});

test('spans still point into the original text after substitution', (t) => {
  const text = "SELECT '${KAFKA_BROKERS}' AS b,\n  price FROM ${TABLE}";
  const [s] = parse(text, { vars });
  const select = (s as QueryStatement).query.body as Select;
  const str = select.items[0]!.expr.span;
  t.is(text.slice(str.offset, str.offset + str.length), "'${KAFKA_BROKERS}'");
  const alias = select.items[0]!.alias!.span;
  t.deepEqual(alias, { offset: text.indexOf(' b,') + 1, length: 1, line: 1, column: text.indexOf(' b,') + 2 });
  const price = select.items[1]!.expr.span;
  t.deepEqual([price.line, price.column, text.slice(price.offset, price.offset + price.length)], [2, 3, 'price']);
  const from = select.from[0]!.span;
  t.deepEqual([from.line, from.column, text.slice(from.offset, from.offset + from.length)], [2, 14, '${TABLE}']);
  t.is(s!.sql, text);
});

test('errors after a substitution point at the original text', (t) => {
  const err = t.throws(() => parse('SELECT ${TABLE} FROM ${TABLE} WHERE = 1', { vars }), { instanceOf: SqlError })!;
  t.deepEqual([err.line, err.column], [1, 37]);
  t.true(err.message.includes('  SELECT ${TABLE} FROM ${TABLE} WHERE = 1\n'));
});

test('unknown variables: position, known names and did-you-mean', (t) => {
  const err = t.throws(() => parse("SELECT 1;\nCREATE SOURCE s FROM KAFKA (brokers = '${KAFKA_BROKER}')", { vars }), { instanceOf: SqlError })!;
  t.is(err.code, 'LDB-1105');
  t.deepEqual([err.line, err.column], [2, 40]);
  t.true(err.message.startsWith("unknown variable ${KAFKA_BROKER} (did you mean 'KAFKA_BROKERS'?); known variables: KAFKA_BROKERS, LIMIT, TABLE, TOPIC"));
  t.throws(() => parse('SELECT ${X}'), { message: /unknown variable \$\{X\}; no variables were given/ });
  // Inherited object properties are not variables.
  t.throws(() => parse('SELECT ${toString}', { vars: {} }), { instanceOf: SqlError });
});

test('substitute maps offsets back to the original', (t) => {
  const sub = substitute('a ${X} b', { X: 'long value' });
  t.is(sub.text, 'a long value b');
  t.is(sub.toOriginal(0), 0);
  t.is(sub.toOriginal(2), 2);
  t.is(sub.toOriginal(5), 2);
  t.is(sub.toOriginal(5, true), 6);
  t.is(sub.toOriginal(13), 7);
  t.false(substitute('no vars').changed);
  t.is(substitute('${A}${B}', { A: '', B: 'x' }).text, 'x');
});
