/**
 * Overhead of one mailbox hop per batch: source -> H pass-through actors -> sink, minus
 * source -> sink, divided by H and the number of batches. Median of several runs.
 */
import { defineOperator, mergeRegistries, rowsToBatch, schemaOf, stateless, type plan, type RecordBatch } from '../../index.js';
import { benchRegistry, median, replays, repeat, runPlan } from './common.js';

const pass = defineOperator<plan.UnionNode>({
  name: 'pass',
  inputs: [{ partitioning: 'forward' }],
  outputSchema: (_n, [input]) => input!,
  setup: (ctx) => ({ onBatch: (batch: RecordBatch) => ctx.emit(batch), ...stateless }),
});
const registry = mergeRegistries(benchRegistry, { operators: { union: pass } });

function chain(replay: string, hops: number): plan.Plan {
  const nodes: plan.PlanNode[] = [{ id: 1, name: 'src', source: { connector: 'replay', options: { replay } } }];
  const edges: plan.Edge[] = [];
  for (let h = 0; h < hops; h++) {
    nodes.push({ id: 2 + h, name: `hop${h}`, union: {} });
    edges.push({ from: 1 + h, to: 2 + h, input: 0 });
  }
  nodes.push({ id: 100, name: 'sink', sink: { connector: 'count' } });
  edges.push({ from: 1 + hops, to: 100, input: 0 });
  return { name: 'hop', nodes, edges };
}

export interface HopResult {
  batchRows: number;
  batches: number;
  /** Median overhead of one hop for one batch, in microseconds. */
  perHopUs: number;
  /** Rows per second through the H-hop pipeline. */
  rowsPerSec: number;
}

export async function benchHops(quick: boolean): Promise<HopResult[]> {
  const hops = 8;
  const out: HopResult[] = [];
  const schema = schemaOf({ x: 'int32', y: 'float64' });
  for (const batchRows of [64, 1024, 8192]) {
    const batches = Math.max(50, Math.round((quick ? 400_000 : 4_000_000) / batchRows / (batchRows === 64 ? 4 : 1)));
    const batch = rowsToBatch(schema, Array.from({ length: batchRows }, (_, i) => ({ x: i, y: i / 2 })));
    replays.set('hop', { schema, batches: new Array(batches).fill(batch) });
    const cap = Math.max(4 * batchRows, 1024);
    const runs = quick ? 3 : 7;
    const base = await repeat(runs, 1, () => runPlan(chain('hop', 0), registry, { capacity: cap }));
    const withHops = await repeat(runs, 1, () => runPlan(chain('hop', hops), registry, { capacity: cap }));
    const perHopMs = (median(withHops.map((r) => r.ms)) - median(base.map((r) => r.ms))) / (hops * batches);
    out.push({ batchRows, batches, perHopUs: perHopMs * 1000, rowsPerSec: (batches * batchRows) / (median(withHops.map((r) => r.ms)) / 1000) });
  }
  return out;
}
