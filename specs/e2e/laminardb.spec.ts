/**
 * The LaminarDB class as a user drives it: execute, insert, watermark, subscribe (RxJS and
 * for-await), query, flush, close, the catalog listings, UDFs and db.dataflow().
 */
import test from 'ava';
import { firstValueFrom, toArray } from 'rxjs';
import { col, LaminarDB, SimulatedClock, SqlError, count, rowsToBatch, schemaOf, sum, tumbling, type Row } from '../../index.js';

const TRADES = `CREATE SOURCE trades (sym VARCHAR NOT NULL, price DOUBLE, qty BIGINT, ts TIMESTAMP,
  WATERMARK FOR ts AS ts - INTERVAL '1' SECOND)`;

async function withDb(fn: (db: LaminarDB) => Promise<void>, options: Parameters<typeof LaminarDB.open>[0] = {}): Promise<void> {
  const db = await LaminarDB.open(options);
  try {
    await fn(db);
  } finally {
    await db.close();
  }
}

test('execute returns one result per statement and stops at the first error', async (t) => {
  await withDb(async (db) => {
    const results = await db.execute(`${TRADES}; CREATE TABLE t (id INT PRIMARY KEY); SELECT 1 + 1 AS two`);
    t.deepEqual(results.map((r) => [r.statement, r.outcome ?? null]), [['CREATE SOURCE', 'created'], ['CREATE TABLE', 'created'], ['SELECT', null]]);
    t.deepEqual(results[2]!.rows, [{ two: 2 }]);
    t.deepEqual(results[2]!.columns, [{ name: 'two', type: 'int32', nullable: false }]);
    const error = await t.throwsAsync(db.execute('CREATE TABLE a (id INT PRIMARY KEY);\nSELECT nope FROM a;\nCREATE TABLE b (id INT PRIMARY KEY)'));
    t.true(error instanceof SqlError);
    const e = error as SqlError;
    t.is(e.code, 'LDB-1202');
    t.is(e.line, 2);
    t.is(e.column, 8);
    t.is(e.excerpt, '  SELECT nope FROM a;\n         ^');
    t.deepEqual(db.tables().map((x) => x.name), ['a', 't'], 'a was created, b was not');
  });
});

test('subscribe delivers rows after flush; SELECT over streams is a continuous query that ends with its last subscriber', async (t) => {
  await withDb(async (db) => {
    await db.execute(`${TRADES}; CREATE STREAM big AS SELECT sym, price * qty AS notional FROM trades WHERE qty >= 100`);
    const seen: Row[] = [];
    const sub = db.subscribe('big').subscribe((rows) => seen.push(...rows));
    const live: Row[] = [];
    const q = db.subscribe("SELECT sym FROM big WHERE notional > 1000").subscribe((rows) => live.push(...rows));
    t.deepEqual(db.queries().map((x) => [x.sql, x.subscribers]), [['SELECT sym FROM big WHERE notional > 1000', 1]]);
    await db.insert('trades', [
      { sym: 'AAPL', price: 10, qty: 100n, ts: 1000 },
      { sym: 'MSFT', price: 20, qty: 10n, ts: 1000 },
      { sym: 'IBM', price: 5, qty: 100n, ts: 1000 },
    ]);
    await db.flush();
    t.deepEqual(seen, [{ sym: 'AAPL', notional: 1000 }, { sym: 'IBM', notional: 500 }]);
    t.deepEqual(live, []);
    await db.insert('trades', [{ sym: 'AAPL', price: 11, qty: 100n, ts: 2000 }]);
    await db.flush();
    t.deepEqual(live, [{ sym: 'AAPL' }]);
    q.unsubscribe();
    t.deepEqual(db.queries(), [], 'the temporary query is gone');
    sub.unsubscribe();
  });
});

test('subscriptions are AsyncIterables too, and complete when the database closes', async (t) => {
  const db = await LaminarDB.open();
  await db.execute(TRADES);
  const rows: Row[] = [];
  const done = (async () => {
    for await (const batch of db.subscribe('trades')) rows.push(...batch);
  })();
  const all = firstValueFrom(db.subscribe('trades').pipe(toArray()));
  await db.insert('trades', [{ sym: 'A', price: 1, qty: 1n, ts: 0 }]);
  await db.flush();
  await db.close();
  await done;
  t.deepEqual(rows, [{ sym: 'A', price: 1, qty: 1n, ts: 0 }]);
  t.deepEqual((await all).flat(), rows);
  await t.throwsAsync(db.execute('SELECT 1'), { message: /the database is closed/ });
});

test('insert takes Arrow batches, applies DEFAULTs and rejects rows that do not fit (nothing of the call lands)', async (t) => {
  await withDb(async (db) => {
    await db.execute("CREATE SOURCE s (id INT NOT NULL, tag VARCHAR(3) DEFAULT 'new'); CREATE MATERIALIZED VIEW v AS SELECT * FROM s");
    t.is(await db.insert('s', rowsToBatch(schemaOf({ id: 'int32' }), [{ id: 1 }, { id: 2 }])), 2);
    t.is(await db.insert('s', [{ id: 3 }, { id: 4, tag: 'old' }]), 2);
    await t.throwsAsync(db.insert('s', [{ id: 5 }, { id: null }]), { message: /row 1: column 'id' is NOT NULL/ });
    await t.throwsAsync(db.insert('s', [{ id: 6, tag: 'long' }]), { message: /more than its VARCHAR\(3\)/ });
    await t.throwsAsync(db.insert('v', [{ id: 7 }]), { message: /'v' is a materialized view; rows are inserted into sources and tables/ });
    await t.throwsAsync(db.insert('ss', [{ id: 7 }]), { message: /no source or table named 'ss' \(did you mean 's'\?\)|no source or table named 'ss'/ });
    await db.flush();
    t.deepEqual(await db.query('SELECT id, tag FROM v ORDER BY id'), [
      { id: 1, tag: 'new' }, { id: 2, tag: 'new' }, { id: 3, tag: 'new' }, { id: 4, tag: 'old' },
    ]);
  });
});

test('watermark() closes windows; query() reads views; EXPLAIN ANALYZE reports what ran', async (t) => {
  await withDb(async (db) => {
    await db.execute(`${TRADES};
      CREATE MATERIALIZED VIEW vol AS SELECT sym, TUMBLE(ts, INTERVAL '1' MINUTE) AS w, SUM(qty) AS qty, COUNT(*) AS n
      FROM trades GROUP BY sym, TUMBLE(ts, INTERVAL '1' MINUTE)`);
    await db.insert('trades', [{ sym: 'A', price: 1, qty: 5n, ts: 1_000 }, { sym: 'A', price: 1, qty: 7n, ts: 59_000 }, { sym: 'B', price: 1, qty: 1n, ts: 30_000 }]);
    await db.flush();
    t.deepEqual(await db.query('SELECT * FROM vol'), [], 'the minute has not closed');
    await db.watermark('trades', new Date(60_000));
    await db.flush();
    t.deepEqual(await db.query('SELECT sym, qty, n FROM vol ORDER BY sym'), [{ sym: 'A', qty: 12n, n: 2n }, { sym: 'B', qty: 1n, n: 1n }]);
    const plan = (await db.query('EXPLAIN ANALYZE SELECT sym FROM vol WHERE n > 1')).map((r) => r.plan as string);
    t.true(plan.some((l) => /rows_produced: 1, execution_time_ms: [\d.]+, batches_processed: 1/.test(l)), plan.join('\n'));
    await t.throwsAsync(db.query('SELECT * FROM trades'), { message: /reads streams, which never end; use db.subscribe/ });
    await t.throwsAsync(db.watermark('vol', 1), { message: /no source named 'vol'/ });
  });
});

test('catalog listings describe every object', async (t) => {
  await withDb(async (db) => {
    await db.execute(`${TRADES}; CREATE STREAM s1 AS SELECT sym, ts FROM trades; CREATE MATERIALIZED VIEW m AS SELECT sym FROM s1;
      CREATE SINK k FROM s1 INTO STDOUT FORMAT JSON; CREATE TABLE r (id INT PRIMARY KEY, v VARCHAR)`);
    const [source] = db.sources();
    t.like(source, { name: 'trades', kind: 'source', eventTime: 'ts', connector: 'memory', reads: [] });
    t.deepEqual(source!.columns.map((c) => `${c.name}:${c.type}:${c.nullable}`), ['sym:utf8:false', 'price:float64:true', 'qty:int64:true', 'ts:timestamp:true']);
    t.like(db.streams()[0], { name: 's1', reads: ['trades'], eventTime: 'ts' });
    t.like(db.materializedViews()[0], { name: 'm', reads: ['s1'] });
    t.like(db.sinks()[0], { name: 'k', connector: 'stdout', reads: ['s1'] });
    t.like(db.tables()[0], { name: 'r', primaryKey: ['id'] });
    t.is(db.sources()[0]!.sql, "CREATE SOURCE trades (sym VARCHAR NOT NULL, price DOUBLE, qty BIGINT, ts TIMESTAMP, WATERMARK FOR ts AS ts - INTERVAL '1' SECOND)");
  }, { stdout: { write: () => true } });
});

test('SHOW CREATE output executes back into the same objects', async (t) => {
  const ddl = `${TRADES};
    CREATE STREAM s1 AS SELECT sym, CAST(price AS DECIMAL(10,2)) AS p, ts FROM trades WHERE qty BETWEEN 1 AND 10 AND sym LIKE 'A%';
    CREATE MATERIALIZED VIEW m AS SELECT sym, HOP(ts, INTERVAL '1' SECOND, INTERVAL '5' SECOND) AS w, MAX(CAST(p AS DOUBLE)) AS hi FROM s1 GROUP BY sym, HOP(ts, INTERVAL '1' SECOND, INTERVAL '5' SECOND);
    CREATE TABLE r (id INT PRIMARY KEY, v VARCHAR(10) DEFAULT 'x')`;
  const first = await LaminarDB.open();
  await first.execute(ddl);
  const shown: string[] = [];
  for (const [kind, name] of [['SOURCE', 'trades'], ['STREAM', 's1'], ['MATERIALIZED VIEW', 'm'], ['TABLE', 'r']] as const) {
    shown.push((await first.query(`SHOW CREATE ${kind} ${name}`))[0]!.sql as string);
  }
  const second = await LaminarDB.open();
  await second.execute(shown.join(';\n'));
  for (const list of ['sources', 'streams', 'materializedViews', 'tables'] as const) {
    t.deepEqual(second[list](), first[list](), list);
  }
  await first.close();
  await second.close();
});

test('registerFunction: SQL calls a JS function with typed arguments; errors are row errors', async (t) => {
  await withDb(async (db) => {
    db.registerFunction('fee', (qty: bigint, price: number) => Number(qty) * price * 0.001, { args: ['BIGINT', 'DOUBLE'], returns: 'DOUBLE' });
    db.registerFunction('shout', (s: string) => {
      if (s === 'boom') throw new Error('no');
      return `${s}!`;
    }, { args: ['varchar'], returns: 'utf8' });
    await db.execute(`${TRADES}; CREATE STREAM fees AS SELECT sym, fee(qty, price) AS fee, shout(sym) AS loud FROM trades`);
    const out: Row[] = [];
    db.subscribe('fees').subscribe((rows) => out.push(...rows));
    await db.insert('trades', [{ sym: 'a', price: 2, qty: 1000n, ts: 0 }, { sym: 'boom', price: null, qty: 1n, ts: 0 }]);
    await db.flush();
    t.deepEqual(out, [{ sym: 'a', fee: 2, loud: 'a!' }, { sym: 'boom', fee: null, loud: null }]);
    t.true(db.metrics().actors.some((a) => (a.counters['errors.udf'] ?? 0) === 1), 'the throw was counted');
    t.throws(() => db.registerFunction('lower', () => 1, { args: [], returns: 'INT' }), { message: /a function named 'lower' exists already/ });
    t.throws(() => db.registerFunction('f2', () => 1, { args: ['NOTATYPE'], returns: 'INT' }), { message: /argument 1 of 'f2': 'NOTATYPE' is not a type/ });
    t.deepEqual(await db.query('SELECT shout(\'hi\') AS v'), [{ v: 'hi!' }]);
    t.true((await db.query('SHOW FUNCTIONS')).some((f) => f.name === 'fee' && f.kind === 'udf'));
  });
});

test('db.dataflow(): a programmatic pipeline reads SQL sources, and its output is a stream SQL can use', async (t) => {
  await withDb(async (db) => {
    await db.execute(TRADES);
    const flow = db.dataflow('volumes');
    flow.from('trades').filter(col('qty').gt(0)).keyBy('sym').window(tumbling('1s')).aggregate({ n: count(), volume: sum('qty') }).as('volumes');
    t.deepEqual(await flow.register(), ['volumes']);
    await db.execute('CREATE STREAM busy AS SELECT sym, volume FROM volumes WHERE n >= 2');
    const out: Row[] = [];
    db.subscribe('busy').subscribe((rows) => out.push(...rows));
    await db.insert('trades', [
      { sym: 'A', price: 1, qty: 5n, ts: 100 }, { sym: 'A', price: 1, qty: 6n, ts: 200 }, { sym: 'B', price: 1, qty: 1n, ts: 300 },
      { sym: 'A', price: 1, qty: 0n, ts: 400 },
    ]);
    await db.watermark('trades', 5000);
    await db.flush();
    t.deepEqual(out, [{ sym: 'A', volume: 11n }]);
    t.like(db.streams().find((s) => s.name === 'volumes'), { reads: ['trades'] });
    t.throws(() => db.dataflow('x').source('t', { schema: { a: 'int32' } }), { message: /create the source with CREATE SOURCE t/ });
    t.throws(() => db.dataflow('x').from('nope'), { message: /no source, stream or view named 'nope'/ });
    await t.throwsAsync(db.execute('DROP SOURCE trades'), { message: /stream 'volumes' read it/ });
    await db.execute('DROP SOURCE trades CASCADE');
    t.deepEqual(db.streams(), []);
  });
});

test('a clock option drives now() and processing time; CHECKPOINT marks a cut', async (t) => {
  const clock = new SimulatedClock(Date.UTC(2024, 0, 1));
  await withDb(async (db) => {
    t.deepEqual(await db.query('SELECT now() AS t'), [{ t: Date.UTC(2024, 0, 1) }]);
    const [cp] = await db.execute('CHECKPOINT');
    t.is(cp!.checkpointId, 1);
    const [status] = await db.query('SHOW CHECKPOINT STATUS');
    t.deepEqual(status, { checkpoint_id: 1n, completed_at: Date.UTC(2024, 0, 1), durable: false });
  }, { clock });
});

test('aggregate UDFs fold values per group in windows and snapshot GROUP BY', async (t) => {
  await withDb(async (db) => {
    db.registerFunction('spread', {
      create: () => ({ lo: Infinity, hi: -Infinity }),
      add: (s: { lo: number; hi: number }, v: number) => ({ lo: Math.min(s.lo, v), hi: Math.max(s.hi, v) }),
      result: (s: { lo: number; hi: number }) => (s.hi >= s.lo ? s.hi - s.lo : null),
    }, { args: ['DOUBLE'], returns: 'DOUBLE' });
    db.registerFunction('concat_all', {
      create: () => [] as string[],
      add: (s: string[], v: string) => [...s, v],
      result: (s: string[]) => s.sort().join('|'),
    }, { args: ['VARCHAR'], returns: 'VARCHAR' });
    await db.execute(`${TRADES};
      CREATE MATERIALIZED VIEW w AS SELECT sym, TUMBLE(ts, INTERVAL '1' SECOND) AS start, spread(price) AS spread, concat_all(qty) AS qtys
      FROM trades GROUP BY sym, TUMBLE(ts, INTERVAL '1' SECOND)`);
    await db.insert('trades', [
      { sym: 'A', price: 10, qty: 1n, ts: 100 }, { sym: 'A', price: 12.5, qty: 2n, ts: 200 }, { sym: 'A', price: null, qty: 3n, ts: 300 },
      { sym: 'B', price: null, qty: null, ts: 400 },
    ]);
    await db.watermark('trades', 5000);
    await db.flush();
    t.deepEqual(await db.query('SELECT sym, spread, qtys FROM w ORDER BY sym'), [
      { sym: 'A', spread: 2.5, qtys: '1|2|3' },
      { sym: 'B', spread: null, qtys: '' },
    ]);
    t.deepEqual(await db.query('SELECT spread(spread) AS s FROM w'), [{ s: 0 }], 'over a view, no window: one non-NULL value');
    await t.throwsAsync(db.query('SELECT spread(price) FROM w'), { message: /unknown column 'price'/ });
    t.deepEqual(await db.query("SELECT spread('x') AS s FROM w"), [{ s: null }], 'the argument is cast; a bad cast is a NULL like anywhere');
    t.throws(() => db.registerFunction('sum', { create: () => 0, add: (s: number) => s, result: (s: number) => s }, { args: ['INT'], returns: 'INT' }), { message: /a function named 'sum' exists already/ });
    t.throws(() => db.registerFunction('two', { create: () => 0, add: (s: number) => s, result: (s: number) => s }, { args: ['INT', 'INT'], returns: 'INT' }), { message: /takes exactly one argument/ });
    t.true((await db.query('SHOW FUNCTIONS')).some((f) => f.name === 'spread' && f.kind === 'aggregate udf' && f.description === '(DOUBLE) -> DOUBLE'));
  });
});

test('a live SELECT nobody subscribes to costs nothing; it starts with its first subscriber and can start again', async (t) => {
  await withDb(async (db) => {
    await db.execute(TRADES);
    const before = db.metrics().actors.length;
    const [unused] = await db.execute("SELECT sym FROM trades WHERE sym = 'A'");
    t.truthy(unused!.subscription);
    t.is(db.metrics().actors.length, before, 'no actors until someone subscribes');
    t.deepEqual(db.queries(), []);
    const rows: Row[] = [];
    const sub = unused!.subscription!.subscribe((r) => rows.push(...r));
    t.is(db.queries().length, 1);
    await db.insert('trades', [{ sym: 'A', price: 1, qty: 1n, ts: 0 }, { sym: 'B', price: 1, qty: 1n, ts: 0 }]);
    await db.flush();
    t.deepEqual(rows, [{ sym: 'A' }]);
    sub.unsubscribe();
    await db.flush();
    t.is(db.metrics().actors.length, before, 'removed with its last subscriber');
    const again: Row[] = [];
    unused!.subscription!.subscribe((r) => again.push(...r));
    await db.insert('trades', [{ sym: 'A', price: 2, qty: 1n, ts: 0 }]);
    await db.flush();
    t.deepEqual(again, [{ sym: 'A' }], 'only rows after the second start');
    await t.throwsAsync(db.execute('SELECT CAST(ts AS BOOLEAN) FROM trades'), { message: /cannot cast timestamp to bool at line 1, column 1/ });
  });
});
