/**
 * A four-stage filter/project pipeline over 1,024-row batches, against a hand-written loop doing
 * the same work on the same batches (the physical limit of this runtime). Reports both rates and
 * their ratio, for the default (chained) engine and with chaining off.
 */
import { columnsOf, fixedColumn, makeBatch, utf8Column } from '../../runtime/index.js';
import { batchToRows, col, Dataflow, rowsToBatch, schemaOf, type RecordBatch } from '../../index.js';
import { mulberry32 } from '../../runtime/testing/index.js';
import { benchRegistry, median, replays, repeat, runPlan } from './common.js';

const inputSchema = schemaOf({ sym: 'utf8', price: 'float64', qty: 'int32' });
const outputSchema = schemaOf({ sym: 'utf8', notional: 'float64', fee: 'float64' });

function flow(): Dataflow {
  const f = new Dataflow('filter-project');
  f.source('src', { schema: inputSchema, connector: 'replay', options: { replay: 'fp' } })
    .filter(col('price').gt(10))
    .project({ sym: 'sym', price: 'price', qty: 'qty', notional: col('price').mul(col('qty')) })
    .filter(col('notional').lt(50_000))
    .project({ sym: 'sym', notional: 'notional', fee: col('notional').mul(0.001) })
    .sink('out', 'count');
  return f;
}

/** The same four stages, fused by hand, producing the same output batches. */
export function handLoop(batch: RecordBatch): RecordBatch {
  const [symCol, priceCol, qtyCol] = columnsOf(batch);
  const price = priceCol!.values as Float64Array;
  const qty = qtyCol!.values as Int32Array;
  const offsets = symCol!.valueOffsets as Int32Array;
  const bytes = symCol!.values as Uint8Array;
  const n = batch.numRows;
  const notional = new Float64Array(n);
  const fee = new Float64Array(n);
  const sel = new Int32Array(n);
  let count = 0;
  for (let i = 0; i < n; i++) {
    const p = price[i]!;
    if (!(p > 10)) continue;
    const v = p * qty[i]!;
    if (!(v < 50_000)) continue;
    notional[count] = v;
    fee[count] = v * 0.001;
    sel[count++] = i;
  }
  const outOffsets = new Int32Array(count + 1);
  let total = 0;
  for (let j = 0; j < count; j++) {
    total += offsets[sel[j]! + 1]! - offsets[sel[j]!]!;
    outOffsets[j + 1] = total;
  }
  const outBytes = new Uint8Array(total);
  let at = 0;
  for (let j = 0; j < count; j++) for (let p = offsets[sel[j]!]!; p < offsets[sel[j]! + 1]!; p++) outBytes[at++] = bytes[p]!;
  return makeBatch(outputSchema, [utf8Column(outOffsets, outBytes, count), fixedColumn('float64', notional.subarray(0, count), count), fixedColumn('float64', fee.subarray(0, count), count)], count);
}

export interface FilterProjectResult {
  rows: number;
  engineRowsPerSec: number;
  unchainedRowsPerSec: number;
  loopRowsPerSec: number;
  ratio: number;
  unchainedRatio: number;
}

export async function benchFilterProject(quick: boolean): Promise<FilterProjectResult> {
  const rand = mulberry32(7);
  const syms = ['AAPL', 'MSFT', 'GOOG', 'AMZN', 'NVDA', 'META', 'TSLA', 'AMD'];
  const batchCount = quick ? 300 : 2000;
  const batches = Array.from({ length: batchCount }, () =>
    rowsToBatch(inputSchema, Array.from({ length: 1024 }, () => ({ sym: syms[Math.floor(rand() * 8)]!, price: 1 + rand() * 99, qty: 1 + Math.floor(rand() * 1000) }))),
  );
  replays.set('fp', { schema: inputSchema, batches });
  const rows = batchCount * 1024;

  // Same results first: the engine and the loop must agree before their speeds mean anything.
  const expected = batches.slice(0, 3).flatMap((b) => batchToRows(handLoop(b)));
  const sample = flow().build({ registry: benchRegistry, services: { counter: { rows: 0 } } });
  const got: unknown[] = [];
  const stage = sample.graph.nodes.find((n) => n.kind === 'calc')!.name;
  sample.subscribe(stage).subscribe((r) => got.length < expected.length && got.push(...r));
  await sample.start();
  await sample.done;
  if (JSON.stringify(got.slice(0, expected.length)) !== JSON.stringify(expected)) throw new Error('engine and hand loop disagree');

  const runs = quick ? 3 : 7;
  const engine = await repeat(runs, 1, () => runPlan(flow().plan()));
  const unchained = await repeat(runs, 1, () => runPlan(flow().plan(), benchRegistry, { chain: false }));
  const loop = await repeat(runs, 1, () => {
    const started = performance.now();
    let out = 0;
    for (const b of batches) out += handLoop(b).numRows;
    if (out === 0) throw new Error('no rows');
    return { ms: performance.now() - started };
  });
  const rate = (ms: number) => rows / (ms / 1000);
  const e = rate(median(engine.map((r) => r.ms)));
  const u = rate(median(unchained.map((r) => r.ms)));
  const l = rate(median(loop.map((r) => r.ms)));
  return { rows, engineRowsPerSec: e, unchainedRowsPerSec: u, loopRowsPerSec: l, ratio: e / l, unchainedRatio: u / l };
}
