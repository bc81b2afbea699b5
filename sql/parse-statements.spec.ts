import test from 'ava';
import type { QueryStatement, Select, Statement } from './ast.js';
import { SqlError, parse, stripSpans } from './index.js';

const one = (sql: string): Statement => {
  const all = parse(sql);
  if (all.length !== 1) throw new Error(`expected one statement, got ${all.length}`);
  return stripSpans(all[0]!);
};
const id = (value: string, quoted = false) => ({ kind: 'ident', value, quoted });

test('INSERT INTO with VALUES rows, a column list, or a query', (t) => {
  t.like(one("INSERT INTO products VALUES (1, 'Widget'), (2, 'Gadget')"), {
    kind: 'insert', table: id('products'), columns: [],
    query: { body: { kind: 'values', rows: [[{ kind: 'number', value: '1' }, { kind: 'string', value: 'Widget' }], [{ value: '2' }, { value: 'Gadget' }]] } },
  });
  t.like(one('INSERT INTO t (a, b) VALUES (1, 2)'), { columns: [id('a'), id('b')] });
  t.like(one('INSERT INTO t SELECT * FROM u'), { columns: [], query: { body: { kind: 'select' } } });
  t.like(one('INSERT INTO t (SELECT * FROM u)'), { columns: [], query: { body: { kind: 'select' } } });
});

test('a query is a statement (SELECT, WITH, VALUES, parenthesised set operations)', (t) => {
  t.like(one('SELECT 1'), { kind: 'query-statement', query: { kind: 'query', body: { kind: 'select' } } });
  t.like(one('WITH a AS (SELECT 1) SELECT * FROM a'), { kind: 'query-statement', query: { with: [{ name: id('a') }] } });
  t.like(one('VALUES (1)'), { kind: 'query-statement', query: { body: { kind: 'values' } } });
  t.like(one('(SELECT 1) UNION (SELECT 2)'), { query: { body: { kind: 'set-op', op: 'UNION', all: false } } });
});

test('SHOW lists and SHOW CREATE', (t) => {
  for (const what of ['SOURCES', 'SINKS', 'STREAMS', 'QUERIES', 'MATERIALIZED VIEWS', 'TABLES', 'LOOKUP TABLES', 'CHECKPOINT STATUS', 'FUNCTIONS']) {
    t.deepEqual(one(`show ${what.toLowerCase()}`), { kind: 'show', what } as never);
  }
  for (const objectType of ['SOURCE', 'SINK', 'STREAM', 'MATERIALIZED VIEW', 'TABLE', 'LOOKUP TABLE']) {
    t.deepEqual(one(`SHOW CREATE ${objectType} x`), { kind: 'show-create', objectType, name: id('x') } as never);
  }
});

test('DESCRIBE [EXTENDED] and EXPLAIN [ANALYZE]', (t) => {
  t.deepEqual(one('DESCRIBE trades'), { kind: 'describe', extended: false, name: id('trades') } as never);
  t.deepEqual(one('DESCRIBE EXTENDED trades'), { kind: 'describe', extended: true, name: id('trades') } as never);
  t.deepEqual(one('DESCRIBE extended'), { kind: 'describe', extended: false, name: id('extended') } as never);
  t.like(one('EXPLAIN SELECT 1'), { kind: 'explain', analyze: false, statement: { kind: 'query-statement' } });
  t.like(one('EXPLAIN ANALYZE CREATE STREAM s AS SELECT 1'), { kind: 'explain', analyze: true, statement: { kind: 'create-stream' } });
  const [explain] = parse('EXPLAIN  SELECT 1');
  t.is((explain as { statement: Statement }).statement.sql, 'SELECT 1');
});

test('CHECKPOINT and RESTORE FROM CHECKPOINT n', (t) => {
  t.deepEqual(one('CHECKPOINT'), { kind: 'checkpoint' } as never);
  t.deepEqual(one('RESTORE FROM CHECKPOINT 42'), { kind: 'restore', checkpointId: 42 } as never);
});

test('SUBSCRIBE with AS OF EPOCH, WHERE and WITH', (t) => {
  t.deepEqual(one('SUBSCRIBE mv'), { kind: 'subscribe', name: id('mv'), with: [] } as never);
  t.like(one("SUBSCRIBE mv AS OF EPOCH 42 WHERE symbol = 'AAPL' WITH ('snapshot' = 'true')"), {
    kind: 'subscribe', asOfEpoch: 42, where: { kind: 'binary', op: '=' }, with: [{ key: 'snapshot' }],
  });
  for (const bad of ['SUBSCRIBE mv AS OF EPOCH -1', 'SUBSCRIBE mv AS OF EPOCH 1.5', 'SUBSCRIBE mv AS OF EPOCH 1e3', "SUBSCRIBE mv AS OF SYSTEM TIME '2024-01-01'"]) {
    t.throws(() => parse(bad), { instanceOf: SqlError }, bad);
  }
});

test('DECLARE CURSOR FOR SUBSCRIBE, FETCH forms and CLOSE', (t) => {
  t.like(one('DECLARE c NO SCROLL CURSOR WITHOUT HOLD FOR SUBSCRIBE mv AS OF EPOCH 3'), {
    kind: 'declare-cursor', name: id('c'), subscribe: { kind: 'subscribe', name: id('mv'), asOfEpoch: 3 },
  });
  const [declare] = parse('DECLARE c CURSOR FOR SUBSCRIBE mv WHERE a = 1');
  t.is((declare as { subscribe: Statement }).subscribe.sql, 'SUBSCRIBE mv WHERE a = 1');
  t.deepEqual(one('FETCH FORWARD 100 FROM c'), { kind: 'fetch', count: 100, cursor: id('c') } as never);
  t.deepEqual(one('FETCH 10 c'), { kind: 'fetch', count: 10, cursor: id('c') } as never);
  t.deepEqual(one('FETCH ALL FROM c'), { kind: 'fetch', count: 'ALL', cursor: id('c') } as never);
  t.deepEqual(one('FETCH NEXT IN c'), { kind: 'fetch', count: 1, cursor: id('c') } as never);
  t.deepEqual(one('FETCH c'), { kind: 'fetch', count: 1, cursor: id('c') } as never);
  t.deepEqual(one('CLOSE c'), { kind: 'close', cursor: id('c') } as never);
  for (const bad of ['DECLARE c SCROLL CURSOR FOR SUBSCRIBE mv', 'DECLARE c BINARY CURSOR FOR SUBSCRIBE mv', 'DECLARE c CURSOR WITH HOLD FOR SUBSCRIBE mv', 'DECLARE c INSENSITIVE CURSOR FOR SUBSCRIBE mv']) {
    t.throws(() => parse(bad), { instanceOf: SqlError, message: /not supported/ }, bad);
  }
});

test('SET key = value and SET key TO value', (t) => {
  t.deepEqual(one('SET parallelism = 4'), { kind: 'set', key: 'parallelism', value: { kind: 'number', value: '4' } } as never);
  t.deepEqual(one("SET timezone TO 'UTC'"), { kind: 'set', key: 'timezone', value: { kind: 'string', value: 'UTC' } } as never);
  t.deepEqual(one('SET a.b.c = -1'), { kind: 'set', key: 'a.b.c', value: { kind: 'number', value: '-1' } } as never);
  t.deepEqual(one('SET flag = true'), { kind: 'set', key: 'flag', value: { kind: 'boolean', value: 'TRUE' } } as never);
  t.deepEqual(one('SET mode TO fast'), { kind: 'set', key: 'mode', value: { kind: 'word', value: 'fast' } } as never);
});

test('several statements: empty ones skipped, each keeps its own source text', (t) => {
  const text = ';; CREATE SOURCE s (a INT);\n\nSELECT a\n  FROM s ;\n;SHOW SOURCES;';
  const statements = parse(text);
  t.deepEqual(statements.map((s) => s.kind), ['create-source', 'query-statement', 'show']);
  t.deepEqual(statements.map((s) => s.sql), ['CREATE SOURCE s (a INT)', 'SELECT a\n  FROM s', 'SHOW SOURCES']);
  t.deepEqual(parse('  ;  -- only a comment\n ; '), []);
});

test('spans point at the text: offset, length, line and column', (t) => {
  const text = 'SELECT 1;\nSELECT price * 2 AS p\n  FROM trades';
  const [, s] = parse(text);
  t.deepEqual(s!.span, { offset: 10, length: text.length - 10, line: 2, column: 1 });
  const select = (s as QueryStatement).query.body as Select;
  const item = select.items[0]!;
  t.is(text.slice(item.expr.span.offset, item.expr.span.offset + item.expr.span.length), 'price * 2');
  t.like(item.alias!.span, { line: 2, column: 21 });
  t.like(select.from[0]!.span, { line: 3, column: 8 });
});

test('non-reserved keywords work as names; reserved ones need quotes', (t) => {
  t.like(one('SELECT key, data, offset, end, source, window, emit FROM stream'), {
    query: { body: { items: ['key', 'data', 'offset', 'end', 'source', 'window', 'emit'].map((n) => ({ expr: { kind: 'column', parts: [id(n)] } })), from: [{ name: id('stream') }] } },
  });
  t.like(one('CREATE SOURCE source (key VARCHAR, data BYTEA, offset BIGINT, watermark BIGINT)'), { name: id('source'), columns: [{ name: id('key') }, { name: id('data') }, { name: id('offset') }, { name: id('watermark') }] });
  t.like(one('SELECT "select", "Mixed", "lower" FROM t'), {
    query: { body: { items: [{ expr: { parts: [id('select')] } }, { expr: { parts: [id('Mixed', true)] } }, { expr: { parts: [id('lower')] } }] } },
  });
  t.throws(() => parse('SELECT a FROM select'), { message: /reserved word SELECT; write "select"/ });
});

test('UPDATE t [AS alias] SET column = value, ... [WHERE ...] and DELETE FROM t [AS alias] [WHERE ...]', (t) => {
  t.like(one("UPDATE products SET price = price * 2, name = 'x' WHERE id = 1"), {
    kind: 'update', table: id('products'),
    assignments: [
      { column: id('price'), value: { kind: 'binary', op: '*', left: { kind: 'column', parts: [id('price')] }, right: { kind: 'number', value: '2' } } },
      { column: id('name'), value: { kind: 'string', value: 'x' } },
    ],
    where: { kind: 'binary', op: '=' },
  });
  const update = one('UPDATE t SET a = 1') as Extract<Statement, { kind: 'update' }>;
  t.is(update.where, undefined);
  t.is(update.alias, undefined);
  t.like(one('UPDATE t AS x SET a = x.a + 1'), { kind: 'update', table: id('t'), alias: id('x') });
  t.like(one('update t x set a = 1'), { kind: 'update', table: id('t'), alias: id('x') });
  t.deepEqual(one('DELETE FROM t'), { kind: 'delete', table: id('t') } as never);
  t.like(one('DELETE FROM "T" d WHERE d.a IS NULL'), { kind: 'delete', table: id('T', true), alias: id('d'), where: { kind: 'is' } });
  // UPDATE and DELETE are statements, and UPDATE stays usable as a name.
  t.like(one('SELECT update FROM t'), { kind: 'query-statement' });
  const [u, d] = parse('UPDATE t SET a = 1; DELETE FROM t WHERE a = 1');
  t.is(u!.sql, 'UPDATE t SET a = 1');
  t.is(d!.sql, 'DELETE FROM t WHERE a = 1');
  const err = t.throws(() => parse('UPDAT t SET a = 1'), { instanceOf: SqlError });
  t.regex(err!.message, /did you mean 'UPDATE'/);
});
