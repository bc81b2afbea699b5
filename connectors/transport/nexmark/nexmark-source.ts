/**
 * The `nexmark` source: Nexmark person, auction or bid events ('nexmark.table.type'), generated
 * as Arrow batches by the deterministic model of nexmark-model.ts. Events are numbered across the
 * three tables, so sources of different types with the same seed, rate and count describe the
 * same auctions. By default events are produced as fast as the pipeline takes them (backpressure
 * paces the generator); with 'nexmark.realtime' they are paced by the clock at the event rate.
 *
 * Position = the next event number, so a checkpoint resumes exactly where it stopped.
 */
import { defineSource, fromPlanSchema, parseTimestamp, PlanError, type Schema } from '../../../runtime/index.js';
import type { plan } from '../../../specs/index.js';
import { parseOptions } from '../../options.js';
import { NEXMARK_SCHEMAS, NexmarkGenerator, type NexmarkTable } from './nexmark-model.js';

const OPTIONS = {
  'nexmark.table.type': { type: 'string', description: 'which events: person, auction or bid' },
  'nexmark.event.num': { type: 'integer', default: 0, min: 0, description: 'events of all three kinds to generate (0: no end)' },
  'nexmark.event.rate': { type: 'integer', default: 10000, min: 1, description: 'events per second of event time (the spacing of timestamps)' },
  'nexmark.seed': { type: 'integer', default: 1, description: 'seed of the generator' },
  'nexmark.base.time': { type: 'string', default: '2024-01-01T00:00:00Z', description: 'event time of the first event (ISO timestamp or epoch ms)' },
  'nexmark.max.disorder.ms': { type: 'integer', default: 0, min: 0, description: '10% of events carry a timestamp up to this many ms in the past' },
  'nexmark.batch.size': { type: 'integer', default: 1024, min: 1, description: 'rows per batch' },
  'nexmark.realtime': { type: 'boolean', default: false, description: 'pace events by the clock at the event rate' },
} as const;

function tableOption(raw: string): NexmarkTable {
  const t = raw.toLowerCase();
  if (t !== 'person' && t !== 'auction' && t !== 'bid') throw new PlanError(`connector 'nexmark' option 'nexmark.table.type' is person, auction or bid; got '${raw}'`);
  return t;
}

function settings(options: Readonly<Record<string, string>> | null | undefined) {
  const o = parseOptions('nexmark', OPTIONS, options);
  const base = /^\d+$/.test(o['nexmark.base.time']) ? Number(o['nexmark.base.time']) : parseTimestamp(o['nexmark.base.time'], "option 'nexmark.base.time'");
  return {
    table: tableOption(o['nexmark.table.type']),
    events: o['nexmark.event.num'] === 0 ? Infinity : o['nexmark.event.num'],
    batchSize: o['nexmark.batch.size'],
    realtime: o['nexmark.realtime'],
    config: { seed: o['nexmark.seed'], rate: o['nexmark.event.rate'], baseTime: base, maxDisorderMs: o['nexmark.max.disorder.ms'] },
  };
}

/** The declared columns, checked against the table's: any subset, in any order, same types. */
function checkedSchema(node: plan.SourceNode): Schema {
  const { table } = settings(node.options);
  const declared = fromPlanSchema(node.schema);
  const full = NEXMARK_SCHEMAS[table];
  for (const f of declared.fields) {
    const g = full.fields.find((x) => x.name === f.name);
    if (g === undefined) throw new PlanError(`nexmark ${table} events have no column '${f.name}'; they have: ${full.fields.map((x) => `${x.name} ${x.type}`).join(', ')}`);
    if (g.type !== f.type) throw new PlanError(`nexmark ${table} column '${f.name}' is ${g.type}, not ${f.type}`);
  }
  if (declared.fields.length === 0) throw new PlanError('a nexmark source needs columns (or (*) for all of them)');
  return declared;
}

export const nexmarkSource = defineSource<plan.SourceNode>({
  name: 'nexmark',
  schema: checkedSchema,
  describe: (options) => NEXMARK_SCHEMAS[settings(options).table],
  setup(ctx, node) {
    const s = settings(node.options);
    const gen = new NexmarkGenerator(s.table, s.config);
    let next = 0;
    let started = -1;
    return {
      unbounded: s.events === Infinity,
      poll() {
        if (next >= s.events) return 'end';
        let end = s.events;
        if (s.realtime) {
          const now = ctx.clock.now();
          if (started < 0) started = now;
          // Events whose event time (relative to the first) has come.
          const due = Math.floor(((now - started) * s.config.rate) / 1000) + 1;
          end = Math.min(end, due);
          if (next >= end) {
            ctx.setTimer(Math.max(1, Math.ceil(1000 / s.config.rate)), () => ctx.wake());
            return 'idle';
          }
        }
        const { batch, next: after } = gen.batch(next, end, s.batchSize, ctx.schema);
        next = after;
        if (batch !== undefined) ctx.emit(batch);
        return next >= s.events ? 'end' : 'more';
      },
      snapshot: () => next,
      restore(position) {
        next = position as number;
      },
    };
  },
});
