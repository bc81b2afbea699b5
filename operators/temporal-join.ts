/**
 * Event-time temporal join (plan.proto's TemporalJoinNode): `stream JOIN versions FOR SYSTEM_TIME
 * AS OF s.ts ON s.k = v.k`. Each left row takes the version of its key valid at its time: the
 * right row with the latest version time at or before it (the later arrival among equal times).
 *
 * A left row is held until the right watermark passes its time, so every version that can apply
 * has arrived; without a right watermark (eager) it is answered from the versions seen so far.
 * Over an append-only right input the answer is final and the output append-only; versions no
 * future left row can need are dropped as the left watermark advances. Over a changelog right
 * input (CDC), a retraction removes its version and a late version is added, and the left rows
 * they change are retracted and emitted again: the output is a changelog, and emitted left rows
 * stay in state so that later changes can revise them.
 *
 * Output columns: the left's, the right's (nullable for LEFT joins) [, `__weight`].
 */
import { batchToRows, defineOperator, fieldIndex, makeSchema, PlanError, rowsToBatch, type FieldSpec, type Row, type Schema } from '../runtime/index.js';
import type { plan } from '../specs/index.js';
import { keyOf } from './agg/accumulator.js';
import { WEIGHT } from './window-internals.js';

interface Version {
  readonly t: number;
  readonly seq: number;
  readonly row: Row;
}

interface Probe {
  readonly t: number;
  readonly key: string | null;
  readonly row: Row;
  match: Version | null;
  /** Whether its output row is out (INNER: only when matched). */
  out: boolean;
}

interface Bound {
  readonly leftKeys: readonly string[];
  readonly rightKeys: readonly string[];
  readonly leftTime: string;
  readonly versionTime: string;
  readonly leftJoin: boolean;
  readonly eager: boolean;
  readonly changelog: boolean;
  readonly leftNames: readonly string[];
  readonly rightNames: readonly string[];
  readonly schema: Schema;
}

function bindNode(node: plan.TemporalJoinNode, left: Schema, right: Schema): Bound {
  if (left.fields.some((f) => f.name === WEIGHT)) throw new PlanError('the stream side of a temporal join must be append-only; this one is a changelog');
  const leftKeys = (node.leftKeys ?? []).map((k) => left.fields[fieldIndex(left, k, 'temporal join keys')]!.name);
  const rightKeys = (node.rightKeys ?? []).map((k) => right.fields[fieldIndex(right, k, 'temporal join version keys')]!.name);
  if (leftKeys.length === 0 || leftKeys.length !== rightKeys.length) throw new PlanError(`a temporal join needs as many stream keys as version keys, at least one (${leftKeys.length} and ${rightKeys.length})`);
  const lt = left.fields[fieldIndex(left, node.leftTime ?? '', 'temporal join time')]!;
  const vt = right.fields[fieldIndex(right, node.versionTime ?? '', 'version time')]!;
  for (const f of [lt, vt]) if (!f.type.startsWith('timestamp')) throw new PlanError(`a temporal join compares timestamps; '${f.name}' is ${f.type}`);
  const changelog = right.fields.some((f) => f.name === WEIGHT);
  const leftNames = left.fields.map((f) => f.name);
  const rightFields = right.fields.filter((f) => f.name !== WEIGHT);
  const clash = rightFields.find((f) => leftNames.includes(f.name));
  if (clash !== undefined) throw new PlanError(`both sides of the temporal join have a column '${clash.name}'; rename one`);
  const leftJoin = node.leftJoin === true;
  const fields: FieldSpec[] = [
    ...left.fields.map((f) => ({ name: f.name, type: f.type, nullable: f.nullable })),
    ...rightFields.map((f) => ({ name: f.name, type: f.type, nullable: leftJoin || f.nullable })),
    ...(changelog ? [{ name: WEIGHT, type: 'int32' as const, nullable: false }] : []),
  ];
  return {
    leftKeys, rightKeys, leftTime: lt.name, versionTime: vt.name, leftJoin, eager: node.eager === true, changelog,
    leftNames, rightNames: rightFields.map((f) => f.name), schema: makeSchema(fields),
  };
}

/** A key as text (NULL in any part: no key); bigints and numbers of one value agree. */
function keyText(row: Row, names: readonly string[]): string | null {
  const parts: unknown[] = [];
  for (const n of names) {
    const v = row[n];
    if (v === null || v === undefined) return null;
    parts.push(typeof v === 'bigint' ? `${v}` : typeof v === 'number' && Number.isInteger(v) ? `${v}` : keyOf(v));
  }
  return JSON.stringify(parts);
}

/** Index of the first version later than (t, seq) in time order. */
function after(vs: readonly Version[], t: number, seq: number): number {
  let lo = 0;
  let hi = vs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const v = vs[mid]!;
    if (v.t < t || (v.t === t && v.seq <= seq)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export const temporalJoin = defineOperator<plan.TemporalJoinNode>({
  name: 'temporal join',
  inputs: [{ partitioning: 'keyed' }, { partitioning: 'keyed' }],
  keysOf: (node) => node.leftKeys ?? [],
  outputSchema: (node, [left, right]) => bindNode(node, left!, right!).schema,
  setup(ctx, node) {
    const b = bindNode(node, ctx.inputSchemas[0]!, ctx.inputSchemas[1]!);
    let versions = new Map<string, Version[]>();
    /** Held left rows, and (changelog mode) emitted ones that later changes may revise. */
    let pending: Probe[] = [];
    let emitted = new Map<string, Probe[]>();
    let seq = 0;
    const out: Row[] = [];
    const identity = (row: Row) => JSON.stringify(b.rightNames.map((n) => (typeof row[n] === 'bigint' ? `${row[n]}n` : keyOf(row[n]))));

    const matchOf = (key: string | null, t: number): Version | null => {
      const vs = key === null ? undefined : versions.get(key);
      if (vs === undefined) return null;
      const i = after(vs, t, Infinity) - 1;
      return i >= 0 ? vs[i]! : null;
    };
    const push = (p: Probe, weight: number) => {
      const row: Row = {};
      for (const n of b.leftNames) row[n] = p.row[n];
      for (const n of b.rightNames) row[n] = p.match === null ? null : p.match.row[n];
      if (b.changelog) row[WEIGHT] = weight;
      out.push(row);
    };
    /** Emits a left row with its current match, remembering it when later changes may revise it. */
    const answer = (p: Probe) => {
      p.match = matchOf(p.key, p.t);
      p.out = p.match !== null || b.leftJoin;
      if (p.out) push(p, 1);
      if (b.changelog && p.key !== null) {
        let list = emitted.get(p.key);
        if (list === undefined) emitted.set(p.key, (list = []));
        list.push(p);
      }
    };
    /** A version of `key` changed: re-answers the emitted left rows whose match changes. */
    const revise = (key: string) => {
      for (const p of emitted.get(key) ?? []) {
        const next = matchOf(key, p.t);
        if (next === p.match) continue;
        if (p.out) push(p, -1);
        p.match = next;
        p.out = next !== null || b.leftJoin;
        if (p.out) push(p, 1);
      }
    };
    const flush = () => {
      if (out.length === 0) return;
      ctx.emit(rowsToBatch(b.schema, out));
      out.length = 0;
    };
    const release = () => {
      const wm = ctx.inputWatermark(1);
      if (pending.length === 0) return;
      const keep: Probe[] = [];
      // In time order, so a key's versions are read as of increasing times.
      pending.sort((x, y) => x.t - y.t);
      for (const p of pending) {
        if (p.t < wm) answer(p);
        else keep.push(p);
      }
      pending = keep;
    };
    /** Append-only versions: keep per key the one valid at the oldest time still to come, and later ones. */
    const evict = () => {
      if (b.changelog) return;
      let horizon = ctx.inputWatermark(0);
      for (const p of pending) horizon = Math.min(horizon, p.t);
      if (!Number.isFinite(horizon)) return;
      for (const [key, vs] of versions) {
        const valid = after(vs, horizon, Infinity) - 1;
        if (valid > 0) vs.splice(0, valid);
        if (vs.length === 0) versions.delete(key);
      }
    };
    const holdBack = () => {
      let min = ctx.watermark;
      for (const p of pending) min = Math.min(min, p.t);
      ctx.emitWatermark(min);
    };

    return {
      onBatch(batch, input) {
        if (batch.numRows === 0) return;
        const rows = batchToRows(batch);
        if (input === 1) {
          for (const row of rows) {
            const key = keyText(row, b.rightKeys);
            const t = row[b.versionTime];
            if (key === null || t === null || t === undefined) {
              ctx.count('versionsWithoutKeyOrTime');
              continue;
            }
            let vs = versions.get(key);
            if (b.changelog && Number(row[WEIGHT]) < 0) {
              const want = identity(row);
              let i = (vs?.length ?? 0) - 1;
              while (i >= 0 && !(vs![i]!.t === Number(t) && identity(vs![i]!.row) === want)) i--;
              if (i < 0) {
                ctx.count('errors.unmatchedRetraction');
                continue;
              }
              vs!.splice(i, 1);
              if (vs!.length === 0) versions.delete(key);
            } else {
              if (vs === undefined) versions.set(key, (vs = []));
              const v: Version = { t: Number(t), seq: seq++, row };
              vs.splice(after(vs, v.t, v.seq), 0, v);
            }
            if (b.changelog) revise(key);
          }
          flush();
          return;
        }
        for (const row of rows) {
          const t = row[b.leftTime];
          const p: Probe = { t: t === null || t === undefined ? NaN : Number(t), key: keyText(row, b.leftKeys), row, match: null, out: false };
          // No time or key: nothing can match, now or later.
          if (b.eager || p.key === null || Number.isNaN(p.t)) answer(p);
          else pending.push(p);
        }
        if (!b.eager) release();
        flush();
      },
      onInputWatermark(input) {
        if (input === 1 && !b.eager) release();
        flush();
        evict();
        holdBack();
      },
      onWatermark() {
        holdBack();
      },
      onEnd() {
        for (const p of pending) answer(p);
        pending = [];
        flush();
      },
      snapshot() {
        return { versions: [...versions], pending, emitted: [...emitted], seq };
      },
      restore(state) {
        const s = state as { versions: [string, Version[]][]; pending: Probe[]; emitted: [string, Probe[]][]; seq: number };
        versions = new Map(s.versions);
        pending = s.pending;
        emitted = new Map(s.emitted);
        seq = s.seq;
      },
    };
  },
});
