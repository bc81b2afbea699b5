import test from 'ava';
import type { ColumnRef, Query, QueryStatement, Select, SetExpr } from './ast.js';
import { parse, stripSpans } from './index.js';

const query = (sql: string): Query => {
  const [s] = parse(sql);
  if (s?.kind !== 'query-statement') throw new Error(`not a query: ${sql}`);
  return stripSpans((s as QueryStatement).query);
};
const select = (sql: string): Select => query(sql).body as Select;
const id = (value: string, quoted = false) => ({ kind: 'ident', value, quoted });
const col = (...parts: string[]) => ({ kind: 'column', parts: parts.map((p) => id(p)) });
const table = (name: string, alias?: string) => ({ kind: 'table', name: id(name), ...(alias ? { alias: { name: id(alias), columns: [] } } : {}) });

/** A set expression as nested text: (UNION a b), with SELECTs named by their first column. */
const shape = (s: SetExpr): string => {
  switch (s.kind) {
    case 'set-op':
      return `(${s.op}${s.all ? ' ALL' : ''} ${shape(s.left)} ${shape(s.right)})`;
    case 'select':
      return (s.items[0]!.expr as ColumnRef).parts[0]!.value;
    case 'values':
      return 'values';
    case 'query':
      return `[${shape(s.body)}]`;
  }
};

test('set operations: INTERSECT binds tighter than UNION and EXCEPT; all are left-associative', (t) => {
  t.is(shape(query('SELECT a FROM t UNION SELECT b FROM t INTERSECT SELECT c FROM t').body), '(UNION a (INTERSECT b c))');
  t.is(shape(query('SELECT a FROM t UNION ALL SELECT b FROM t EXCEPT SELECT c FROM t').body), '(EXCEPT (UNION ALL a b) c)');
  t.is(shape(query('(SELECT a FROM t UNION SELECT b FROM t) INTERSECT SELECT c FROM t').body), '(INTERSECT (UNION a b) c)');
  t.is(shape(query('SELECT a FROM t UNION DISTINCT (SELECT b FROM t UNION SELECT c FROM t)').body), '(UNION a (UNION b c))');
  t.is(shape(query('(SELECT a FROM t ORDER BY a LIMIT 1) UNION SELECT b FROM t').body), '(UNION [a] b)');
  const q = query('SELECT a FROM t UNION SELECT b FROM u ORDER BY a DESC LIMIT 5');
  t.like(q, { orderBy: [{ expr: col('a'), direction: 'DESC' }], limit: { kind: 'number', value: '5' } });
});

test('WITH queries with column lists; WITH RECURSIVE is rejected', (t) => {
  t.like(query('WITH a AS (SELECT 1), b (x, y) AS (SELECT 1, 2) SELECT * FROM a, b'), {
    with: [{ name: id('a'), columns: [] }, { name: id('b'), columns: [id('x'), id('y')] }],
    body: { from: [table('a'), table('b')] },
  });
  t.throws(() => parse('WITH RECURSIVE r AS (SELECT 1) SELECT * FROM r'), { message: /WITH RECURSIVE is not supported/ });
});

test('select items: *, t.*, expressions with and without AS; DISTINCT', (t) => {
  const s = select('SELECT DISTINCT *, t.*, s.t.*, a AS x, b y, "c" "Z" FROM t');
  t.true(s.distinct);
  t.deepEqual(s.items as never, [
    { expr: { kind: 'wildcard' } },
    { expr: { kind: 'wildcard', qualifier: [id('t')] } },
    { expr: { kind: 'wildcard', qualifier: [id('s'), id('t')] } },
    { expr: col('a'), alias: id('x') },
    { expr: col('b'), alias: id('y') },
    { expr: col('c'), alias: id('Z', true) },
  ]);
  t.like(select('SELECT a AS key FROM t'), { items: [{ alias: id('key') }] });
});

test('FROM: aliases (AS optional), column alias lists, subqueries, comma joins', (t) => {
  t.like(select('SELECT * FROM trades t, orders AS o, (SELECT 1) AS sub (one), (VALUES (1)) v'), {
    from: [table('trades', 't'), table('orders', 'o'),
      { kind: 'derived', query: { body: { kind: 'select' } }, alias: { name: id('sub'), columns: [id('one')] } },
      { kind: 'derived', query: { body: { kind: 'values' } }, alias: { name: id('v') } }],
  });
  // A keyword is never taken as an implicit alias.
  t.like(query('SELECT * FROM t EMIT CHANGES'), { body: { from: [table('t')] }, emit: { mode: 'changes' } });
});

test('joins: every type, ON and USING, chains are left-deep', (t) => {
  const types: [string, string][] = [
    ['JOIN', 'INNER'], ['INNER JOIN', 'INNER'], ['LEFT JOIN', 'LEFT'], ['LEFT OUTER JOIN', 'LEFT'], ['RIGHT JOIN', 'RIGHT'],
    ['RIGHT OUTER JOIN', 'RIGHT'], ['FULL JOIN', 'FULL'], ['FULL OUTER JOIN', 'FULL'], ['SEMI JOIN', 'SEMI'], ['ANTI JOIN', 'ANTI'],
    ['LEFT SEMI JOIN', 'LEFT SEMI'], ['RIGHT SEMI JOIN', 'RIGHT SEMI'], ['LEFT ANTI JOIN', 'LEFT ANTI'], ['RIGHT ANTI JOIN', 'RIGHT ANTI'],
  ];
  for (const [sql, type] of types) {
    t.like(select(`SELECT * FROM a ${sql} b ON a.id = b.id`), {
      from: [{ kind: 'join', type, left: table('a'), right: table('b'), condition: { kind: 'on', expr: { kind: 'binary', op: '=', left: col('a', 'id') } } }],
    }, sql);
  }
  t.like(select('SELECT * FROM a CROSS JOIN b'), { from: [{ kind: 'join', type: 'CROSS', left: table('a'), right: table('b') }] });
  t.like(select('SELECT * FROM a JOIN b USING (id, k) LEFT JOIN c ON c.x = b.x'), {
    from: [{ kind: 'join', type: 'LEFT', left: { kind: 'join', type: 'INNER', condition: { kind: 'using', columns: [id('id'), id('k')] } }, right: table('c') }],
  });
  t.like(select('SELECT * FROM trades t INNER JOIN orders o ON t.s = o.s AND o.ts BETWEEN t.ts - INTERVAL \'10\' SECOND AND t.ts + INTERVAL \'10\' SECOND'), {
    from: [{ condition: { expr: { op: 'AND', right: { kind: 'between' } } } }],
  });
});

test('ASOF JOIN with and without MATCH_CONDITION', (t) => {
  t.like(select('SELECT * FROM trades t ASOF JOIN reference r ON t.symbol = r.symbol AND t.ts >= r.ts'), {
    from: [{ kind: 'join', type: 'ASOF', condition: { kind: 'on', expr: { op: 'AND' } } }],
  });
  t.like(select("SELECT * FROM trades t ASOF JOIN quotes q MATCH_CONDITION(t.ts >= q.ts AND t.ts - q.ts <= INTERVAL '5' SECOND) ON t.symbol = q.symbol"), {
    from: [{ type: 'ASOF', matchCondition: { kind: 'binary', op: 'AND' }, condition: { kind: 'on' } }],
  });
  t.like(select('SELECT * FROM t ASOF JOIN q MATCH_CONDITION (NEAREST(t.ts, q.ts)) ON t.s = q.s'), {
    from: [{ matchCondition: { kind: 'call', name: id('NEAREST'), args: [{ value: col('t', 'ts') }, { value: col('q', 'ts') }] } }],
  });
  t.throws(() => parse('SELECT * FROM a JOIN b MATCH_CONDITION (x) ON y'), { message: /only allowed in an ASOF JOIN/ });
});

test('temporal join: FOR SYSTEM_TIME AS OF, before or after the alias', (t) => {
  const expected = { from: [{ kind: 'join', right: { kind: 'table', name: id('products'), alias: { name: id('p') }, systemTimeAsOf: col('o', 'order_time') } }] };
  t.like(select('SELECT * FROM orders o JOIN products FOR SYSTEM_TIME AS OF o.order_time AS p ON o.product_id = p.id'), expected);
  t.like(select('SELECT * FROM orders o JOIN products p FOR SYSTEM_TIME AS OF o.order_time ON o.product_id = p.id'), expected);
});

test('TEMPORAL PROBE JOIN with RANGE and LIST offsets (durations as tokens)', (t) => {
  const s = select('SELECT * FROM trades t TEMPORAL PROBE JOIN prices r ON (symbol) TIMESTAMPS (ts, ts) RANGE FROM 0s TO 30s STEP 5s AS p');
  t.deepEqual(s.from[0] as never, {
    kind: 'temporal-probe', type: 'INNER', left: table('trades', 't'), right: table('prices', 'r'), keys: [id('symbol')],
    leftTime: col('ts'), rightTime: col('ts'),
    offsets: { kind: 'range', from: { value: 0, unit: 's' }, to: { value: 30, unit: 's' }, step: { value: 5, unit: 's' } },
    alias: id('p'),
  });
  t.like(select('SELECT * FROM t LEFT TEMPORAL PROBE JOIN m ON (a, b) TIMESTAMPS (t.ts, m.ts) LIST (-5s, 0s, 500ms, 1m, 2h, 1d) AS p'), {
    from: [{
      type: 'LEFT', keys: [id('a'), id('b')], leftTime: col('t', 'ts'), rightTime: col('m', 'ts'),
      offsets: { kind: 'list', values: [{ value: -5, unit: 's' }, { value: 0, unit: 's' }, { value: 500, unit: 'ms' }, { value: 1, unit: 'm' }, { value: 2, unit: 'h' }, { value: 1, unit: 'd' }] },
    }],
  });
});

test('window table functions, with and without TABLE( )', (t) => {
  const call = {
    kind: 'call', name: id('TUMBLE'),
    args: [{ value: { kind: 'table-arg', name: id('bids') } }, { value: { kind: 'call', name: id('DESCRIPTOR'), args: [{ value: col('ts') }] } }, { value: { kind: 'interval', value: '1', unit: 'MINUTE' } }],
  };
  t.like(select("SELECT * FROM TABLE(TUMBLE(TABLE bids, DESCRIPTOR(ts), INTERVAL '1' MINUTE))"), { from: [{ kind: 'table-function', call }] });
  t.like(select("SELECT * FROM TUMBLE(TABLE bids, DESCRIPTOR(ts), INTERVAL '1' MINUTE) w"), { from: [{ kind: 'table-function', call, alias: { name: id('w') } }] });
  for (const fn of ['HOP', 'SESSION', 'CUMULATE']) {
    t.like(select(`SELECT * FROM TABLE(${fn}(TABLE bids, DESCRIPTOR(ts), INTERVAL '1' MINUTE))`), { from: [{ kind: 'table-function', call: { name: id(fn) } }] }, fn);
  }
});

test('WHERE, GROUP BY with window calls, HAVING, ORDER BY, LIMIT and OFFSET', (t) => {
  const q = query("SELECT sym, SUM(v) FROM s WHERE v > 0 GROUP BY sym, TUMBLE(ts, INTERVAL '1' SECOND) HAVING SUM(v) > 10 ORDER BY sym ASC NULLS FIRST, 2 DESC NULLS LAST OFFSET 5 LIMIT 10");
  t.like(q.body, {
    where: { kind: 'binary', op: '>' },
    groupBy: [col('sym'), { kind: 'call', name: id('TUMBLE'), args: [{ value: col('ts') }, { value: { kind: 'interval', unit: 'SECOND' } }] }],
    having: { kind: 'binary', op: '>', left: { kind: 'call', name: id('SUM') } },
  });
  t.deepEqual(q.orderBy as never, [{ expr: col('sym'), direction: 'ASC', nulls: 'FIRST' }, { expr: { kind: 'number', value: '2' }, direction: 'DESC', nulls: 'LAST' }]);
  t.like(q, { limit: { value: '10' }, offset: { value: '5' } });
});

test('streaming tail clauses in any order; EMIT forms and synonyms', (t) => {
  const modes: [string, string][] = [
    ['EMIT AFTER WATERMARK', 'after-watermark'], ['EMIT ON WATERMARK', 'after-watermark'], ['EMIT ON WINDOW CLOSE', 'on-window-close'],
    ['EMIT ON UPDATE', 'on-update'], ['EMIT CHANGES', 'changes'], ['EMIT FINAL', 'final'],
  ];
  for (const [sql, mode] of modes) t.deepEqual(query(`SELECT a FROM t ${sql}`).emit as never, { mode }, sql);
  t.like(query("SELECT a FROM t EMIT EVERY INTERVAL '30' SECOND"), { emit: { mode: 'every', interval: { kind: 'interval', value: '30', unit: 'SECOND' } } });
  t.like(query("SELECT a FROM t EMIT PERIODICALLY INTERVAL '30' SECOND"), { emit: { mode: 'every', interval: { value: '30' } } });
  const a = query("SELECT a FROM t EMIT FINAL ALLOW LATENESS INTERVAL '1' HOUR LATE DATA TO late");
  const b = query("SELECT a FROM t LATE DATA TO late ALLOW LATENESS INTERVAL '1' HOUR EMIT FINAL");
  t.deepEqual(a, b);
  t.like(a, { emit: { mode: 'final' }, lateness: { kind: 'interval', unit: 'HOUR' }, lateDataTo: id('late') });
  t.throws(() => parse('SELECT a FROM t EMIT CHANGES EMIT FINAL'), { message: /only one EMIT/ });
});

test('VALUES as a query', (t) => {
  t.like(query("VALUES (1, 'a'), (2, 'b')"), { body: { kind: 'values', rows: [[{ value: '1' }, { value: 'a' }], [{ value: '2' }, { value: 'b' }]] } });
});
