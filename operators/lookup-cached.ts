/**
 * The lookup join against a LOOKUP TABLE: each input row's key is looked up in the join's cache
 * (lookup-cache.ts); the keys of one batch that are not cached go to the table's source in one
 * `get` call, and the batch waits for it. The actor handles one batch at a time and holds later
 * messages (batches, watermarks, barriers) in its bounded mailbox meanwhile, so output keeps
 * the input order, watermarks never overtake rows that wait for the source, and a slow source
 * slows the stream down instead of queueing rows without bound.
 */
import {
  columnsOf,
  ExternalError,
  gatherColumn,
  makeBatch,
  makeSchema,
  PlanError,
  readLookupKeys,
  readValue,
  type Column,
  type ColumnType,
  type LookupKey,
  type LookupPredicate,
  type LookupTableHandle,
  type OperatorContext,
  type OperatorHandlers,
  type RecordBatch,
  type Schema,
} from '../runtime/index.js';
import type { plan } from '../specs/index.js';
import { compileCalc, type CalcProgram } from './expr/compile.js';
import { isTrueAt } from './join-state.js';
import { LookupCache, MISS, NOT_FOUND } from './lookup-cache.js';

/**
 * A lookup table read through a cache: `resolve` finds the rows of a batch's keys, going to the
 * source once for all the keys it has not cached.
 *
 * @example
 * ```ts
 * const lookup = new CachedLookup(table, [], 'int32', clock);
 * await lookup.resolve(keyColumn, n, slots); // slots[i]: a cache slot, or NOT_FOUND
 * const names = lookup.cache.gather(1, slots, n);
 * lookup.done();
 * ```
 */
export class CachedLookup {
  readonly cache: LookupCache;
  private keys: (LookupKey | null)[] = [];

  constructor(private readonly table: LookupTableHandle, private readonly predicates: readonly LookupPredicate[], private readonly keyType: ColumnType, clock: { now(): number }) {
    this.cache = new LookupCache(table.source.schema, { maxBytes: table.cacheBytes, ttlMs: table.cacheTtlMs, clock, counters: table.stats });
    table.stats.caches.add(this.cache);
  }

  /**
   * Fills `slots[0..n)` with the cache slot of each row's key in `keys` (NOT_FOUND: NULL key, or
   * no row). Returns a promise when some keys went to the source (undefined when all were cached).
   */
  resolve(keys: Column, n: number, slots: Int32Array): Promise<void> | undefined {
    if (this.keys.length < n) this.keys = new Array<LookupKey | null>(n);
    const k = this.keys;
    readLookupKeys(keys, this.keyType, n, k);
    if (this.cache.probe(k, n, slots) === 0) return undefined;
    // Each missing key once, in one call.
    const wanted = new Map<LookupKey, number>();
    const list: LookupKey[] = [];
    for (let i = 0; i < n; i++) {
      if (slots[i] !== MISS) continue;
      const key = k[i]!;
      if (!wanted.has(key)) {
        wanted.set(key, list.length);
        list.push(key);
      }
    }
    const stats = this.table.stats;
    stats.sourceCalls++;
    stats.sourceKeys += list.length;
    let request;
    try {
      request = this.table.source.get(list, this.predicates);
    } catch (err) {
      return Promise.reject(this.failure(err));
    }
    return request.then((result) => {
      if (result.rows.length !== list.length) throw new ExternalError(`lookup table '${this.table.name}': its source answered ${result.rows.length} keys for ${list.length}`);
      const slotOf = new Int32Array(list.length);
      for (let j = 0; j < list.length; j++) {
        const row = result.rows[j]!;
        const s = this.cache.insert(list[j]!, result.batch, row);
        slotOf[j] = row >= 0 ? s : NOT_FOUND;
        if (row >= 0) stats.sourceRows++;
      }
      for (let i = 0; i < n; i++) if (slots[i] === MISS) slots[i] = slotOf[wanted.get(k[i]!)!]!;
    }, (err: unknown) => {
      throw this.failure(err);
    });
  }

  /** The batch's output is built: the cache may evict down to its budget now. */
  done(): void {
    this.cache.trim();
  }

  /** Stops counting this cache in the table's stats. */
  close(): void {
    this.cache.clear();
    this.table.stats.caches.delete(this.cache);
  }

  private failure(err: unknown): Error {
    if (err instanceof PlanError || err instanceof ExternalError) return err;
    return new ExternalError(`lookup table '${this.table.name}': its source failed: ${(err as Error)?.message ?? String(err)}`, { cause: err });
  }
}

const EMPTY = makeSchema([]);

/** A pushed-down condition (lookup.ts's `pushable` forms) as a source predicate. */
function toPredicate(e: plan.Expr, table: Schema, ctx: OperatorContext): LookupPredicate {
  const fn = e.call?.function ?? '';
  const [column, ...rest] = e.call?.args ?? [];
  const field = table.fields.find((f) => f.name === column?.column?.name);
  const ops = ['eq', 'neq', 'lt', 'lte', 'gt', 'gte', 'is_null', 'is_not_null', 'in'] as const;
  const op = ops.find((o) => o === fn);
  if (field === undefined || op === undefined) throw new PlanError(`a lookup join can pass conditions 'column op constant' to its source, not ${JSON.stringify(e)}`);
  const values = rest.map((x) => {
    const program = compileCalc([{ project: { exprs: [{ name: 'v', expr: x } as plan.NamedExpr] } }], EMPTY, { functions: ctx.functions });
    const out = program.run(makeBatch(EMPTY, [], 1), { count: (c, n) => ctx.count(c, n), clock: ctx.clock })!;
    return readValue(columnsOf(out)[0]!, program.schema.fields[0]!.type, 0);
  });
  // A comparison with NULL is never true: no row can pass (an empty IN list says so).
  if (values.some((v) => v === null)) return { column: field.name, op: 'in', values: [] };
  return { column: field.name, op, values };
}

/** What the lookup join binds from its node (lookup-join.ts). */
export interface CachedBound {
  readonly leftKeys: readonly number[];
  readonly table: Schema;
  readonly left: boolean;
  readonly schema: Schema;
  readonly condition: CalcProgram | undefined;
}

/** The handlers of a lookup join against the lookup table `table`. */
export function cachedLookupJoin(ctx: OperatorContext, node: plan.LookupJoinNode, b: CachedBound, table: LookupTableHandle): OperatorHandlers {
  if (b.leftKeys.length !== 1) throw new PlanError(`lookup table '${table.name}' is looked up by its primary key alone; this join has ${b.leftKeys.length} keys`);
  const source = table.source.schema;
  if (source.fields.length !== b.table.fields.length || source.fields.some((f, k) => f.name !== b.table.fields[k]!.name || f.type !== b.table.fields[k]!.type)) {
    throw new PlanError(`lookup table '${table.name}' changed since the query was planned; plan it again`);
  }
  const predicates = (node.tableFilters ?? []).map((e) => toPredicate(e, source, ctx));
  const keyType = ctx.inputSchemas[0]!.fields[b.leftKeys[0]!]!.type;
  const lookup = new CachedLookup(table, predicates, keyType, ctx.clock);
  const width = ctx.inputSchemas[0]!.fields.length;
  const inputTypes = ctx.inputSchemas[0]!.fields.map((f) => f.type);
  let slots = new Int32Array(1024);

  /** The output for rows `sel[0..count)` (all rows when null) with table rows `tableSlots`. */
  const build = (batch: RecordBatch, sel: Int32Array | null, tableSlots: Int32Array, count: number): RecordBatch => {
    const cols = columnsOf(batch);
    const out: Column[] = [];
    for (let c = 0; c < width; c++) out.push(sel === null ? cols[c]! : gatherColumn(cols[c]!, inputTypes[c]!, sel, count));
    for (let c = 0; c < b.table.fields.length; c++) out.push(lookup.cache.gather(c, tableSlots, count));
    return makeBatch(b.schema, out, count);
  };

  const finish = (batch: RecordBatch, n: number): void => {
    let sel: Int32Array | null = null;
    let tableSlots = slots;
    let count = n;
    if (!b.left) {
      // INNER: only rows with a table row, in input order.
      let m = 0;
      for (let i = 0; i < n; i++) if (slots[i]! >= 0) m++;
      if (m < n) {
        sel = new Int32Array(m);
        tableSlots = new Int32Array(m);
        for (let i = 0, j = 0; i < n; i++) if (slots[i]! >= 0) [sel[j], tableSlots[j++]] = [i, slots[i]!];
        count = m;
      }
    }
    if (count === 0) return;
    let out = build(batch, sel, tableSlots, count);
    if (b.condition !== undefined) {
      const c = columnsOf(b.condition.run(out, ctx)!)[0]!;
      const kept: number[] = [];
      const padded = Int32Array.from(tableSlots.subarray(0, count));
      let failed = 0;
      for (let j = 0; j < count; j++) {
        if (isTrueAt(c, j)) kept.push(j);
        else if (padded[j]! >= 0) {
          padded[j] = NOT_FOUND;
          failed++;
        }
      }
      if (b.left) {
        // LEFT: a row whose match fails the condition keeps its place, padded with NULLs.
        if (failed > 0) out = build(batch, sel, padded, count);
      } else if (kept.length < count) {
        if (kept.length === 0) return;
        const rows = Int32Array.from(kept, (j) => (sel === null ? j : sel[j]!));
        out = build(batch, rows, Int32Array.from(kept, (j) => tableSlots[j]!), kept.length);
      }
    }
    ctx.emit(out);
  };

  return {
    onBatch(batch: RecordBatch) {
      const n = batch.numRows;
      if (n === 0) return;
      if (slots.length < n) slots = new Int32Array(n);
      const hitsBefore = table.stats.hits;
      const pending = lookup.resolve(columnsOf(batch)[b.leftKeys[0]!]!, n, slots);
      ctx.count('cacheHits', table.stats.hits - hitsBefore);
      if (pending === undefined) {
        finish(batch, n);
        lookup.done();
        return;
      }
      ctx.count('sourceCalls');
      return pending.then(() => {
        finish(batch, n);
        lookup.done();
      });
    },
    close: () => lookup.close(),
    // The cache refills from the source after a restore; the join itself keeps no state.
    snapshot: () => null,
    restore: () => {},
  };
}
