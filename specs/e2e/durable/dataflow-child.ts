/**
 * A process for the durable-dataflow spec: a keyed tumbling-window dataflow (with a JS filter)
 * registered on a durable database, a SQL view over its output, and inserts around a checkpoint;
 * `first` dies with SIGKILL, `second` reopens with the builder and finishes, `missing` reopens
 * without it.
 *
 *   node --import tsx dataflow-child.ts <path> first|second|missing
 */
import { count, LaminarDB, tumbling, type DbDataflow } from '../../../index.js';

const [path, phase] = process.argv.slice(2);
const T0 = Date.UTC(2024, 0, 1);
const at = (k: string, ms: number) => ({ k, ts: T0 + ms });
const perSecond = (flow: DbDataflow) => {
  flow.from('events').filter((r) => r.k !== 'skip').keyBy('k').window(tumbling('1s')).aggregate({ n: count() }).as('per_second');
};
const show = (v: unknown) => JSON.stringify(v, (_k, x: unknown) => (typeof x === 'bigint' ? Number(x) : x));

try {
  const db = await LaminarDB.open({ path: path!, ...(phase === 'missing' ? {} : { dataflows: { per_second: perSecond } }) });
  if (phase === 'first') {
    await db.execute('CREATE SOURCE events (k VARCHAR, ts TIMESTAMP, WATERMARK FOR ts AS ts)');
    const flow = db.dataflow('per_second');
    perSecond(flow);
    await flow.register();
    await db.execute('CREATE MATERIALIZED VIEW totals AS SELECT k, COUNT(*) AS windows, SUM(n) AS n FROM per_second GROUP BY k');
    await db.insert('events', [at('a', 100), at('skip', 150), at('a', 200), at('b', 300)]);
    await db.flush();
    await db.checkpoint();
    await db.insert('events', [at('a', 500)]);
    await db.flush();
    process.kill(process.pid, 'SIGKILL');
  }
  await db.insert('events', [at('a', 900), at('a', 1500), at('b', 2500)]);
  await db.flush();
  process.stdout.write(`${show(await db.query('SELECT k, windows, n FROM totals ORDER BY k'))}\n`);
  await db.close();
} catch (err) {
  process.stdout.write(`${show({ error: (err as Error).message })}\n`);
}
