import test from 'ava';
import type { CreateTable, Statement } from './ast.js';
import { parse, stripSpans } from './index.js';

/** Parses exactly one statement and returns it without spans. */
const one = (sql: string): Statement => {
  const all = parse(sql);
  if (all.length !== 1) throw new Error(`expected one statement, got ${all.length}`);
  return stripSpans(all[0]!);
};
const id = (value: string, quoted = false) => ({ kind: 'ident', value, quoted });
const col = (...parts: string[]) => ({ kind: 'column', parts: parts.map((p) => id(p)) });

test('CREATE SOURCE with columns, NOT NULL, DEFAULT, WATERMARK and WITH', (t) => {
  const s = one(`CREATE OR REPLACE SOURCE IF NOT EXISTS trades (
    symbol VARCHAR NOT NULL, price DOUBLE DEFAULT 0, ts TIMESTAMP NOT NULL,
    WATERMARK FOR ts AS ts - INTERVAL '5' SECOND) WITH ('buffer_size' = '4096')`);
  t.deepEqual(s, {
    kind: 'create-source', orReplace: true, ifNotExists: true, name: id('trades'),
    columns: [
      { name: id('symbol'), type: { kind: 'type', name: 'varchar' }, notNull: true, primaryKey: false },
      { name: id('price'), type: { kind: 'type', name: 'float64' }, notNull: false, primaryKey: false, default: { kind: 'number', value: '0' } },
      { name: id('ts'), type: { kind: 'type', name: 'timestamp', withTimeZone: false }, notNull: true, primaryKey: false },
    ],
    watermark: { column: id('ts'), expr: { kind: 'binary', op: '-', left: col('ts'), right: { kind: 'interval', value: '5', unit: 'SECOND' } } },
    with: [{ key: 'buffer_size', value: { kind: 'string', value: '4096' } }],
  } as never);
});

test('CREATE SOURCE: WATERMARK FOR without AS, and the numeric form', (t) => {
  t.like(one('CREATE SOURCE e (ts TIMESTAMP, WATERMARK FOR ts)'), { watermark: { column: id('ts') } });
  t.is((one('CREATE SOURCE e (ts TIMESTAMP, WATERMARK FOR ts)') as { watermark: { expr?: unknown } }).watermark.expr, undefined);
  t.like(one('CREATE SOURCE e (ts BIGINT, WATERMARK FOR ts AS ts - 500)'), { watermark: { expr: { kind: 'binary', op: '-', right: { kind: 'number', value: '500' } } } });
});

test('CREATE SOURCE: connector form, FORMAT with options, connector names normalised', (t) => {
  const s = one(`CREATE SOURCE s (id BIGINT) FROM KAFKA (brokers = 'b:9092', 'group.id' = 'g', json.path = 'data', format = 'json')
    FORMAT json WITH (key = 'id') WITH ('buffer_size' = '8')`);
  t.like(s, {
    kind: 'create-source',
    connector: { name: 'kafka', options: [{ key: 'brokers' }, { key: 'group.id' }, { key: 'json.path' }, { key: 'format' }] },
    format: { name: 'JSON', options: [{ key: 'key', value: { kind: 'string', value: 'id' } }] },
    with: [{ key: 'buffer_size' }],
  });
  t.like(one("CREATE SOURCE c FROM \"postgres-cdc\" (host = 'h') SCHEMA (id BIGINT)"), { connector: { name: 'postgres-cdc' }, columns: [{ name: id('id') }] });
  t.like(one("CREATE SOURCE c FROM Postgres_CDC (host = 'h')"), { connector: { name: 'postgres-cdc' } });
  t.like(one("CREATE SOURCE d FROM DELTA_LAKE ('table.path' = 'x')"), { connector: { name: 'delta-lake' } });
  t.like(one("CREATE SOURCE o FROM OTEL (port = '4317', signals = 'traces')"), { connector: { name: 'otel', options: [{ key: 'port' }, { key: 'signals' }] } });
});

test('CREATE SOURCE: SCHEMA (...) after FROM gives the same node as columns before FROM', (t) => {
  const a = one("CREATE SOURCE e FROM KAFKA (topic = 'e') FORMAT JSON SCHEMA (id BIGINT, data TEXT, WATERMARK FOR id)");
  const b = one("CREATE SOURCE e (id BIGINT, data TEXT, WATERMARK FOR id) FROM KAFKA (topic = 'e') FORMAT JSON");
  t.deepEqual(a, b);
});

test('CREATE SOURCE: schema inference (*), (id BIGINT, *), PREFIX, and no columns at all', (t) => {
  t.like(one('CREATE SOURCE e (*)'), { columns: [], wildcard: {} });
  t.like(one("CREATE SOURCE e (id BIGINT, * PREFIX 'src_')"), { columns: [{ name: id('id') }], wildcard: { prefix: 'src_' } });
  const bare = one("CREATE SOURCE events FROM KAFKA (topic = 'e')") as { columns?: unknown; wildcard?: unknown };
  t.is(bare.columns, undefined);
  t.is(bare.wildcard, undefined);
  t.like(one('CREATE SOURCE events'), { kind: 'create-source', name: id('events') });
});

test('CREATE STREAM, CONTINUOUS QUERY and MATERIALIZED VIEW', (t) => {
  t.like(one("CREATE OR REPLACE STREAM IF NOT EXISTS s AS SELECT a FROM t EMIT CHANGES WITH ('retain_history' = '64mb')"), {
    kind: 'create-stream', continuousQuery: false, orReplace: true, ifNotExists: true, name: id('s'),
    query: { kind: 'query', emit: { mode: 'changes' }, body: { kind: 'select' } },
    with: [{ key: 'retain_history', value: { kind: 'string', value: '64mb' } }],
  });
  t.like(one('CREATE CONTINUOUS QUERY cq AS SELECT 1'), { kind: 'create-stream', continuousQuery: true, name: id('cq') });
  t.like(one('CREATE MATERIALIZED VIEW IF NOT EXISTS mv AS SELECT a FROM t'), { kind: 'create-materialized-view', ifNotExists: true, orReplace: false, name: id('mv') });
});

test('CREATE SINK from a name or a query, with WHERE, INTO, FORMAT and WITH', (t) => {
  t.like(one('CREATE SINK out FROM totals'), { kind: 'create-sink', from: { kind: 'name', name: id('totals') } });
  t.like(one("CREATE OR REPLACE SINK IF NOT EXISTS k FROM (SELECT * FROM t) WHERE price > 1 INTO KAFKA (topic = 'x') FORMAT AVRO WITH (key = 'sym') WITH ('connector' = 'kafka')"), {
    orReplace: true, ifNotExists: true,
    from: { kind: 'query', query: { body: { kind: 'select' } } },
    where: { kind: 'binary', op: '>' },
    into: { name: 'kafka', options: [{ key: 'topic' }] },
    format: { name: 'AVRO', options: [{ key: 'key' }] },
    with: [{ key: 'connector' }],
  });
  t.like(one("CREATE SINK f FROM changes INTO TABLE products WITH ('dead_letter' = 'rejects')"), { intoTable: id('products'), into: undefined, with: [{ key: 'dead_letter' }] });
  t.like(one('CREATE SINK f FROM changes INTO "table"'), { into: { name: 'table' }, intoTable: undefined });
});

test('CREATE TABLE with column and table PRIMARY KEY; CREATE LOOKUP TABLE', (t) => {
  t.like(one('CREATE TABLE products (id INT PRIMARY KEY, name VARCHAR NOT NULL, price DOUBLE)'), {
    kind: 'create-table', lookup: false,
    columns: [{ name: id('id'), primaryKey: true, type: { name: 'int32' } }, { notNull: true }, { type: { name: 'float64' } }],
  });
  t.like(one("CREATE OR REPLACE LOOKUP TABLE IF NOT EXISTS c (id BIGINT, name VARCHAR, PRIMARY KEY (id)) WITH ('connector' = 'postgres')"), {
    kind: 'create-table', lookup: true, orReplace: true, ifNotExists: true, primaryKey: [id('id')], with: [{ key: 'connector' }],
  });
});

test('DROP every object kind, IF EXISTS and CASCADE', (t) => {
  for (const [sql, objectType] of [
    ['DROP SOURCE s', 'SOURCE'], ['DROP SINK s', 'SINK'], ['DROP STREAM s', 'STREAM'],
    ['DROP MATERIALIZED VIEW s', 'MATERIALIZED VIEW'], ['DROP TABLE s', 'TABLE'], ['DROP LOOKUP TABLE s', 'LOOKUP TABLE'],
  ] as const) {
    t.deepEqual(one(sql), { kind: 'drop', objectType, ifExists: false, name: id('s'), cascade: false } as never, sql);
  }
  t.like(one('DROP SOURCE IF EXISTS s CASCADE'), { ifExists: true, cascade: true });
  t.like(one('DROP SOURCE if'), { name: id('if'), ifExists: false });
});

test('ALTER SOURCE ADD [COLUMN] and SET', (t) => {
  t.like(one('ALTER SOURCE s ADD COLUMN c INT'), { kind: 'alter-source', name: id('s'), action: { kind: 'add-column', column: { name: id('c'), type: { name: 'int32' } } } });
  t.like(one('ALTER SOURCE s ADD c BIGINT NOT NULL'), { action: { kind: 'add-column', column: { name: id('c'), notNull: true } } });
  t.like(one('ALTER SOURCE s ADD column INT'), { action: { column: { name: id('column') } } });
  t.like(one("ALTER SOURCE s SET ('batch.size' = '1000')"), { action: { kind: 'set-options', options: [{ key: 'batch.size', value: { kind: 'string', value: '1000' } }] } });
});

test('data types are normalised', (t) => {
  const types = (one(`CREATE TABLE t (a BOOL, b TINYINT, c SMALLINT, d INTEGER, e BIGINT, f REAL, g FLOAT4, h FLOAT, i DOUBLE PRECISION,
    j FLOAT8, k NUMERIC(10, 2), l DECIMAL, m TEXT, n STRING, o VARCHAR(20), p CHAR(3), q BYTEA, r BLOB, s DATE, u TIME,
    v TIMESTAMP(3), w TIMESTAMPTZ, x TIMESTAMP WITH TIME ZONE, y TIMESTAMP WITHOUT TIME ZONE, z INTERVAL, aa JSON, ab JSONB,
    ac ARRAY<INT>, ad INT[], ae STRUCT<a INT, b VARCHAR>, af ROW(x DOUBLE), ag MAP<VARCHAR, ARRAY<BIGINT>>, ah BINARY)`) as CreateTable).columns.map((c) => c.type);
  const T = (name: string, extra: object = {}) => ({ kind: 'type', name, ...extra });
  t.deepEqual(types as never, [
    T('boolean'), T('int8'), T('int16'), T('int32'), T('int64'), T('float32'), T('float32'), T('float64'), T('float64'),
    T('float64'), T('decimal', { precision: 10, scale: 2 }), T('decimal'), T('varchar'), T('varchar'), T('varchar', { length: 20 }),
    T('char', { length: 3 }), T('binary'), T('binary'), T('date'), T('time'),
    T('timestamp', { precision: 3, withTimeZone: false }), T('timestamp', { withTimeZone: true }), T('timestamp', { withTimeZone: true }),
    T('timestamp', { withTimeZone: false }), T('interval'), T('json'), T('jsonb'),
    T('array', { element: T('int32') }), T('array', { element: T('int32') }),
    T('struct', { fields: [{ name: id('a'), type: T('int32') }, { name: id('b'), type: T('varchar') }] }),
    T('struct', { fields: [{ name: id('x'), type: T('float64') }] }),
    T('map', { key: T('varchar'), value: T('array', { element: T('int64') }) }), T('binary'),
  ] as never);
});
