import test from 'ava';
import { plan } from '../../specs/index.js';
import { rowsToBatch } from '../batch/rows.js';
import { schemaOf, toPlanSchema, fromPlanSchema } from '../batch/types.js';
import type { InspectionEvent } from '../inspect/events.js';
import { defineOperator, stateless } from '../operator/define-operator.js';
import { defineSink } from '../sink/define-sink.js';
import { defineSource } from '../source/define-source.js';
import { Pipeline } from './pipeline.js';
import type { Registry } from './registry.js';

// Runtime-only definitions: the runtime is tested without the operator and connector libraries.
const schema = schemaOf({ n: 'int32' });

/** Emits `total` rows 0..total-1 in batches of `batch`. */
const counter = defineSource<plan.SourceNode>({
  name: 'counter',
  schema: (node) => fromPlanSchema(node.schema),
  setup(ctx, node) {
    const total = Number(node.options?.total ?? 10);
    const size = Number(node.options?.batch ?? 4);
    let next = 0;
    return {
      poll() {
        if (next >= total) return 'end';
        const rows = [];
        for (let i = 0; i < size && next < total; i++) rows.push({ n: next++ });
        ctx.emit(rowsToBatch(ctx.schema, rows));
        return 'more';
      },
      snapshot: () => next,
      restore: (p) => void (next = p as number),
    };
  },
});

/** Throws when it sees the row whose value is the node's literal (registered as the filter kind). */
const explode = defineOperator<plan.FilterNode>({
  name: 'explode',
  inputs: [{ partitioning: 'forward' }],
  outputSchema: (_n, [input]) => input!,
  setup(ctx, node) {
    const at = node.expr!.literal!.int32Value!;
    return {
      onBatch(batch) {
        const v = batch.getChildAt(0)!.toArray() as Int32Array;
        if (v.includes(at)) throw new TypeError(`bad row ${at}`);
        ctx.emit(batch);
      },
      ...stateless,
    };
  },
});

/** Sums the rows it saw (state that checkpoints; registered as the project kind). */
const total = defineOperator<plan.ProjectNode>({
  name: 'total',
  inputs: [{ partitioning: 'forward' }],
  outputSchema: () => schemaOf({ n: 'float64' }),
  setup(ctx) {
    let sum = 0;
    return {
      onBatch(batch) {
        for (const v of batch.getChildAt(0)!.toArray() as Int32Array) sum += v;
      },
      onEnd() {
        ctx.emit(rowsToBatch(ctx.outputSchema, [{ n: sum }]));
      },
      snapshot: () => sum,
      restore: (s) => void (sum = s as number),
    };
  },
});

interface SinkLog { events: string[]; closed: number }
const logSink = defineSink<plan.SinkNode>({
  name: 'log',
  setup(ctx) {
    const log = ctx.service<SinkLog>('log');
    return {
      write: (b) => void log.events.push(`write ${b.numRows}`),
      preCommit: (e) => void log.events.push(`preCommit ${e}`),
      commit: (e) => void log.events.push(`commit ${e}`),
      end: () => void log.events.push('end'),
      close: () => void log.closed++,
    };
  },
});

const registry: Registry = {
  operators: { filter: explode, project: total },
  sources: { counter },
  sinks: { log: logSink },
};

function linear(options: Record<string, string>, middle: 'explode' | 'total' | 'none', at = -1): plan.Plan {
  const nodes: plan.PlanNode[] = [{ id: 1, name: 'numbers', source: { connector: 'counter', options, schema: toPlanSchema(schema) } }];
  const edges: plan.Edge[] = [];
  let last = 1;
  if (middle !== 'none') {
    // The registry maps these node kinds to the test operators above.
    nodes.push(middle === 'explode' ? { id: 2, name: 'explode', filter: { expr: { literal: { int32Value: at } } } } : { id: 2, name: 'total', project: { exprs: [] } });
    edges.push({ from: 1, to: 2, input: 0 });
    last = 2;
  }
  nodes.push({ id: 9, name: 'out', sink: { connector: 'log' } });
  edges.push({ from: last, to: 9, input: 0 });
  return { name: 'test', nodes, edges };
}

test('pipeline - lifecycle: start, run to end of input, every sink sees its data, resources close', async (t) => {
  const log: SinkLog = { events: [], closed: 0 };
  const p = new Pipeline(linear({ total: '10', batch: '4' }, 'none'), { registry, services: { log } });
  const statuses: string[] = [];
  p.inspect().subscribe((e) => e.type === '@runtime.pipeline' && statuses.push(e.status));
  t.is(p.status, 'created');
  await p.start();
  await p.done;
  t.deepEqual(log.events, ['write 4', 'write 4', 'write 2', 'end']);
  t.is(log.closed, 1);
  t.is(p.status, 'stopped');
  t.deepEqual(statuses, ['starting', 'running', 'draining', 'stopped']);
  t.true(p.metrics().actors.every((a) => a.status === 'stopped'));
});

test('pipeline - a failing operator fails the pipeline, names itself, and leaks no rejection', async (t) => {
  const unhandled: unknown[] = [];
  const onUnhandled = (e: unknown) => unhandled.push(e);
  process.on('unhandledRejection', onUnhandled);
  const log: SinkLog = { events: [], closed: 0 };
  const p = new Pipeline(linear({ total: '5000', batch: '100' }, 'explode', 1000), { registry, services: { log } });
  const errors: InspectionEvent[] = [];
  p.inspect().subscribe((e) => e.type === '@runtime.error' && errors.push(e));
  const seen = new Promise<unknown>((resolve) => p.subscribe('explode').subscribe({ error: resolve }));
  await p.start();
  const error = (await seen) as Error & { code: string; actor: string; cause: Error };
  t.is(error.code, 'LDB-2002');
  t.is(error.actor, 'explode');
  t.regex(error.message, /actor 'explode' failed: bad row 1000/);
  t.true(error.cause instanceof TypeError);
  await t.throwsAsync(p.done, { message: /bad row 1000/ });
  t.is(p.status, 'failed');
  t.is(log.closed, 1, 'the sink was closed');
  t.is(errors.length, 1);
  await t.throwsAsync(p.flush(), { message: /bad row 1000/ });
  await new Promise((r) => setImmediate(r));
  process.off('unhandledRejection', onUnhandled);
  t.deepEqual(unhandled, []);

  const again = new Pipeline(linear({ total: '50', batch: '10' }, 'explode', 1000), { registry, services: { log: { events: [], closed: 0 } } });
  await again.start();
  await again.done;
  t.is(again.status, 'stopped', 'a new pipeline after a failure runs normally');
});

test('pipeline - checkpoints: barriers reach every actor, sinks pre-commit then commit, state restores', async (t) => {
  const log: SinkLog = { events: [], closed: 0 };
  const p = new Pipeline(linear({ total: '1000000', batch: '1000' }, 'total'), { registry, services: { log } });
  await p.start();
  const checkpoint = await p.checkpoint();
  await p.cancel();
  t.is(checkpoint.id, 1);
  t.deepEqual(Object.keys(checkpoint.states).sort(), ['numbers', 'out', 'total']);
  const position = checkpoint.states.numbers as number;
  t.true(position > 0 && position < 1_000_000);
  const expectedSum = ((position - 1) * position) / 2;
  t.is(checkpoint.states.total, expectedSum, 'operator state is exactly the rows before the barrier');
  t.deepEqual(log.events.filter((e) => !e.startsWith('write')), ['preCommit 1', 'commit 1']);

  // Resume: the source continues from its position, the operator from its sum.
  const log2: SinkLog = { events: [], closed: 0 };
  const resumed = new Pipeline(linear({ total: '1000000', batch: '1000' }, 'total'), { registry, services: { log: log2 }, restore: checkpoint });
  const result = new Promise<unknown[]>((resolve) => {
    const rows: unknown[] = [];
    resumed.subscribe('total').subscribe({ next: (r) => rows.push(...r), complete: () => resolve(rows), error: resolve });
  });
  await resumed.start();
  t.deepEqual(await result, [{ n: (999_999 * 1_000_000) / 2 }], 'sum over all rows, none twice, none lost');
  const next = await new Pipeline(linear({ total: '10' }, 'none'), { registry, services: { log: log2 }, restore: checkpoint }).checkpoint().catch((e: Error) => e.message);
  t.regex(String(next), /checkpoints need a running pipeline/);
});

test('pipeline - a tap sees barriers in order with batches: the rows before barrier n are the cut of checkpoint n', async (t) => {
  const p = new Pipeline(linear({ total: '100000000', batch: '1000' }, 'none'), { registry, services: { log: { events: [], closed: 0 } } });
  let rows = 0;
  const cuts: [number, number][] = [];
  p.tap('numbers', (b) => (rows += b.numRows), { barrier: (id) => cuts.push([id, rows]) });
  t.deepEqual(p.checkpointProgress, { started: 0, inFlight: 0 });
  await p.start();
  const first = p.checkpoint();
  t.deepEqual(p.checkpointProgress, { started: 1, inFlight: 1 });
  const c1 = await first;
  const c2 = await p.checkpoint();
  t.deepEqual(p.checkpointProgress, { started: 2, inFlight: 0 });
  await p.cancel();
  // The source's position at each barrier is exactly the rows the tap saw before it.
  t.deepEqual(cuts, [[1, c1.states.numbers as number], [2, c2.states.numbers as number]]);

  const small = new Pipeline(linear({ total: '10' }, 'none'), { registry, services: { log: { events: [], closed: 0 } } });
  let ended = 0;
  small.tap('numbers', () => {}, { end: () => ended++ });
  await small.start();
  await small.done;
  t.is(ended, 1, 'the tap saw the end of stream');
});

test('pipeline - the scheduler yields to the event loop while a long pipeline runs', async (t) => {
  const p = new Pipeline(linear({ total: '3000000', batch: '1000' }, 'none'), { registry, services: { log: { events: [], closed: 0 } } });
  let ticks = 0;
  const timer = setInterval(() => ticks++, 1);
  await p.start();
  await p.done;
  clearInterval(timer);
  t.true(p.metrics().scheduler.yields > 0);
  t.true(ticks > 0, 'timers ran while the pipeline was busy');
});

test('pipeline - plan errors name the node and the fix', (t) => {
  const bad = linear({}, 'none');
  bad.nodes![0]!.source!.connector = 'countr';
  t.throws(() => new Pipeline(bad, { registry }), { message: /connector 'countr', which is not registered \(did you mean 'counter'\?\)/ });
  const cyclic: plan.Plan = { name: 'c', nodes: [{ id: 1, name: 'a', project: { exprs: [] } }, { id: 2, name: 'b', project: { exprs: [] } }], edges: [{ from: 1, to: 2 }, { from: 2, to: 1 }] };
  t.throws(() => new Pipeline(cyclic, { registry }), { message: /cycle through 'a', 'b'/ });
});

test('pipeline - extend adds nodes to a running pipeline; remove takes them out', async (t) => {
  const log: SinkLog = { events: [], closed: 0 };
  const log2: SinkLog = { events: [], closed: 0 };
  const p = new Pipeline(linear({ total: '1000000', batch: '1000' }, 'none'), { registry, services: { log, log2 } });
  await p.start();
  await p.extend({ name: 'more', nodes: [{ id: 50, name: 'total', project: { exprs: [] } }], edges: [{ from: 1, to: 50, input: 0 }] });
  t.true(p.graph.byName('total') !== undefined);
  t.true(p.metrics().actors.some((a) => a.name === 'total' && a.status === 'running'));
  await t.throwsAsync(p.remove(['numbers']), { message: /cannot remove 'numbers': '(out|total)' reads from it/ });
  await p.remove(['total']);
  t.is(p.graph.byName('total'), undefined);
  t.false(p.metrics().actors.some((a) => a.name === 'total'));
  await t.throwsAsync(p.extend({ name: 'bad', nodes: [{ id: 60, name: 'x', project: { exprs: [] } }], edges: [{ from: 99, to: 60 }] }), { message: /edge 99 -> 60 refers to a node that is not in the plan/ });
  await p.cancel();
});

test('pipeline - a fragment whose actor cannot be built or opened is taken out again; the pipeline runs on', async (t) => {
  const log: SinkLog = { events: [], closed: 0 };
  const p = new Pipeline(linear({ total: '100000000', batch: '100' }, 'none'), { registry, services: { log } });
  await p.start();
  // Fails while being built: a sink that needs a service the pipeline was not given.
  const needy = defineSink<plan.SinkNode>({
    name: 'needy',
    setup(ctx) {
      ctx.service('missing');
      return { write: () => {} };
    },
  });
  const withNeedy = new Pipeline(linear({ total: '100000000', batch: '100' }, 'none'), { registry: { ...registry, sinks: { ...registry.sinks, needy } }, services: { log } });
  await withNeedy.start();
  const names = withNeedy.metrics().actors.map((a) => a.name).sort();
  await t.throwsAsync(withNeedy.extend({ name: 'bad', nodes: [{ id: 70, name: 'tally', project: { exprs: [] } }, { id: 71, name: 'sink2', sink: { connector: 'needy' } }], edges: [{ from: 1, to: 70, input: 0 }, { from: 70, to: 71, input: 0 }] }), { message: /needs the service 'missing'/ });
  t.deepEqual(withNeedy.metrics().actors.map((a) => a.name).sort(), names, 'nothing of the fragment is left');
  await withNeedy.extend({ name: 'good', nodes: [{ id: 70, name: 'tally', project: { exprs: [] } }], edges: [{ from: 1, to: 70, input: 0 }] });
  t.true(withNeedy.metrics().actors.some((a) => a.name === 'tally'), 'the names and ids are free again');
  await withNeedy.cancel();
  const failing = defineSource<plan.SourceNode>({
    name: 'failing',
    schema: (node) => fromPlanSchema(node.schema),
    setup: () => ({ open: () => Promise.reject(new Error('no route to host')), poll: () => 'end', snapshot: () => null, restore: () => {} }),
  });
  const p2 = new Pipeline(linear({ total: '100000000', batch: '100' }, 'none'), { registry: { ...registry, sources: { ...registry.sources, failing } }, services: { log } });
  await p2.start();
  const before = p2.metrics().actors.map((a) => a.name).sort();
  await t.throwsAsync(p2.extend({ name: 'x', nodes: [{ id: 80, name: 'remote', source: { connector: 'failing', schema: toPlanSchema(schema) } }, { id: 81, name: 'tally', project: { exprs: [] } }], edges: [{ from: 80, to: 81, input: 0 }] }), { message: /no route to host/ });
  t.deepEqual(p2.metrics().actors.map((a) => a.name).sort(), before, 'nothing of the fragment is left');
  t.is(p2.status, 'running');
  await p2.cancel();
  await p.cancel();
});

test('pipeline - with onIsolatedFailure a failing actor takes down only what reads from it', async (t) => {
  const log: SinkLog = { events: [], closed: 0 };
  const reports: { nodes: readonly string[]; message: string }[] = [];
  const p = new Pipeline(linear({ total: '3000', batch: '100' }, 'none'), {
    registry,
    services: { log },
    onIsolatedFailure: (f) => void reports.push({ nodes: [...f.nodes].sort(), message: f.error.message }),
  });
  const failed = p.extend({ name: 'frag', nodes: [{ id: 20, name: 'boom', filter: { expr: { literal: { int32Value: 1500 } } } }, { id: 21, name: 'after', project: { exprs: [] } }], edges: [{ from: 1, to: 20, input: 0 }, { from: 20, to: 21, input: 0 }] });
  await failed;
  const seen = new Promise<unknown>((resolve) => p.subscribe('after').subscribe({ error: resolve, complete: () => resolve('completed') }));
  await p.start();
  await p.done;
  t.is(p.status, 'stopped', 'the pipeline itself finished normally');
  t.regex(String(((await seen) as Error).message), /actor 'boom' failed: bad row 1500/);
  t.deepEqual(reports, [{ nodes: ['after', 'boom'], message: "actor 'boom' failed: bad row 1500" }]);
  t.is(log.events.filter((e) => e.startsWith('write')).length, 30, 'the healthy sink saw every batch');
});

test('pipeline - stop on a pipeline without actors resolves', async (t) => {
  const p = new Pipeline({ name: 'empty', nodes: [], edges: [] }, { registry });
  await p.start();
  await p.stop();
  t.is(p.status, 'stopped');
});
