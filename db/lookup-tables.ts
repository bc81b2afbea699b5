/**
 * CREATE LOOKUP TABLE: a table whose rows live in an external source and are read by primary
 * key when a stream joins it. The DDL opens the source (a connector from
 * connectors/registry.ts's `lookupConnectors`); its options size the cache each join keeps in
 * front of the source. Also INSERT into `memory` lookup tables and SHOW LOOKUP TABLES' rows.
 */
import { lookupConnectors, MemoryLookupSource } from '../connectors/index.js';
import { isLookupKeyType, LaminarError, PlanError, lookupKey, LookupStats, makeSchema, rowsToBatch, type FieldSpec, type RecordBatch, type Row } from '../runtime/index.js';
import { didYouMean, nameOf, planError, PlanErrorCode, sqlTypeName, type CreateTable, type SqlOption } from '../sql/index.js';
import { prepareRows, type DbObject } from './catalog.js';
import type { Database } from './database.js';
import { canonical, columnsOf, durationOption, existing, unknownConnector } from './ddl.js';
import type { ExecuteResult } from './results.js';
import { rowsOf } from './stores.js';

/** Options of the table itself; the rest go to its connector. */
const TABLE_OPTIONS = ['connector', 'cache.memory', 'cache.ttl', 'pushdown', 'strategy', 'cache.disk'];
/** Lookup connectors of LaminarDB this engine has not built yet. */
const PLANNED = ['postgres', 'postgres-cdc', 'mysql', 'mongodb', 'delta-lake', 'iceberg', 'parquet'];
const DEFAULT_CACHE_BYTES = 64 * 1024 * 1024;

const UNITS: Record<string, number> = { '': 1, b: 1, k: 1024, kb: 1024, kib: 1024, m: 1024 ** 2, mb: 1024 ** 2, mib: 1024 ** 2, g: 1024 ** 3, gb: 1024 ** 3, gib: 1024 ** 3 };

/** Bytes of an option like '64mb', '512 KB' or '1048576' (units are powers of 1024). */
function bytesOption(o: SqlOption, text: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*([a-z]*)$/.exec(o.value.value.trim().toLowerCase());
  const unit = m === null ? undefined : UNITS[m[2]!];
  if (m === null || unit === undefined) throw planError(PlanErrorCode.invalidOption, `'${o.key}' must be a size like '64mb', '512kb' or a number of bytes, got '${o.value.value}'`, text, o.span);
  return Math.floor(Number(m[1]) * unit);
}

/** CREATE [OR REPLACE] LOOKUP TABLE [IF NOT EXISTS] name (columns, PRIMARY KEY (key)) WITH (...). */
export async function createLookupTable(db: Database, s: CreateTable, text: string): Promise<ExecuteResult> {
  const statement = 'CREATE LOOKUP TABLE';
  const name = nameOf(s.name);
  const state = await existing(db, 'lookup table', s.name, s.ifNotExists, s.orReplace, text);
  if (state === 'skip') return { statement, name, outcome: 'skipped' };
  const info = columnsOf(db, s.columns, text);
  if (s.primaryKey !== undefined && info.primaryKey.length > 0) throw planError(PlanErrorCode.type, 'give the primary key either on a column or as PRIMARY KEY (...), not both', text, s.span);
  const pk = s.primaryKey !== undefined ? s.primaryKey.map(nameOf) : info.primaryKey;
  if (pk.length !== 1) throw planError(PlanErrorCode.type, `a lookup table needs a primary key of exactly one column, the key its source finds rows by (PRIMARY KEY (column))${pk.length > 1 ? `; this one has ${pk.length}` : ''}`, text, s.span);
  const key = pk[0]!;
  const keyColumn = info.columns.find((c) => c.name === key);
  if (keyColumn === undefined) throw planError(PlanErrorCode.unknownColumn, `primary key column '${key}' is not a column${didYouMean(key, info.columns.map((c) => c.name))}`, text, s.span);
  if (!isLookupKeyType(keyColumn.type)) throw planError(PlanErrorCode.type, `a lookup table's key cannot be ${sqlTypeName(keyColumn.type)}; use a number, text, date or timestamp column`, text, s.span);
  (keyColumn as { nullable: boolean }).nullable = false;

  const option = (k: string) => s.with.find((o) => o.key.toLowerCase() === k);
  const connectorOption = option('connector');
  if (connectorOption === undefined) throw planError(PlanErrorCode.invalidOption, `a lookup table needs WITH ('connector' = ...): ${Object.keys(lookupConnectors).join(' or ')}`, text, s.span);
  const connectorName = connectorOption.value.value.toLowerCase();
  const connector = lookupConnectors[connectorName];
  if (connector === undefined) {
    const known = Object.keys(lookupConnectors);
    const message = PLANNED.includes(connectorName) ? `the ${connectorName} lookup connector is not available yet (it arrives with the connectors work); lookup connectors available now: ${known.join(', ')}` : unknownConnector('lookup', connectorName, known);
    throw planError(PlanErrorCode.invalidOption, message, text, connectorOption.span);
  }
  const known = [...TABLE_OPTIONS, ...Object.keys(connector.options)];
  for (const o of s.with) {
    if (!known.includes(o.key)) throw planError(PlanErrorCode.invalidOption, `lookup table option '${o.key}' is not known${didYouMean(o.key, known)}; options are: ${known.join(', ')}`, text, o.span);
  }
  const strategy = option('strategy');
  if (strategy !== undefined && strategy.value.value.toLowerCase() !== 'source-direct') {
    const v = strategy.value.value.toLowerCase();
    const why = v === 'replicated' || v === 'partitioned'
      ? `'${v}' (a copy of the whole table in memory${v === 'partitioned' ? ', split across a cluster' : ''}) is not available; for a table kept in memory use CREATE TABLE and INSERT`
      : `unknown strategy '${strategy.value.value}'${didYouMean(v, ['source-direct', 'replicated', 'partitioned'])}`;
    throw planError(PlanErrorCode.invalidOption, `'strategy': ${why}. 'source-direct' (the default) reads rows from the source by key, through the cache`, text, strategy.span);
  }
  const disk = option('cache.disk');
  if (disk !== undefined) throw planError(PlanErrorCode.invalidOption, `'cache.disk' (a second cache tier on disk) is not available; 'cache.memory' sizes the in-memory cache`, text, disk.span);
  const memory = option('cache.memory');
  const ttl = option('cache.ttl');
  const pushdownOption = option('pushdown');
  const pushdownText = pushdownOption?.value.value.toLowerCase() ?? 'true';
  if (pushdownText !== 'true' && pushdownText !== 'false') throw planError(PlanErrorCode.invalidOption, `'pushdown' is 'true' or 'false', got '${pushdownOption!.value.value}'`, text, pushdownOption!.span);
  const cacheBytes = memory === undefined ? DEFAULT_CACHE_BYTES : bytesOption(memory, text);
  const cacheTtlMs = ttl === undefined ? Infinity : durationOption(ttl, text);
  if (connectorName !== 'memory') {
    const withDefault = s.columns.find((c) => c.default !== undefined);
    if (withDefault !== undefined) throw planError(PlanErrorCode.type, `DEFAULT fills in rows written by INSERT; lookup table '${name}' reads its rows from its ${connectorName} source`, text, withDefault.span);
  }

  const connectorOptions: Record<string, string> = {};
  for (const o of s.with) if (!TABLE_OPTIONS.includes(o.key)) connectorOptions[o.key] = o.value.value;
  const schema = makeSchema(info.columns as FieldSpec[]);
  let source;
  try {
    source = await connector.open({ name, schema, key }, connectorOptions);
  } catch (err) {
    if (!(err instanceof LaminarError)) throw err;
    // Point at the option the error names (the path of a missing file), or at the statement.
    const named = /option '([^']+)'/.exec(err.message)?.[1];
    const at = s.with.find((o) => o.key === named)?.span ?? s.with.find((o) => o.key === 'path')?.span ?? s.span;
    throw planError(named !== undefined || err.domain === 'external' ? PlanErrorCode.invalidOption : PlanErrorCode.type, err.message, text, at);
  }
  db.lookups.set({ name, source, cacheBytes, cacheTtlMs, stats: new LookupStats(), connector: connectorName, key, pushdown: pushdownText === 'true' });
  db.catalog.add({
    kind: 'lookup table', name, sql: canonical(s), columns: info.columns, nodes: [], dependsOn: [], primaryKey: [key],
    lookup: { key, pushdown: pushdownText === 'true' }, connector: connectorName, options: connectorOptions, maxLengths: info.maxLengths, defaults: info.defaults,
  });
  return { statement, name, outcome: state === 'replace' ? 'replaced' : 'created' };
}

/**
 * Writes rows into a `memory` lookup table (upserts by key). Running joins drop what they cached
 * for those keys, so the next rows that look them up see the new values. Returns the rows as
 * stored (a durable database logs them).
 */
export function insertLookup(db: Database, object: DbObject, data: readonly Row[] | RecordBatch): Row[] {
  const entry = db.lookups.get(object.name);
  if (entry === undefined || !(entry.source instanceof MemoryLookupSource)) {
    throw new PlanError(`lookup table '${object.name}' reads its rows from its ${object.connector ?? ''} source; INSERT writes to lookup tables with 'connector' = 'memory'`);
  }
  const rows = Array.isArray(data) ? prepareRows(object, data as readonly Row[]) : rowsOf([data as RecordBatch]);
  // Checked (and made canonical) by the batch builders, all rows or none.
  const checked = rowsOf([rowsToBatch(entry.source.schema, rows)]);
  entry.source.upsert(checked);
  const keys = checked.map((r) => lookupKey(r[entry.key])!);
  for (const cache of entry.stats.caches) cache.invalidate(keys);
  return checked;
}

/** The rows of a `memory` lookup table (undefined for other connectors, whose rows live elsewhere). */
export function memoryLookupRows(db: Database, name: string): Row[] | undefined {
  const source = db.lookups.get(name)?.source;
  return source instanceof MemoryLookupSource ? source.all() : undefined;
}

/** The SHOW LOOKUP TABLES row of a lookup table: its definition, cache size and counters. */
export function lookupListing(db: Database, o: DbObject): Row {
  const entry = db.lookups.get(o.name);
  const columns = o.columns.map((c) => `${c.name} ${sqlTypeName(c.type)}${c.nullable ? '' : ' NOT NULL'}`).join(', ');
  const stats = entry?.stats ?? new LookupStats();
  const cached = stats.cached();
  return {
    name: o.name, connector: o.connector ?? null, primary_key: (o.primaryKey ?? []).join(', '), columns,
    cached_rows: cached.entries, cached_bytes: cached.bytes, hits: stats.hits, misses: stats.misses, evictions: stats.evictions, source_calls: stats.sourceCalls,
  };
}

/** SHOW LOOKUP TABLES columns, in order; the numeric ones are BIGINT. */
export const LOOKUP_LISTING_COLUMNS = ['name', 'connector', 'primary_key', 'columns', 'cached_rows', 'cached_bytes', 'hits', 'misses', 'evictions', 'source_calls'];
