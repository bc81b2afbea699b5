// Nexmark q13 (bounded side-input join): bids joined with a file-backed side table FOR SYSTEM_TIME
// AS OF their processing time on mod(auction, 10000), checked row for row against the bids
// themselves; with a cache too small for the table (evictions, repeated source calls), and with
// a condition on the side table pushed down or checked after the join (same rows).
import test from 'ava';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LaminarDB, type Row } from '../../index.js';

const dir = mkdtempSync(join(tmpdir(), 'ldb-q13-'));
test.after.always(() => rmSync(dir, { recursive: true, force: true }));

const key = (r: Row) => `${String(r.auction)}|${String(r.bidder)}|${String(r.price)}|${String(r.date_time)}|${String(r.value)}`;

test('q13: every bid with its side-input value, through a cache that evicts', async (t) => {
  // Even keys only: bids on odd auctions find no side row.
  const path = join(dir, 'side_input.csv');
  const lines = ['key,value'];
  for (let k = 0; k < 10_000; k += 2) lines.push(`${k},value-${k}`);
  writeFileSync(path, lines.join('\n'));
  const db = await LaminarDB.open();
  await db.execute(`
    CREATE SOURCE bid (*) WITH ('connector' = 'nexmark', 'nexmark.table.type' = 'bid', 'nexmark.event.num' = '50000', 'nexmark.seed' = '13');
    CREATE LOOKUP TABLE side_input (key BIGINT PRIMARY KEY, value VARCHAR) WITH ('connector' = 'file', 'path' = '${path}', 'cache.memory' = '64kb');
    CREATE LOOKUP TABLE side_nopush (key BIGINT PRIMARY KEY, value VARCHAR) WITH ('connector' = 'file', 'path' = '${path}', 'pushdown' = 'false');
    CREATE MATERIALIZED VIEW q13 AS
      SELECT B.auction, B.bidder, B.price, B.date_time, S.value
      FROM (SELECT *, PROCTIME() AS p_time FROM bid) B
      JOIN side_input FOR SYSTEM_TIME AS OF B.p_time AS S ON mod(B.auction, 10000) = S.key;
    CREATE MATERIALIZED VIEW q13_left AS
      SELECT B.auction, B.bidder, B.price, B.date_time, S.value FROM bid B
      LEFT JOIN side_input FOR SYSTEM_TIME AS OF PROCTIME() AS S ON mod(B.auction, 10000) = S.key AND S.value > 'value-5';
    CREATE MATERIALIZED VIEW q13_left_nopush AS
      SELECT B.auction, B.bidder, B.price, B.date_time, S.value FROM bid B
      LEFT JOIN side_nopush FOR SYSTEM_TIME AS OF PROCTIME() AS S ON mod(B.auction, 10000) = S.key AND S.value > 'value-5';
    CREATE MATERIALIZED VIEW bids AS SELECT auction, bidder, price, date_time FROM bid;
  `);
  await db.flush();
  const bids = await db.query('SELECT * FROM bids');
  t.is(bids.length, 46_000);
  const side = (auction: bigint) => (Number(auction % 10_000n) % 2 === 0 ? `value-${auction % 10_000n}` : null);
  const expected = bids.flatMap((b) => (side(b.auction as bigint) === null ? [] : [{ ...b, value: side(b.auction as bigint) }]));
  const got = await db.query('SELECT * FROM q13');
  t.true(expected.length > 10_000 && expected.length < bids.length, `${expected.length} of ${bids.length} bids have a side row`);
  t.deepEqual(got.map(key).sort(), expected.map(key).sort());
  const left = (await db.query('SELECT * FROM q13_left')).map(key).sort();
  t.is(left.length, bids.length);
  t.deepEqual(left, bids.map((b) => ({ ...b, value: side(b.auction as bigint) !== null && side(b.auction as bigint)! > 'value-5' ? side(b.auction as bigint) : null })).map(key).sort());
  t.deepEqual((await db.query('SELECT * FROM q13_left_nopush')).map(key).sort(), left, 'pushdown on and off give the same rows');
  const [shown] = await db.execute('SHOW LOOKUP TABLES');
  const stats = shown!.rows!.find((r) => r.name === 'side_input')!;
  t.true((stats.evictions as number) > 0, 'the 64 kB cache evicted');
  t.true((stats.cached_bytes as number) <= 2 * 64 * 1024, `cached ${String(stats.cached_bytes)} bytes over two joins of 64 kB`);
  t.true((stats.source_calls as number) < 2 * 50, `misses are batched: ${String(stats.source_calls)} calls`);
  await db.close();
});
