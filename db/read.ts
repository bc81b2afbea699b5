/**
 * Reading: snapshot queries (bounded plans over tables, materialized views and VALUES, run to
 * completion on a private pipeline), constant evaluation (VALUES rows, DEFAULTs), and continuous
 * queries (a temporary stream in the database pipeline, removed when its last subscriber leaves).
 */
import { bind, compileCalc } from '../operators/index.js';
import {
  ActorFailedError,
  batchToRows,
  LaminarError,
  columnsOf,
  formatDate,
  formatDecimal,
  formatTime,
  makeBatch,
  makeSchema,
  Pipeline,
  PlanError,
  readValue,
  rowsToBatch,
  typeInfo,
  toPlanSchema,
  type FieldSpec,
  type RecordBatch,
  type Row,
  Subscription,
  type Attach,
  type SubscribeOptions,
  data,
  fixedColumn,
} from '../runtime/index.js';
import type { plan } from '../specs/index.js';
import { inputsOf, isBounded, lookupTablesOf, lowerPlan, planError, PlanErrorCode, relationsOf, type Column, type Logical, type Span } from '../sql/index.js';
import type { Database } from './database.js';
import type { DbObject } from './catalog.js';

const EMPTY = makeSchema([]);

/** One row with no columns: what constant expressions are evaluated over. */
function oneRow(): RecordBatch {
  return makeBatch(EMPTY, [], 1);
}

/** A bound literal's storage value as a row value (the types.ts table). */
function literalRowValue(value: unknown, type: string): unknown {
  if (value === null) return null;
  const info = typeInfo(type);
  switch (info.kind) {
    case 'decimal': return formatDecimal(value as bigint, info.scale);
    case 'date': return formatDate(value as number);
    case 'time': return formatTime(value as number);
    default: return value;
  }
}

/** Evaluates a constant expression as a row value of `type` (casting when needed). */
export function constantValue(db: Database, expr: plan.Expr, type: string): unknown {
  const cast: plan.Expr = { call: { function: 'cast', args: [expr, { literal: { stringValue: type } }] } };
  const functions = db.pipeline.functionTable();
  const bound = bind(cast, EMPTY, (n) => functions.udf(n));
  if (bound.kind === 'literal') return literalRowValue(bound.value, bound.type);
  const program = compileCalc([{ project: { exprs: [{ name: 'v', expr: cast }] } }], EMPTY, { functions, failOnError: true });
  const out = program.run(oneRow(), { count: () => {}, clock: db.clock });
  return readValue(columnsOf(out!)[0]!, program.schema.fields[0]!.type, 0);
}

/**
 * Casts many constant expressions to `type`. Plain literals (the bulk of `INSERT ... VALUES`)
 * become one column per literal type, cast by one compiled program each, instead of a program
 * per value. Returns the values, and the index of the first one that does not fit (if any).
 */
export function castConstants(db: Database, exprs: readonly plan.Expr[], type: string): { values: unknown[]; failed?: number } {
  const functions = db.pipeline.functionTable();
  const values: unknown[] = new Array(exprs.length);
  const byType = new Map<string, { index: number; value: unknown }[]>();
  for (let i = 0; i < exprs.length; i++) {
    const e = exprs[i]!;
    const bound = e.literal != null ? bind(e, EMPTY, (n) => functions.udf(n)) : undefined;
    if (bound?.kind !== 'literal') {
      try {
        values[i] = constantValue(db, e, type);
      } catch (err) {
        if (err instanceof PlanError || err instanceof LaminarError) return { values, failed: i };
        throw err;
      }
      continue;
    }
    if (bound.value === null) {
      values[i] = null;
      continue;
    }
    let list = byType.get(bound.type);
    if (list === undefined) byType.set(bound.type, (list = []));
    list.push({ index: i, value: literalRowValue(bound.value, bound.type) });
  }
  let failed: number | undefined;
  for (const [from, list] of byType) {
    const schema = makeSchema([{ name: 'v', type: from, nullable: false }]);
    const cast: plan.Expr = { call: { function: 'cast', args: [{ column: { name: 'v' } }, { literal: { stringValue: type } }] } };
    const program = compileCalc([{ project: { exprs: [{ name: 'v', expr: cast }] } }], schema, { functions });
    const out = program.run(rowsToBatch(schema, list.map((x) => ({ v: x.value }))), { count: () => {}, clock: db.clock });
    const column = columnsOf(out!)[0]!;
    const outType = program.schema.fields[0]!.type;
    list.forEach((x, k) => {
      const v = readValue(column, outType, k);
      // A non-NULL literal that casts to NULL did not fit.
      if (v === null && (failed === undefined || x.index < failed)) failed = x.index;
      values[x.index] = v;
    });
  }
  return failed === undefined ? { values } : { values, failed };
}

/** The rows of a VALUES node as a batch of its columns. */
export function valuesBatch(db: Database, node: Extract<Logical, { kind: 'values' }>): RecordBatch {
  const schema = makeSchema(node.columns as FieldSpec[]);
  const rows = node.rows.map((r) => {
    const row: Row = {};
    node.columns.forEach((c, k) => (row[c.name] = constantValue(db, r[k]!, c.type)));
    return row;
  });
  return rowsToBatch(schema, rows);
}

/** Runs a bounded plan to completion; returns the output columns and rows. */
export async function runSnapshot(db: Database, logical: Logical, stats?: (pipeline: Pipeline) => void, at?: { text: string; span: Span }): Promise<{ columns: Column[]; rows: Row[]; batches: RecordBatch[] }> {
  // Read your writes: views (and tables a sink writes) include every row inserted (or
  // generated) before this query.
  const fed = new Set(db.catalog.all().filter((o) => o.kind === 'sink' && o.connector === 'table').map((o) => o.options?.table));
  if (relationsOf(logical).some((r) => db.catalog.get(r.name)?.kind === 'materialized view' || fed.has(r.name))) {
    db.unflushedWrites = false;
    await db.pipeline.flush();
  }
  let id = 1;
  const nodes: plan.PlanNode[] = [];
  const fragment = lowerPlan(logical, {
    name: 'result',
    nextNodeId: () => id++,
    failOnError: db.settings.on_error === 'fail',
    leaves: {
      scan: (relation) => {
        const object = db.catalog.get(relation.name);
        if (object?.kind === 'lookup table') throw new PlanError(`lookup table '${relation.name}' is read by key: a stream joins it (stream JOIN ${relation.name} ON ${relation.name}.${object.lookup?.key ?? 'key'} = ...); a snapshot query cannot scan its source`);
        if (object?.store === undefined) throw new PlanError(`'${relation.name}' is not stored; snapshot queries read tables and materialized views`);
        const nodeId = id++;
        nodes.push({ id: nodeId, name: '', source: { connector: 'snapshot', options: { store: relation.name }, schema: toPlanSchema(object.store.schema) } });
        return nodeId;
      },
      values: (values) => {
        const batch = valuesBatch(db, values);
        const nodeId = id++;
        nodes.push({ id: nodeId, name: '', source: { connector: 'rows', options: { rows: db.stores.stage([batch]) }, schema: toPlanSchema(makeSchema(values.columns as FieldSpec[])) } });
        return nodeId;
      },
    },
  });
  let pipeline: Pipeline;
  try {
    pipeline = new Pipeline({ name: 'snapshot', nodes: [...nodes, ...fragment.nodes], edges: fragment.edges }, {
      registry: db.registry,
      clock: db.clock,
      scheduler: db.scheduler,
      services: db.pipeline.services(),
      udfs: db.udfs,
      udafs: db.udafs,
    });
  } catch (err) {
    if (at === undefined || !(err instanceof LaminarError)) throw err;
    throw planError(PlanErrorCode.type, err.message.replace(/^node '[^']*': /, ''), at.text, at.span);
  }
  const batches: RecordBatch[] = [];
  // The pipeline can be done while the subscriber still holds batches: the result is complete
  // when the subscription completes (a failure rejects `done` as well).
  const delivered = new Promise<void>((resolve, reject) => {
    pipeline.subscribeBatches('result', { bufferRows: Number.MAX_SAFE_INTEGER }).subscribe({ next: (b) => batches.push(b), error: reject, complete: resolve });
  });
  delivered.catch(() => {});
  await pipeline.start();
  try {
    await pipeline.done;
    await delivered;
  } catch (err) {
    // The actor that failed matters less than why: a row error, a bad cast.
    throw err instanceof ActorFailedError && err.cause instanceof LaminarError ? err.cause : err;
  }
  stats?.(pipeline);
  const rows: Row[] = [];
  for (const b of batches) batchToRows(b, rows);
  const columns = pipeline.schemaOf('result').fields.map((f) => ({ name: f.name, type: f.type, nullable: f.nullable }));
  return { columns, rows, batches };
}

/** Rejects plans a stream cannot run: bounded-only inputs, sorting, LIMIT. */
export function assertStreamable(db: Database, logical: Logical, text: string, span: Span, what: string): void {
  const relations = relationsOf(logical);
  if (relations.length === 0 || (isBounded(logical) && relations.every((r) => r.nodeId === undefined))) {
    throw planError(PlanErrorCode.unsupported, `${what} needs a streaming input (a source, stream or materialized view); tables are read by snapshot queries (db.query) and, later, lookup joins`, text, span);
  }
  const failed = relations.map((r) => db.catalog.get(r.name)).find((o) => o?.failure !== undefined);
  if (failed !== undefined) throw planError(PlanErrorCode.unsupported, `${failed.kind} '${failed.name}' failed (${failed.failure}); DROP it and create it again`, text, span);
  const lookups = new Set(lookupTablesOf(logical).map((r) => r.name));
  const stored = relations.find((r) => r.nodeId === undefined && !lookups.has(r.name));
  if (stored !== undefined) throw planError(PlanErrorCode.unsupported, `${what} reads table '${stored.name}', which has no change stream yet; tables are read by snapshot queries (db.query) and, later, lookup joins`, text, span);
  const visit = (n: Logical): void => {
    if (n.kind === 'sort' || n.kind === 'limit') throw planError(PlanErrorCode.unsupported, `${what} cannot ${n.kind === 'sort' ? 'ORDER BY' : 'LIMIT'}: a stream never ends; sort or limit in a snapshot query (db.query) instead`, text, span);
    inputsOf(n).forEach(visit);
  };
  visit(logical);
}

/**
 * Lowers a streaming plan whose leaves are live pipeline nodes. A scan that keeps late rows reads
 * its source before the source's watermark node, through a watermark node of its own with the
 * same definition that passes late rows on (the query judges them).
 */
export function lowerStreaming(db: Database, logical: Logical, name: string, temporary = false) {
  const extra: plan.PlanNode[] = [];
  const edges: plan.Edge[] = [];
  const nextId = temporary ? () => db.catalog.nextTempId() : () => db.catalog.nextNodeId();
  const fragment = lowerPlan(logical, {
    name,
    nextNodeId: nextId,
    failOnError: db.settings.on_error === 'fail',
    leaves: {
      scan: (relation, keepLate) => {
        if (!keepLate || relation.raw === undefined) return relation.nodeId!;
        const id = nextId();
        const { column, delayMs, partitionColumn, idleTimeoutMs } = relation.raw;
        extra.push({ id, name: '', watermark: { column, delayMs, keepLate: true, ...(partitionColumn ? { partitionColumn } : {}), ...(idleTimeoutMs ? { idleTimeoutMs } : {}) } });
        edges.push({ from: relation.raw.nodeId, to: id, input: 0 });
        return id;
      },
      values: () => {
        throw new PlanError('VALUES cannot feed a stream');
      },
      tableSchema: (relation) => {
        const lookup = db.lookups.get(relation.name);
        if (lookup !== undefined) return toPlanSchema(lookup.source.schema);
        const store = db.catalog.get(relation.name)?.store;
        if (store === undefined) throw new PlanError(`'${relation.name}' is not a table`);
        return toPlanSchema(store.schema);
      },
    },
  });
  return { ...fragment, nodes: [...extra, ...fragment.nodes], edges: [...edges, ...fragment.edges] };
}

/**
 * A continuous query: a temporary stream in the database pipeline, validated now and created
 * when its first subscriber attaches; it is removed when its last subscriber leaves (or by
 * `cancelQuery`), so a result nobody subscribes to costs nothing.
 */
export function startContinuous(db: Database, logical: Logical, sql: string, options: SubscribeOptions = {}, at?: { text: string; span: Span }, initial?: () => RecordBatch[]): Subscription<Row[]> {
  const { id, attach } = continuousAttach(db, logical, sql, at, initial);
  return new Subscription(attach, (batch) => batchToRows(batch), options, id);
}

/**
 * The attach of a continuous query (see `startContinuous`): validated now (throws a positioned
 * error), its temporary stream created by the first attach. `initial()` batches go into each
 * subscriber's buffer in the same turn as its attach, ahead of the query's rows.
 */
export function continuousAttach(db: Database, logical: Logical, sql: string, at?: { text: string; span: Span }, initial?: () => RecordBatch[]): { id: string; attach: Attach } {
  const id = db.queryId();
  const fragment = lowerStreaming(db, logical, id, true);
  const plan = { name: 'laminardb', nodes: fragment.nodes, edges: fragment.edges };
  try {
    db.pipeline.validate(plan);
  } catch (err) {
    if (at === undefined || !(err instanceof LaminarError)) throw err;
    throw planError(PlanErrorCode.type, err.message.replace(/^node '[^']*': /, ''), at.text, at.span);
  }
  const dependsOn = relationsOf(logical).map((r) => r.name);
  const attach: Attach = (subscribeOptions, listener) => {
    let query = db.queries.get(id);
    if (query === undefined) {
      try {
        const { names, opened } = db.pipeline.extendNow(plan);
        opened.catch(() => {});
        query = { id, sql, nodes: names, subscribers: 0, dependsOn };
        db.queries.set(id, query);
      } catch (err) {
        listener.error(err);
        return undefined;
      }
    }
    const q = query;
    const attachment = db.pipeline.attacher(id)({
      ...subscribeOptions,
      onAttach: () => void q.subscribers++,
      onDetach: () => {
        q.subscribers--;
        if (q.subscribers === 0 && db.queries.get(id) === q) void cancelQuery(db, id);
      },
    }, listener);
    // A snapshot read in the same turn as the attach: nothing falls between it and the changes.
    if (attachment !== undefined && initial !== undefined) for (const b of initial()) attachment.mailbox.offer(data(b));
    if (attachment !== undefined) db.startSources(readsOf(db, dependsOn));
    return attachment;
  };
  return { id, attach };
}

/** Stops and removes a continuous query. */
export async function cancelQuery(db: Database, id: string): Promise<boolean> {
  const q = db.queries.get(id);
  if (q === undefined) return false;
  db.queries.delete(id);
  await db.pipeline.remove(q.nodes);
  return true;
}

/** The predicates of a plan's filters (SUBSCRIBE ... WHERE over one relation). */
export function filtersOf(node: Logical): plan.Expr[] {
  if (node.kind === 'filter') return [node.predicate, ...filtersOf(node.input)];
  if (node.kind === 'project') return filtersOf(node.input);
  return [];
}

/**
 * A view's contents as change-stream batches, read when a subscriber attaches: filtered by
 * `where`, and with `__weight` +1 when the view's changes are a changelog.
 */
export function snapshotOf(object: DbObject, where: readonly plan.Expr[] | undefined): () => RecordBatch[] {
  const store = object.store!;
  const program = where !== undefined && where.length > 0 ? compileCalc(where.map((expr) => ({ filter: { expr } })), store.schema, {}) : undefined;
  const weighted = object.changelog === 'retract';
  const schema = makeSchema([...store.schema.fields, { name: '__weight', type: 'int32', nullable: false }]);
  return () => store.batches().flatMap((b) => {
    const kept = program === undefined ? b : program.run(b, { count: () => {}, clock: { now: () => Date.now() } } as never);
    if (kept === undefined || kept.numRows === 0) return [];
    return [weighted ? makeBatch(schema, [...columnsOf(kept), fixedColumn('int32', new Int32Array(kept.numRows).fill(1), kept.numRows)], kept.numRows) : kept];
  });
}

/** An attach that puts `initial()` batches in the subscriber's buffer first, in the same turn. */
export function withInitial(attach: Attach, initial: () => RecordBatch[]): Attach {
  return (options, listener) => {
    const attachment = attach(options, listener);
    if (attachment !== undefined) for (const b of initial()) attachment.mailbox.offer(data(b));
    return attachment;
  };
}

/** Every object `names` read, transitively (their sources included). */
function readsOf(db: Database, names: readonly string[]): string[] {
  const out = new Set<string>();
  const visit = (n: string) => {
    if (out.has(n)) return;
    out.add(n);
    for (const d of db.catalog.get(n)?.dependsOn ?? []) visit(d);
  };
  names.forEach(visit);
  return [...out];
}

/** An attach that starts the pending connector sources a subscription reads, once it is attached. */
export function startingSources(db: Database, attach: Attach, reads: readonly string[]): Attach {
  return (options, listener) => {
    const attachment = attach(options, listener);
    if (attachment !== undefined) db.startSources(readsOf(db, reads));
    return attachment;
  };
}
