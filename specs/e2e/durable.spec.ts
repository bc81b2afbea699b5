// Durable mode through real processes: each run opens the database at a path in a child
// process, which ends with SIGKILL (no close, no final checkpoint) or a clean close; the next run
// opens the same path. S18 (count 110 after a restart), S20 (a checkpoint written but never
// committed is not restored), fallback from a damaged checkpoint, tables and DDL across restarts.
import test from 'ava';
import { mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CorruptionError, LaminarDB } from '../../index.js';
import { CheckpointStore } from '../../runtime/index.js';
import { runChild } from './durable/run-child.js';

const fresh = () => mkdtempSync(join(tmpdir(), 'laminardb-durable-'));
const rowsOf = (lines: Record<string, unknown>[]) => lines.filter((l) => 'rows' in l).map((l) => l.rows);
const xs = (n: number) => Array.from({ length: n }, () => ({ k: 'x' }));

const COUNTS = `CREATE SOURCE src (k VARCHAR); CREATE MATERIALIZED VIEW counts AS SELECT k, COUNT(*) AS n FROM src GROUP BY k`;

test('S18: 100 events, CHECKPOINT, SIGKILL; reopen and 10 more give a count of 110', (t) => {
  const path = fresh();
  const first = runChild(path, [{ sql: COUNTS }, { insert: 'src', rows: xs(100) }, { flush: true }, { checkpoint: true }, { kill: true }]);
  t.is(first.signal, 'SIGKILL', first.stderr);
  const second = runChild(path, [{ insert: 'src', rows: xs(10) }, { flush: true }, { sql: 'SELECT k, n FROM counts' }, { close: true }]);
  t.is(second.status, 0, second.stderr);
  t.deepEqual(rowsOf(second.lines), [[{ k: 'x', n: 110 }]]);
});

test('acknowledged inserts after the last checkpoint come back from the log (none lost, none twice)', (t) => {
  const path = fresh();
  runChild(path, [{ sql: COUNTS }, { insert: 'src', rows: xs(100) }, { checkpoint: true }, { insert: 'src', rows: xs(7) }, { insert: 'src', rows: [{ k: 'y' }] }, { kill: true }]);
  const second = runChild(path, [{ flush: true }, { sql: 'SELECT k, n FROM counts ORDER BY k' }, { kill: true }]);
  t.deepEqual(rowsOf(second.lines), [[{ k: 'x', n: 107 }, { k: 'y', n: 1 }]], second.stderr);
  // Killed again before any new checkpoint: the same log replays once more, still exactly once.
  const third = runChild(path, [{ insert: 'src', rows: xs(3) }, { flush: true }, { sql: 'SELECT k, n FROM counts ORDER BY k' }, { close: true }]);
  t.deepEqual(rowsOf(third.lines), [[{ k: 'x', n: 110 }, { k: 'y', n: 1 }]], third.stderr);
});

test('a checkpoint taken after a restart keeps the catalog the restart rebuilt (three lives)', (t) => {
  const path = fresh();
  runChild(path, [{ sql: COUNTS }, { insert: 'src', rows: xs(4) }, { checkpoint: true }, { kill: true }]);
  runChild(path, [{ insert: 'src', rows: xs(1) }, { checkpoint: true }, { kill: true }]);
  const third = runChild(path, [{ flush: true }, { sql: 'SELECT k, n FROM counts; SHOW SOURCES' }, { close: true }]);
  const [counts, sources] = rowsOf(third.lines) as Record<string, unknown>[][];
  t.deepEqual(counts, [{ k: 'x', n: 5 }], third.stderr);
  t.deepEqual(sources!.map((s) => s.name), ['src']);
});

test('with no checkpoint at all, the log alone restores the catalog and the data', (t) => {
  const path = fresh();
  runChild(path, [{ sql: COUNTS }, { insert: 'src', rows: xs(5) }, { kill: true }]);
  const second = runChild(path, [{ flush: true }, { sql: 'SELECT k, n FROM counts; SHOW SOURCES' }, { close: true }]);
  const [counts, sources] = rowsOf(second.lines) as Record<string, unknown>[][];
  t.deepEqual(counts, [{ k: 'x', n: 5 }], second.stderr);
  t.deepEqual(sources!.map((s) => s.name), ['src']);
});

test('S20: a checkpoint written but never marked committed is not restored; the previous one is', (t) => {
  const path = fresh();
  runChild(path, [{ sql: COUNTS }, { insert: 'src', rows: xs(100) }, { checkpoint: true }, { insert: 'src', rows: xs(20) }, { kill: true }]);
  // The crash S20 describes: the manifest of checkpoint 2 is durable, its commit marker is not.
  // It claims the source had emitted everything, so restoring it would skip the 20 logged rows.
  const store = new CheckpointStore(join(path, 'checkpoints'));
  const committed = store.latest()!;
  t.true(committed.committed);
  const src = committed.states.src as Record<string, unknown>;
  store.write({ id: committed.id + 1, states: { ...committed.states, src: { ...src, tag: 1_000_000n } }, walSeq: committed.walSeq + 1_000_000n, catalog: committed.catalog });
  const second = runChild(path, [{ insert: 'src', rows: xs(10) }, { flush: true }, { sql: 'SELECT k, n FROM counts' }, { close: true }]);
  t.deepEqual(rowsOf(second.lines), [[{ k: 'x', n: 130 }]], second.stderr);
});

test('S18: a damaged newest checkpoint falls back to the previous one, and the log fills the gap', (t) => {
  const path = fresh();
  runChild(path, [{ sql: COUNTS }, { insert: 'src', rows: xs(100) }, { checkpoint: true }, { insert: 'src', rows: xs(20) }, { checkpoint: true }, { kill: true }]);
  // Flip a byte in every file of the newest checkpoint that is not shared with the older one.
  const store = new CheckpointStore(join(path, 'checkpoints'));
  const newest = Math.max(...store.list().map((c) => c.id));
  const damaged = damageCheckpoint(join(path, 'checkpoints'), newest);
  t.true(damaged > 0, 'some file of the newest checkpoint was damaged');
  const second = runChild(path, [{ insert: 'src', rows: xs(10) }, { flush: true }, { sql: 'SELECT k, n FROM counts' }, { close: true }]);
  t.deepEqual(rowsOf(second.lines), [[{ k: 'x', n: 130 }]], second.stderr);
});

test('tables keep their rows across restarts: INSERT, UPDATE and DELETE before and after a checkpoint', (t) => {
  const path = fresh();
  runChild(path, [
    { sql: `CREATE TABLE stock (sku VARCHAR PRIMARY KEY, qty INT); INSERT INTO stock VALUES ('a', 1), ('b', 2), ('c', 3)` },
    { checkpoint: true },
    { sql: `UPDATE stock SET qty = qty * 10 WHERE sku <> 'a'; DELETE FROM stock WHERE sku = 'c'; INSERT INTO stock VALUES ('d', 4), ('a', 5)` },
    { kill: true },
  ]);
  const second = runChild(path, [{ sql: 'SELECT * FROM stock ORDER BY sku' }, { sql: `UPDATE stock SET qty = 0 WHERE sku = 'd'` }, { kill: true }]);
  t.deepEqual(rowsOf(second.lines), [[{ sku: 'a', qty: 5 }, { sku: 'b', qty: 20 }, { sku: 'd', qty: 4 }]], second.stderr);
  const third = runChild(path, [{ sql: 'SELECT * FROM stock ORDER BY sku' }, { close: true }]);
  t.deepEqual(rowsOf(third.lines), [[{ sku: 'a', qty: 5 }, { sku: 'b', qty: 20 }, { sku: 'd', qty: 0 }]], third.stderr);
});

test('DDL is durable: drops, replacements and new objects after a checkpoint', (t) => {
  const path = fresh();
  runChild(path, [
    { sql: `${COUNTS}; CREATE SOURCE other (v INT); CREATE STREAM doubled AS SELECT v * 2 AS w FROM other` },
    { checkpoint: true },
    { sql: `DROP STREAM doubled; CREATE MATERIALIZED VIEW total AS SELECT SUM(v) AS s FROM other` },
    { insert: 'other', rows: [{ v: 1 }, { v: 2 }] },
    { kill: true },
  ]);
  const second = runChild(path, [{ flush: true }, { sql: 'SELECT s FROM total; SHOW STREAMS; SHOW MATERIALIZED VIEWS' }, { close: true }]);
  const [total, streams, views] = rowsOf(second.lines) as Record<string, unknown>[][];
  t.deepEqual(total, [{ s: 3 }], second.stderr);
  t.deepEqual(streams!.map((s) => s.name), []);
  t.deepEqual(views!.map((s) => s.name).sort(), ['counts', 'total']);
});

test('memory lookup tables keep their rows across restarts: INSERTs before and after a checkpoint, replaced keys', (t) => {
  const path = fresh();
  runChild(path, [
    { sql: `CREATE LOOKUP TABLE customers (id BIGINT PRIMARY KEY, name VARCHAR) WITH ('connector' = 'memory');
            CREATE SOURCE orders (id BIGINT, customer BIGINT);
            CREATE MATERIALIZED VIEW named AS SELECT o.id, c.name FROM orders o LEFT JOIN customers c ON o.customer = c.id;
            INSERT INTO customers VALUES (1, 'ann'), (2, 'bob')` },
    { checkpoint: true },
    { sql: "INSERT INTO customers VALUES (2, 'bea'), (3, 'cy')" },
    { kill: true },
  ]);
  const second = runChild(path, [{ insert: 'orders', rows: [{ id: 10, customer: 1 }, { id: 11, customer: 2 }, { id: 12, customer: 3 }, { id: 13, customer: 4 }] }, { flush: true }, { sql: 'SELECT id, name FROM named ORDER BY id' }, { close: true }]);
  t.deepEqual(rowsOf(second.lines)[0], [{ id: 10, name: 'ann' }, { id: 11, name: 'bea' }, { id: 12, name: 'cy' }, { id: 13, name: null }], second.stderr);
});

test('a garbled last log record is refused with its file and offset; recovery: truncate-tail drops it and opens', async (t) => {
  const path = fresh();
  runChild(path, [{ sql: COUNTS }, { insert: 'src', rows: xs(5) }, { flush: true }, { checkpoint: true }, { insert: 'src', rows: [{ k: 'y' }] }, { flush: true }, { kill: true }]);
  const wal = join(path, 'wal');
  const segment = join(wal, readdirSync(wal).sort().pop()!);
  const bytes = readFileSync(segment);
  bytes[bytes.length - 3]! ^= 0xff; // inside the payload of the last record (a power loss's garbage)
  writeFileSync(segment, bytes);
  const refused = await t.throwsAsync(LaminarDB.open({ path }), { instanceOf: CorruptionError });
  t.regex(refused!.message, /durability: \{ recovery: 'truncate-tail' \}/);
  t.true(refused!.message.includes(segment));
  const db = await LaminarDB.open({ path, durability: { recovery: 'truncate-tail' } });
  await db.flush();
  const counts = Object.fromEntries(((await db.query('SELECT k, n FROM counts')) as { k: string; n: bigint }[]).map((r) => [r.k, Number(r.n)]));
  t.is(counts.x, 5, 'what the checkpoint holds is there');
  t.true(counts.y === undefined || counts.y === 1, JSON.stringify(counts));
  await db.close();
});

test('a checkpoint that cannot be written stops the database taking writes (fail-stop); reopening loses nothing', async (t) => {
  const path = fresh();
  const db = await LaminarDB.open({ path });
  await db.execute(COUNTS);
  await db.insert('src', xs(3));
  await db.checkpoint();
  await db.insert('src', xs(2));
  // The checkpoint directory becomes a file: the next checkpoint's write fails.
  renameSync(join(path, 'checkpoints'), join(path, 'checkpoints.away'));
  writeFileSync(join(path, 'checkpoints'), 'not a directory');
  await t.throwsAsync(db.checkpoint());
  await t.throwsAsync(db.insert('src', xs(1)), { message: /stopped taking writes: .*close it and open the path again/ });
  await db.close();
  rmSync(join(path, 'checkpoints'));
  renameSync(join(path, 'checkpoints.away'), join(path, 'checkpoints'));
  const again = await LaminarDB.open({ path });
  await again.flush();
  t.deepEqual(await again.query('SELECT k, n FROM counts'), [{ k: 'x', n: 5n }]);
  await again.close();
});

/** Flips one byte in each file of checkpoint `id` that no other checkpoint references. */
function damageCheckpoint(dir: string, id: number): number {
  let n = 0;
  const visit = (d: string): void => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, entry.name);
      if (entry.isDirectory()) visit(p);
      else if (entry.name.includes(String(id).padStart(6, '0')) || d.includes(String(id).padStart(6, '0'))) {
        const bytes = readFileSync(p);
        if (bytes.length === 0) continue;
        bytes[Math.floor(bytes.length / 2)]! ^= 0x40;
        writeFileSync(p, bytes);
        n++;
      }
    }
  };
  visit(dir);
  return n;
}
