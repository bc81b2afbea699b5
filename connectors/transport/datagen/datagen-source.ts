/**
 * The `datagen` source: typed rows for the declared columns, for demos and tests. Per column
 * (`'fields.<column>.<option>'`): `kind` random (default), sequence, or event-time (the default
 * for TIMESTAMP columns: evenly spaced times, optionally pushed up to `max-past` ms into the
 * past to make the stream out of order); `min`/`max`, `start`/`end`, `values` (a comma list),
 * `length` for text, `distribution` uniform, normal (`mean`, `stddev`) or zipf (`skew`) over
 * min..max, and `null-rate`. Deterministic for a `seed`; paced by the clock at `rows-per-second`
 * when that is set, else as fast as the pipeline takes rows.
 */
import {
  columnBuilder,
  defineSource,
  didYouMean,
  fromPlanSchema,
  kindOf,
  makeBatch,
  parseTimestamp,
  PlanError,
  type FieldSpec,
  type Schema,
} from '../../../runtime/index.js';
import type { plan } from '../../../specs/index.js';

const GLOBAL: Record<string, string> = {
  'rows-per-second': 'rows per second of the clock (0: as fast as the pipeline takes them)',
  'number-of-rows': 'rows to generate (0: no end)',
  seed: 'seed of the generator',
  'batch.size': 'rows per batch',
};
const FIELD = ['kind', 'min', 'max', 'start', 'end', 'values', 'length', 'distribution', 'mean', 'stddev', 'skew', 'null-rate', 'step-ms', 'max-past'];

/** splitmix32 */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x9e3779b9) | 0;
    let t = s ^ (s >>> 16);
    t = Math.imul(t, 0x21f0aaad);
    t ^= t >>> 15;
    t = Math.imul(t, 0x735a2d97);
    return ((t ^ (t >>> 15)) >>> 0) / 4294967296;
  };
}

type Gen = (row: number, rnd: () => number) => unknown;

function numberOption(name: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (!Number.isFinite(n)) throw new PlanError(`connector 'datagen' option '${name}' must be a number, got '${raw}'`);
  return n;
}

/** The value generator of one column. */
function fieldGen(f: FieldSpec, opts: Record<string, string>, rowsPerSecond: number): Gen {
  const o = (k: string) => opts[`fields.${f.name}.${k}`];
  const key = (k: string) => `fields.${f.name}.${k}`;
  const kind = kindOf(f.type);
  const timestamp = kind === 'timestamp';
  const mode = o('kind') ?? (timestamp ? 'event-time' : 'random');
  if (!['random', 'sequence', 'event-time'].includes(mode)) throw new PlanError(`connector 'datagen' option '${key('kind')}' is random, sequence or event-time; got '${mode}'`);
  const nullRate = numberOption(key('null-rate'), o('null-rate'), 0);
  const numeric = ['int8', 'int16', 'int32', 'int64', 'float32', 'float64', 'decimal'].includes(kind);
  const integer = ['int8', 'int16', 'int32', 'int64'].includes(kind);
  const wrap = (g: Gen): Gen => (nullRate > 0 && f.nullable ? (row, rnd) => (rnd() < nullRate ? null : g(row, rnd)) : g);
  const out = (x: number): unknown => (kind === 'int64' ? BigInt(Math.round(x)) : integer ? Math.round(x) : kind === 'decimal' ? x.toFixed(Number(/,(\d+)\)/.exec(f.type)?.[1] ?? 0)) : x);
  if (mode === 'event-time') {
    if (!timestamp) throw new PlanError(`connector 'datagen': kind event-time needs a TIMESTAMP column; '${f.name}' is ${f.type}`);
    const start = o('start') === undefined ? Date.UTC(2024, 0, 1) : /^\d+$/.test(o('start')!) ? Number(o('start')) : parseTimestamp(o('start'), `option '${key('start')}'`);
    const step = numberOption(key('step-ms'), o('step-ms'), rowsPerSecond > 0 ? 1000 / rowsPerSecond : 1);
    const past = numberOption(key('max-past'), o('max-past'), 0);
    return wrap((row, rnd) => Math.floor(start + row * step - (past > 0 ? rnd() * past : 0)));
  }
  const values = o('values')?.split(',').map((v) => v.trim());
  if (values !== undefined) {
    const typed = values.map((v) => (kind === 'bool' ? v === 'true' : numeric ? out(Number(v)) : v));
    return wrap((_row, rnd) => typed[Math.floor(rnd() * typed.length)]);
  }
  if (mode === 'sequence') {
    if (!numeric) throw new PlanError(`connector 'datagen': kind sequence needs a number column; '${f.name}' is ${f.type}`);
    const start = numberOption(key('start'), o('start'), 0);
    const end = numberOption(key('end'), o('end'), Infinity);
    return wrap((row) => out(start + (end === Infinity ? row : row % (end - start + 1))));
  }
  switch (kind) {
    case 'bool': return wrap((_row, rnd) => rnd() < 0.5);
    case 'utf8': {
      const length = numberOption(key('length'), o('length'), 8);
      return wrap((_row, rnd) => {
        let s = '';
        for (let i = 0; i < length; i++) s += String.fromCharCode(97 + Math.floor(rnd() * 26));
        return s;
      });
    }
    case 'timestamp': case 'date': {
      const min = numberOption(key('min'), o('min'), Date.UTC(2024, 0, 1));
      const max = numberOption(key('max'), o('max'), Date.UTC(2024, 11, 31));
      return wrap((_row, rnd) => {
        const ms = Math.floor(min + rnd() * (max - min));
        return kind === 'date' ? new Date(ms).toISOString().slice(0, 10) : ms;
      });
    }
  }
  if (!numeric) throw new PlanError(`connector 'datagen' cannot generate ${f.type} column '${f.name}'; give it 'fields.${f.name}.values'`);
  const min = numberOption(key('min'), o('min'), 0);
  const max = numberOption(key('max'), o('max'), integer ? 100 : 1);
  const distribution = o('distribution') ?? 'uniform';
  if (distribution === 'uniform') return wrap((_row, rnd) => out(integer ? Math.floor(min + rnd() * (max - min + 1)) : min + rnd() * (max - min)));
  if (distribution === 'normal') {
    const mean = numberOption(key('mean'), o('mean'), (min + max) / 2);
    const stddev = numberOption(key('stddev'), o('stddev'), (max - min) / 6);
    return wrap((_row, rnd) => {
      const z = Math.sqrt(-2 * Math.log(1 - rnd())) * Math.cos(2 * Math.PI * rnd());
      return out(Math.min(max, Math.max(min, mean + z * stddev)));
    });
  }
  if (distribution === 'zipf') {
    // Rank r in 1..n with probability ∝ 1 / r^skew: value min + r - 1 (hot keys are the small ones).
    const n = Math.max(1, Math.round(max - min + 1));
    const skew = numberOption(key('skew'), o('skew'), 1);
    const cdf = new Float64Array(n);
    let total = 0;
    for (let r = 1; r <= n; r++) cdf[r - 1] = total += 1 / r ** skew;
    return wrap((_row, rnd) => {
      const u = rnd() * total;
      let lo = 0;
      let hi = n - 1;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (cdf[mid]! < u) lo = mid + 1;
        else hi = mid;
      }
      return out(min + lo);
    });
  }
  throw new PlanError(`connector 'datagen' option '${key('distribution')}' is uniform, normal or zipf; got '${distribution}'`);
}

function bind(node: plan.SourceNode) {
  const schema: Schema = fromPlanSchema(node.schema);
  const opts = { ...(node.options ?? {}) };
  for (const k of Object.keys(opts)) {
    const m = /^fields\.(.+)\.([^.]+)$/.exec(k);
    if (m !== null) {
      if (!schema.fields.some((f) => f.name === m[1])) throw new PlanError(`connector 'datagen' option '${k}' names no column${didYouMean(m[1]!, schema.fields.map((f) => f.name))}`);
      if (!FIELD.includes(m[2]!)) throw new PlanError(`connector 'datagen' has no field option '${m[2]}'${didYouMean(m[2]!, FIELD)}; field options are: ${FIELD.join(', ')}`);
    } else if (!(k in GLOBAL)) {
      throw new PlanError(`connector 'datagen' has no option '${k}'${didYouMean(k, Object.keys(GLOBAL))}; options are: ${Object.keys(GLOBAL).join(', ')}, fields.<column>.<${FIELD.join('|')}>`);
    }
  }
  const rowsPerSecond = numberOption('rows-per-second', opts['rows-per-second'], 0);
  const total = numberOption('number-of-rows', opts['number-of-rows'], 0);
  const batchSize = numberOption('batch.size', opts['batch.size'], 1024);
  if (rowsPerSecond < 0 || total < 0 || !(batchSize >= 1)) throw new PlanError("connector 'datagen': rows-per-second and number-of-rows must not be negative, batch.size must be positive");
  return { schema, gens: schema.fields.map((f) => fieldGen(f, opts, rowsPerSecond)), rowsPerSecond, total: total === 0 ? Infinity : total, batchSize, seed: numberOption('seed', opts.seed, 1) };
}

export const datagenSource = defineSource<plan.SourceNode>({
  name: 'datagen',
  schema(node) {
    const b = bind(node);
    if (b.schema.fields.length === 0) throw new PlanError('a datagen source needs its columns listed');
    return b.schema;
  },
  setup(ctx, node) {
    const b = bind(node);
    let next = 0;
    let started = -1;
    return {
      unbounded: b.total === Infinity,
      poll() {
        if (next >= b.total) return 'end';
        let end = Math.min(b.total, next + b.batchSize);
        if (b.rowsPerSecond > 0) {
          const now = ctx.clock.now();
          if (started < 0) started = now;
          end = Math.min(end, Math.floor(((now - started) * b.rowsPerSecond) / 1000) + 1);
          if (end <= next) {
            ctx.setTimer(Math.max(1, Math.ceil(1000 / b.rowsPerSecond)), () => ctx.wake());
            return 'idle';
          }
        }
        const builders = b.schema.fields.map((f) => columnBuilder(f.type, f.name));
        for (let row = next; row < end; row++) {
          // A value is a function of (seed, row, column): restarts and replays give the same rows.
          b.gens.forEach((g, k) => builders[k]!.append(g(row, random(b.seed * 31 + row * 7919 + k * 104729))));
        }
        ctx.emit(makeBatch(b.schema, builders.map((x) => x.finish()), end - next));
        next = end;
        return next >= b.total ? 'end' : 'more';
      },
      snapshot: () => next,
      restore(position) {
        next = position as number;
      },
    };
  },
});
