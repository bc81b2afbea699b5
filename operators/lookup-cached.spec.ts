// The lookup join against a LOOKUP TABLE: batches wait for their source without reordering the
// output or letting a watermark overtake them, later input stays in the mailbox meanwhile, LEFT
// rows keep their place, and a pushed-down condition gives the same rows as the same condition
// checked after the join.
import test from 'ava';
import { LookupStats, rowsToBatch, schemaOf, type LookupKey, type LookupPredicate, type LookupSource, type LookupTableHandle, type Row } from '../runtime/index.js';
import type { plan } from '../specs/index.js';
import { normalizeTimeline, OperatorHarness, parseTimeline, renderTimeline, runOperator } from '../runtime/testing/index.js';
import { lookupJoin } from './lookup-join.js';

const table = schemaOf({ id: { type: 'int32', nullable: false }, name: 'utf8', price: 'float64' });
const input = schemaOf({ oid: 'int32', pid: 'int32' });
const H = '[oid:int32 pid:int32]';

/** A source whose answers wait until `release()` (or answer at once when `gated` is false). */
class GatedSource implements LookupSource {
  readonly key = 'id';
  readonly schema = table;
  readonly calls: { keys: LookupKey[]; predicates: readonly LookupPredicate[]; queued: number }[] = [];
  gated = true;
  queuedInput: () => number = () => 0;
  private waiting: (() => void)[] = [];
  private readonly rows: Row[] = [{ id: 1, name: 'Widget', price: 9.5 }, { id: 2, name: 'Gadget', price: 20 }, { id: 3, name: 'Gizmo', price: 3 }];

  get(keys: readonly LookupKey[], predicates: readonly LookupPredicate[]) {
    this.calls.push({ keys: [...keys], predicates, queued: this.queuedInput() });
    const found: Row[] = [];
    const rows = Int32Array.from(keys, (k) => {
      const r = this.rows.find((x) => x.id === k && predicates.every((p) => p.op !== 'lt' || (x[p.column] as number) < (p.values[0] as number)));
      if (r === undefined) return -1;
      found.push(r);
      return found.length - 1;
    });
    const answer = { batch: rowsToBatch(table, found), rows };
    if (!this.gated) return Promise.resolve(answer);
    return new Promise<typeof answer>((resolve) => this.waiting.push(() => resolve(answer)));
  }

  release(): void {
    const w = this.waiting;
    this.waiting = [];
    for (const f of w) f();
  }
}

function services(source: LookupSource): { lookups: { get(name: string): LookupTableHandle | undefined } } {
  const handle: LookupTableHandle = { name: 'products', source, cacheBytes: 1 << 20, cacheTtlMs: Infinity, stats: new LookupStats() };
  return { lookups: { get: (name) => (name === 'products' ? handle : undefined) } };
}

const node = (extra: Partial<plan.LookupJoinNode> = {}): plan.LookupJoinNode => ({
  table: 'products', schema: { fields: table.fields.map((f) => ({ name: f.name, type: { spec: f.type }, nullable: f.nullable })) },
  leftKeys: ['pid'], tableKeys: ['id'], ...extra,
});

const gt = (a: plan.Expr, b: plan.Expr): plan.Expr => ({ call: { function: 'gt', args: [a, b] } });
const lt = (a: plan.Expr, b: plan.Expr): plan.Expr => ({ call: { function: 'lt', args: [a, b] } });
const col = (name: string): plan.Expr => ({ column: { name } });
const num = (v: number): plan.Expr => ({ literal: { doubleValue: v } });

test('a batch waits for its source; later batches and watermarks stay queued and come out after it, in order', async (t) => {
  const source = new GatedSource();
  const h = new OperatorHarness(lookupJoin, node({ type: 1 }), [input], { services: services(source) });
  await h.open();
  source.queuedInput = () => h.inputs[0]!.length;
  for (const e of parseTimeline(`
    @0 ${H}
    @0 + 10 1
    @0 + 11 9
    @0 + 12 2
    @0 w(100)
    @0 ${H}
    @0 + 13 1
    @0 + 14 3
    @0 |
  `)) h.inputs[0]!.offer(e.message);
  const done = h.settle();
  // The first batch went to the source; the rest waits in the mailbox, nothing was emitted.
  await new Promise((r) => setTimeout(r, 10));
  t.is(source.calls.length, 1);
  t.deepEqual(source.calls[0]!.keys, [1, 9, 2]);
  t.is(source.calls[0]!.queued, 3, 'the watermark, the second batch and the end wait in the mailbox');
  t.is(h.rendered(), '');
  source.release();
  await new Promise((r) => setTimeout(r, 10));
  source.release();
  await done;
  t.is(h.error, undefined);
  t.deepEqual(source.calls.map((c) => c.keys), [[1, 9, 2], [3]], 'key 1 was cached');
  t.is(h.rendered(), normalizeTimeline(`
    [oid:int32 pid:int32 id:int32 name:utf8 price:float64]
    + 10 1 1 Widget 9.5
    + 11 9 NULL NULL NULL
    + 12 2 2 Gadget 20
    w(100)
    [oid:int32 pid:int32 id:int32 name:utf8 price:float64]
    + 13 1 1 Widget 9.5
    + 14 3 3 Gizmo 3
    |
  `));
});

const feed = `
  @0 ${H}
  @0 + 1 1
  @0 + 2 2
  @0 + 3 3
  @0 + 4 NULL
  @0 + 5 7
  @0 |
`;

for (const type of [0, 1]) {
  test(`${type === 0 ? 'INNER' : 'LEFT'}: a condition pushed to the source gives the rows of the same condition after the join`, async (t) => {
    const pushed = new GatedSource();
    pushed.gated = false;
    const after = new GatedSource();
    after.gated = false;
    const a = await runOperator(lookupJoin, node({ type, tableFilters: [lt(col('price'), num(10))] }), [input], feed, { services: services(pushed) });
    const b = await runOperator(lookupJoin, node({ type, condition: lt(col('price'), num(10)) }), [input], feed, { services: services(after) });
    t.is(a, b);
    t.deepEqual(pushed.calls[0]!.predicates, [{ column: 'price', op: 'lt', values: [10] }]);
    t.is(a.split('\n').filter((l) => l.startsWith('+')).length, type === 0 ? 2 : 5);
  });
}

test('LEFT: a row whose match fails the condition keeps its place, padded', async (t) => {
  const source = new GatedSource();
  source.gated = false;
  const out = await runOperator(lookupJoin, node({ type: 1, condition: gt(col('oid'), num(1)) }), [input], feed, { services: services(source) });
  t.is(out, normalizeTimeline(`
    [oid:int32 pid:int32 id:int32 name:utf8 price:float64]
    + 1 1 NULL NULL NULL
    + 2 2 2 Gadget 20
    + 3 3 3 Gizmo 3
    + 4 NULL NULL NULL NULL
    + 5 7 NULL NULL NULL
    |
  `));
  t.deepEqual(source.calls.map((c) => c.keys), [[1, 2, 3, 7]], 'the NULL key is not asked for');
});

test('a source that fails fails the join, naming the table', async (t) => {
  const source: LookupSource = { key: 'id', schema: table, get: () => Promise.reject(new Error('timeout')) };
  const h = new OperatorHarness(lookupJoin, node(), [input], { services: services(source) });
  await h.open();
  await h.feed(`@0 ${H}\n@0 + 1 1`);
  t.regex(String((h.error as Error)?.message), /lookup table 'products': its source failed: timeout/);
  t.is(renderTimeline(h.emitted), '');
});
