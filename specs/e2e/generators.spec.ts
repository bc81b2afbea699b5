// The generator sources from SQL: nexmark with schema inference, counts and windows; datagen
// sequences, value lists, ranges, distributions, NULL rates and event times.
import test from 'ava';
import { LaminarDB } from '../../index.js';

test('CREATE SOURCE ... (*) infers the table columns; counts, watermarks and windows run over it', async (t) => {
  const db = await LaminarDB.open();
  await db.execute(`
    CREATE SOURCE bid (*, WATERMARK FOR date_time AS date_time - INTERVAL '4' SECOND)
      WITH ('connector' = 'nexmark', 'nexmark.table.type' = 'bid', 'nexmark.event.num' = '50000', 'nexmark.seed' = '7');
    CREATE MATERIALIZED VIEW n AS SELECT COUNT(*) AS bids FROM bid;
    CREATE MATERIALIZED VIEW per_second AS SELECT window_start, COUNT(*) AS bids FROM bid GROUP BY TUMBLE(date_time, INTERVAL '1' SECOND);
  `);
  await db.flush();
  t.deepEqual(await db.query('SELECT * FROM n'), [{ bids: 46_000n }]);
  // 50,000 events at 10,000/s are 5 seconds: the windows fire when the bounded source ends.
  t.deepEqual((await db.query('SELECT bids FROM per_second ORDER BY window_start')).map((r) => r.bids), [9200n, 9200n, 9200n, 9200n, 9200n]);
  t.deepEqual(db.sources().find((s) => s.name === 'bid')!.columns.map((c) => c.name), ['auction', 'bidder', 'price', 'channel', 'url', 'date_time', 'extra']);
  await t.throwsAsync(db.execute("CREATE SOURCE p2 (id BIGINT, age INT) WITH ('connector' = 'nexmark', 'nexmark.table.type' = 'person')"), { message: /nexmark person events have no column 'age'/ });
  await db.close();
});

test('datagen: sequences, value lists, ranges and event times, the same rows for the same seed', async (t) => {
  const ddl = (name: string) => `CREATE SOURCE ${name} (id BIGINT, k VARCHAR, x DOUBLE, q INT, maybe INT, ts TIMESTAMP) WITH ('connector' = 'datagen', 'number-of-rows' = '2000',
    'fields.id.kind' = 'sequence', 'fields.id.start' = '10', 'fields.k.values' = 'a,b', 'fields.x.min' = '5', 'fields.x.max' = '6',
    'fields.q.distribution' = 'zipf', 'fields.q.min' = '1', 'fields.q.max' = '50', 'fields.maybe.null-rate' = '0.5', 'fields.ts.start' = '2024-01-01T00:00:00Z', 'fields.ts.step-ms' = '10')`;
  const db = await LaminarDB.open();
  await db.execute(`${ddl('g1')}; ${ddl('g2')};
    CREATE MATERIALIZED VIEW v1 AS SELECT id, k, x, q, maybe, ts FROM g1;
    CREATE MATERIALIZED VIEW v2 AS SELECT id, k, x, q, maybe, ts FROM g2;`);
  await db.flush();
  const rows = await db.query('SELECT * FROM v1 ORDER BY id');
  t.deepEqual(rows, await db.query('SELECT * FROM v2 ORDER BY id'));
  t.is(rows.length, 2000);
  t.deepEqual([rows[0]!.id, rows.at(-1)!.id], [10n, 2009n]);
  t.true(rows.every((r) => r.k === 'a' || r.k === 'b'));
  t.true(rows.every((r) => (r.x as number) >= 5 && (r.x as number) < 6));
  const ones = rows.filter((r) => r.q === 1).length;
  const fifties = rows.filter((r) => r.q === 50).length;
  t.true(ones > 10 * Math.max(1, fifties), `zipf: small values are hot (${ones} ones, ${fifties} fifties)`);
  const nulls = rows.filter((r) => r.maybe === null).length;
  t.true(nulls > 800 && nulls < 1200, `half NULL (${nulls})`);
  t.deepEqual([rows[0]!.ts, rows[1]!.ts], [Date.UTC(2024, 0, 1), Date.UTC(2024, 0, 1) + 10]);
  await t.throwsAsync(db.execute("CREATE SOURCE bad (a INT) WITH ('connector' = 'datagen', 'fields.a.distribution' = 'pareto')"), { message: /uniform, normal or zipf/ });
  await t.throwsAsync(db.execute("CREATE SOURCE bad (a INT) WITH ('connector' = 'datagen', 'fields.a.colour' = 'red')"), { message: /no field option 'colour'/ });
  await db.close();
});
