/** SHOW, SHOW CREATE, DESCRIBE and EXPLAIN [ANALYZE]. */
import { aggregateFunctions, scalarFunctions } from '../operators/index.js';
import type { Row } from '../runtime/index.js';
import {
  didYouMean,
  explain,
  isBounded,
  nameOf,
  planError,
  PlanErrorCode,
  planSelect,
  sqlTypeName,
  type Describe,
  type Explain,
  type ObjectKind,
  type Show,
  type ShowCreate,
} from '../sql/index.js';
import type { DbObject } from './catalog.js';
import type { Database } from './database.js';
import { lowerStreaming, runSnapshot } from './read.js';
import { lookupListing, LOOKUP_LISTING_COLUMNS } from './lookup-tables.js';
import type { ExecuteResult, ResultColumn } from './results.js';
import { showHistory } from './history.js';

const col = (name: string, type = 'utf8', nullable = true): ResultColumn => ({ name, type, nullable });

function rows(statement: string, columns: ResultColumn[], data: Row[]): ExecuteResult {
  return { statement, columns, rows: data, rowCount: data.length };
}

const SHOW_KIND: Partial<Record<Show['what'], ObjectKind>> = {
  SOURCES: 'source', SINKS: 'sink', STREAMS: 'stream', 'MATERIALIZED VIEWS': 'materialized view', TABLES: 'table', 'LOOKUP TABLES': 'lookup table',
};

/** The columns of each SHOW listing, in order (describeObject fills them). */
const LISTING_COLUMNS: Record<ObjectKind, readonly string[]> = {
  source: ['name', 'connector', 'format', 'watermark', 'columns', 'status'],
  sink: ['name', 'from', 'connector', 'format', 'columns', 'status'],
  table: ['name', 'primary_key', 'rows', 'columns'],
  'lookup table': LOOKUP_LISTING_COLUMNS,
  'materialized view': ['name', 'reads', 'rows', 'watermark', 'columns', 'status'],
  stream: ['name', 'reads', 'watermark', 'columns', 'rows_out', 'status'],
};

/** Listing columns that count something (BIGINT); the others are text. */
const COUNTS = new Set(['rows', 'rows_out', 'cached_rows', 'cached_bytes', 'hits', 'misses', 'evictions', 'source_calls']);

/** The catalog listing of one kind of object, as SHOW returns it. */
export function listing(db: Database, kind: ObjectKind): Row[] {
  return db.catalog.all().filter((o) => o.kind === kind).sort((a, b) => (a.name < b.name ? -1 : 1)).map((o) => describeObject(db, o));
}

function describeObject(db: Database, o: DbObject): Row {
  const columns = o.columns.map((c) => `${c.name} ${sqlTypeName(c.type)}${c.nullable ? '' : ' NOT NULL'}`).join(', ');
  const status = o.failure === undefined ? 'running' : `failed: ${o.failure}`;
  switch (o.kind) {
    case 'source': return { name: o.name, connector: o.connector ?? null, format: o.format ?? null, watermark: o.watermark ?? null, columns, status };
    case 'sink': return { name: o.name, from: o.from ?? o.dependsOn.join(', '), connector: o.connector ?? null, format: o.format ?? null, columns, status };
    case 'lookup table': return lookupListing(db, o);
    case 'table': return { name: o.name, primary_key: (o.primaryKey ?? []).join(', ') || null, rows: o.store?.size ?? 0, columns };
    case 'materialized view': return { name: o.name, reads: o.dependsOn.join(', '), rows: o.store?.size ?? 0, watermark: o.eventTime ?? null, columns, status };
    default: return { name: o.name, reads: o.dependsOn.join(', '), watermark: o.eventTime ?? null, columns, rows_out: metricsOf(db, o), status };
  }
}

/** Rows the object's output node emitted so far. */
function metricsOf(db: Database, o: DbObject): number {
  return db.pipeline.metrics().actors.find((a) => a.name === o.subscribeNode)?.rowsOut ?? 0;
}

/** SHOW ... */
export function show(db: Database, s: Show): ExecuteResult {
  const statement = `SHOW ${s.what}`;
  const kind = SHOW_KIND[s.what];
  if (kind !== undefined) {
    const data = listing(db, kind);
    return rows(statement, LISTING_COLUMNS[kind].map((n) => col(n, COUNTS.has(n) ? 'int64' : 'utf8')), data);
  }
  switch (s.what) {
    case 'QUERIES':
      return rows(statement, [col('id'), col('sql'), col('subscribers', 'int32')], [...db.queries.values()].map((q) => ({ id: q.id, sql: q.sql, subscribers: q.subscribers })));
    case 'CHECKPOINT STATUS': {
      const last = db.lastCheckpoint;
      return rows(statement, [col('checkpoint_id', 'int64'), col('completed_at', 'timestamp'), col('durable', 'bool')], last ? [{ checkpoint_id: BigInt(last.id), completed_at: last.completedAt, durable: db.durable !== undefined }] : []);
    }
    case 'CHECKPOINTS': {
      // The checkpoints kept on disk (RESTORE FROM CHECKPOINT takes a committed one); none in memory.
      const kept = db.durable?.checkpoints() ?? [];
      return rows(statement, [col('checkpoint_id', 'int64'), col('committed', 'bool'), col('bytes', 'int64'), col('created_at', 'timestamp')],
        kept.map((c) => ({ checkpoint_id: BigInt(c.id), committed: c.committed, bytes: BigInt(c.bytes), created_at: c.createdAt })));
    }
    case 'HISTORY':
      return showHistory(db);
    case 'WATERMARKS': {
      const w = watermarksOf(db);
      const data: Row[] = Object.entries(w.sources).sort(([a], [b]) => (a < b ? -1 : 1)).map(([source, x]) => ({ source, watermark: x.watermark, lag_ms: x.lagMs === null ? null : BigInt(Math.round(x.lagMs)) }));
      data.push({ source: '*', watermark: w.global, lag_ms: w.global === null ? null : BigInt(Math.round(db.clock.now() - w.global)) });
      return rows(statement, [col('source'), col('watermark', 'timestamp'), col('lag_ms', 'int64')], data);
    }
    case 'FUNCTIONS': {
      const scalar = Object.values(scalarFunctions).map((f) => ({ name: f.name, kind: 'scalar', aliases: (f.aliases ?? []).join(', '), description: f.description }));
      const agg = Object.values(aggregateFunctions).map((f) => ({ name: f.name, kind: 'aggregate', aliases: '', description: f.description }));
      const udfs = Object.values(db.udfs).map((u) => ({ name: u.name, kind: 'udf', aliases: '', description: `(${u.args.map(sqlTypeName).join(', ')}) -> ${sqlTypeName(u.returns)}` }));
      const udafs = Object.values(db.udafs).map((u) => ({ name: u.name, kind: 'aggregate udf', aliases: '', description: `(${sqlTypeName(u.arg)}) -> ${sqlTypeName(u.returns)}` }));
      return rows(statement, [col('name'), col('kind'), col('aliases'), col('description')], [...scalar, ...agg, ...udfs, ...udafs].sort((a, b) => (a.name < b.name ? -1 : 1)));
    }
  }
  return rows(statement, [], []);
}

function find(db: Database, name: string, text: string, span: Parameters<typeof planError>[3]): DbObject {
  const o = db.catalog.get(name);
  if (o === undefined) throw planError(PlanErrorCode.unknownRelation, `no object named '${name}'${didYouMean(name, db.catalog.names())}`, text, span);
  return o;
}

/** SHOW CREATE kind name: the canonical DDL, which executes back into the same object. */
export function showCreate(db: Database, s: ShowCreate, text: string): ExecuteResult {
  const o = find(db, nameOf(s.name), text, s.name.span);
  const wanted = s.objectType.toLowerCase() as ObjectKind;
  if (o.kind !== wanted) throw planError(PlanErrorCode.wrongObject, `'${o.name}' is a ${o.kind}, not a ${wanted}`, text, s.name.span);
  return rows(`SHOW CREATE ${s.objectType}`, [col('name'), col('sql')], [{ name: o.name, sql: o.sql }]);
}

/** DESCRIBE [EXTENDED] name: one row per column. */
export function describe(db: Database, s: Describe, text: string): ExecuteResult {
  const o = find(db, nameOf(s.name), text, s.name.span);
  const data: Row[] = o.columns.map((c) => ({
    column: c.name,
    type: sqlTypeName(c.type),
    nullable: c.nullable,
    ...(s.extended ? {
      engine_type: c.type,
      default: o.defaults?.[c.name] === undefined ? null : String(o.defaults[c.name]),
      primary_key: o.primaryKey?.includes(c.name) ?? false,
      event_time: o.eventTime === c.name,
    } : {}),
  }));
  const columns = [col('column'), col('type'), col('nullable', 'bool', false)];
  if (s.extended) columns.push(col('engine_type'), col('default'), col('primary_key', 'bool', false), col('event_time', 'bool', false));
  return rows(s.extended ? 'DESCRIBE EXTENDED' : 'DESCRIBE', columns, data);
}

/** EXPLAIN [ANALYZE] of a query or of the query inside CREATE STREAM / VIEW / SINK. */
export async function explainStatement(db: Database, s: Explain, text: string): Promise<ExecuteResult> {
  const inner = s.statement;
  const query = inner.kind === 'query-statement' ? inner.query
    : inner.kind === 'create-stream' || inner.kind === 'create-materialized-view' ? inner.query
    : inner.kind === 'create-sink' && inner.from.kind === 'query' ? inner.from.query
    : undefined;
  if (query === undefined) throw planError(PlanErrorCode.unsupported, `EXPLAIN shows the plan of a query or of CREATE STREAM / MATERIALIZED VIEW / SINK ... (SELECT ...)`, text, inner.span);
  const probe = planSelect(query, text, db.catalog);
  // A query over streams runs as a stream: plan it as one (lookup joins, changelog inputs).
  const logical = isBounded(probe) ? probe : planSelect(query, text, db.catalog, { streaming: true });
  const plan = explain(logical);
  if (!s.analyze) {
    const lines = plan.split('\n');
    if (!isBounded(logical)) {
      // Show the physical nodes a stream would add (ids are not allocated for real).
      let id = 0;
      const catalog = Object.create(db.catalog, { nextNodeId: { value: () => --id } }) as Database['catalog'];
      const fragment = lowerStreaming(Object.create(db, { catalog: { value: catalog } }) as Database, logical, '');
      lines.push('physical: ' + fragment.nodes.map((n) => Object.keys(n).find((k) => k !== 'id' && k !== 'name')).join(' -> '));
    }
    return rows('EXPLAIN', [col('plan')], lines.map((plan) => ({ plan })));
  }
  if (!isBounded(logical)) throw planError(PlanErrorCode.unsupported, 'EXPLAIN ANALYZE runs a query to completion; a query over streams never completes. Read db.metrics() for a running stream', text, s.span);
  const started = performance.now();
  let stats: Row[] = [];
  const result = await runSnapshot(db, logical, (p) => {
    stats = p.metrics().actors.map((a) => ({ operator: a.name, rows_in: a.rowsIn, rows_out: a.rowsOut, batches_in: a.batchesIn, busy_ms: Math.round(a.busyMs * 1000) / 1000 }));
  });
  const elapsed = performance.now() - started;
  const data: Row[] = [
    ...plan.split('\n').map((line) => ({ plan: line })),
    { plan: `rows_produced: ${result.rows.length}, execution_time_ms: ${elapsed.toFixed(3)}, batches_processed: ${result.batches.length}` },
    ...stats.map((x) => ({ plan: `  ${x.operator as string}: rows_in ${String(x.rows_in)}, rows_out ${String(x.rows_out)}, batches_in ${String(x.batches_in)}` })),
  ];
  return rows('EXPLAIN ANALYZE', [col('plan')], data);
}

/**
 * The current watermark of every source with `WATERMARK FOR` and of the database (the minimum
 * over them; null until every such source has one), with how far each trails the clock.
 */
export function watermarksOf(db: Database): { global: number | null; sources: Record<string, { watermark: number | null; lagMs: number | null }> } {
  const actors = new Map(db.pipeline.metrics().actors.map((a) => [a.name, a]));
  const sources: Record<string, { watermark: number | null; lagMs: number | null }> = {};
  let global: number | null = null;
  let all = true;
  for (const o of db.catalog.all()) {
    if (o.kind !== 'source' || o.eventTime === undefined || o.subscribeNode === undefined) continue;
    const m = actors.get(o.subscribeNode);
    const wm = m !== undefined && Number.isFinite(m.watermark) ? m.watermark : null;
    sources[o.name] = { watermark: wm, lagMs: m?.watermarkLagMs ?? null };
    if (wm === null) all = false;
    else global = global === null ? wm : Math.min(global, wm);
  }
  return { global: all ? global : null, sources };
}
