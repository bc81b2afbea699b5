#!/usr/bin/env tsx
/**
 * `npm run bench`: every benchmark, printed as markdown tables with ratios measured in the same
 * run. `--quick` shortens them (smoke runs); numbers for docs/benchmarks.md come from full runs.
 */
import { cpus } from 'node:os';
import { kernels } from '../../runtime/index.js';
import { benchBackpressure, budgetMb } from './backpressure.js';
import { benchCheckpoint } from './checkpoint.js';
import { fmt } from './common.js';
import { benchFilterProject } from './filter-project.js';
import { benchHops } from './hop.js';
import { benchKernels } from './kernels.js';
import { benchParsePlan, benchSqlFilterProject, FILTER_PROJECT } from './sql.js';
import { benchWindows } from './windows.js';
import { benchJoins } from './joins.js';
import { benchWal, benchWalRecovery } from './wal.js';
import { benchDurable } from './durable.js';
import { benchStateBudget } from './state-budget.js';

const quick = process.argv.includes('--quick');
const only = process.argv.find((a) => a.startsWith('--only='))?.slice(7);
const want = (name: string) => only === undefined || only.split(',').includes(name);

console.log(`# LaminarDB benchmarks (${quick ? 'quick' : 'full'}) — node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, kernels: ${kernels().name}\n`);

if (want('windows')) {
  console.log('## Window aggregation vs hand-written loops (in-process, Arrow batches of 4,096 rows)\n');
  console.log('| query | rows | engine events/s | hand loop events/s | ratio | target |');
  console.log('|---|---:|---:|---:|---:|---|');
  for (const r of await benchWindows(quick)) console.log(`| ${r.name} | ${fmt(r.rows)} | ${fmt(r.engine)} | ${fmt(r.loop)} | ${r.ratio.toFixed(2)} | ≥ ${fmt(r.target)}/s: ${r.engine >= r.target ? 'met' : 'NOT met'} |`);
  console.log();
}

if (want('joins')) {
  console.log('## Joins vs hand-written loops (in-process, Arrow batches of 4,096 rows; events of every input)\n');
  console.log('| query | events | engine events/s | hand loop events/s | ratio | target |');
  console.log('|---|---:|---:|---:|---:|---|');
  for (const r of await benchJoins(quick)) console.log(`| ${r.name} | ${fmt(r.rows)} | ${fmt(r.engine)} | ${fmt(r.loop)} | ${r.ratio.toFixed(2)} | ≥ ${fmt(r.target)}/s: ${r.engine >= r.target ? 'met' : 'NOT met'} |`);
  console.log();
}

if (want('hop')) {
  console.log('## Mailbox hop overhead (source → 8 pass-through actors → sink, minus source → sink)\n');
  console.log('| batch rows | batches | per hop per batch (µs, median) | rows/s through 8 hops |');
  console.log('|---:|---:|---:|---:|');
  for (const r of await benchHops(quick)) console.log(`| ${fmt(r.batchRows)} | ${fmt(r.batches)} | ${r.perHopUs.toFixed(2)} | ${fmt(r.rowsPerSec)} |`);
  console.log();
}

if (want('filter-project')) {
  const r = await benchFilterProject(quick);
  console.log(`## Four-stage filter/project over 1,024-row batches (${fmt(r.rows)} rows)\n`);
  console.log('| variant | rows/s | ratio to hand loop |');
  console.log('|---|---:|---:|');
  console.log(`| hand-written loop | ${fmt(r.loopRowsPerSec)} | 1.00 |`);
  console.log(`| engine (chained: one generated loop) | ${fmt(r.engineRowsPerSec)} | ${r.ratio.toFixed(2)} |`);
  console.log(`| engine, chaining off (4 actors) | ${fmt(r.unchainedRowsPerSec)} | ${r.unchainedRatio.toFixed(2)} |`);
  console.log(`\ntarget: engine ≥ 0.5 × loop → ${r.ratio >= 0.5 ? 'met' : 'NOT met'}\n`);
}

if (want('sql')) {
  const p = await benchParsePlan(quick);
  console.log(`## SQL: parse and plan a ${p.lines}-line query (CTEs, UNION ALL, CASE, a window, HAVING)\n`);
  console.log('| step | median (µs) |');
  console.log('|---|---:|');
  console.log(`| parse | ${p.parseUs.toFixed(1)} |`);
  console.log(`| plan (bind, type, rewrite) | ${p.planUs.toFixed(1)} |`);
  console.log(`| parse + plan | ${p.totalUs.toFixed(1)} |\n`);
  const r = await benchSqlFilterProject(quick);
  console.log(`## SQL filter + projection, compiled, over ${fmt(r.rows)} rows in 1,024-row batches\n`);
  console.log(`\`${FILTER_PROJECT}\`\n`);
  console.log('| variant | rows/s | ratio to hand loop |');
  console.log('|---|---:|---:|');
  console.log(`| hand-written loop | ${fmt(r.loopRowsPerSec)} | 1.00 |`);
  console.log(`| SQL, planned and compiled | ${fmt(r.sqlRowsPerSec)} | ${r.ratio.toFixed(2)} |`);
  console.log(`\ntarget: SQL ≥ 0.7 × loop → ${r.ratio >= 0.7 ? 'met' : 'NOT met'}\n`);
}

if (want('backpressure')) {
  console.log(`## Backpressure: rows offered to a sink that spends 5 ms per 8,192-row batch (mailbox budgets ${budgetMb().toFixed(1)} MB)\n`);
  console.log('| variant | rows | baseline RSS (MB) | peak RSS (MB) | growth (MB) | seconds |');
  console.log('|---|---:|---:|---:|---:|---:|');
  for (const r of benchBackpressure(quick)) {
    console.log(`| ${r.variant === 'engine' ? 'engine (suspend)' : 'unbounded JS queue'} | ${fmt(r.rows)} | ${r.baselineMb.toFixed(0)} | ${r.peakMb.toFixed(0)} | ${(r.peakMb - r.baselineMb).toFixed(0)} | ${r.seconds.toFixed(1)} |`);
  }
  console.log();
}

if (want('kernels')) {
  console.log('## Native kernels vs JS twins (1M values)\n');
  console.log('| kernel | JS (ms) | native (ms) | native speedup |');
  console.log('|---|---:|---:|---:|');
  for (const r of await benchKernels(quick)) {
    console.log(`| ${r.kernel} | ${r.jsMs.toFixed(2)} | ${r.nativeMs?.toFixed(2) ?? 'not built'} | ${r.speedup ? `${r.speedup.toFixed(1)}×` : '–'} |`);
  }
  console.log();
}

if (want('checkpoint')) {
  const r = await benchCheckpoint(quick);
  console.log('## Checkpoint store on disk (fsync included; median of runs)\n');
  console.log('| state | keys | MB written | write (ms) | load + verify (ms) | operator restore (ms) | recovery target |');
  console.log('|---|---:|---:|---:|---:|---:|---|');
  for (const row of r.rows) {
    const recovery = row.loadMs + (row.restoreMs ?? 0);
    console.log(`| ${row.name} | ${fmt(row.keys)} | ${row.mb.toFixed(1)} | ${fmt(row.writeMs)} | ${fmt(row.loadMs)} | ${row.restoreMs === undefined ? '–' : fmt(row.restoreMs)} | load${row.restoreMs === undefined ? '' : ' + restore'} < 2 s: ${recovery < 2000 ? 'met' : 'NOT met'} |`);
  }
  const i = r.incremental;
  console.log(`\nIncremental: ${i.actors} GROUP BY actors of ${fmt(r.rows[0]!.keys / i.actors)} keys each; checkpoint 2 changes one.\n`);
  console.log('| checkpoint | MB written | ms |');
  console.log('|---|---:|---:|');
  console.log(`| all ${i.actors} actors (first) | ${i.fullMb.toFixed(1)} | ${fmt(i.fullMs)} |`);
  console.log(`| one of ${i.actors} changed (${i.reused} files shared) | ${i.oneChangedMb.toFixed(1)} | ${fmt(i.oneChangedMs)} |`);
  console.log();
}

if (want('durable')) {
  const { runs, ratio } = await benchDurable(quick);
  console.log('## Durability cost end to end (db.insert in batches of 5,000 into a tumbling COUNT/SUM per key; median of runs)\n');
  console.log('| configuration | events | events/s | checkpoints |');
  console.log('|---|---:|---:|---:|');
  for (const r of runs) console.log(`| ${r.name} | ${fmt(r.events)} | ${fmt(r.eventsPerSec)} | ${r.checkpoints} |`);
  console.log(`\nratio with 1 s checkpoints to without: ${ratio.toFixed(2)} (target ≥ 0.8: ${ratio >= 0.8 ? 'met' : 'NOT met'})\n`);
}

if (want('wal')) {
  console.log('## Write-ahead log appends on the real disk (1,000 appends in flight, group commit) vs a hand loop writing the same bytes\n');
  console.log('| fsync | record bytes | records | WAL records/s | WAL MB/s | hand loop records/s | ratio | records per write | fsyncs |');
  console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const r of await benchWal(quick)) {
    console.log(`| ${r.policy} | ${fmt(r.recordBytes)} | ${fmt(r.records)} | ${fmt(r.walRecordsPerSec)} | ${r.walMBps.toFixed(1)} | ${fmt(r.loopRecordsPerSec)} | ${r.ratio.toFixed(2)} | ${fmt(r.recordsPerWrite)} | ${fmt(r.fsyncs)} |`);
  }
  const rec = await benchWalRecovery(quick);
  console.log(`\nOpening (recovering) a ${rec.mb.toFixed(0)} MiB log (${rec.segments} segments, ${fmt(rec.records)} records of 4 KiB): ${rec.seconds.toFixed(2)} s, ${fmt(rec.mb / rec.seconds)} MiB/s; a 1 GiB log at that rate: ${((1024 / rec.mb) * rec.seconds).toFixed(1)} s\n`);
}

if (want('state-budget')) {
  const { runs, ratio } = benchStateBudget(quick);
  console.log('## Unbounded GROUP BY under a state memory budget (N distinct keys, then N/4 again; each configuration in its own process)\n');
  console.log('| configuration | events | events/s | peak heap + array buffers (MB) | after GC at the end (MB) | groups spilled | reloaded |');
  console.log('|---|---:|---:|---:|---:|---:|---:|');
  for (const r of runs) console.log(`| ${r.name} | ${fmt(r.events)} | ${fmt(r.eventsPerSec)} | ${r.peakHeapMb.toFixed(0)} | ${r.endHeapMb.toFixed(0)} | ${fmt(r.spilled)} | ${fmt(r.reloaded)} |`);
  console.log(`\nthroughput with the budget / without: ${ratio.toFixed(2)}\n`);
}
