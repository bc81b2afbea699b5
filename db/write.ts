/**
 * Writing: the push API (`db.insert`) and SQL INSERT. Sources take rows into the running
 * pipeline; tables upsert by primary key. A row that does not fit the target fails the whole call
 * before anything is written, with the row and column at fault.
 */
import { PlanError, rowsToBatch, SchemaError, type RecordBatch, type Row } from '../runtime/index.js';
import type { plan } from '../specs/index.js';
import { didYouMean, isBounded, nameOf, planError, PlanErrorCode, planSelect, type Column, type Insert, type Logical } from '../sql/index.js';
import { prepareRows, type DbObject } from './catalog.js';
import type { Database } from './database.js';
import { runSnapshot } from './read.js';
import type { ExecuteResult } from './results.js';
import { RowStore, TableStore, rowsOf } from './stores.js';

/** The object an insert writes to, or a clear error naming the writable ones. */
export function insertTarget(db: Database, name: string): DbObject {
  const object = db.catalog.get(name);
  const writable = db.catalog.all().filter((o) => o.kind === 'source' || o.kind === 'table').map((o) => o.name);
  if (object === undefined) {
    throw new PlanError(`no source or table named '${name}'${didYouMean(name, writable)}${writable.length > 0 ? `; writable objects are: ${writable.join(', ')}` : '; create one with CREATE SOURCE or CREATE TABLE'}`);
  }
  if (object.kind !== 'source' && object.kind !== 'table') {
    throw new PlanError(`'${name}' is a ${object.kind}; rows are inserted into sources and tables, and a ${object.kind} computes its rows from what it reads`);
  }
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
    if (!Array.isArray(data)) {
      const batch = data as RecordBatch;
      await db.pipeline.insert(name, batch);
      return batch.numRows;
    }
    const rows = prepareRows(object, data as readonly Row[]);
    await db.pipeline.insert(name, rows);
    return rows.length;
  }
  const rows = Array.isArray(data) ? prepareRows(object, data as readonly Row[]) : rowsOf([data as RecordBatch]);
  writeTable(object, rows);
  return rows.length;
}

/** Validates rows against the table schema (all or nothing), then stores them. */
function writeTable(object: DbObject, rows: readonly Row[]): void {
  const store = object.store!;
  const batch = rowsToBatch(store.schema, rows as Row[]);
  if (store instanceof TableStore) store.upsert(rows);
  else (store as RowStore).append(batch);
}

const castTo = (column: string, type: string): plan.Expr => ({ call: { function: 'cast', args: [{ column: { name: column } }, { literal: { stringValue: type } }] } });

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
  const query = planSelect(s.query, text, db.catalog);
  if (!isBounded(query)) {
    throw planError(PlanErrorCode.unsupported, `INSERT ... SELECT reads a snapshot, and this query reads a stream that never ends; to feed '${name}' continuously, CREATE STREAM or a SINK over the query`, text, s.query.span);
  }
  if (query.columns.length !== targets.length) {
    throw planError(PlanErrorCode.type, `INSERT INTO ${name} names ${targets.length} column${targets.length === 1 ? '' : 's'} (${names.join(', ')}) but the ${s.query.body.kind === 'values' ? 'VALUES rows have' : 'query returns'} ${query.columns.length}`, text, s.query.span);
  }
  // Cast each value to its column's type, by position; the cast reports values that do not fit.
  const exprs = targets.map((c, k) => ({ name: c.name, expr: castTo(query.columns[k]!.name, c.type) }));
  const typed: Logical = { kind: 'project', input: query, exprs, columns: targets };
  const previous = db.settings.on_error;
  let rows: Row[];
  try {
    db.settings.on_error = 'fail';
    rows = (await runSnapshot(db, typed)).rows;
  } catch (err) {
    throw planError(PlanErrorCode.type, `INSERT INTO ${name}: ${(err as Error).message.replace(/^node '[^']*': /, '')}`, text, s.query.span);
  } finally {
    db.settings.on_error = previous;
  }
  try {
    await insertInto(db, name, rows);
  } catch (err) {
    if (err instanceof SchemaError || err instanceof PlanError) throw planError(PlanErrorCode.type, `INSERT INTO ${name}: ${err.message}`, text, s.query.span);
    throw err;
  }
  return { statement: 'INSERT', name, outcome: 'inserted', rowCount: rows.length };
}
