/**
 * Checkpoint store on the real disk (fsyncs included): writing and recovering a checkpoint whose
 * state is one million keys of aggregate state, in two layouts:
 * - the unwindowed GROUP BY operator's own snapshot (`SUM(v), COUNT(*) GROUP BY k` over 1 M
 *   distinct int64 keys: typed arrays of the group table and accumulators), plus the time to
 *   restore that operator from it (rebuilding its hash table), which recovery also pays;
 * - a `Map` of 1 M bigint keys to `{ sum, count }` objects (state kept as JS objects).
 * And an incremental checkpoint: ten GROUP BY actors of 100,000 keys each, one of which changed,
 * against writing all ten.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { schemaOf, type plan } from '../../index.js';
import { barrier, CheckpointStore, data, fixedColumn, makeBatch } from '../../runtime/index.js';
import { OperatorHarness } from '../../runtime/testing/index.js';
import { groupAggregate } from '../../operators/group-aggregate.js';
import { median } from './common.js';

const schema = schemaOf({ k: 'int64', v: 'int64' });
const BATCH = 4096;
const node: plan.GroupAggregateNode = {
  keys: ['k'],
  aggregates: [
    { name: 's', function: 'sum', args: [{ column: { name: 'v' } }] },
    { name: 'n', function: 'count' },
  ],
  emit: { mode: 0, everyMs: 0 },
};

/** The GROUP BY operator's snapshot after `keys` distinct keys (offset by `from`), one row each. */
async function groupBySnapshot(keys: number, from = 0): Promise<unknown> {
  const h = new OperatorHarness(groupAggregate, node, [schema]);
  await h.open();
  for (let start = 0; start < keys; start += BATCH) {
    const n = Math.min(BATCH, keys - start);
    const k = new BigInt64Array(n);
    const v = new BigInt64Array(n);
    for (let i = 0; i < n; i++) {
      k[i] = BigInt(from + start + i);
      v[i] = BigInt((start + i) % 1000);
    }
    h.inputs[0]!.offer(data(makeBatch(schema, [fixedColumn('int64', k, n), fixedColumn('int64', v, n)], n)));
  }
  h.inputs[0]!.offer(barrier(1));
  await h.settle();
  if (h.error !== undefined) throw h.error;
  return h.snapshots.get(1);
}

function mapState(keys: number): Map<bigint, { sum: number; count: number }> {
  const m = new Map<bigint, { sum: number; count: number }>();
  for (let i = 0; i < keys; i++) m.set(BigInt(i), { sum: i % 1000, count: 1 });
  return m;
}

export interface CheckpointBenchRow {
  readonly name: string;
  readonly keys: number;
  readonly mb: number;
  readonly writeMs: number;
  readonly loadMs: number;
  /** Rebuilding the operator from the loaded state (undefined for the Map layout). */
  readonly restoreMs: number | undefined;
}

export interface CheckpointBench {
  readonly rows: CheckpointBenchRow[];
  readonly incremental: { readonly actors: number; readonly fullMs: number; readonly fullMb: number; readonly oneChangedMs: number; readonly oneChangedMb: number; readonly reused: number };
}

function timeIt<T>(fn: () => T): { ms: number; value: T } {
  const started = performance.now();
  const value = fn();
  return { ms: performance.now() - started, value };
}

/** Median write and load times of `states` over `runs` runs, each in a fresh directory. */
function measure(states: Record<string, unknown>, runs: number): { mb: number; writeMs: number; loadMs: number; loaded: Record<string, unknown> } {
  const writes: number[] = [];
  const loads: number[] = [];
  let mb = 0;
  let loaded: Record<string, unknown> = {};
  for (let r = 0; r < runs; r++) {
    const dir = mkdtempSync(join(tmpdir(), 'ldb-bench-ckpt-'));
    try {
      const w = timeIt(() => new CheckpointStore(dir).write({ id: 1, states, walSeq: 1n, catalog: 'CREATE SOURCE s (k BIGINT, v BIGINT)' }));
      writes.push(w.ms);
      mb = w.value.bytes / 1e6;
      const l = timeIt(() => new CheckpointStore(dir).latest()!);
      loads.push(l.ms);
      loaded = l.value.states;
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  return { mb, writeMs: median(writes), loadMs: median(loads), loaded };
}

export async function benchCheckpoint(quick: boolean): Promise<CheckpointBench> {
  const keys = quick ? 100_000 : 1_000_000;
  const runs = quick ? 1 : 3;
  const rows: CheckpointBenchRow[] = [];

  const snapshot = await groupBySnapshot(keys);
  const g = measure({ agg: snapshot, source: { offset: keys } }, runs);
  const restore = timeIt(() => new OperatorHarness(groupAggregate, node, [schema], { restore: g.loaded.agg }));
  rows.push({ name: 'GROUP BY operator snapshot (typed arrays)', keys, mb: g.mb, writeMs: g.writeMs, loadMs: g.loadMs, restoreMs: restore.ms });

  const m = measure({ agg: mapState(keys), source: { offset: keys } }, runs);
  rows.push({ name: 'Map<bigint, { sum, count }>', keys, mb: m.mb, writeMs: m.writeMs, loadMs: m.loadMs, restoreMs: undefined });

  // Ten actors of keys/10 each; checkpoint 2 changes one of them.
  const actors = 10;
  const states: Record<string, unknown> = {};
  for (let a = 0; a < actors; a++) states[`agg${a}`] = await groupBySnapshot(keys / actors, a * keys);
  const changed = { ...states, agg3: await groupBySnapshot(keys / actors, 99 * keys) };
  const fulls: number[] = [];
  const incs: number[] = [];
  let fullMb = 0;
  let oneChangedMb = 0;
  let reused = 0;
  for (let r = 0; r < runs; r++) {
    const dir = mkdtempSync(join(tmpdir(), 'ldb-bench-ckpt-'));
    try {
      const store = new CheckpointStore(dir);
      const full = timeIt(() => store.write({ id: 1, states }));
      const inc = timeIt(() => store.write({ id: 2, states: changed }));
      fulls.push(full.ms);
      incs.push(inc.ms);
      fullMb = full.value.bytes / 1e6;
      oneChangedMb = inc.value.bytes / 1e6;
      reused = inc.value.reused;
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  return { rows, incremental: { actors, fullMs: median(fulls), fullMb, oneChangedMs: median(incs), oneChangedMb, reused } };
}
