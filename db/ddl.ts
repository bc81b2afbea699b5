/**
 * DDL: CREATE SOURCE / STREAM / MATERIALIZED VIEW / SINK / TABLE, DROP and ALTER SOURCE. Each
 * statement either takes effect (the pipeline grows or shrinks at once) or fails with an error
 * at the clause at fault; nothing is accepted and then ignored.
 */
import { PlanError, LaminarError, type FieldSpec } from '../runtime/index.js';
import { makeSchema } from '../runtime/index.js';
import type { plan } from '../specs/index.js';
import {
  didYouMean,
  lower,
  nameOf,
  planError,
  PlanErrorCode,
  planSelect,
  changelogOf,
  upsertKeyOf,
  type ChangelogKind,
  type Logical,
  print,
  relationsOf,
  inputsOf,
  resolveType,
  sqlTypeName,
  SqlError,
  TypeResolutionError,
  type Column,
  type CreateMaterializedView,
  type CreateSink,
  type CreateSource,
  type CreateStream,
  type CreateTable,
  type Drop,
  type Expr,
  type AlterSource,
  type Ident,
  type ObjectKind,
  type Span,
  type SqlOption,
} from '../sql/index.js';
import type { DbObject } from './catalog.js';
import type { Database } from './database.js';
import { assertStreamable, cancelQuery, constantValue, lowerStreaming } from './read.js';
import type { ExecuteResult } from './results.js';
import { ChangelogStore, RowStore, TableStore, UpsertStore } from './stores.js';
import { FILE_FORMATS, fileFormatProblem } from '../connectors/index.js';
import { planIntoTable } from './table-sink.js';
import { viewBaseRows } from './durable.js';
import { retainHistory, retainHistoryBytes } from './history.js';

type Code = (typeof PlanErrorCode)[keyof typeof PlanErrorCode];
const KIND_WORDS: Record<ObjectKind, string> = { source: 'SOURCE', stream: 'STREAM', 'materialized view': 'MATERIALIZED VIEW', table: 'TABLE', 'lookup table': 'LOOKUP TABLE', sink: 'SINK' };
/** LaminarDB connectors this engine has not built yet: named so the error says so plainly. */
const PLANNED = new Set(['kafka', 'postgres-cdc', 'mysql-cdc', 'mongodb-cdc', 'postgres', 'websocket', 'delta-lake', 'iceberg', 'nats', 'otlp']);

export function unknownConnector(kind: 'source' | 'sink' | 'lookup', connector: string, known: readonly string[]): string {
  if (PLANNED.has(connector)) return `the ${connector} ${kind} connector is not available yet (it arrives with the connectors work); ${kind} connectors available now: ${known.join(', ')}`;
  return `unknown ${kind} connector '${connector}'${didYouMean(connector, [...known, ...PLANNED])}; ${kind} connectors are: ${known.join(', ')}`;
}

/** Connectors that exist only for the database's own plumbing. */
const INTERNAL = new Set(['snapshot', 'rows', 'collect', 'table']);

/**
 * The DDL SHOW CREATE prints: the statement without OR REPLACE / IF NOT EXISTS. Text with
 * `${VAR}`s is kept as written, so substituted values (often credentials) are never shown.
 */
export function canonical(s: CreateSource | CreateStream | CreateMaterializedView | CreateSink | CreateTable): string {
  if (s.sql.includes('${')) return s.sql.trim();
  return print({ ...s, orReplace: false, ifNotExists: false } as typeof s);
}

function optionValue(o: SqlOption): string {
  return o.value.value;
}

/** Re-throws runtime plan errors from growing the pipeline as positioned SQL errors. */
async function grow(db: Database, fragment: { nodes: plan.PlanNode[]; edges: plan.Edge[] }, text: string, span: Span, options: readonly SqlOption[] = [], pausedSources = false, created?: () => void): Promise<string[]> {
  try {
    // `created` runs as soon as the actors exist, before any of them can run: a view's store
    // taps its output before the first row can pass.
    return await db.pipeline.extend({ name: 'laminardb', nodes: fragment.nodes, edges: fragment.edges }, {}, { pausedSources, created });
  } catch (err) {
    if (!(err instanceof LaminarError)) throw err;
    const message = err.message.replace(/^node '[^']*': /, '');
    const key = /option '([^']+)'/.exec(message)?.[1];
    const at = options.find((o) => o.key === key)?.span ?? span;
    throw planError(key !== undefined ? PlanErrorCode.invalidOption : PlanErrorCode.type, message, text, at);
  }
}

/** Handles an existing object under the name: skip, replace (returns true) or fail. */
export async function existing(db: Database, kind: ObjectKind, name: Ident, ifNotExists: boolean, orReplace: boolean, text: string): Promise<'skip' | 'replace' | 'new'> {
  const current = db.catalog.get(nameOf(name));
  if (current === undefined) return 'new';
  if (ifNotExists && current.kind === kind) return 'skip';
  if (current.kind !== kind) throw planError(PlanErrorCode.conflict, `'${current.name}' exists already as a ${current.kind}`, text, name.span);
  if (!orReplace) throw planError(PlanErrorCode.conflict, `${current.kind} '${current.name}' exists already; use CREATE OR REPLACE ${KIND_WORDS[kind]} to replace it or IF NOT EXISTS to keep it`, text, name.span);
  const readers = db.catalog.dependents(current.name);
  if (readers.length > 0) throw planError(PlanErrorCode.conflict, `cannot replace ${current.kind} '${current.name}': ${readers.map((r) => `${r.kind} '${r.name}'`).join(', ')} read it; drop them first (or DROP ... CASCADE)`, text, name.span);
  await removeObjects(db, [current]);
  return 'replace';
}

async function removeObjects(db: Database, objects: readonly DbObject[]): Promise<void> {
  const gone = new Set(objects.map((o) => o.name));
  for (const q of [...db.queries.values()]) if (q.dependsOn.some((d) => gone.has(d))) await cancelQuery(db, q.id);
  await db.removeNodes(objects);
  for (const o of objects) {
    db.catalog.remove(o.name);
    if (o.store !== undefined) db.stores.delete(o.name);
    if (o.kind === 'lookup table') await db.lookups.drop(o.name);
  }
}

export interface ColumnInfo {
  readonly columns: Column[];
  readonly maxLengths: Record<string, number>;
  readonly defaults: Record<string, unknown>;
  readonly primaryKey: string[];
}

export function columnsOf(db: Database, defs: NonNullable<CreateSource['columns']>, text: string): ColumnInfo {
  const info: ColumnInfo = { columns: [], maxLengths: {}, defaults: {}, primaryKey: [] };
  for (const def of defs) {
    const name = nameOf(def.name);
    if (info.columns.some((c) => c.name === name)) throw planError(PlanErrorCode.conflict, `column '${name}' appears twice`, text, def.name.span);
    let resolved;
    try {
      resolved = resolveType(def.type);
    } catch (err) {
      throw planError(PlanErrorCode.type, (err as TypeResolutionError).message, text, def.type.span);
    }
    info.columns.push({ name, type: resolved.type, nullable: !def.notNull && !def.primaryKey });
    if (resolved.maxLength !== undefined) info.maxLengths[name] = resolved.maxLength;
    if (def.primaryKey) info.primaryKey.push(name);
    if (def.default !== undefined) {
      try {
        info.defaults[name] = constantValue(db, lower(def.default, { text, catalog: db.catalog, scope: [] }), resolved.type);
      } catch (err) {
        if (err instanceof SqlError) throw err;
        throw planError(PlanErrorCode.type, `DEFAULT for '${name}' must be a constant of type ${sqlTypeName(resolved.type)}: ${(err as Error).message.replace(/ \(set on_error to 'null'[^)]*\)$/, '')}`, text, def.default.span);
      }
    }
  }
  return info;
}

/** CREATE SOURCE. */
export async function createSource(db: Database, s: CreateSource, text: string): Promise<ExecuteResult> {
  const state = await existing(db, 'source', s.name, s.ifNotExists, s.orReplace, text);
  const name = nameOf(s.name);
  if (state === 'skip') return { statement: 'CREATE SOURCE', name, outcome: 'skipped' };
  const withConnector = s.with.find((o) => o.key.toLowerCase() === 'connector');
  const connector = s.connector?.name ?? (withConnector ? optionValue(withConnector).toLowerCase() : 'memory');
  const known = Object.keys(db.registry.sources).filter((c) => !INTERNAL.has(c));
  if (!known.includes(connector)) {
    throw planError(PlanErrorCode.invalidOption, unknownConnector('source', connector, known), text, s.connector?.span ?? withConnector?.span ?? s.span);
  }
  if (s.format !== undefined) throw planError(PlanErrorCode.invalidOption, `the ${connector} connector takes rows, not encoded bytes; FORMAT ${s.format.name} does not apply`, text, s.format.span);
  const options: Record<string, string> = {};
  const all = [...(s.connector?.options ?? []), ...s.with.filter((o) => o !== withConnector)];
  // Watermark options shape the source's watermark node; the rest belong to the connector.
  const watermarkOptions = all.filter((o) => WATERMARK_OPTIONS.includes(o.key));
  const given = all.filter((o) => !WATERMARK_OPTIONS.includes(o.key));
  for (const o of given) options[o.key] = optionValue(o);
  const info = columnsOf(db, s.columns ?? [], text);
  if (s.columns === undefined || s.wildcard !== undefined) {
    // Schema inference: the connector names the columns the list leaves to '*'.
    const describe = db.registry.sources[connector]!.describe;
    if (describe === undefined) throw planError(PlanErrorCode.unsupported, `a ${connector} source needs its columns listed; schema inference ('*') needs a connector that describes its data (nexmark does)`, text, s.name.span);
    if (s.wildcard?.prefix !== undefined) throw planError(PlanErrorCode.unsupported, `the ${connector} connector names its columns itself; PREFIX would rename them`, text, s.name.span);
    let described;
    try {
      described = describe(options);
    } catch (err) {
      if (!(err instanceof LaminarError)) throw err;
      const key = /option '([^']+)'/.exec(err.message)?.[1];
      throw planError(PlanErrorCode.invalidOption, err.message, text, given.find((o) => o.key === key)?.span ?? s.span);
    }
    for (const f of described.fields) if (!info.columns.some((c) => c.name === f.name)) info.columns.push({ name: f.name, type: f.type, nullable: f.nullable });
  }
  if (info.primaryKey.length > 0) throw planError(PlanErrorCode.unsupported, 'sources are append-only streams; use CREATE TABLE for rows upserted by primary key', text, s.span);
  const schema = makeSchema(info.columns as FieldSpec[]);
  const sourceId = db.catalog.nextNodeId();
  const nodes: plan.PlanNode[] = [{ id: sourceId, name, source: { connector, options, schema: toPlan(schema) } }];
  const edges: plan.Edge[] = [];
  let nodeId = sourceId;
  let subscribeNode = name;
  let eventTime: string | undefined;
  let watermark: string | undefined;
  if (s.watermark !== undefined) {
    const w = s.watermark;
    eventTime = nameOf(w.column);
    const column = info.columns.find((c) => c.name === eventTime);
    if (column === undefined) throw planError(PlanErrorCode.unknownColumn, `WATERMARK FOR '${eventTime}': no such column${didYouMean(eventTime, info.columns.map((c) => c.name))}`, text, w.column.span);
    if (!column.type.startsWith('timestamp')) throw planError(PlanErrorCode.type, `the event-time column '${eventTime}' must be a TIMESTAMP, got ${sqlTypeName(column.type)}`, text, w.column.span);
    const delay = watermarkDelay(w.expr, eventTime, text);
    watermark = w.expr === undefined ? eventTime : print(w.expr);
    nodeId = db.catalog.nextNodeId();
    subscribeNode = `${name}.watermark`;
    nodes.push({ id: nodeId, name: subscribeNode, watermark: { column: eventTime, delayMs: delay, ...watermarkSettings(watermarkOptions, info.columns, text) } });
    edges.push({ from: sourceId, to: nodeId, input: 0 });
  }
  // Connector sources start once something reads them (see Database.pendingSources).
  const pull = connector !== 'memory';
  if (s.watermark === undefined && watermarkOptions.length > 0) throw planError(PlanErrorCode.invalidOption, `'${watermarkOptions[0]!.key}' shapes the source's watermark; add WATERMARK FOR <column>`, text, watermarkOptions[0]!.span);
  const created = await grow(db, { nodes, edges }, text, s.span, given, pull);
  if (pull) db.pendingSources.add(name);
  const wm = nodes[1]?.watermark;
  const raw = eventTime !== undefined ? {
    nodeId: sourceId, column: eventTime, delayMs: wm!.delayMs ?? 0,
    ...(wm!.partitionColumn ? { partitionColumn: wm!.partitionColumn } : {}), ...(wm!.idleTimeoutMs ? { idleTimeoutMs: wm!.idleTimeoutMs } : {}),
  } : undefined;
  db.catalog.add({
    kind: 'source', name, sql: canonical(s), columns: info.columns, nodeId, nodes: created, subscribeNode, dependsOn: [],
    ...(eventTime !== undefined ? { eventTime } : {}), ...(watermark !== undefined ? { watermark } : {}), ...(raw !== undefined ? { raw } : {}),
    connector, options, maxLengths: info.maxLengths, defaults: info.defaults,
  });
  return { statement: 'CREATE SOURCE', name, outcome: state === 'replace' ? 'replaced' : 'created' };
}

function toPlan(schema: ReturnType<typeof makeSchema>): plan.Schema {
  return { fields: schema.fields.map((f) => ({ name: f.name, type: { spec: f.type }, nullable: f.nullable })) };
}

/** Source options for its watermark (not passed to the connector). */
const WATERMARK_OPTIONS = ['watermark.partition.column', 'watermark.idle.timeout', 'idle.timeout.ms', 'watermark.alignment.group', 'watermark.alignment.max.drift'];

/** The watermark node settings of a source's watermark options. */
function watermarkSettings(options: readonly SqlOption[], columns: readonly Column[], text: string): Partial<plan.WatermarkNode> {
  const out: { partitionColumn?: string; idleTimeoutMs?: number; alignmentGroup?: string; alignmentMaxDriftMs?: number } = {};
  for (const o of options) {
    const v = optionValue(o);
    switch (o.key) {
      case 'watermark.partition.column':
        if (!columns.some((c) => c.name === v)) throw planError(PlanErrorCode.unknownColumn, `'watermark.partition.column': no column '${v}'${didYouMean(v, columns.map((c) => c.name))}`, text, o.span);
        out.partitionColumn = v;
        break;
      case 'idle.timeout.ms':
        if (!/^\d+$/.test(v)) throw planError(PlanErrorCode.invalidOption, `'idle.timeout.ms' must be a whole number of milliseconds, got '${v}'`, text, o.span);
        out.idleTimeoutMs = Number(v);
        break;
      case 'watermark.idle.timeout': out.idleTimeoutMs = durationOption(o, text); break;
      case 'watermark.alignment.group': out.alignmentGroup = v; break;
      case 'watermark.alignment.max.drift': out.alignmentMaxDriftMs = durationOption(o, text); break;
    }
  }
  if ((out.alignmentGroup === undefined) !== (out.alignmentMaxDriftMs === undefined)) {
    throw planError(PlanErrorCode.invalidOption, "watermark alignment needs both 'watermark.alignment.group' and 'watermark.alignment.max.drift'", text, options[0]!.span);
  }
  return out;
}

/** The delay of `WATERMARK FOR ts [AS ts - INTERVAL ...]`, in ms. */
function watermarkDelay(expr: Expr | undefined, column: string, text: string): number {
  if (expr === undefined) return 0;
  if (expr.kind === 'column' && nameOf(expr.parts[expr.parts.length - 1]!) === column) return 0;
  if (expr.kind === 'binary' && expr.op === '-' && expr.left.kind === 'column' && nameOf(expr.left.parts[expr.left.parts.length - 1]!) === column && expr.right.kind === 'interval') {
    const lowered = lower(expr.right, { text, catalog: { lookup: () => undefined, names: () => [], typeOf: () => 'interval', hasFunction: () => false, functionNames: () => [], nextNodeId: () => 0 }, scope: [] });
    const v = JSON.parse(lowered.literal!.stringValue!) as { months: number; days: number; millis: number };
    if (v.months !== 0) throw planError(PlanErrorCode.type, 'a watermark delay cannot use months or years; use days', text, expr.right.span);
    const ms = v.days * 86_400_000 + v.millis;
    if (ms < 0) throw planError(PlanErrorCode.type, 'a watermark delay must not be negative', text, expr.right.span);
    return ms;
  }
  throw planError(PlanErrorCode.unsupported, `WATERMARK FOR ${column} AS ${column} - INTERVAL '...' (bounded out-of-orderness) is the supported form`, text, expr.span);
}

/** Milliseconds of an option value like '1 hour', '30s', '500 ms' or a plain number of ms. */
export function durationOption(o: SqlOption, text: string): number {
  const v = optionValue(o).trim().toLowerCase();
  const m = /^(\d+(?:\.\d+)?)\s*(ms|milliseconds?|s|secs?|seconds?|m|mins?|minutes?|h|hours?|d|days?)?$/.exec(v);
  const unit: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };
  if (m === null) throw planError(PlanErrorCode.invalidOption, `'${o.key}' must be a duration like '1 hour', '30 s' or '500 ms', got '${optionValue(o)}'`, text, o.span);
  const u = m[2] === undefined ? 'ms' : m[2].startsWith('ms') || m[2].startsWith('milli') ? 'ms' : m[2][0]!;
  return Number(m[1]) * unit[u]!;
}

/** The store of a materialized view, by what its rows mean. */
function storeFor(schema: ReturnType<typeof makeSchema>, changelog: ChangelogKind, key: readonly string[] | undefined): RowStore | ChangelogStore | UpsertStore {
  if (changelog === 'retract') return new ChangelogStore(makeSchema(schema.fields.filter((f) => f.name !== '__weight')));
  if (changelog === 'upsert') return new UpsertStore(schema, key ?? []);
  return new RowStore(schema);
}

/** CREATE STREAM and CREATE MATERIALIZED VIEW. */
export async function createStream(db: Database, s: CreateStream | CreateMaterializedView, text: string): Promise<ExecuteResult> {
  const view = s.kind === 'create-materialized-view';
  const kind: ObjectKind = view ? 'materialized view' : 'stream';
  const statement = view ? 'CREATE MATERIALIZED VIEW' : 'CREATE STREAM';
  const state = await existing(db, kind, s.name, s.ifNotExists, s.orReplace, text);
  const name = nameOf(s.name);
  if (state === 'skip') return { statement, name, outcome: 'skipped' };
  let ttlMs: number | undefined;
  let keyedWatermark: { idleMs: number } | undefined;
  let retain: { bytes: number; text: string } | undefined;
  for (const o of s.with) {
    if (o.key === 'state.ttl') ttlMs = durationOption(o, text);
    else if (o.key === 'watermark.keyed') {
      const v = optionValue(o).toLowerCase();
      if (v !== 'true' && v !== 'false') throw planError(PlanErrorCode.invalidOption, `'watermark.keyed' is 'true' or 'false', got '${optionValue(o)}'`, text, o.span);
      if (v === 'true') keyedWatermark = { idleMs: keyedWatermark?.idleMs ?? 0 };
    } else if (o.key === 'watermark.keyed.idle') keyedWatermark = { idleMs: durationOption(o, text) };
    else if (o.key === 'retain_history') retain = { bytes: retainHistoryBytes(o, text), text: optionValue(o).trim() };
    else throw planError(PlanErrorCode.invalidOption, `unknown ${kind} option '${o.key}'${didYouMean(o.key, ['retain_history', 'state.ttl', 'watermark.keyed', 'watermark.keyed.idle'])}`, text, o.span);
  }
  const logical = planSelect(s.query, text, db.catalog, { streaming: true, ...(ttlMs !== undefined ? { ttlMs } : {}), ...(keyedWatermark !== undefined ? { keyedWatermark } : {}) });
  assertStreamable(db, logical, text, s.query.span, `a ${kind}`);
  if (keyedWatermark !== undefined && !hasKeyedWindow(logical)) throw planError(PlanErrorCode.invalidOption, `'watermark.keyed' applies to a query with a window (TUMBLE, HOP, CUMULATE) over a source`, text, s.with.find((o) => o.key.startsWith('watermark.keyed'))!.span);
  if (ttlMs !== undefined && !hasUnwindowedAggregate(logical)) throw planError(PlanErrorCode.invalidOption, `'state.ttl' applies to aggregates without a window and to regular joins (windows and interval joins free their state as the watermark passes)`, text, s.with.find((o) => o.key === 'state.ttl')!.span);
  const lateNames = lateStreamsOf(logical);
  for (const late of lateNames) if (db.catalog.get(late) !== undefined) throw planError(PlanErrorCode.conflict, `LATE DATA TO ${late}: '${late}' exists already; name a new stream for the late rows`, text, s.query.span);
  const fragment = lowerStreaming(db, logical, name);
  const changelog = changelogOf(logical);
  const upsertKey = changelog === 'upsert' ? upsertKeyOf(logical) : undefined;
  let store: ReturnType<typeof storeFor> | undefined;
  const created = await grow(db, fragment, text, s.query.span, [], false, !view ? undefined : () => {
    // The engine's types are authoritative (nullability, exact decimal scales). The view's rows
    // are applied as the query emits them, so its contents never lag its change stream.
    const s2 = storeFor(db.pipeline.schemaOf(name), changelog, upsertKey);
    store = s2;
    db.stores.set(name, s2);
    // A durable database re-creating the view takes its rows from the checkpoint it restores
    // (its base; the log supplies the changes after it).
    const restored = viewBaseRows(db.pipeline, name);
    if (restored !== undefined) s2.load(restored);
    db.durable?.forgetView(name);
    db.pipeline.tap(name, (batch) => {
      s2.append(batch);
      db.durable?.logView(name, batch);
    });
  });
  const schema = db.pipeline.schemaOf(name);
  const history = retain !== undefined ? retainHistory(db, kind, name, name, retain.bytes, retain.text) : undefined;
  const columns = schema.fields.filter((f) => f.name !== '__weight').map((f) => ({ name: f.name, type: f.type, nullable: f.nullable }));
  const inputs = relationsOf(logical);
  const eventTime = inputs.map((r) => r.eventTime).find((t) => t !== undefined && columns.some((c) => c.name === t));
  db.catalog.add({
    kind, name, sql: canonical(s), columns, nodeId: fragment.output, nodes: created.filter((n) => !lateNames.includes(n)), subscribeNode: name,
    dependsOn: [...new Set(inputs.map((r) => r.name))], ...(eventTime !== undefined ? { eventTime } : {}), ...(store !== undefined ? { store } : {}),
    changelog, ...(upsertKey !== undefined ? { upsertKey } : {}), ...(history !== undefined ? { history } : {}),
  });
  // LATE DATA TO: each late stream is an object of its own that reads the query.
  for (const late of lateNames) {
    const lateSchema = db.pipeline.schemaOf(late);
    const node = fragment.nodes.find((n) => n.name === late)!;
    db.catalog.add({
      kind: 'stream', name: late, sql: `-- the late rows of ${kind} ${name} (LATE DATA TO ${late})`, columns: lateSchema.fields.map((f) => ({ name: f.name, type: f.type, nullable: f.nullable })),
      nodeId: node.id!, nodes: [late], subscribeNode: late, dependsOn: [name],
    });
  }
  return { statement, name, outcome: state === 'replace' ? 'replaced' : 'created' };
}

/** LATE DATA TO names of a plan. */
function lateStreamsOf(node: Logical): string[] {
  const own = (node.kind === 'window-aggregate' || node.kind === 'late-filter') && node.lateTo !== undefined ? [node.lateTo] : [];
  return [...own, ...inputsOf(node).flatMap(lateStreamsOf)];
}

function hasKeyedWindow(node: Logical): boolean {
  if (node.kind === 'window-aggregate' && node.keyed !== undefined) return true;
  return inputsOf(node).some(hasKeyedWindow);
}

function hasUnwindowedAggregate(node: Logical): boolean {
  if (node.kind === 'aggregate' || (node.kind === 'join' && node.interval === undefined && !node.bounded)) return true;
  return inputsOf(node).some(hasUnwindowedAggregate);
}

/** CREATE SINK. */
export async function createSink(db: Database, s: CreateSink, text: string): Promise<ExecuteResult> {
  const state = await existing(db, 'sink', s.name, s.ifNotExists, s.orReplace, text);
  const name = nameOf(s.name);
  if (state === 'skip') return { statement: 'CREATE SINK', name, outcome: 'skipped' };
  const sourceName = s.from.kind === 'name' ? nameOf(s.from.name) : undefined;
  const query = s.from.kind === 'query' ? s.from.query : undefined;
  // FROM name [WHERE ...] is the query SELECT * FROM name [WHERE ...].
  const body = query ?? {
    kind: 'query' as const, span: s.span, with: [], orderBy: [],
    body: { kind: 'select' as const, span: s.span, distinct: false, items: [{ span: s.span, expr: { kind: 'wildcard' as const, span: s.span } }], from: [{ kind: 'table' as const, span: s.from.kind === 'name' ? s.from.name.span : s.span, name: (s.from as { name: Ident }).name }], groupBy: [] },
  };
  const withWhere = s.where === undefined ? body : {
    kind: 'query' as const, span: s.span, with: [], orderBy: [],
    body: { kind: 'select' as const, span: s.span, distinct: false, items: [{ span: s.span, expr: { kind: 'wildcard' as const, span: s.span } }], from: [{ kind: 'derived' as const, span: s.span, query: body, alias: { span: s.span, name: { kind: 'ident' as const, value: '__sink_input', quoted: true, span: s.span }, columns: [] } }], where: s.where, groupBy: [] },
  };
  const logical = planSelect(withWhere, text, db.catalog, { streaming: true });
  assertStreamable(db, logical, text, s.span, 'a sink');
  const intoTable = s.intoTable !== undefined ? planIntoTable(db, s, logical, text) : undefined;
  const withConnector = intoTable === undefined ? s.with.find((o) => o.key.toLowerCase() === 'connector') : undefined;
  const connector = intoTable !== undefined ? 'table' : s.into?.name ?? (withConnector ? optionValue(withConnector).toLowerCase() : undefined);
  const fragment = lowerStreaming(db, intoTable?.logical ?? logical, connector === undefined ? name : `${name}.input`);
  const options: Record<string, string> = intoTable?.options ?? {};
  const given = [...(s.into?.options ?? []), ...(s.format?.options ?? []), ...s.with.filter((o) => o !== withConnector)];
  if (intoTable !== undefined) {
    fragment.nodes.push({ id: db.catalog.nextNodeId(), name, sink: { connector, options } });
    fragment.edges.push({ from: fragment.output, to: fragment.nodes.at(-1)!.id!, input: 0 });
  } else if (connector !== undefined) {
    const known = Object.keys(db.registry.sinks).filter((c) => !INTERNAL.has(c));
    if (!known.includes(connector)) {
      throw planError(PlanErrorCode.invalidOption, unknownConnector('sink', connector, known), text, s.into?.span ?? withConnector?.span ?? s.span);
    }
    for (const o of given) options[o.key] = optionValue(o);
    if (s.format !== undefined) {
      const formats: readonly string[] = connector === 'files' ? FILE_FORMATS : ['json', 'csv'];
      const format = s.format.name.toLowerCase();
      if (!formats.includes(format)) {
        const message = connector === 'files' ? fileFormatProblem(s.format.name)! : `unknown format '${s.format.name}'${didYouMean(format, formats)}; the ${connector} sink writes: ${formats.join(', ')}`;
        throw planError(PlanErrorCode.invalidOption, message, text, s.format.span);
      }
      options.format = format;
    }
    const sinkId = db.catalog.nextNodeId();
    fragment.nodes.push({ id: sinkId, name, sink: { connector, options } });
    fragment.edges.push({ from: fragment.output, to: sinkId, input: 0 });
  } else if (s.format !== undefined || given.length > 0) {
    throw planError(PlanErrorCode.invalidOption, 'a sink without INTO is a local subscription point; FORMAT and options need INTO <connector> (...)', text, s.format?.span ?? given[0]!.span);
  }
  const created = await grow(db, fragment, text, s.span, intoTable !== undefined ? [] : given);
  const subscribeNode = connector === undefined ? name : `${name}.input`;
  const columns = db.pipeline.schemaOf(subscribeNode).fields.map((f) => ({ name: f.name, type: f.type, nullable: f.nullable }));
  const reads = relationsOf(logical).map((r) => r.name);
  // A sink into a table depends on it (and its dead-letter table): dropping them drops the sink.
  const writes = intoTable === undefined ? [] : [intoTable.table, ...(options.dead_letter !== undefined ? [options.dead_letter] : [])];
  db.catalog.add({
    kind: 'sink', name, sql: canonical(s), columns, nodes: created, subscribeNode, dependsOn: [...new Set([...reads, ...writes])],
    ...(sourceName !== undefined ? { from: sourceName } : intoTable !== undefined ? { from: [...new Set(reads)].join(', ') } : {}), connector: connector ?? 'local', ...(options.format ? { format: options.format } : {}), options,
  });
  return { statement: 'CREATE SINK', name, outcome: state === 'replace' ? 'replaced' : 'created' };
}

/** CREATE TABLE: rows upserted by primary key (CREATE LOOKUP TABLE is lookup-tables.ts's). */
export async function createTable(db: Database, s: CreateTable, text: string): Promise<ExecuteResult> {
  const state = await existing(db, 'table', s.name, s.ifNotExists, s.orReplace, text);
  const name = nameOf(s.name);
  if (state === 'skip') return { statement: 'CREATE TABLE', name, outcome: 'skipped' };
  if (s.with.length > 0) throw planError(PlanErrorCode.unsupported, `tables fed by connectors (WITH (...)) arrive with the connectors issue; this table is filled by INSERT`, text, s.with[0]!.span);
  const info = columnsOf(db, s.columns, text);
  const pk = s.primaryKey !== undefined ? s.primaryKey.map(nameOf) : info.primaryKey;
  if (s.primaryKey !== undefined && info.primaryKey.length > 0) throw planError(PlanErrorCode.type, 'give the primary key either on a column or as PRIMARY KEY (...), not both', text, s.span);
  for (const k of pk) {
    const c = info.columns.find((x) => x.name === k);
    if (c === undefined) throw planError(PlanErrorCode.unknownColumn, `primary key column '${k}' is not a column${didYouMean(k, info.columns.map((x) => x.name))}`, text, s.span);
    (c as { nullable: boolean }).nullable = false;
  }
  const schema = makeSchema(info.columns as FieldSpec[]);
  const store = pk.length > 0 ? new TableStore(schema, pk) : new RowStore(schema);
  db.stores.set(name, store);
  db.catalog.add({ kind: 'table', name, sql: canonical(s), columns: info.columns, nodes: [], dependsOn: [], store, primaryKey: pk, maxLengths: info.maxLengths, defaults: info.defaults });
  return { statement: 'CREATE TABLE', name, outcome: state === 'replace' ? 'replaced' : 'created' };
}

const DROP_KINDS: Record<Drop['objectType'], ObjectKind> = { SOURCE: 'source', SINK: 'sink', STREAM: 'stream', 'MATERIALIZED VIEW': 'materialized view', TABLE: 'table', 'LOOKUP TABLE': 'lookup table' };

/** DROP, with CASCADE removing everything that reads the object. */
export async function drop(db: Database, s: Drop, text: string): Promise<ExecuteResult> {
  const name = nameOf(s.name);
  const kind = DROP_KINDS[s.objectType];
  const object = db.catalog.get(name);
  const statement = `DROP ${s.objectType}`;
  if (object === undefined) {
    if (s.ifExists) return { statement, name, outcome: 'skipped' };
    const same = db.catalog.all().filter((o) => o.kind === kind).map((o) => o.name);
    throw planError(PlanErrorCode.unknownRelation, `no ${kind} named '${s.name.value}'${didYouMean(name, same)}`, text, s.name.span);
  }
  if (object.kind !== kind) throw planError(PlanErrorCode.wrongObject, `'${name}' is a ${object.kind}; use DROP ${KIND_WORDS[object.kind]}`, text, s.name.span);
  const doomed: DbObject[] = [];
  const visit = (o: DbObject): void => {
    for (const d of db.catalog.dependents(o.name)) if (!doomed.includes(d)) visit(d);
    if (!doomed.includes(o)) doomed.push(o);
  };
  const readers = db.catalog.dependents(name);
  if (readers.length > 0 && !s.cascade) {
    throw planError(PlanErrorCode.conflict, `cannot drop ${kind} '${name}': ${readers.map((r) => `${r.kind} '${r.name}'`).join(', ')} read it; drop them first or use DROP ... CASCADE`, text, s.name.span);
  }
  visit(object);
  await removeObjects(db, doomed);
  return { statement, name, outcome: 'dropped', dropped: doomed.map((o) => o.name) };
}

/** ALTER SOURCE ... ADD COLUMN / SET (...): rebuilds a source nothing reads yet. */
export async function alterSource(db: Database, s: AlterSource, text: string, recreate: (sql: CreateSource) => Promise<unknown>, parseCreate: (sql: string) => CreateSource): Promise<ExecuteResult> {
  const name = nameOf(s.name);
  const object = db.catalog.get(name);
  if (object === undefined) throw planError(PlanErrorCode.unknownRelation, `no source named '${s.name.value}'${didYouMean(name, db.catalog.all().filter((o) => o.kind === 'source').map((o) => o.name))}`, text, s.name.span);
  if (object.kind !== 'source') throw planError(PlanErrorCode.wrongObject, `'${name}' is a ${object.kind}, not a source`, text, s.name.span);
  const readers = db.catalog.dependents(name);
  if (readers.length > 0) throw planError(PlanErrorCode.conflict, `cannot alter source '${name}' while ${readers.map((r) => `${r.kind} '${r.name}'`).join(', ')} read it: their plans depend on its columns; drop them first`, text, s.span);
  const original = parseCreate(object.sql);
  const changed: CreateSource = s.action.kind === 'add-column'
    ? { ...original, columns: [...(original.columns ?? []), s.action.column], orReplace: true, ifNotExists: false }
    : { ...original, with: mergeOptions(original.with, s.action.options), orReplace: true, ifNotExists: false };
  try {
    await recreate(changed);
  } catch (err) {
    // Put the old source back; the error says what was wrong with the change.
    await recreate({ ...original, orReplace: true, ifNotExists: false });
    throw err instanceof SqlError ? planError(err.code as Code, err.detail, text, s.span) : err instanceof PlanError ? planError(PlanErrorCode.invalidOption, err.message, text, s.span) : err;
  }
  return { statement: 'ALTER SOURCE', name, outcome: 'altered' };
}

function mergeOptions(current: readonly SqlOption[], changes: readonly SqlOption[]): SqlOption[] {
  const out = current.filter((o) => !changes.some((c) => c.key === o.key));
  return [...out, ...changes];
}
