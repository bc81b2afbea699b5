// Resumable subscriptions through the database: SUBSCRIBE ... AS OF EPOCH (and cursors over it)
// against an oracle that records every batch and barrier a view's output emits, under random
// inserts, checkpoints (awaited or still in flight) and subscriptions, with rings small enough to
// evict. A subscription either fails naming an eviction (or an epoch not ended yet) or yields
// exactly the oracle's rows after its epoch's barrier, replay and live with no gap and no repeat.
import test from 'ava';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CollectStore } from '../connectors/index.js';
import { batchToRows, type Row } from '../runtime/index.js';
import { mulberry32, testSeed } from '../runtime/testing/index.js';
import { Database } from './database.js';
import { LaminarDB } from './laminardb.js';
import { executeText } from './execute.js';
import { insertInto } from './write.js';
import type { ExecuteResult } from './results.js';

const open = (options: Parameters<typeof Database.open>[0] = {}) => Database.open(options, new CollectStore(), (db, sql) => executeText(db, sql));
const run = async (db: Database, sql: string): Promise<ExecuteResult> => (await executeText(db, sql)).at(-1)!;

interface Oracle {
  readonly log: ({ rows: Row[] } | { barrier: number })[];
  /** Whether the oracle saw everything the output emitted (it attached before any row). */
  readonly complete: boolean;
  /** Whether barrier `epoch` passed the output since the oracle attached. */
  saw(epoch: number): boolean;
  after(epoch: number, symbol?: string): Row[];
}

/** Every batch and barrier an output emits, in order (the tap the history itself uses). */
function oracle(db: Database, node: string): Oracle {
  const log: ({ rows: Row[] } | { barrier: number })[] = [];
  const complete = (db.pipeline.metrics().actors.find((a) => a.name === node)?.rowsOut ?? 0) === 0;
  db.pipeline.tap(node, (b) => log.push({ rows: batchToRows(b) }), { barrier: (id) => log.push({ barrier: id }) });
  return {
    log,
    complete,
    saw: (epoch) => log.some((e) => 'barrier' in e && e.barrier === epoch),
    after(epoch, symbol) {
      // Nothing before the first barrier counts as "before epoch n" unless barrier n passed.
      const at = log.findIndex((e) => 'barrier' in e && e.barrier === epoch);
      return log.slice(at + 1).flatMap((e) => ('rows' in e ? e.rows : [])).filter((r) => symbol === undefined || r.symbol === symbol);
    },
  };
}

interface Reader {
  readonly label: string;
  readonly object: string;
  readonly epoch: number;
  readonly symbol: string | undefined;
  readonly rows: Row[];
  failure?: Error;
  /** Cursors: fetch what is left. */
  drain?: () => Promise<void>;
}

const SIZES = ['1kb', '2kb', '3kb', '8kb', '64kb'];
const SYMBOLS = ['A', 'B', 'C'];

test('property: AS OF EPOCH yields exactly the changes after the epoch, then live, or fails for eviction', async (t) => {
  const seed = testSeed();
  t.log(`seed ${seed} (replay with LAMINARDB_SEED=${seed})`);
  const runs = Number(process.env.LAMINARDB_RUNS ?? 25);
  const totals = { replayed: 0, evicted: 0, notEnded: 0, unsplittable: 0, cursors: 0, inFlightCheckpoints: 0, createdLater: 0, unverifiable: 0 };
  for (let r = 0; r < runs; r++) {
    const rand = mulberry32(seed + r);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
    const db = await open();
    const sizes = { agg: pick(SIZES), big: pick(SIZES) };
    await run(db, `CREATE SOURCE trades (symbol VARCHAR, qty BIGINT)`);
    await run(db, `CREATE MATERIALIZED VIEW agg AS SELECT symbol, count(*) AS n, sum(qty) AS volume FROM trades GROUP BY symbol WITH ('retain_history' = '${sizes.agg}')`);
    await run(db, `CREATE STREAM big AS SELECT symbol, qty FROM trades WHERE qty > 3 WITH ('retain_history' = '${sizes.big}')`);
    const oracles: Record<string, Oracle> = { agg: oracle(db, 'agg'), big: oracle(db, 'big') };
    const readers: Reader[] = [];
    const pending: Promise<unknown>[] = [];
    let cursors = 0;
    const context = () => `seed ${seed} run ${r} (sizes ${JSON.stringify(sizes)})`;
    const newestBarrier = (object: string) => Math.max(0, ...oracles[object].log.map((e) => ('barrier' in e ? e.barrier : 0)));
    const subscribe = async (object: string, epoch: number, symbol: string | undefined, cursor: boolean): Promise<void> => {
      const where = symbol === undefined ? '' : ` WHERE symbol = '${symbol}'`;
      const label = `${cursor ? 'cursor ' : ''}${object} AS OF EPOCH ${epoch}${where}`;
      const reader: Reader = { label, object, epoch, symbol, rows: [] };
      // The statement checks its epoch synchronously, before its first await.
      const newest = newestBarrier(object);
      try {
        if (cursor) {
          const name = `c${cursors++}`;
          await run(db, `DECLARE ${name} CURSOR FOR SUBSCRIBE ${object} AS OF EPOCH ${epoch}${where}`);
          reader.drain = async () => {
            // Pages of random sizes, then the rest.
            for (;;) {
              const page = await run(db, `FETCH ${1 + Math.floor(rand() * 4)} FROM ${name}`);
              if (page.rows!.length === 0) break;
              reader.rows.push(...page.rows!);
            }
          };
          totals.cursors++;
        } else {
          const result = await run(db, `SUBSCRIBE ${object} AS OF EPOCH ${epoch}${where}`);
          result.subscription!.subscribe({ next: (rows) => reader.rows.push(...rows), error: (err: Error) => void (reader.failure = err) });
        }
      } catch (err) {
        reader.failure = err as Error;
      }
      if (reader.failure === undefined) {
        readers.push(reader);
        return;
      }
      // Failing is right only for an epoch that has not ended or whose changes were evicted.
      const message = reader.failure.message;
      t.is((reader.failure as { code?: string }).code, 'LDB-1209', `${label}: ${message} (${context()})`);
      if (/did not pass through/.test(message)) {
        // Created while a checkpoint was in flight whose barrier never reached it.
        totals.unsplittable++;
        t.false(oracles[object]!.saw(epoch), `${label}: ${message}, yet the barrier passed`);
        return;
      }
      if (/has not ended yet/.test(message)) {
        totals.notEnded++;
        t.true(epoch > newest, `${label}: not ended, yet barrier ${newest} had passed ${object} (${context()})`);
        return;
      }
      totals.evicted++;
      const oldest = /the oldest epoch to resume from is (\d+)/.exec(message);
      t.truthy(oldest ?? /no epoch can be resumed from until the next one ends/.exec(message), `${label}: ${message}`);
      if (oldest !== null) {
        t.true(Number(oldest[1]) > epoch, `${label}: evicted, yet the oldest epoch ${oldest[1]} is not after it`);
        // The epoch the error names works.
        await subscribe(object, Number(oldest[1]), symbol, cursor);
      }
    };
    const ops = 30 + Math.floor(rand() * 40);
    for (let op = 0; op < ops; op++) {
      const x = rand();
      if (x < 0.4) {
        const rows = Array.from({ length: 1 + Math.floor(rand() * 4) }, () => ({ symbol: pick(SYMBOLS), qty: BigInt(Math.floor(rand() * 8)) }));
        const inserted = insertInto(db, 'trades', rows);
        // Some inserts are still in flight when the next step runs (a checkpoint or a subscribe).
        if (rand() < 0.5) await inserted;
        else pending.push(inserted);
      } else if (x < 0.6) {
        const checkpoint = run(db, 'CHECKPOINT');
        if (rand() < 0.6) await checkpoint;
        else {
          totals.inFlightCheckpoints++;
          pending.push(checkpoint);
        }
      } else if (x < 0.65) {
        await db.pipeline.flush();
      } else if (x < 0.68 && Object.keys(oracles).length < 4) {
        // A stream created mid-run, perhaps while rows and a checkpoint's barriers are in flight.
        const name = `later${Object.keys(oracles).length}`;
        if (rand() < 0.5) {
          pending.push(insertInto(db, 'trades', [{ symbol: pick(SYMBOLS), qty: 5n }]), run(db, 'CHECKPOINT'), insertInto(db, 'trades', [{ symbol: pick(SYMBOLS), qty: 6n }]));
          totals.inFlightCheckpoints++;
        }
        await run(db, `CREATE STREAM ${name} AS SELECT symbol, qty FROM ${pick(['trades', 'big'])} WHERE qty <> ${Math.floor(rand() * 8)} WITH ('retain_history' = '${pick(SIZES)}')`);
        oracles[name] = oracle(db, name);
        totals.createdLater++;
      } else if (x < 0.9) {
        const top = db.pipeline.checkpointProgress.started;
        await subscribe(pick(Object.keys(oracles)), Math.floor(rand() * (top + 2)), rand() < 0.4 ? pick(SYMBOLS) : undefined, rand() < 0.3);
      } else {
        // Ring bounds hold at every step.
        const listing = await run(db, 'SHOW HISTORY');
        for (const row of listing.rows!) {
          const limit = Number.parseInt(String(row.retain_history), 10) * 1024;
          t.true(Number(row.bytes) <= limit, `${String(row.name)} holds ${String(row.bytes)} bytes over '${String(row.retain_history)}' (${context()})`);
        }
      }
    }
    await Promise.all(pending);
    await db.pipeline.flush();
    for (const reader of readers) {
      await reader.drain?.();
      if (reader.failure !== undefined) {
        // Eviction can still catch a subscription that attached after its statement.
        t.is((reader.failure as { code?: string }).code, 'LDB-1209', `${reader.label}: ${reader.failure.message}`);
        continue;
      }
      const o = oracles[reader.object]!;
      if (!o.complete && !o.saw(reader.epoch)) {
        // The oracle missed the first rows, and the replay starts before its first barrier.
        totals.unverifiable++;
        continue;
      }
      const expected = o.after(reader.epoch, reader.symbol);
      t.deepEqual(reader.rows, expected, `${reader.label}: replay then live differs from the output's rows after barrier ${reader.epoch} (${context()})`);
      totals.replayed++;
    }
    await db.pipeline.stop();
  }
  t.log(JSON.stringify(totals));
  if (runs >= 10) {
    t.true(totals.replayed > 0 && totals.evicted > 0 && totals.cursors > 0, `every outcome was exercised: ${JSON.stringify(totals)}`);
  }
});

test('a checkpoint after a flush ends its epoch after every row inserted before it', async (t) => {
  const db = await open();
  await run(db, `CREATE SOURCE trades (symbol VARCHAR, qty BIGINT); CREATE STREAM s AS SELECT symbol, qty FROM trades WITH ('retain_history' = '1mb')`);
  await insertInto(db, 'trades', [{ symbol: 'A', qty: 1n }]);
  await db.pipeline.flush();
  const { checkpointId } = await run(db, 'CHECKPOINT');
  await insertInto(db, 'trades', [{ symbol: 'B', qty: 2n }]);
  await db.pipeline.flush();
  const rows: Row[] = [];
  (await run(db, `SUBSCRIBE s AS OF EPOCH ${checkpointId}`)).subscription!.subscribe((r) => rows.push(...r));
  await db.pipeline.flush();
  t.deepEqual(rows, [{ symbol: 'B', qty: 2n }]);
  await db.pipeline.stop();
});

/** What `SUBSCRIBE mv AS OF EPOCH epoch` yields once the database is idle. */
async function resumed(db: LaminarDB, epoch: number): Promise<Row[]> {
  const rows: Row[] = [];
  db.subscribe(`SUBSCRIBE mv AS OF EPOCH ${epoch}`).subscribe((r) => rows.push(...r));
  await db.flush();
  return rows;
}

test('durable database: after a restart, epochs from before it are an error; epochs after it resume', async (t) => {
  const path = mkdtempSync(join(tmpdir(), 'laminardb-history-'));
  const first = await LaminarDB.open({ path });
  await first.execute(`CREATE SOURCE trades (symbol VARCHAR, qty BIGINT); CREATE MATERIALIZED VIEW mv AS SELECT symbol, qty FROM trades WITH ('retain_history' = '1mb')`);
  await first.insert('trades', [{ symbol: 'A', qty: 1n }]);
  const before = (await first.checkpoint()).id;
  await first.insert('trades', [{ symbol: 'B', qty: 2n }]);
  t.deepEqual(await resumed(first, before), [{ symbol: 'B', qty: 2n }]);
  await first.close();

  const second = await LaminarDB.open({ path });
  const error = await t.throwsAsync(second.execute(`SUBSCRIBE mv AS OF EPOCH ${before}`));
  t.is((error as { code?: string }).code, 'LDB-1209');
  t.regex(error!.message, /the database restarted and history is kept in memory, so epochs from before the restart are gone; no epoch can be resumed from until the next one ends/);
  t.like((await second.query('SHOW HISTORY'))[0], { name: 'mv', oldest_epoch: null });
  const after = (await second.checkpoint()).id;
  await second.insert('trades', [{ symbol: 'C', qty: 3n }]);
  t.deepEqual(await resumed(second, after), [{ symbol: 'C', qty: 3n }]);
  t.like((await second.query('SHOW HISTORY'))[0], { name: 'mv', oldest_epoch: after });
  await t.throwsAsync(second.execute(`SUBSCRIBE mv AS OF EPOCH ${before}`), { message: /epoch \d+ of materialized view 'mv' is not retained: the database restarted.*the oldest epoch to resume from is \d+/ });
  await second.close();
});

test('a view created while a checkpoint is held up by backpressure splits its epochs at that barrier', async (t) => {
  const db = await open({ capacity: 4 });
  await run(db, `CREATE SOURCE trades (symbol VARCHAR, qty BIGINT); CREATE STREAM slow AS SELECT symbol, qty FROM trades`);
  // A subscriber that never reads: once its buffer is full, the source stops, barriers included.
  const stuck = (await run(db, `SUBSCRIBE slow WITH ('buffer_rows' = '1')`)).subscription![Symbol.asyncIterator]();
  const turn = () => new Promise((resolve) => setImmediate(resolve));
  const inserts = [1, 2, 3, 4, 5].map((q) => insertInto(db, 'trades', [{ symbol: 'A', qty: BigInt(q) }]));
  await turn();
  // The barrier waits behind rows in the input of 'slow', which cannot emit.
  const checkpoint = run(db, 'CHECKPOINT');
  const more = [6, 7].map((q) => insertInto(db, 'trades', [{ symbol: 'B', qty: BigInt(q) }]));
  await turn();
  t.is(db.pipeline.checkpointProgress.inFlight, 1, 'the checkpoint is held up');
  await run(db, `CREATE STREAM v AS SELECT symbol, qty FROM slow WITH ('retain_history' = '1mb')`);
  t.is(db.pipeline.checkpointProgress.inFlight, 1, 'and still is');
  const seen = oracle(db, 'v');
  t.true(seen.complete);
  // Release: read everything the stuck subscriber holds until the inserts and checkpoint finish.
  let done = false;
  const all = Promise.all([...inserts, checkpoint, ...more]).then(() => (done = true));
  while (!done) await Promise.race([stuck.next(), all]);
  await stuck.return!();
  const { checkpointId } = (await checkpoint) as { checkpointId: number };
  await db.pipeline.flush();
  t.true(seen.saw(checkpointId), 'the held-up barrier reached the new view');
  for (const epoch of [checkpointId - 1, checkpointId]) {
    const rows: Row[] = [];
    (await run(db, `SUBSCRIBE v AS OF EPOCH ${epoch}`)).subscription!.subscribe((r) => rows.push(...r));
    await db.pipeline.flush();
    t.deepEqual(rows, seen.after(epoch), `AS OF EPOCH ${epoch}`);
  }
  t.true(seen.after(checkpointId - 1).length > seen.after(checkpointId).length, 'rows reached the view before the barrier');
  await db.pipeline.stop();
});

test('one SUBSCRIBE ... AS OF EPOCH subscribed twice, while the first subscriber holds rows back, replays exactly both times', async (t) => {
  const db = await open();
  await run(db, `CREATE SOURCE trades (symbol VARCHAR, qty BIGINT); CREATE MATERIALIZED VIEW mv AS SELECT symbol, sum(qty) AS total FROM trades GROUP BY symbol WITH ('retain_history' = '1mb')`);
  const seen = oracle(db, 'mv');
  await insertInto(db, 'trades', [{ symbol: 'A', qty: 1n }, { symbol: 'B', qty: 1n }]);
  const { checkpointId } = await run(db, 'CHECKPOINT');
  for (const where of ['', " WHERE symbol = 'A'"]) {
    const { subscription } = await run(db, `SUBSCRIBE mv AS OF EPOCH ${checkpointId}${where} WITH ('buffer_rows' = '1')`);
    // The first reader does not read yet: its full buffer holds back what feeds it.
    const slow = subscription![Symbol.asyncIterator]();
    const writes = [2n, 3n, 4n, 5n].map((qty) => insertInto(db, 'trades', [{ symbol: 'A', qty }, { symbol: 'B', qty }]));
    await new Promise((resolve) => setImmediate(resolve));
    const second: Row[] = [];
    subscription!.subscribe((r) => second.push(...r));
    const first: Row[] = [];
    let done = false;
    const all = Promise.all(writes).then(() => db.pipeline.flush()).then(() => (done = true));
    while (!done) {
      const next = await Promise.race([slow.next(), all.then(() => undefined)]);
      if (next !== undefined && next.done !== true) first.push(...next.value);
    }
    for (;;) {
      // What is left in the first reader's buffer.
      const next = await Promise.race([slow.next(), db.pipeline.flush().then(() => 'idle' as const)]);
      if (next === 'idle' || next.done === true) break;
      first.push(...next.value);
    }
    await slow.return!();
    const expected = seen.after(checkpointId, where === '' ? undefined : 'A');
    t.deepEqual(first, expected, `first${where}`);
    t.deepEqual(second, expected, `second${where}`);
  }
  await db.pipeline.stop();
});
