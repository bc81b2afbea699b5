import test from 'ava';
import { LaminarDB } from '../index.js';
import { mulberry32, testSeed } from '../runtime/testing/index.js';

type Change = { id: number; v: string | null; n: number | null; __weight: number };

/** Random keyed changes as a CDC log would carry them, with the state they leave behind. */
function randomLog(rand: () => number, steps: number): { log: Change[]; state: Map<number, Change> } {
  const state = new Map<number, Change>();
  const log: Change[] = [];
  for (let s = 0; s < steps; s++) {
    const id = Math.floor(rand() * 12);
    const held = state.get(id);
    // v is never NULL: a retraction with every non-key column NULL is a tombstone.
    const row: Change = { id, v: `v${Math.floor(rand() * 5)}`, n: rand() < 0.1 ? null : Math.floor(rand() * 100), __weight: 1 };
    if (held === undefined) {
      log.push(row);
      state.set(id, row);
    } else if (rand() < 0.3) {
      // A delete: the full old row, or (a tombstone) its key only.
      log.push(rand() < 0.5 ? { ...held, __weight: -1 } : { id, v: null, n: null, __weight: -1 });
      state.delete(id);
    } else {
      // A no-op update in the stale order (+r then -r) is ambiguous in any changelog: skip it.
      if (row.v === held.v && row.n === held.n) row.n = (held.n ?? 0) + 1;
      // An update: the retraction of the old row before or (a stale retraction) after the new row.
      const retract = { ...held, __weight: -1 };
      if (rand() < 0.5) log.push(retract, row);
      else log.push(row, retract);
      state.set(id, row);
    }
  }
  return { log, state };
}

test('a table fed by a random changelog holds what the changes leave, however they are batched', async (t) => {
  const seed = testSeed();
  t.log(`seed ${seed} (LAMINARDB_SEED=${seed} reproduces it)`);
  const rand = mulberry32(seed);
  for (let run = 0; run < 20; run++) {
    const { log, state } = randomLog(rand, 10 + Math.floor(rand() * 120));
    const db = await LaminarDB.open();
    await db.execute(`CREATE TABLE t (id INT PRIMARY KEY, v VARCHAR, n INT)`);
    await db.execute(`CREATE SOURCE changes (id INT, v VARCHAR, n INT, __weight INT)`);
    await db.execute(`CREATE SINK feed FROM changes INTO TABLE t`);
    for (let i = 0; i < log.length;) {
      const size = 1 + Math.floor(rand() * 20);
      await db.insert('changes', log.slice(i, i + size));
      if (rand() < 0.5) await db.flush();
      i += size;
    }
    await db.flush();
    const got = (await db.query('SELECT id, v, n FROM t ORDER BY id')) as Change[];
    const want = [...state.values()].sort((a, b) => a.id - b.id).map(({ id, v, n }) => ({ id, v, n }));
    await db.close();
    if (JSON.stringify(got) !== JSON.stringify(want)) {
      t.deepEqual(got, want, `run ${run}: log ${JSON.stringify(log)}`);
      return;
    }
  }
  t.pass();
});

test('a table without a primary key follows a changelog as a multiset', async (t) => {
  const seed = testSeed();
  t.log(`seed ${seed} (LAMINARDB_SEED=${seed} reproduces it)`);
  const rand = mulberry32(seed);
  const db = await LaminarDB.open();
  await db.execute(`CREATE TABLE bag (k INT, v VARCHAR)`);
  await db.execute(`CREATE SOURCE changes (k INT, v VARCHAR, __weight INT)`);
  await db.execute(`CREATE SINK feed FROM changes INTO TABLE bag`);
  const held: { k: number; v: string | null }[] = [];
  for (let b = 0; b < 30; b++) {
    const batch: { k: number; v: string | null; __weight: number }[] = [];
    for (let i = 0; i < 1 + Math.floor(rand() * 10); i++) {
      if (held.length > 0 && rand() < 0.4) {
        const [gone] = held.splice(Math.floor(rand() * held.length), 1);
        batch.push({ ...gone!, __weight: -1 });
      } else {
        const row = { k: Math.floor(rand() * 4), v: rand() < 0.2 ? null : `x${Math.floor(rand() * 2)}` };
        held.push(row);
        batch.push({ ...row, __weight: 1 });
      }
    }
    await db.insert('changes', batch);
  }
  await db.flush();
  const key = (r: { k: number; v: string | null }): string => `${r.k}/${r.v}`;
  const got = ((await db.query('SELECT k, v FROM bag')) as { k: number; v: string | null }[]).map(key).sort();
  await db.close();
  t.deepEqual(got, held.map(key).sort());
});

test('without a dead-letter table, a row the table cannot hold stops the sink and names the row', async (t) => {
  const db = await LaminarDB.open();
  await db.execute(`CREATE SOURCE payments (cust VARCHAR, amount INT)`);
  await db.execute(`CREATE TABLE strict_totals (cust VARCHAR PRIMARY KEY, amount INT NOT NULL)`);
  await db.execute(`CREATE SINK strict_feed FROM payments INTO TABLE strict_totals`);
  await db.insert('payments', [{ cust: 'a', amount: 1 }]);
  await db.flush();
  await db.insert('payments', [{ cust: 'z', amount: null }]);
  await db.flush().catch(() => undefined);
  const sinks = (await db.query('SHOW SINKS')) as { name: string; status: string }[];
  t.is(sinks.find((s) => s.name === 'strict_feed')?.status,
    `failed: sink 'strict_feed' INTO TABLE strict_totals: column 'amount' is NOT NULL but the value is NULL in row {"cust":"z","amount":null}; to keep such rows and go on, give the sink a dead-letter table: WITH ('dead_letter' = 'rejects') after CREATE TABLE rejects (reason VARCHAR, record VARCHAR)`);
  t.deepEqual(await db.query('SELECT * FROM strict_totals'), [{ cust: 'a', amount: 1 }]);
  t.is((await db.execute(`SHOW CREATE SINK strict_feed`))[0]!.rows[0]!.sql, 'CREATE SINK strict_feed FROM payments INTO TABLE strict_totals');
  await db.close();
});
