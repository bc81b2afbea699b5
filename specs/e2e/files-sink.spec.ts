/**
 * CREATE SINK ... INTO FILES through SQL in an in-memory database: files appear at CHECKPOINT and
 * when the database closes (the end of the input), never before; bad options are errors at
 * CREATE SINK naming the option; an I/O failure while writing fails the sink (SHOW SINKS says so).
 */
import test from 'ava';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as arrow from 'apache-arrow';
import { LaminarDB } from '../../index.js';
import { runChild } from './durable/run-child.js';

async function withDir(fn: (dir: string) => Promise<void>): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'ldb-files-sql-'));
  try {
    await fn(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function visible(dir: string): string[] {
  return readdirSync(dir).filter((n) => !n.startsWith('.')).sort();
}

test('INTO FILES: rows become visible files at CHECKPOINT and at close, with a manifest', async (t) => {
  await withDir(async (root) => {
    const out = join(root, 'trades');
    const db = await LaminarDB.open();
    await db.execute('CREATE SOURCE trades (sym VARCHAR, price DOUBLE, qty BIGINT)');
    const [created] = await db.execute(`CREATE SINK archive FROM trades WHERE qty > 0 INTO FILES ('path' = '${out}', 'rolling.rows' = '2') FORMAT CSV`);
    t.deepEqual(created, { statement: 'CREATE SINK', name: 'archive', outcome: 'created' });
    await db.execute("INSERT INTO trades VALUES ('AAPL', 190.5, 10), ('B,C', 2, 0), ('MSFT', 410, 5), ('', 1, 1)");
    await db.flush();
    t.deepEqual(visible(out), [], 'nothing is visible before a checkpoint');
    const [cp] = await db.execute('CHECKPOINT');
    t.deepEqual(visible(out), ['_manifest.json', 'part-000001-0.csv', 'part-000001-1.csv']);
    t.is(readFileSync(join(out, 'part-000001-0.csv'), 'utf8'), 'sym,price,qty\nAAPL,190.5,10\nMSFT,410,5\n');
    t.is(readFileSync(join(out, 'part-000001-1.csv'), 'utf8'), 'sym,price,qty\n"",1,1\n');
    const manifest = JSON.parse(readFileSync(join(out, '_manifest.json'), 'utf8')) as { epochs: { epoch: number; checkpoint: number; files: { name: string; rows: number }[] }[] };
    t.deepEqual(manifest.epochs, [{ epoch: 1, checkpoint: cp!.checkpointId!, files: [{ name: 'part-000001-0.csv', rows: 2 }, { name: 'part-000001-1.csv', rows: 1 }] }]);
    const sinks = await db.query('SHOW SINKS');
    t.like(sinks[0], { name: 'archive', connector: 'files', format: 'csv', status: 'running' });
    t.deepEqual(await db.query('SHOW CREATE SINK archive'), [{ name: 'archive', sql: `CREATE SINK archive FROM trades WHERE qty > 0 INTO FILES ('path' = '${out}', 'rolling.rows' = '2') FORMAT CSV` }]);
    await db.execute("INSERT INTO trades VALUES ('NVDA', 50, 3)");
    await db.close();
    t.deepEqual(visible(out), ['_manifest.json', 'part-000001-0.csv', 'part-000001-1.csv', 'part-000002-0.csv'], 'closing ends the input: the rest is committed');
    t.is(readFileSync(join(out, 'part-000002-0.csv'), 'utf8'), 'sym,price,qty\nNVDA,50,3\n');
  });
});

test('INTO FILES: JSON lines and Arrow IPC', async (t) => {
  await withDir(async (root) => {
    const db = await LaminarDB.open();
    await db.execute('CREATE SOURCE ev (id BIGINT, name VARCHAR, at TIMESTAMP)');
    await db.execute(`CREATE SINK j FROM ev INTO FILES ('path' = '${join(root, 'j')}', 'format' = 'json', 'prefix' = 'events')`);
    await db.execute(`CREATE SINK a FROM (SELECT id, upper(name) AS name FROM ev) INTO FILES ('path' = '${join(root, 'a')}') FORMAT ARROW`);
    await db.execute("INSERT INTO ev VALUES (1, 'x', TIMESTAMP '2024-01-01 00:00:00'), (2, NULL, NULL)");
    await db.flush();
    await db.execute('CHECKPOINT');
    t.is(readFileSync(join(root, 'j', 'events-000001-0.jsonl'), 'utf8'), '{"id":1,"name":"x","at":"2024-01-01T00:00:00.000Z"}\n{"id":2,"name":null,"at":null}\n');
    const table = arrow.tableFromIPC(readFileSync(join(root, 'a', 'part-000001-0.arrow')));
    t.deepEqual(table.toArray().map((r) => r.toJSON()), [{ id: 1n, name: 'X' }, { id: 2n, name: null }]);
    await db.close();
  });
});

test('INTO FILES: bad options are errors at CREATE SINK that name the option', async (t) => {
  await withDir(async (root) => {
    writeFileSync(join(root, 'a-file'), 'x');
    const db = await LaminarDB.open();
    await db.execute('CREATE SOURCE s (id BIGINT)');
    const cases: [string, RegExp][] = [
      ["CREATE SINK o FROM s INTO FILES ('format' = 'csv')", /LDB-1207.*needs option 'path'/s],
      [`CREATE SINK o FROM s INTO FILES ('path' = '${root}') FORMAT PARQUET`, /Parquet cannot be written yet.*use 'csv', 'json' \(JSON lines\) or 'arrow'.*\n.*\n\s+\^/],
      [`CREATE SINK o FROM s INTO FILES ('path' = '${root}', 'format' = 'avro')`, /unknown format 'avro'/],
      [`CREATE SINK o FROM s INTO FILES ('path' = '${root}', 'rolling_rows' = '5')`, /has no option 'rolling_rows' \(did you mean 'rolling.rows'\?\)/],
      [`CREATE SINK o FROM s INTO FILES ('path' = '${join(root, 'a-file', 'out')}')`, /option 'path': cannot create files in .*ENOTDIR/],
      ["CREATE SINK o FROM s INTO KAFKA ('topic' = 't')", /sink connectors available now: stdout, files/],
    ];
    for (const [sql, message] of cases) {
      const error = await t.throwsAsync(db.execute(sql), undefined, sql);
      t.regex(`${(error as { code?: string }).code}: ${error!.message}`, message, sql);
    }
    t.deepEqual(await db.query('SHOW SINKS'), [], 'no sink was created');
    await db.close();
  });
});

test('INTO FILES: an I/O failure fails the sink, shown in SHOW SINKS', async (t) => {
  await withDir(async (root) => {
    const out = join(root, 'out');
    const db = await LaminarDB.open();
    await db.execute('CREATE SOURCE s (id BIGINT)');
    await db.execute(`CREATE SINK o FROM s INTO FILES ('path' = '${out}')`);
    await db.execute('INSERT INTO s VALUES (1), (2)');
    await db.flush();
    // The directory goes away under the sink: sealing the epoch cannot rename its file.
    rmSync(out, { recursive: true, force: true });
    await db.execute('CHECKPOINT').catch(() => {});
    const [sink] = await db.query('SHOW SINKS');
    t.regex(String(sink!.status), /^failed: files sink 'o': cannot rename '.*\.part-000001-0\.jsonl\.inprogress': ENOENT/);
    await db.close();
  });
});

test('INTO FILES in a durable database killed mid-epoch: the reopened database replays, every row once', async (t) => {
  await withDir(async (root) => {
    const db = join(root, 'db');
    const out = join(root, 'out');
    const ids = (from: number, n: number) => Array.from({ length: n }, (_, i) => ({ id: from + i }));
    const first = runChild(db, [
      { sql: `CREATE SOURCE src (id BIGINT); CREATE SINK o FROM src INTO FILES ('path' = '${out}', 'rolling.rows' = '30')` },
      { insert: 'src', rows: ids(0, 100) }, { flush: true }, { checkpoint: true },
      { insert: 'src', rows: ids(100, 50) }, { flush: true }, { kill: true },
    ]);
    t.is(first.signal, 'SIGKILL', first.stderr);
    t.deepEqual(visible(out), ['_manifest.json', 'part-000001-0.jsonl', 'part-000001-1.jsonl', 'part-000001-2.jsonl', 'part-000001-3.jsonl']);
    t.true(readdirSync(out).some((n) => n.endsWith('.inprogress')), 'the rows after the checkpoint were in hidden files');
    const second = runChild(db, [{ insert: 'src', rows: ids(150, 10) }, { flush: true }, { checkpoint: true }, { close: true }]);
    t.is(second.status, 0, second.stderr);
    t.deepEqual(readdirSync(out).filter((n) => n.startsWith('.')), [], 'the hidden files of the killed run are gone');
    const manifest = JSON.parse(readFileSync(join(out, '_manifest.json'), 'utf8')) as { epochs: { files: { name: string }[] }[] };
    const got = manifest.epochs.flatMap((e) => e.files.flatMap((f) => readFileSync(join(out, f.name), 'utf8').trim().split('\n').map((l) => (JSON.parse(l) as { id: number }).id)));
    t.deepEqual(got.sort((a, b) => a - b), ids(0, 160).map((r) => r.id), '160 rows, each once');
  });
});
