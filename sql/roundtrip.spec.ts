import test from 'ava';
import { readFileSync } from 'node:fs';
import type { Cast, QueryStatement, Select } from './ast.js';
import { parse, print, stripSpans } from './index.js';

// Every statement of the corpus must read back from its canonical form unchanged (spans aside),
// and printing must be a fixed point: print(parse(print(ast))) === print(ast).
const corpus = readFileSync(new URL('./testdata/roundtrip.sql', import.meta.url), 'utf8');
const statements = parse(corpus);

test('the round-trip corpus has at least 80 statements', (t) => {
  t.true(statements.length >= 80, `only ${statements.length} statements`);
});

statements.forEach((statement, i) => {
  const title = statement.sql.replace(/\s+/g, ' ').slice(0, 70);
  test(`round trip #${i + 1}: ${title}`, (t) => {
    const printed = print(statement);
    const again = parse(printed);
    t.is(again.length, 1, printed);
    t.deepEqual(stripSpans(again[0]), stripSpans(statement), printed);
    t.is(print(again[0]!), printed);
  });
});

test('print is canonical: keywords upper case, minimal quoting, explicit AS', (t) => {
  const [s] = parse('select Sym, "Price" p, key from Trades t where "x" = 1 emit on watermark');
  t.is(print(s!), 'SELECT Sym, "Price" AS p, key FROM Trades AS t WHERE x = 1 EMIT AFTER WATERMARK');
  const [src] = parse("create source s (a text) from postgres_cdc (host = 'h') format json with ('b' = 'c')");
  t.is(print(src!), "CREATE SOURCE s (a VARCHAR) FROM POSTGRES_CDC ('host' = 'h') FORMAT JSON WITH ('b' = 'c')");
});

test('print accepts statements, queries, expressions and data types', (t) => {
  const [s] = parse("SELECT CAST(a AS DECIMAL(10,2)) FROM t WHERE b IN (1,2)");
  t.is(print(s!), 'SELECT CAST(a AS DECIMAL(10, 2)) FROM t WHERE b IN (1, 2)');
  const query = (s as QueryStatement).query;
  t.is(print(query), 'SELECT CAST(a AS DECIMAL(10, 2)) FROM t WHERE b IN (1, 2)');
  const cast = (query.body as Select).items[0]!.expr as Cast;
  t.is(print(cast), 'CAST(a AS DECIMAL(10, 2))');
  t.is(print(cast.type), 'DECIMAL(10, 2)');
});
