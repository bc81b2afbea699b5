/**
 * Writing: the push API (`db.insert`) and SQL INSERT. Sources take rows into the running
 * pipeline; tables upsert by primary key. A row that does not fit the target fails the whole call
 * before anything is written, with the row and column at fault.
 */
import { PlanError, rowsToBatch, SchemaError, type RecordBatch, type Row } from '../runtime/index.js';
import { didYouMean, isBounded, lower, nameOf, planError, PlanErrorCode, planSelect, sqlTypeName, type Column, type Insert, type Logical, type Span } from '../sql/index.js';
import { prepareRows, type DbObject } from './catalog.js';
import type { Database } from './database.js';
import { castConstants, runSnapshot } from './read.js';
import { insertLookup } from './lookup-tables.js';
import type { ExecuteResult } from './results.js';
import { RowStore, TableStore, rowsOf } from './stores.js';
import { castTo } from './table-sink.js';

export { castTo };

/** The object an insert writes to, or a clear error naming the writable ones. */
export function insertTarget(db: Database, name: string): DbObject {
  const object = db.catalog.get(name);
  const writable = db.catalog.all().filter((o) => o.kind === 'source' || o.kind === 'table' || (o.kind === 'lookup table' && o.connector === 'memory')).map((o) => o.name);
  if (object === undefined) {
    throw new PlanError(`no source or table named '${name}'${didYouMean(name, writable)}${writable.length > 0 ? `; writable objects are: ${writable.join(', ')}` : '; create one with CREATE SOURCE or CREATE TABLE'}`);
  }
  if (object.kind !== 'source' && object.kind !== 'table' && object.kind !== 'lookup table') {
    throw new PlanError(`'${name}' is a ${object.kind}; rows are inserted into sources and tables, and a ${object.kind} computes its rows from what it reads`);
  }
  if (object.failure !== undefined) throw new PlanError(`${object.kind} '${name}' failed (${object.failure}); DROP it and create it again`);
  return object;
}

/**
 * Inserts rows or an Arrow batch into a source or table. Resolves once the source accepted them
 * (use `flush` to wait until they are processed).
 */
export async function insertInto(db: Database, name: string, data: readonly Row[] | RecordBatch): Promise<number> {
  db.assertOpen();
  const object = insertTarget(db, name);
  if (object.kind === 'source') {
    db.unflushedWrites = true;
    let given: readonly Row[] | RecordBatch;
    if (!Array.isArray(data)) {
      const batch = data as RecordBatch;
      // A batch with every column goes in as it is; one without some takes the row path (DEFAULTs).
      given = object.columns.every((c) => batch.schema.fields.some((f) => f.name === c.name)) ? batch : prepareRows(object, rowsOf([batch]));
    } else given = prepareRows(object, data as readonly Row[]);
    const durable = db.durable;
    if (durable === undefined) await db.pipeline.insert(name, given);
    else {
      // Checked first, logged (durable by the fsync policy) second, then into the pipeline: an
      // acknowledged insert is replayed after a crash unless a checkpoint already holds it.
      const batch = db.pipeline.toBatch(name, given);
      const tag = await durable.logInsert(name, batch);
      await db.pipeline.insert(name, batch, tag);
    }
    return Array.isArray(given) ? given.length : (given as RecordBatch).numRows;
  }
  if (object.kind === 'lookup table') {
    const stored = insertLookup(db, object, data);
    await db.durable?.logLookup(name, stored);
    return stored.length;
  }
  const rows = Array.isArray(data) ? prepareRows(object, data as readonly Row[]) : rowsOf([data as RecordBatch]);
  const stored = writeTable(object, rows);
  await db.durable?.logTable(name, 'insert', [], stored);
  return rows.length;
}

/**
 * Validates rows against the table schema (all or nothing), then stores them. A table keeps rows
 * as read back from the checked batch, so a BIGINT key given as 1 (db.insert) and as 1n (SQL)
 * is one key, and UPDATE / DELETE find rows by the values snapshot queries read.
 */
function writeTable(object: DbObject, rows: readonly Row[]): Row[] {
  const store = object.store!;
  const batch = rowsToBatch(store.schema, rows as Row[]);
  const stored = rowsOf([batch]);
  if (store instanceof TableStore) store.upsert(stored);
  else (store as RowStore).append(batch);
  return stored;
}

/**
 * Runs a bounded plan whose casts must not turn a bad value into NULL (INSERT ... SELECT, UPDATE):
 * a row error fails the statement at `span`, whatever `on_error` says.
 */
export async function runStrict(db: Database, logical: Logical, what: string, text: string, span: Span): Promise<Row[]> {
  const previous = db.settings.on_error;
  try {
    db.settings.on_error = 'fail';
    return (await runSnapshot(db, logical)).rows;
  } catch (err) {
    // The on_error hint of a row error does not apply here.
    throw planError(PlanErrorCode.type, `${what}: ${(err as Error).message.replace(/ \(set on_error to 'null'[^)]*\)$/, '')}`, text, span);
  } finally {
    db.settings.on_error = previous;
  }
}


/** INSERT ... VALUES: each value is cast straight to its column's type, errors at the value. */
function valuesRows(db: Database, s: Insert, text: string, name: string, targets: readonly Column[]): Row[] {
  const values = s.query.body as Extract<Insert['query']['body'], { kind: 'values' }>;
  values.rows.forEach((row, r) => {
    if (row.length !== targets.length) {
      throw planError(PlanErrorCode.type, `INSERT INTO ${name} names ${targets.length} column${targets.length === 1 ? '' : 's'} (${targets.map((c) => c.name).join(', ')}) but row ${r + 1} of VALUES has ${row.length}`, text, row[0]?.span ?? values.span);
    }
  });
  const rows: Row[] = values.rows.map(() => ({}));
  targets.forEach((c, k) => {
    const asts = values.rows.map((row) => row[k]!);
    const exprs = asts.map((e) => lower(e, { text, catalog: db.catalog, scope: [] }));
    const { values: cast, failed } = castConstants(db, exprs, c.type);
    if (failed !== undefined) {
      const e = asts[failed]!;
      const shown = text.slice(e.span.offset, e.span.offset + e.span.length);
      throw planError(PlanErrorCode.type, `INSERT INTO ${name}: ${shown} does not fit column '${c.name}' of type ${sqlTypeName(c.type)}`, text, e.span);
    }
    cast.forEach((v, r) => (rows[r]![c.name] = v));
  });
  return rows;
}

/** INSERT ... SELECT: runs the query as a snapshot, casting by position to the column types. */
async function selectRows(db: Database, s: Insert, text: string, name: string, targets: readonly Column[]): Promise<Row[]> {
  const query = planSelect(s.query, text, db.catalog);
  if (!isBounded(query)) {
    throw planError(PlanErrorCode.unsupported, `INSERT ... SELECT reads a snapshot, and this query reads a stream that never ends; to feed '${name}' continuously, ${db.catalog.get(name)?.kind === 'table' ? `CREATE SINK ... FROM (query) INTO TABLE ${name}` : 'CREATE STREAM or a SINK over the query'}`, text, s.query.span);
  }
  if (query.columns.length !== targets.length) {
    throw planError(PlanErrorCode.type, `INSERT INTO ${name} names ${targets.length} column${targets.length === 1 ? '' : 's'} (${targets.map((c) => c.name).join(', ')}) but the query returns ${query.columns.length}`, text, s.query.span);
  }
  const exprs = targets.map((c, k) => ({ name: c.name, expr: castTo(query.columns[k]!.name, c.type) }));
  const typed: Logical = { kind: 'project', input: query, exprs, columns: targets };
  return runStrict(db, typed, `INSERT INTO ${name}`, text, s.query.span);
}

/** INSERT INTO target [(columns)] VALUES ... | SELECT ... */
export async function insertStatement(db: Database, s: Insert, text: string): Promise<ExecuteResult> {
  const name = nameOf(s.table);
  let target: DbObject;
  try {
    target = insertTarget(db, name);
  } catch (err) {
    throw planError(db.catalog.get(name) === undefined ? PlanErrorCode.unknownRelation : PlanErrorCode.wrongObject, (err as Error).message, text, s.table.span);
  }
  const names = s.columns.length > 0 ? s.columns.map(nameOf) : target.columns.map((c) => c.name);
  const targets: Column[] = names.map((n, k) => {
    const c = target.columns.find((x) => x.name === n);
    if (c === undefined) throw planError(PlanErrorCode.unknownColumn, `${target.kind} '${name}' has no column '${n}'${didYouMean(n, target.columns.map((x) => x.name))}`, text, s.columns[k]!.span);
    if (names.indexOf(n) !== k) throw planError(PlanErrorCode.conflict, `column '${n}' is listed twice`, text, s.columns[k]!.span);
    return c;
  });
  const rows = s.query.body.kind === 'values' && s.query.with.length === 0 && s.query.orderBy.length === 0 && s.query.limit === undefined
    ? valuesRows(db, s, text, name, targets)
    : await selectRows(db, s, text, name, targets);
  try {
    await insertInto(db, name, rows);
  } catch (err) {
    if (err instanceof SchemaError || err instanceof PlanError) throw planError(PlanErrorCode.type, `INSERT INTO ${name}: ${err.message}`, text, s.query.span);
    throw err;
  }
  return { statement: 'INSERT', name, outcome: 'inserted', rowCount: rows.length };
}
