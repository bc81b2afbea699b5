// Event time through the LaminarDB API: source and database watermarks (S1, S2), late data
// (counted drops, ALLOW LATENESS updates, LATE DATA TO streams), snapshot subscriptions to views,
// EMIT EVERY on the clock, state TTL, and the keyed changelog a view keeps.
import test from 'ava';
import { LaminarDB, type Row } from '../../index.js';
import { SimulatedClock } from '../../runtime/testing/index.js';

/** Collects what a subscription delivers. */
function collect(db: LaminarDB, target: string): Row[] {
  const rows: Row[] = [];
  db.subscribe(target).subscribe((batch) => rows.push(...batch));
  return rows;
}

const lateCount = (db: LaminarDB, node: string) => db.metrics().actors.find((a) => a.name === node)?.counters.lateRows ?? 0;

test('S1: the source watermark is the largest event time minus the delay, and never regresses', async (t) => {
  const db = await LaminarDB.open();
  await db.execute("CREATE SOURCE events (id BIGINT, ts TIMESTAMP, WATERMARK FOR ts AS ts - INTERVAL '100' MILLISECOND)");
  t.is(db.watermarks().sources.events!.watermark, null);
  await db.insert('events', [{ id: 1n, ts: 1000 }, { id: 2n, ts: 800 }, { id: 3n, ts: 1200 }]);
  await db.flush();
  t.is(db.watermarks().sources.events!.watermark, 1100);
  await db.insert('events', [{ id: 4n, ts: 500 }]);
  await db.flush();
  t.is(db.watermarks().sources.events!.watermark, 1100);
  t.is(lateCount(db, 'events.watermark'), 1, 'the row behind the watermark was dropped and counted');
  await db.close();
});

test('S2: the database watermark is the minimum over its sources', async (t) => {
  const db = await LaminarDB.open();
  await db.execute('CREATE SOURCE trades (id BIGINT, ts TIMESTAMP, WATERMARK FOR ts); CREATE SOURCE orders (id BIGINT, ts TIMESTAMP, WATERMARK FOR ts)');
  await db.insert('trades', [{ id: 1n, ts: 5000 }]);
  await db.flush();
  t.is(db.watermarks().global, null, 'orders has no watermark yet: nothing is known for the database');
  await db.insert('orders', [{ id: 1n, ts: 2000 }]);
  await db.flush();
  const w = db.watermarks();
  t.is(w.global, 2000);
  t.is(w.sources.trades!.watermark, 5000);
  t.true(typeof w.sources.orders!.lagMs === 'number', 'lag is reported');
  await db.close();
});

test('late data: dropped and counted by default; ALLOW LATENESS updates; LATE DATA TO receives the rest', async (t) => {
  const db = await LaminarDB.open();
  await db.execute(`
    CREATE SOURCE r (k VARCHAR, v BIGINT, ts TIMESTAMP, WATERMARK FOR ts);
    CREATE STREAM strict AS SELECT k, SUM(v) AS s FROM r GROUP BY k, TUMBLE(ts, INTERVAL '1' SECOND);
    CREATE STREAM lenient AS SELECT k, SUM(v) AS s FROM r GROUP BY k, TUMBLE(ts, INTERVAL '1' SECOND) ALLOW LATENESS INTERVAL '2' SECOND LATE DATA TO late_r;
  `);
  const strict = collect(db, 'strict');
  const lenient = collect(db, 'lenient');
  const late = collect(db, 'late_r');
  await db.insert('r', [{ k: 'a', v: 1n, ts: 100 }, { k: 'a', v: 2n, ts: 1500 }]);
  await db.flush();
  t.deepEqual(strict, [{ k: 'a', s: 1n }]);
  t.deepEqual(lenient, [{ k: 'a', s: 1n }]);
  await db.insert('r', [{ k: 'a', v: 10n, ts: 900 }]);
  await db.flush();
  t.deepEqual(strict, [{ k: 'a', s: 1n }], 'the strict query ignores the late row');
  t.deepEqual(lenient, [{ k: 'a', s: 1n }, { k: 'a', s: 11n }], 'the lenient one re-emits the updated window');
  await db.insert('r', [{ k: 'a', v: 5n, ts: 3500 }]);
  await db.insert('r', [{ k: 'a', v: 100n, ts: 400 }]);
  await db.flush();
  t.deepEqual(late, [{ k: 'a', v: 100n, ts: 400 }], 'past the lateness, the row goes to the late stream');
  t.is(lenient.length, 3, 'the late stream row did not reach the window');
  t.true(lateCount(db, 'r.watermark') >= 2, 'the source counted the rows it dropped');
  const streams = db.streams().map((s) => s.name);
  t.true(streams.includes('late_r'), 'the late stream is a catalog object');
  await db.execute('DROP STREAM lenient CASCADE');
  t.false(db.streams().map((s) => s.name).includes('late_r'), 'it goes with its query');
  await db.close();
});

test('SUBSCRIBE ... WITH (snapshot = true): the view\'s contents first, then its changes, nothing in between lost', async (t) => {
  const db = await LaminarDB.open();
  await db.execute('CREATE SOURCE p (acct VARCHAR, amount BIGINT); CREATE MATERIALIZED VIEW bal AS SELECT acct, SUM(amount) AS b FROM p GROUP BY acct');
  await db.insert('p', [{ acct: 'a', amount: 5n }, { acct: 'b', amount: 1n }]);
  await db.flush();
  const [plain] = await db.execute("SUBSCRIBE bal WITH ('snapshot' = 'true')");
  const [filtered] = await db.execute("SUBSCRIBE bal WHERE acct = 'a' WITH ('snapshot' = 'true')");
  const all: Row[] = [];
  const onlyA: Row[] = [];
  plain!.subscription!.subscribe((rows) => all.push(...rows));
  filtered!.subscription!.subscribe((rows) => onlyA.push(...rows));
  await db.insert('p', [{ acct: 'a', amount: 2n }]);
  await db.flush();
  t.deepEqual(all, [
    { acct: 'a', b: 5n, __weight: 1 }, { acct: 'b', b: 1n, __weight: 1 },
    { acct: 'a', b: 5n, __weight: -1 }, { acct: 'a', b: 7n, __weight: 1 },
  ]);
  t.deepEqual(onlyA, [{ acct: 'a', b: 5n, __weight: 1 }, { acct: 'a', b: 5n, __weight: -1 }, { acct: 'a', b: 7n, __weight: 1 }]);
  await t.throwsAsync(db.execute("SUBSCRIBE p WITH ('snapshot' = 'true')"), { message: /keeps no contents/ });
  await db.close();
});

test('EMIT EVERY follows the database clock; state TTL forgets idle groups with retractions', async (t) => {
  const clock = new SimulatedClock(0);
  const db = await LaminarDB.open({ clock });
  await db.execute(`
    CREATE SOURCE e (k VARCHAR, v BIGINT);
    CREATE STREAM periodic AS SELECT k, SUM(v) AS s FROM e GROUP BY k EMIT EVERY INTERVAL '1' SECOND;
    CREATE MATERIALIZED VIEW recent_totals AS SELECT k, SUM(v) AS s FROM e GROUP BY k WITH ('state.ttl' = '10 s');
  `);
  const periodic = collect(db, 'periodic');
  await db.insert('e', [{ k: 'a', v: 1n }, { k: 'b', v: 2n }]);
  await db.flush();
  t.deepEqual(periodic, [], 'nothing before the first interval');
  await clock.advance(1000);
  await db.flush();
  t.deepEqual(periodic, [{ k: 'a', s: 1n }, { k: 'b', s: 2n }]);
  await db.insert('e', [{ k: 'a', v: 5n }]);
  await clock.advance(1000);
  await db.flush();
  t.deepEqual(periodic.slice(2), [{ k: 'a', s: 6n }], 'only the changed group');
  await clock.advance(6000);
  await db.insert('e', [{ k: 'b', v: 1n }]);
  await clock.advance(6000);
  await db.flush();
  t.deepEqual(await db.query('SELECT * FROM recent_totals ORDER BY k'), [{ k: 'b', s: 3n }], "a, idle past the TTL, was forgotten");
  await db.close();
});

test('views over changelogs hold the consolidated result; upsert views the latest row per key', async (t) => {
  const db = await LaminarDB.open();
  await db.execute(`
    CREATE SOURCE s (k VARCHAR, v BIGINT, ts TIMESTAMP, WATERMARK FOR ts);
    CREATE MATERIALIZED VIEW counts AS SELECT k, COUNT(*) AS n FROM s GROUP BY k;
    CREATE MATERIALIZED VIEW popular AS SELECT k FROM counts WHERE n >= 2;
    CREATE MATERIALIZED VIEW live AS SELECT k, SUM(v) AS total FROM s GROUP BY k, TUMBLE(ts, INTERVAL '1' MINUTE) EMIT ON UPDATE;
  `);
  await db.insert('s', [{ k: 'x', v: 1n, ts: 1000 }, { k: 'y', v: 2n, ts: 1000 }, { k: 'x', v: 3n, ts: 2000 }]);
  await db.insert('s', [{ k: 'x', v: 4n, ts: 3000 }]);
  t.deepEqual(await db.query('SELECT * FROM counts ORDER BY k'), [{ k: 'x', n: 3n }, { k: 'y', n: 1n }]);
  t.deepEqual(await db.query('SELECT * FROM popular'), [{ k: 'x' }]);
  t.deepEqual(await db.query('SELECT k, total FROM live ORDER BY k'), [{ k: 'x', total: 8n }, { k: 'y', total: 2n }]);
  await db.close();
});

test('per-partition watermarks from SQL: the slowest partition holds windows open; an idle one stops holding them', async (t) => {
  const clock = new SimulatedClock(0);
  const db = await LaminarDB.open({ clock });
  await db.execute(`
    CREATE SOURCE readings (device INT, v BIGINT, ts TIMESTAMP, WATERMARK FOR ts)
      WITH ('watermark.partition.column' = 'device', 'watermark.idle.timeout' = '10 s');
    CREATE STREAM per_second AS SELECT window_start, SUM(v) AS total FROM readings GROUP BY TUMBLE(ts, INTERVAL '1' SECOND);
  `);
  const out = collect(db, 'per_second');
  await db.insert('readings', [{ device: 1, v: 1n, ts: 500 }, { device: 2, v: 2n, ts: 600 }]);
  await db.insert('readings', [{ device: 1, v: 5n, ts: 3000 }]);
  await db.flush();
  t.deepEqual(out, [], 'device 2 is still at 600: the first second stays open');
  t.is(db.watermarks().sources.readings!.watermark, 600);
  await db.insert('readings', [{ device: 2, v: 3n, ts: 900 }]);
  await clock.advance(11_000);
  await db.flush();
  t.deepEqual(out, [{ window_start: 0, total: 6n }], 'device 2 went idle: device 1 moves the watermark to 3000');
  await t.throwsAsync(db.execute("CREATE SOURCE bad (d INT, ts TIMESTAMP) WITH ('watermark.partition.column' = 'd')"), { message: /add WATERMARK FOR/ });
  await db.close();
});

test('watermark alignment: a source never runs more than the drift ahead of the slowest in its group', async (t) => {
  const db = await LaminarDB.open();
  const src = (name: string, step: number) => `CREATE SOURCE ${name} (id BIGINT, ts TIMESTAMP, WATERMARK FOR ts) WITH ('connector' = 'datagen',
    'number-of-rows' = '2000', 'batch.size' = '10', 'fields.id.kind' = 'sequence', 'fields.ts.start' = '0', 'fields.ts.step-ms' = '${step}',
    'watermark.alignment.group' = 'g', 'watermark.alignment.max.drift' = '1 s')`;
  await db.execute(`${src('fast', 100)}; ${src('slow', 1)}; CREATE STREAM both_ AS SELECT ts FROM fast UNION ALL SELECT ts FROM slow`);
  // The order in which the two watermark nodes hand rows on, exactly (taps run as rows are emitted).
  const pipeline = (db as unknown as { db: { pipeline: { tap(n: string, f: (b: { numRows: number; getChild(c: string): { get(i: number): unknown } }) => void): void } } }).db.pipeline;
  let fast = -Infinity;
  let slow = -Infinity;
  let worst = -Infinity;
  let slowRows = 0;
  const seen = (which: 'fast' | 'slow') => (b: { numRows: number; getChild(c: string): { get(i: number): unknown } }) => {
    const ts = b.getChild('ts');
    for (let i = 0; i < b.numRows; i++) {
      const x = Number(ts.get(i));
      if (which === 'fast') fast = Math.max(fast, x);
      else {
        slow = Math.max(slow, x);
        slowRows++;
      }
    }
    // While the slow source runs (its last row is at 1999 ms; once it ends it holds nobody back).
    if (slow < 1999 && slow > -Infinity) worst = Math.max(worst, fast - slow);
  };
  pipeline.tap('fast.watermark', seen('fast'));
  pipeline.tap('slow.watermark', seen('slow'));
  await db.flush();
  t.true(slowRows > 0 && slow === 1999, 'the slow source ran to its end');
  // The fast source may emit one batch (10 rows of 100 ms) past the drift before it waits.
  t.true(worst <= 1000 + 1000, `the fast source ran at most about the drift ahead (worst ${worst} ms)`);
  t.true(db.metrics().actors.find((a) => a.name === 'fast.watermark')!.counters.alignmentWaits! > 0, 'it had to wait');
  await db.close();
});

test("keyed watermarks from SQL: a device with a slow clock keeps its windows; the others do not wait for it", async (t) => {
  const db = await LaminarDB.open();
  await db.execute(`
    CREATE SOURCE readings (device VARCHAR, v BIGINT, ts TIMESTAMP, WATERMARK FOR ts);
    CREATE STREAM per_device AS SELECT device, window_start, SUM(v) AS total FROM readings
      GROUP BY device, TUMBLE(ts, INTERVAL '1' SECOND) WITH ('watermark.keyed' = 'true', 'watermark.keyed.idle' = '2 hours');
    CREATE STREAM global AS SELECT device, window_start, SUM(v) AS total FROM readings GROUP BY device, TUMBLE(ts, INTERVAL '1' SECOND);
  `);
  const keyed = collect(db, 'per_device');
  const global = collect(db, 'global');
  // The skewed device reports times an hour behind the others (within the 2 hours a key may lag).
  const hour = 3_600_000;
  await db.insert('readings', [{ device: 'ok', v: 1n, ts: hour + 100 }]);
  await db.insert('readings', [{ device: 'skewed', v: 2n, ts: 100 }]);
  await db.insert('readings', [{ device: 'ok', v: 1n, ts: hour + 1500 }, { device: 'skewed', v: 4n, ts: 1500 }]);
  await db.flush();
  t.deepEqual(keyed, [{ device: 'skewed', window_start: 0, total: 2n }, { device: 'ok', window_start: hour, total: 1n }]);
  t.deepEqual(global.filter((r) => r.device === 'skewed'), [], 'without keyed watermarks the skewed rows are late and dropped');
  await t.throwsAsync(db.execute("CREATE STREAM x AS SELECT device, SUM(v) FROM readings GROUP BY device WITH ('watermark.keyed' = 'true')"), { message: /applies to a query with a window/ });
  await db.close();
});
