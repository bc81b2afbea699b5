/**
 * SQL front-end benchmarks:
 * - parse and plan a 30-line query (median of many runs), split into parse and plan;
 * - a filter plus projection written in SQL, compiled by the planner and the expression compiler,
 *   over 1M rows in 1,024-row Arrow batches, against a hand-written loop doing the same work.
 */
import { bind } from '../../operators/index.js';
import { batchToRows, Pipeline, rowsToBatch, schemaOf, type FieldSpec, type plan } from '../../index.js';
import { makeSchema } from '../../runtime/index.js';
import { mulberry32 } from '../../runtime/testing/index.js';
import { lowerPlan, parse, planSelect, type Column, type PlannerCatalog, type QueryStatement, type Relation } from '../../sql/index.js';
import { benchRegistry, median, replays, repeat, runPlan } from './common.js';
import { handLoop } from './filter-project.js';

const RELATIONS: Record<string, Column[]> = {
  trades: [
    { name: 'sym', type: 'utf8', nullable: false },
    { name: 'price', type: 'float64', nullable: true },
    { name: 'qty', type: 'int32', nullable: true },
    { name: 'venue', type: 'utf8', nullable: true },
    { name: 'ts', type: 'timestamp', nullable: true },
  ],
  quotes: [
    { name: 'sym', type: 'utf8', nullable: false },
    { name: 'bid', type: 'float64', nullable: true },
    { name: 'ask', type: 'float64', nullable: true },
    { name: 'ts', type: 'timestamp', nullable: true },
  ],
};

/** A fixed catalog typed by the engine's own binder, as the database's catalog is. */
const catalog: PlannerCatalog = {
  lookup: (name): Relation | undefined => (RELATIONS[name] ? { kind: 'source', name, columns: RELATIONS[name]!, nodeId: name === 'trades' ? 1 : 2, eventTime: 'ts', stored: false } : undefined),
  names: () => Object.keys(RELATIONS),
  typeOf: (expr, columns) => bind(expr, makeSchema(columns as FieldSpec[])).type,
  hasFunction: () => true,
  functionNames: () => [],
  nextNodeId: () => 0,
};

/** A 30-line streaming query: a CTE, a derived table, a union, CASE, casts, a window, HAVING. */
export const QUERY_30_LINES = `WITH cleaned AS (
  SELECT
    upper(trim(sym)) AS sym,
    CAST(price AS DOUBLE) AS price,
    qty,
    COALESCE(venue, 'unknown') AS venue,
    ts
  FROM trades
  WHERE price > 0 AND qty BETWEEN 1 AND 1000000
    AND sym NOT LIKE 'TEST%'
), mids AS (
  SELECT sym, (bid + ask) / 2 AS price, 0 AS qty, 'quote' AS venue, ts
  FROM quotes
  WHERE bid IS NOT NULL
    AND ask IS NOT NULL
)
SELECT
  sym,
  TUMBLE(ts, INTERVAL '1' MINUTE) AS minute,
  COUNT(*) AS events,
  SUM(qty) AS volume,
  AVG(price) AS avg_price,
  MAX(price) - MIN(price) AS spread
FROM (
  SELECT sym, price, qty, ts FROM cleaned
  UNION ALL
  SELECT sym, price, qty, ts FROM mids
) AS both_sides
GROUP BY sym, TUMBLE(ts, INTERVAL '1' MINUTE)
HAVING COUNT(*) > 1 AND SUM(qty) > CASE WHEN MAX(price) > 100 THEN 10 ELSE 100 END`;

export interface PlanTimingResult {
  lines: number;
  parseUs: number;
  planUs: number;
  totalUs: number;
}

/** Median microseconds to parse, to plan, and both, for the 30-line query. */
export async function benchParsePlan(quick: boolean): Promise<PlanTimingResult> {
  const runs = quick ? 200 : 2000;
  const text = QUERY_30_LINES;
  const once = () => {
    const t0 = performance.now();
    const [stmt] = parse(text);
    const t1 = performance.now();
    planSelect((stmt as QueryStatement).query, text, catalog);
    const t2 = performance.now();
    return { parse: t1 - t0, plan: t2 - t1, total: t2 - t0 };
  };
  const samples = await repeat(runs, quick ? 50 : 500, once);
  const us = (k: 'parse' | 'plan' | 'total') => median(samples.map((s) => s[k])) * 1000;
  return { lines: text.split('\n').length, parseUs: us('parse'), planUs: us('plan'), totalUs: us('total') };
}

const inputSchema = schemaOf({ sym: 'utf8', price: 'float64', qty: 'int32' });
const FILTER_PROJECT = 'SELECT sym, price * qty AS notional, price * qty * 0.001 AS fee FROM src WHERE price > 10 AND price * qty < 50000';

/** The SQL compiled into plan messages whose input is a replay source. */
function sqlPlan(): plan.Plan {
  const cat: PlannerCatalog = {
    ...catalog,
    lookup: (name) => (name === 'src' ? { kind: 'source', name, columns: inputSchema.fields.map((f) => ({ name: f.name, type: f.type, nullable: f.nullable })), nodeId: 1, stored: false } : undefined),
    names: () => ['src'],
  };
  const [stmt] = parse(FILTER_PROJECT);
  const logical = planSelect((stmt as QueryStatement).query, FILTER_PROJECT, cat);
  let id = 10;
  const fragment = lowerPlan(logical, { name: 'out', nextNodeId: () => id++, leaves: { scan: () => 1, values: () => 1 } });
  const source: plan.PlanNode = { id: 1, name: 'src', source: { connector: 'replay', options: { replay: 'sql' }, schema: { fields: inputSchema.fields.map((f) => ({ name: f.name, type: { spec: f.type }, nullable: f.nullable })) } } };
  const sink: plan.PlanNode = { id: 99, name: 'sink', sink: { connector: 'count' } };
  return { name: 'sql-filter-project', nodes: [source, ...fragment.nodes, sink], edges: [...fragment.edges, { from: fragment.output, to: 99, input: 0 }] };
}

export interface SqlFilterProjectResult {
  rows: number;
  sqlRowsPerSec: number;
  loopRowsPerSec: number;
  ratio: number;
}

/** The SQL filter+projection against the hand loop over the same 1M rows. */
export async function benchSqlFilterProject(quick: boolean): Promise<SqlFilterProjectResult> {
  const rand = mulberry32(11);
  const syms = ['AAPL', 'MSFT', 'GOOG', 'AMZN', 'NVDA', 'META', 'TSLA', 'AMD'];
  const batchCount = quick ? 200 : 977; // 977 × 1,024 ≈ 1M rows
  const batches = Array.from({ length: batchCount }, () =>
    rowsToBatch(inputSchema, Array.from({ length: 1024 }, () => ({ sym: syms[Math.floor(rand() * 8)]!, price: 1 + rand() * 99, qty: 1 + Math.floor(rand() * 1000) }))),
  );
  replays.set('sql', { schema: inputSchema, batches });
  const rows = batchCount * 1024;

  // The SQL result must equal the loop's before speeds mean anything.
  const expected = batchToRows(handLoop(batches[0]!));
  replays.set('sql-check', { schema: inputSchema, batches: batches.slice(0, 1) });
  const checkPlan = sqlPlan();
  checkPlan.nodes![0]!.source!.options = { replay: 'sql-check' };
  const check = new Pipeline(checkPlan, { registry: benchRegistry, services: { counter: { rows: 0 } } });
  const got: unknown[] = [];
  check.subscribe('out').subscribe((r) => got.push(...r));
  await check.start();
  await check.done;
  if (JSON.stringify(got) !== JSON.stringify(expected)) throw new Error('the SQL plan and the hand loop disagree');

  const runs = quick ? 3 : 7;
  const sql = await repeat(runs, 1, () => runPlan(sqlPlan()));
  const loop = await repeat(runs, 1, () => {
    const started = performance.now();
    let out = 0;
    for (const b of batches) out += handLoop(b).numRows;
    if (out === 0) throw new Error('no rows');
    return { ms: performance.now() - started };
  });
  const rate = (ms: number) => rows / (ms / 1000);
  const s = rate(median(sql.map((r) => r.ms)));
  const l = rate(median(loop.map((r) => r.ms)));
  return { rows, sqlRowsPerSec: s, loopRowsPerSec: l, ratio: s / l };
}

export { FILTER_PROJECT };
