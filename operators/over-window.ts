/**
 * Window functions (`f(...) OVER (PARTITION BY .. ORDER BY .. frame)`): every input row with one
 * column per call, computed over its partition sorted by the order keys (ties in arrival order).
 *
 * - CHANGELOG: a row is emitted (+1) as soon as it arrives; when a later row (or a retraction of
 *   a changelog input) changes the values of rows already emitted, those are retracted (-1) and
 *   emitted again. With a top-N limit only rows ranked within it are emitted, so a row pushed out
 *   of the top N is retracted (Nexmark q18, q19).
 * - WATERMARK: for an append-only stream ordered by its event time, rows wait until the watermark
 *   passes them (no earlier row can still arrive) and are emitted once, final; rows whose values
 *   look ahead (LEAD, FOLLOWING frames) wait until enough later rows have been released.
 * - BOUNDED: a bounded input's rows, all computed when it ends.
 *
 * Over an append-only input with a top-N limit, rows ranked past N are forgotten: ranks only
 * grow when nothing is retracted, so they can never come back.
 *
 * Output columns: the input's (without `__weight`), one per call [, `__weight` in CHANGELOG].
 */
import { batchToRows, defineOperator, fieldIndex, makeSchema, PlanError, rowsToBatch, type FieldSpec, type FunctionTable, type Row, type Schema } from '../runtime/index.js';
import type { plan } from '../specs/index.js';
import { AggregateSet, bindAggregates, type BoundAggregates } from './aggregate-internals.js';
import { keyOf } from './agg/accumulator.js';
import { compareKeys, firstAffected, frameOf, looksAhead, reachBack, valuesOf, type BoundKind, type Entry, type FrameSpec, type OrderSpec, type WindowFn } from './over-frame.js';
import { weightIndex } from './window-internals.js';

type Mode = 'changelog' | 'watermark' | 'bounded';

interface Bound {
  readonly partition: readonly string[];
  readonly order: readonly string[];
  readonly specs: readonly OrderSpec[];
  readonly fns: (onError: (kind: string) => void) => WindowFn[];
  readonly names: readonly string[];
  readonly aggregates: BoundAggregates | undefined;
  readonly weighted: boolean;
  readonly mode: Mode;
  readonly time: string;
  readonly limit: number;
  readonly limitCall: number;
  /** The call whose values are not output (-1: none). */
  readonly hidden: number;
  readonly schema: Schema;
}

const BOUNDS: readonly BoundKind[] = ['unbounded preceding', 'preceding', 'current row', 'following', 'unbounded following'];
const RANKS = new Set(['row_number', 'rank', 'dense_rank']);

function literalOf(e: plan.Expr | null | undefined, what: string): unknown {
  const l = e?.literal;
  if (l == null) throw new PlanError(`${what} must be a constant`);
  if (l.nullValue) return null;
  if (l.int64Value != null) return BigInt(l.int64Value.toString());
  return l.int32Value ?? l.doubleValue ?? l.stringValue ?? l.boolValue ?? null;
}

/** A constant in a column's type (LAG's default is written 0 for a DOUBLE column). */
function coerce(v: unknown, type: string): unknown {
  if (v === null) return null;
  if (type === 'int64') return BigInt(typeof v === 'string' ? v.replace(/\.0*$/, '') : Math.trunc(Number(v)));
  if (/^(int|uint|float)/.test(type)) return Number(v);
  if (type === 'utf8' || type.startsWith('decimal')) return String(v);
  return v;
}

function frameOfNode(f: plan.Frame | null | undefined, ordered: boolean): FrameSpec {
  if (f == null) {
    // SQL's default: with ORDER BY, from the start to the current row's last peer; else everything.
    return ordered
      ? { range: true, start: { kind: 'unbounded preceding', offset: 0 }, end: { kind: 'current row', offset: 0 } }
      : { range: false, start: { kind: 'unbounded preceding', offset: 0 }, end: { kind: 'unbounded following', offset: 0 } };
  }
  const start = { kind: BOUNDS[f.start ?? 0]!, offset: f.startOffset ?? 0 };
  const end = { kind: BOUNDS[f.end ?? 2]!, offset: f.endOffset ?? 0 };
  if (BOUNDS.indexOf(start.kind) > BOUNDS.indexOf(end.kind) || start.kind === 'unbounded following' || end.kind === 'unbounded preceding') {
    throw new PlanError(`a window frame cannot start at ${start.kind.toUpperCase()} and end at ${end.kind.toUpperCase()}`);
  }
  if (start.offset < 0 || end.offset < 0) throw new PlanError('window frame offsets must not be negative');
  return { range: f.range === true, start, end };
}

function bindNode(node: plan.OverNode, input: Schema, functions: FunctionTable | undefined): Bound {
  const weight = weightIndex(input);
  const partition = (node.partitionBy ?? []).map((n) => input.fields[fieldIndex(input, n, 'partition key')]!.name);
  const order = (node.orderBy ?? []).map((k) => {
    const name = k.expr?.column?.name;
    if (name == null) throw new PlanError('the order keys of a window function must be columns');
    return input.fields[fieldIndex(input, name, 'order key')]!.name;
  });
  const specs = (node.orderBy ?? []).map((k) => ({ descending: k.descending === true, nullsFirst: k.nullsFirst === true }));
  const calls = node.calls ?? [];
  if (calls.length === 0) throw new PlanError('an over node needs at least one window function');
  const aggCalls = calls.filter((c) => c.function === 'aggregate').map((c) => {
    if (c.aggregate == null) throw new PlanError(`window aggregate '${c.name}' has no aggregate call`);
    return c.aggregate;
  });
  const aggregates = aggCalls.length > 0 ? bindAggregates(aggCalls, input, functions) : undefined;
  const fields: FieldSpec[] = input.fields.filter((_, i) => i !== weight).map((f) => ({ name: f.name, type: f.type, nullable: f.nullable }));
  const makers: ((onError: (kind: string) => void) => WindowFn)[] = [];
  let agg = 0;
  for (const c of calls) {
    const fn = c.function ?? '';
    const args = c.args ?? [];
    const column = (i: number, what: string) => {
      const name = args[i]?.column?.name;
      if (name == null) throw new PlanError(`${what} of ${fn} must be a column`);
      return input.fields[fieldIndex(input, name, `${fn} argument`)]!;
    };
    const frame = frameOfNode(c.frame, order.length > 0);
    if (frame.range && (frame.start.kind === 'preceding' || frame.start.kind === 'following' || frame.end.kind === 'preceding' || frame.end.kind === 'following')) {
      if (order.length !== 1) throw new PlanError('a RANGE frame with an offset needs exactly one ORDER BY key');
    }
    let type: string;
    let maker: (onError: (kind: string) => void) => WindowFn;
    switch (fn) {
      case 'row_number': case 'rank': case 'dense_rank': case 'percent_rank': case 'cume_dist': {
        const kind = fn;
        type = fn === 'percent_rank' || fn === 'cume_dist' ? 'float64' : 'int64';
        maker = () => ({ kind });
        break;
      }
      case 'ntile': {
        const buckets = Number(literalOf(args[0], 'the bucket count of NTILE'));
        if (!Number.isInteger(buckets) || buckets < 1) throw new PlanError(`NTILE needs a positive whole number of buckets, got ${buckets}`);
        type = 'int64';
        maker = () => ({ kind: 'ntile', buckets });
        break;
      }
      case 'lag': case 'lead': {
        const value = column(0, 'the value');
        const offset = args.length > 1 ? Number(literalOf(args[1], `the offset of ${fn.toUpperCase()}`)) : 1;
        if (!Number.isInteger(offset) || offset < 0) throw new PlanError(`the offset of ${fn.toUpperCase()} must be a non-negative whole number, got ${offset}`);
        const fallback = args.length > 2 ? coerce(literalOf(args[2], `the default of ${fn.toUpperCase()}`), value.type) : null;
        type = value.type;
        maker = () => ({ kind: fn, value: value.name, offset, fallback });
        break;
      }
      case 'first_value': case 'last_value': case 'nth_value': {
        const value = column(0, 'the value');
        type = value.type;
        if (fn === 'nth_value') {
          const n = Number(literalOf(args[1], 'the position of NTH_VALUE'));
          if (!Number.isInteger(n) || n < 1) throw new PlanError(`NTH_VALUE's position must be a positive whole number, got ${n}`);
          maker = () => ({ kind: 'nth_value', value: value.name, n, frame });
        } else maker = () => ({ kind: fn, value: value.name, frame });
        break;
      }
      case 'aggregate': {
        const j = agg++;
        const call = aggregates!.calls[j]!;
        const one: BoundAggregates = { program: undefined, calls: [call], fields: [aggregates!.fields[j]!] };
        type = call.type;
        maker = (onError) => ({ kind: 'aggregate', set: new AggregateSet(one, true, onError), type: call.type, frame });
        break;
      }
      default: throw new PlanError(`unknown window function '${fn}'`);
    }
    makers.push(maker);
    if (!(node.limitCallHidden === true && calls.indexOf(c) === (node.limitCall ?? 0))) fields.push({ name: c.name ?? fn, type: type as FieldSpec['type'], nullable: !RANKS.has(fn) && fn !== 'ntile' });
  }
  // plan.OverNode.Mode: CHANGELOG, WATERMARK, BOUNDED.
  const mode: Mode = (['changelog', 'watermark', 'bounded'] as const)[node.mode ?? 0] ?? 'changelog';
  if (mode === 'watermark') {
    if (weight >= 0) throw new PlanError('a window function over a changelog emits a changelog; WATERMARK mode needs an append-only input');
    if (order[0] !== node.timeColumn || specs[0]?.descending) throw new PlanError('WATERMARK mode orders by the event-time column first, ascending');
  }
  if (mode === 'changelog') fields.push({ name: '__weight', type: 'int32', nullable: false });
  const limit = node.limit ?? 0;
  const limitCall = node.limitCall ?? 0;
  if (limit > 0 && !RANKS.has(calls[limitCall]?.function ?? '')) throw new PlanError('a top-N limit applies to ROW_NUMBER, RANK or DENSE_RANK');
  return {
    partition, order, specs, names: calls.map((c, k) => c.name ?? `over${k}`), aggregates, weighted: weight >= 0, mode, time: node.timeColumn ?? '',
    limit, limitCall, hidden: node.limitCallHidden === true && limit > 0 ? limitCall : -1, schema: makeSchema(fields), fns: (onError) => makers.map((m) => m(onError)),
  };
}

/** A partition: rows in order, and how many of them have emitted values. */
interface Partition {
  rows: Entry[];
  emitted: number;
  /** WATERMARK mode: rows dropped from the front (all emitted), and their distinct order keys. */
  base?: number;
  dense?: number;
}

/** A list of values as text: bigints and non-finite numbers kept apart from strings and NULL. */
function textOf(values: readonly unknown[]): string {
  return JSON.stringify(values.map((v) => (typeof v === 'bigint' ? `${v}n` : typeof v === 'number' && !Number.isFinite(v) ? `${v}#` : keyOf(v))));
}

function same(a: readonly unknown[], b: readonly unknown[], skip: number): boolean {
  return a.every((x, k) => k === skip || (keyOf(x) === keyOf(b[k]) && (x === null) === (b[k] === null)));
}

export const over = defineOperator<plan.OverNode>({
  name: 'over',
  inputs: [{ partitioning: 'keyed' }],
  keysOf: (node) => node.partitionBy ?? [],
  outputSchema: (node, [input], env) => bindNode(node, input!, env?.functions).schema,
  setup(ctx, node) {
    const input = ctx.inputSchemas[0]!;
    const b = bindNode(node, input, ctx.functions);
    const fns = b.fns((kind) => ctx.count(`errors.${kind}`));
    const ahead = fns.some(looksAhead);
    const dataNames = input.fields.filter((f) => f.name !== '__weight').map((f) => f.name);
    let parts = new Map<unknown, Partition>();
    let pending: { key: unknown; entry: Entry }[] = [];
    let seq = 0;
    let watermark = -Infinity;
    const touched = new Map<Partition, number>();

    const keyOfRow = (row: Row): unknown => (b.partition.length === 1 ? keyOf(row[b.partition[0]!]) : textOf(b.partition.map((p) => row[p])));
    const order = (a: Entry, e: Entry) => compareKeys(a.keys, e.keys, b.specs) || a.seq - e.seq;
    const identity = (e: Entry) => textOf(dataNames.map((n) => e.row[n]));
    const mark = (part: Partition, p: number, keys: readonly unknown[]) => {
      const from = firstAffected(part.rows, p, keys, fns, b.specs);
      touched.set(part, Math.min(touched.get(part) ?? Infinity, from));
    };
    const insert = (key: unknown, entry: Entry) => {
      let part = parts.get(key);
      if (part === undefined) parts.set(key, (part = { rows: [], emitted: 0 }));
      const rows = part.rows;
      let lo = 0;
      let hi = rows.length;
      // Rows mostly arrive in order: check the end first.
      if (hi > 0 && order(rows[hi - 1]!, entry) <= 0) lo = hi;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (order(rows[mid]!, entry) <= 0) lo = mid + 1;
        else hi = mid;
      }
      rows.splice(lo, 0, entry);
      mark(part, lo, entry.keys);
    };
    const out: Row[] = [];
    const push = (e: Entry, values: readonly unknown[], weight: number) => {
      const row: Row = {};
      for (const n of dataNames) row[n] = e.row[n];
      b.names.forEach((n, k) => {
        if (k !== b.hidden) row[n] = values[k];
      });
      if (b.mode === 'changelog') row.__weight = weight;
      out.push(row);
    };
    const remove = (key: unknown, entry: Entry) => {
      const part = parts.get(key);
      const rows = part?.rows ?? [];
      let lo = 0;
      let hi = rows.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (compareKeys(rows[mid]!.keys, entry.keys, b.specs) < 0) lo = mid + 1;
        else hi = mid;
      }
      const want = identity(entry);
      for (let i = lo; i < rows.length && compareKeys(rows[i]!.keys, entry.keys, b.specs) === 0; i++) {
        if (identity(rows[i]!) !== want) continue;
        const [gone] = rows.splice(i, 1);
        if (gone!.out !== null) {
          push(gone!, gone!.out, -1);
          part!.emitted--;
        }
        if (rows.length === 0) {
          parts.delete(key);
          touched.delete(part!);
        } else mark(part!, i, entry.keys);
        return;
      }
      ctx.count('errors.unmatchedRetraction');
    };

    /** Index one past the last row ranked within the limit. */
    const rankEnd = (rows: readonly Entry[]): number => {
      const fn = fns[b.limitCall]!.kind;
      if (fn === 'row_number') return Math.min(rows.length, b.limit);
      let rank = 0;
      for (let i = 0; i < rows.length; i++) {
        const newPeer = i === 0 || compareKeys(rows[i - 1]!.keys, rows[i]!.keys, b.specs) !== 0;
        if (newPeer) rank = fn === 'rank' ? i + 1 : rank + 1;
        if (rank > b.limit) return i;
      }
      return rows.length;
    };

    /** Recomputes rows from `from` on and emits what changed (final rows only, in WATERMARK mode). */
    const refresh = (part: Partition, from: number, final: (rows: readonly Entry[], i: number) => boolean) => {
      const rows = part.rows;
      let to = rows.length;
      let within = to;
      if (b.limit > 0) {
        within = rankEnd(rows);
        // Also reach every row still holding emitted values (it may have been pushed out).
        let left = part.emitted;
        for (let i = 0; i < from; i++) if (rows[i]!.out !== null) left--;
        to = Math.max(from, within);
        for (let i = from; i < to; i++) if (rows[i]!.out !== null) left--;
        while (left > 0 && to < rows.length) if (rows[to++]!.out !== null) left--;
      }
      if (from >= to) return;
      const values = valuesOf(rows, from, to, fns, b.specs, part.base ?? 0, part.dense ?? 0);
      for (let i = from; i < to; i++) {
        const e = rows[i]!;
        const next = i < within ? values[i - from]! : null;
        if (b.mode === 'watermark') {
          if (e.out !== null || next === null || !final(rows, i)) continue;
        } else if (e.out !== null && next !== null && same(e.out, next, b.hidden)) continue;
        if (e.out !== null) {
          push(e, e.out, -1);
          part.emitted--;
        }
        if (next !== null) {
          push(e, next, 1);
          part.emitted++;
        }
        e.out = next;
      }
      // Without retractions, rows ranked past the limit never return.
      if (b.limit > 0 && !b.weighted && within < rows.length) rows.length = within;
    };

    const flush = (final: (rows: readonly Entry[], i: number) => boolean) => {
      for (const [part, from] of touched) refresh(part, from, final);
      touched.clear();
      if (out.length > 0) {
        ctx.emit(rowsToBatch(b.schema, out));
        out.length = 0;
      }
    };

    /** WATERMARK mode: whether row i's values can no longer change. */
    const settled = (rows: readonly Entry[], i: number): boolean => {
      if (!ahead) return true;
      for (const fn of fns) {
        switch (fn.kind) {
          case 'lead': if (i + fn.offset >= rows.length) return false; break;
          case 'percent_rank': case 'cume_dist': case 'ntile': return false;
          case 'first_value': case 'last_value': case 'nth_value': case 'aggregate': {
            const end = fn.frame.end;
            if (end.kind === 'unbounded following') return false;
            if (end.kind === 'following' && !fn.frame.range && i + end.offset >= rows.length) return false;
            if (end.kind === 'following' && fn.frame.range && !(Number(rows[i]!.keys[0]) + end.offset < watermark)) return false;
            if (fn.frame.start.kind === 'following' && frameOf(rows, i, fn.frame, b.specs)[1] >= rows.length && !fn.frame.range) return false;
            break;
          }
          default: break;
        }
      }
      return true;
    };

    /** The oldest event time still to be emitted (held back by rows waiting for later ones). */
    const holdBack = (): number => {
      let min = Infinity;
      for (const part of parts.values()) {
        if (part.emitted === part.rows.length) continue;
        for (const e of part.rows) if (e.out === null) min = Math.min(min, Number(e.row[b.time]));
      }
      return min;
    };

    /**
     * WATERMARK mode: rows arrive after all kept rows, so emitted rows further back than any
     * function reads are dropped (whole peer groups; ranks count them). Top-N state is bounded
     * by its limit already.
     */
    const reach = b.mode === 'watermark' && b.limit === 0 ? reachBack(fns) : undefined;
    const trim = (part: Partition) => {
      const rows = part.rows;
      let first = rows.findIndex((e) => e.out === null);
      if (first < 0) first = rows.length;
      let cut = first - reach!.rows;
      if (reach!.range > 0) {
        const floor = (first < rows.length ? Number(rows[first]!.keys[0]) : watermark) - reach!.range;
        while (cut > 0 && Number(rows[cut - 1]!.keys[0]) >= floor) cut--;
      }
      while (cut > 0 && cut < rows.length && compareKeys(rows[cut - 1]!.keys, rows[cut]!.keys, b.specs) === 0) cut--;
      if (cut <= 0) return;
      let groups = 0;
      for (let i = 0; i < cut; i++) if (i === 0 || compareKeys(rows[i - 1]!.keys, rows[i]!.keys, b.specs) !== 0) groups++;
      part.base = (part.base ?? 0) + cut;
      part.dense = (part.dense ?? 0) + groups;
      part.emitted -= cut;
      rows.splice(0, cut);
    };

    const release = (upTo: number) => {
      const keep: typeof pending = [];
      for (const p of pending) {
        if (Number(p.entry.row[b.time]) < upTo) insert(p.key, p.entry);
        else keep.push(p);
      }
      pending = keep;
    };

    return {
      onBatch(batch) {
        const n = batch.numRows;
        if (n === 0) return;
        const rows = batchToRows(batch);
        const vals = b.aggregates !== undefined ? AggregateSet.valuesOf(b.aggregates, batch, ctx) : [];
        for (let r = 0; r < n; r++) {
          const row = rows[r]!;
          const weight = b.weighted ? Number(row.__weight) : 1;
          const entry: Entry = { row, vals, r, seq: seq++, keys: b.order.map((o) => row[o]), out: null };
          const key = keyOfRow(row);
          if (b.mode === 'watermark') {
            const t = row[b.time];
            if (t === null || Number(t) < watermark) {
              ctx.count('lateRows');
              continue;
            }
            pending.push({ key, entry });
          } else if (weight > 0) insert(key, entry);
          else remove(key, entry);
        }
        if (b.mode === 'changelog') flush(() => true);
      },
      onWatermark(wm) {
        if (b.mode !== 'watermark') {
          ctx.emitWatermark(wm);
          return;
        }
        watermark = Math.max(watermark, wm);
        release(watermark);
        // Rows waiting on a RANGE ... FOLLOWING frame settle as the watermark moves, with no new row.
        for (const part of parts.values()) {
          if (part.emitted === part.rows.length || touched.has(part)) continue;
          const first = part.rows.findIndex((e) => e.out === null);
          if (first >= 0) touched.set(part, first);
        }
        flush(settled);
        if (reach !== undefined) for (const part of parts.values()) trim(part);
        ctx.emitWatermark(Math.min(watermark, holdBack()));
      },
      onEnd() {
        if (b.mode === 'watermark') {
          watermark = Infinity;
          release(Infinity);
          for (const part of parts.values()) touched.set(part, Math.min(touched.get(part) ?? Infinity, 0));
        } else if (b.mode === 'bounded') {
          for (const part of parts.values()) touched.set(part, 0);
        }
        flush(() => true);
      },
      snapshot() {
        return { parts: [...parts], pending, seq, watermark };
      },
      restore(state) {
        const s = state as { parts: [unknown, Partition][]; pending: typeof pending; seq: number; watermark: number };
        parts = new Map(s.parts);
        pending = s.pending;
        seq = s.seq;
        watermark = s.watermark;
      },
    };
  },
});
