/**
 * UPDATE and DELETE on tables as a program sees them: row counts, keys written as numbers and
 * bigints being one key, all-or-nothing failures, statements that run at the same time, and a
 * randomised comparison with a plain Map (seed logged; LAMINARDB_SEED replays it).
 */
import test from 'ava';
import { LaminarDB, SqlError, type Row } from '../../index.js';

async function withDb(fn: (db: LaminarDB) => Promise<void>): Promise<void> {
  const db = await LaminarDB.open();
  try {
    await fn(db);
  } finally {
    await db.close();
  }
}

test('UPDATE and DELETE report the rows they changed', async (t) => {
  await withDb(async (db) => {
    await db.execute("CREATE TABLE p (id INT PRIMARY KEY, price DOUBLE); INSERT INTO p VALUES (1, 1.0), (2, 2.0), (3, 3.0)");
    const [update] = await db.execute('UPDATE p SET price = price + 1 WHERE id <> 2');
    t.deepEqual(update, { statement: 'UPDATE', name: 'p', outcome: 'updated', rowCount: 2 });
    const [none] = await db.execute('DELETE FROM p WHERE id > 10');
    t.deepEqual(none, { statement: 'DELETE', name: 'p', outcome: 'deleted', rowCount: 0 });
    const [del] = await db.execute('DELETE FROM p WHERE price > 1.5 AND id <> 2');
    t.deepEqual(del, { statement: 'DELETE', name: 'p', outcome: 'deleted', rowCount: 2 });
    t.deepEqual(await db.query('SELECT * FROM p'), [{ id: 2, price: 2 }]);
  });
});

test('a BIGINT key inserted as a number and as a bigint is one key, and UPDATE / DELETE find it', async (t) => {
  await withDb(async (db) => {
    await db.execute('CREATE TABLE k (id BIGINT PRIMARY KEY, v VARCHAR)');
    await db.insert('k', [{ id: 1, v: 'from js' }]);
    await db.execute("INSERT INTO k VALUES (1, 'from sql')");
    t.deepEqual(await db.query('SELECT * FROM k'), [{ id: 1n, v: 'from sql' }]);
    const [update] = await db.execute("UPDATE k SET v = 'updated' WHERE id = 1");
    t.is(update!.rowCount, 1);
    t.deepEqual(await db.query('SELECT * FROM k'), [{ id: 1n, v: 'updated' }]);
    await db.execute('DELETE FROM k WHERE id = 1');
    t.deepEqual(await db.query('SELECT * FROM k'), []);
  });
});

test('a failing UPDATE changes nothing, and names the statement and the clause', async (t) => {
  await withDb(async (db) => {
    await db.execute("CREATE TABLE p (id INT PRIMARY KEY, name VARCHAR(3)); INSERT INTO p VALUES (1, 'a'), (2, 'b'), (3, 'c')");
    const text = "UPDATE p SET name = CASE WHEN id = 3 THEN 'long' ELSE 'ok' END";
    const error = await t.throwsAsync(db.execute(text));
    t.true(error instanceof SqlError);
    t.regex(error!.message, /^UPDATE p: value of column 'name' has 4 characters, more than its VARCHAR\(3\)/);
    t.is((error as SqlError).column, text.indexOf('name =') + 1);
    const moved = await t.throwsAsync(db.execute('UPDATE p SET id = 3 WHERE id = 1'));
    t.regex(moved!.message, /two rows would have the primary key id = 3; nothing was changed/);
    t.deepEqual(await db.query('SELECT * FROM p ORDER BY id'), [{ id: 1, name: 'a' }, { id: 2, name: 'b' }, { id: 3, name: 'c' }]);
  });
});

test('statements that run at the same time do not lose each other\'s changes', async (t) => {
  await withDb(async (db) => {
    await db.execute('CREATE TABLE c (id INT PRIMARY KEY, n INT)');
    await db.insert('c', Array.from({ length: 50 }, (_, id) => ({ id, n: 0 })));
    // Each UPDATE reads the table through a pipeline (asynchronously); one that finds the table
    // changed when it is done reads it again, so every increment lands.
    const results = await Promise.all([
      db.execute('UPDATE c SET n = n + 1'),
      db.execute('UPDATE c SET n = n + 1'),
      db.insert('c', [{ id: 50, n: 0 }]),
      db.execute('UPDATE c SET n = n + 1 WHERE id < 10'),
      db.execute('DELETE FROM c WHERE id = 49'),
    ]);
    t.is(results.length, 5);
    const rows = await db.query('SELECT id, n FROM c ORDER BY id');
    t.is(rows.length, 50);
    for (const r of rows) {
      if ((r.id as number) < 10) t.is(r.n, 3, `row ${String(r.id)}`);
      else if ((r.id as number) < 49) t.is(r.n, 2, `row ${String(r.id)}`);
    }
    t.false(rows.some((r) => r.id === 49));
    // Row 50 was inserted before, between or after the table-wide UPDATEs.
    t.true([0, 1, 2].includes(rows.find((r) => r.id === 50)!.n as number));
  });
});

/** A small seeded generator (mulberry32), so a failing run can be replayed. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let x = Math.imul(a ^ (a >>> 15), 1 | a);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

test('random INSERT, UPDATE and DELETE statements leave the table a Map by key would hold', async (t) => {
  const seed = process.env.LAMINARDB_SEED === undefined ? Date.now() % 0x7fffffff : Number(process.env.LAMINARDB_SEED);
  t.log(`seed ${seed} (replay with LAMINARDB_SEED=${seed})`);
  const next = random(seed);
  const int = (n: number) => Math.floor(next() * n);
  await withDb(async (db) => {
    await db.execute('CREATE TABLE m (k INT PRIMARY KEY, v INT, s VARCHAR)');
    const model = new Map<number, { k: number; v: number | null; s: string | null }>();
    const log: string[] = [];
    for (let step = 0; step < 60; step++) {
      const lo = int(20);
      const hi = lo + int(8);
      const inRange = (k: number) => k >= lo && k <= hi;
      let sql: string;
      let expectError = false;
      let count = 0;
      switch (int(5)) {
        case 0: {
          const k = int(24);
          const v = int(3) === 0 ? null : int(100);
          sql = `INSERT INTO m VALUES (${k}, ${v === null ? 'NULL' : v}, 's${k}')`;
          model.set(k, { k, v, s: `s${k}` });
          count = 1;
          break;
        }
        case 1: {
          const d = int(5);
          sql = `UPDATE m SET v = coalesce(v, 0) + ${d}, s = s || 'u' WHERE k BETWEEN ${lo} AND ${hi}`;
          for (const r of model.values()) {
            if (!inRange(r.k)) continue;
            r.v = (r.v ?? 0) + d;
            r.s = r.s === null ? null : `${r.s}u`;
            count++;
          }
          break;
        }
        case 2: {
          sql = `UPDATE m SET s = NULL WHERE v IS NULL OR v > ${int(100)}`;
          const limit = Number(/> (\d+)/.exec(sql)![1]);
          for (const r of model.values()) if (r.v === null || r.v > limit) (r.s = null), count++;
          break;
        }
        case 3: {
          // Move the keys of a range by `d`: fails (and changes nothing) if a moved key lands on
          // a key that is not moved.
          const d = int(7) - 3;
          sql = `UPDATE m SET k = k + ${d} WHERE k BETWEEN ${lo} AND ${hi}`;
          const moved = [...model.values()].filter((r) => inRange(r.k));
          const stay = new Set([...model.keys()].filter((k) => !inRange(k)));
          expectError = moved.some((r) => stay.has(r.k + d));
          if (!expectError) {
            for (const r of moved) model.delete(r.k);
            for (const r of moved) model.set(r.k + d, { ...r, k: r.k + d });
            count = moved.length;
          }
          break;
        }
        default: {
          sql = `DELETE FROM m WHERE k BETWEEN ${lo} AND ${hi}`;
          for (const k of [...model.keys()]) if (inRange(k)) model.delete(k), count++;
        }
      }
      log.push(sql);
      try {
        const [result] = await db.execute(sql);
        t.false(expectError, `step ${step} should have failed: ${sql}`);
        t.is(result!.rowCount, count, `step ${step}: ${sql}`);
      } catch (err) {
        if (!expectError) throw new Error(`step ${step} (${sql}) failed: ${(err as Error).message}\n${log.join(';\n')}`);
        t.regex((err as Error).message, /two rows would have the primary key/);
      }
      const actual = await db.query('SELECT * FROM m ORDER BY k');
      const expected: Row[] = [...model.values()].sort((a, b) => a.k - b.k);
      t.deepEqual(actual, expected, `after step ${step}:\n${log.join(';\n')}`);
    }
  });
});
