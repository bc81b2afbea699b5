// Aggregates against DuckDB over 100,000 Nexmark bids (disordered within the watermark bound):
// unwindowed GROUP BY (a changelog, read back as a view) and tumbling, hopping and session
// windows, with DISTINCT and FILTER. Both engines read the same rows; every group must agree.
import test from 'ava';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { LaminarDB, type Row } from '../../index.js';
import { batchToRows } from '../../runtime/index.js';
import { NexmarkGenerator, tableOf } from '../../connectors/transport/nexmark/nexmark-model.js';

const EVENTS = 108_696; // 100,000 bids at 46 in 50
const OPTIONS = { seed: 11, rate: 2_000, baseTime: Date.UTC(2024, 0, 1), maxDisorderMs: 2_000 };
const SOURCE = `CREATE SOURCE bid (*, WATERMARK FOR date_time AS date_time - INTERVAL '4' SECOND) WITH ('connector' = 'nexmark', 'nexmark.table.type' = 'bid',
  'nexmark.event.num' = '${EVENTS}', 'nexmark.seed' = '${OPTIONS.seed}', 'nexmark.event.rate' = '${OPTIONS.rate}', 'nexmark.base.time' = '${OPTIONS.baseTime}', 'nexmark.max.disorder.ms' = '${OPTIONS.maxDisorderMs}')`;

/** Each query in both dialects; rows are matched on `key` columns. */
const QUERIES: readonly { name: string; ours: string; duck: string; key: readonly string[] }[] = [
  {
    name: 'unwindowed per channel, DISTINCT and FILTER',
    ours: `SELECT channel, count(*) AS n, count(DISTINCT bidder) AS bidders, count(*) FILTER (WHERE price < 10000) AS small,
      count(DISTINCT bidder) FILTER (WHERE price >= 1000000) AS big_bidders, sum(price) AS total, sum(DISTINCT auction) AS auctions,
      max(price) AS hi, min(price) AS lo, avg(price) AS mean FROM bid GROUP BY channel`,
    duck: `SELECT channel, count(*) AS n, count(DISTINCT bidder) AS bidders, count(*) FILTER (WHERE price < 10000) AS small,
      count(DISTINCT bidder) FILTER (WHERE price >= 1000000) AS big_bidders, sum(price) AS total, sum(DISTINCT auction) AS auctions,
      max(price) AS hi, min(price) AS lo, avg(price) AS mean FROM bid GROUP BY channel`,
    key: ['channel'],
  },
  {
    name: 'unwindowed per auction (Nexmark q17 style)',
    ours: 'SELECT auction, count(*) AS n, count(*) FILTER (WHERE price < 10000) AS rank1, min(price) AS lo, max(price) AS hi, sum(price) AS total, stddev_pop(price) AS sd FROM bid GROUP BY auction',
    duck: 'SELECT auction, count(*) AS n, count(*) FILTER (WHERE price < 10000) AS rank1, min(price) AS lo, max(price) AS hi, sum(price) AS total, stddev_pop(price) AS sd FROM bid GROUP BY auction',
    key: ['auction'],
  },
  {
    name: 'tumbling 1 s per auction',
    ours: `SELECT auction, window_start, count(*) AS n, count(DISTINCT bidder) AS bidders, max(price) FILTER (WHERE channel = 'Google') AS google_hi, sum(DISTINCT price) AS prices
      FROM bid GROUP BY auction, TUMBLE(date_time, INTERVAL '1' SECOND)`,
    duck: `SELECT auction, epoch_ms(time_bucket(INTERVAL '1 second', date_time)) AS window_start, count(*) AS n, count(DISTINCT bidder) AS bidders,
      max(price) FILTER (WHERE channel = 'Google') AS google_hi, sum(DISTINCT price) AS prices FROM bid GROUP BY ALL`,
    key: ['auction', 'window_start'],
  },
  {
    name: 'hopping 2 s / 10 s per auction (Nexmark q5 style)',
    ours: 'SELECT auction, window_start, count(*) AS n, count(DISTINCT bidder) AS bidders FROM bid GROUP BY auction, HOP(date_time, INTERVAL \'2\' SECOND, INTERVAL \'10\' SECOND)',
    duck: `SELECT auction, ws AS window_start, count(*) AS n, count(DISTINCT bidder) AS bidders
      FROM (SELECT *, unnest(generate_series(floor(epoch_ms(date_time) / 2000)::BIGINT * 2000 - 8000, floor(epoch_ms(date_time) / 2000)::BIGINT * 2000, 2000)) AS ws FROM bid)
      GROUP BY auction, ws`,
    key: ['auction', 'window_start'],
  },
  {
    name: 'sessions per bidder, gap 5 s (Nexmark q11 style)',
    ours: 'SELECT bidder, window_start, window_end, count(*) AS n, sum(price) AS total, count(DISTINCT auction) FILTER (WHERE price > 1000) AS auctions FROM bid GROUP BY bidder, SESSION(date_time, INTERVAL \'5\' SECOND)',
    duck: `WITH o AS (SELECT bidder, epoch_ms(date_time) AS t, price, auction FROM bid),
      m AS (SELECT *, CASE WHEN t - lag(t) OVER (PARTITION BY bidder ORDER BY t) < 5000 THEN 0 ELSE 1 END AS brk FROM o),
      s AS (SELECT *, sum(brk) OVER (PARTITION BY bidder ORDER BY t ROWS UNBOUNDED PRECEDING) AS sid FROM m)
      SELECT bidder, min(t) AS window_start, max(t) + 5000 AS window_end, count(*) AS n, sum(price) AS total, count(DISTINCT auction) FILTER (WHERE price > 1000) AS auctions
      FROM s GROUP BY bidder, sid`,
    key: ['bidder', 'window_start'],
  },
];

const norm = (v: unknown): unknown => (typeof v === 'bigint' ? Number(v) : v instanceof Date ? v.getTime() : v);
const agree = (a: unknown, b: unknown) => {
  const [x, y] = [norm(a), norm(b)];
  if (typeof x === 'number' && typeof y === 'number') return x === y || Math.abs(x - y) <= 1e-9 * Math.max(1, Math.abs(x), Math.abs(y));
  return x === y || (x == null && y == null);
};

test('aggregates over 100,000 Nexmark bids agree with DuckDB, windowed and not, with DISTINCT and FILTER', async (t) => {
  // The bids as DuckDB sees them: the generator's own rows through a CSV file.
  const gen = new NexmarkGenerator('bid', OPTIONS);
  const rows: Row[] = [];
  for (let n = 0; n < EVENTS;) {
    const { batch, next } = gen.batch(n, EVENTS, 8192);
    if (batch) batchToRows(batch, rows);
    n = next;
  }
  t.is(rows.length, [...Array(EVENTS).keys()].filter((n) => tableOf(n) === 'bid').length);
  const dir = mkdtempSync(join(tmpdir(), 'ldb-duck-'));
  try {
    const csv = join(dir, 'bid.csv');
    writeFileSync(csv, `auction,bidder,price,channel,date_time\n${rows.map((r) => `${r.auction},${r.bidder},${r.price},${r.channel},${new Date(r.date_time as number).toISOString()}`).join('\n')}\n`);
    const duck = await (await DuckDBInstance.create(':memory:', { threads: '1' })).connect();
    await duck.run(`CREATE TABLE bid AS SELECT auction::BIGINT AS auction, bidder::BIGINT AS bidder, price::BIGINT AS price, channel::VARCHAR AS channel, date_time::TIMESTAMP AS date_time FROM read_csv('${csv}', header = true, all_varchar = true)`);

    const db = await LaminarDB.open();
    await db.execute(`${SOURCE}; ${QUERIES.map((q, i) => `CREATE MATERIALIZED VIEW q${i} AS ${q.ours}`).join('; ')}`);
    await db.flush();
    for (const [i, q] of QUERIES.entries()) {
      const ours = await db.query(`SELECT * FROM q${i}`);
      const reader = await duck.runAndReadAll(q.duck);
      const theirs = reader.getRowObjects() as Row[];
      const keyOf = (r: Row) => q.key.map((k) => String(norm(r[k]))).join('|');
      const byKey = new Map(theirs.map((r) => [keyOf(r), r]));
      t.is(ours.length, theirs.length, `${q.name}: ${ours.length} groups here, ${theirs.length} in DuckDB`);
      let mismatches = 0;
      for (const r of ours) {
        const d = byKey.get(keyOf(r));
        const bad = d === undefined ? 'missing in DuckDB' : Object.keys(d).find((c) => !agree(r[c], d[c]));
        if (bad !== undefined && mismatches++ < 3) t.fail(`${q.name}: group ${keyOf(r)}: ${bad === 'missing in DuckDB' ? bad : `${bad} is ${String(r[bad])} here, ${String(d![bad])} in DuckDB`}`);
      }
      t.is(mismatches, 0, q.name);
      t.log(`${q.name}: ${ours.length} groups agree`);
    }
    await db.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
