/**
 * UPDATE and DELETE on tables. The rows to change are found by a snapshot query the planner
 * builds from the statement (`SELECT t.*, <new values> FROM t WHERE <condition>`), so WHERE and
 * SET take every expression a SELECT takes and are evaluated by the same compiled programs. The
 * changes are then applied to the table's store in one step (its version moves once, so a lookup
 * join rebuilds its index once), all or nothing.
 *
 * A SET of primary key columns moves the row: the old key is removed and the new one stored. Keys
 * are checked for the whole statement, as the SQL standard says: `SET id = id + 1` over ids 1 and
 * 2 works, but a new key that a row left alone still has, or that two changed rows share, fails
 * the statement with nothing changed.
 */
import { PlanError, rowsToBatch, SchemaError, type Row } from '../runtime/index.js';
import {
  containsAggregate,
  didYouMean,
  lower,
  nameOf,
  planError,
  PlanErrorCode,
  planSelect,
  sqlTypeName,
  walk,
  type Assignment,
  type Column,
  type Delete,
  type Expr,
  type Ident,
  type Logical,
  type Query,
  type Span,
  type Update,
} from '../sql/index.js';
import { prepareRows, type DbObject } from './catalog.js';
import type { Database } from './database.js';
import { castConstants } from './read.js';
import type { ExecuteResult } from './results.js';
import { RowStore, TableStore, rowsOf } from './stores.js';
import { castTo, runStrict } from './write.js';

/** How many times a statement is re-run when the table changed while its rows were being read. */
const ATTEMPTS = 5;

/** What to do instead of changing rows of each kind of object that is not a table. */
const INSTEAD: Readonly<Record<string, string>> = {
  source: 'a source passes its rows on and keeps none; keep rows to change in a table (CREATE TABLE ... PRIMARY KEY, then INSERT)',
  stream: 'a stream computes its rows from what it reads and keeps none; change the rows of its inputs',
  'materialized view': 'a materialized view computes its rows from what it reads; change the rows of its inputs and the view follows',
  sink: 'a sink writes its rows out; change what it reads',
  'lookup table': 'a lookup table reads its rows from an external source; change them there',
};

/** The table an UPDATE or DELETE changes, or an error naming what to do instead. */
function modifyTarget(db: Database, statement: string, table: Ident, text: string): DbObject {
  const name = nameOf(table);
  const object = db.catalog.get(name);
  const tables = db.catalog.all().filter((o) => o.kind === 'table').map((o) => o.name);
  if (object === undefined) {
    const known = tables.length > 0 ? `; tables are: ${tables.join(', ')}` : '; create one with CREATE TABLE';
    throw planError(PlanErrorCode.unknownRelation, `no table named '${name}'${didYouMean(name, tables)}${known}`, text, table.span);
  }
  if (object.kind !== 'table' || object.store === undefined) {
    let instead = INSTEAD[object.kind] ?? 'only tables keep rows that can be changed';
    if (object.kind === 'lookup table' && object.connector === 'memory') instead = `its rows live in its 'memory' source, where INSERT replaces the row with the same key`;
    throw planError(PlanErrorCode.wrongObject, `${statement} changes rows of tables, and '${name}' is a ${object.kind}: ${instead}`, text, table.span);
  }
  if (object.failure !== undefined) throw planError(PlanErrorCode.unsupported, `table '${name}' failed (${object.failure}); DROP it and create it again`, text, table.span);
  return object;
}

/** A name no column of the table has, for the new value of column `k`. */
function hiddenName(columns: readonly Column[], k: number): string {
  let name = `__new_${k}`;
  while (columns.some((c) => c.name === name)) name = `_${name}`;
  return name;
}

/** `SELECT t.*, value AS hidden, ... FROM t [AS alias] [WHERE condition]`. */
function matchQuery(s: Update | Delete, values: readonly { expr: Expr; name: string }[]): Query {
  const span = s.span;
  const ident = (value: string): Ident => ({ kind: 'ident', value, quoted: false, span });
  const qualifier = [s.alias ?? s.table];
  return {
    kind: 'query', span, with: [], orderBy: [],
    body: {
      kind: 'select', span, distinct: false, groupBy: [],
      items: [{ span, expr: { kind: 'wildcard', qualifier, span } }, ...values.map((v) => ({ span: v.expr.span, expr: v.expr, alias: ident(v.name) }))],
      from: [{ kind: 'table', span: s.table.span, name: s.table, ...(s.alias ? { alias: { name: s.alias, columns: [], span: s.alias.span } } : {}) }],
      ...(s.where ? { where: s.where } : {}),
    },
  } as Query;
}

/** Rejects expressions a row-by-row change cannot evaluate: aggregates and OVER (...). */
function assertRowwise(e: Expr, where: string, db: Database, text: string): void {
  if (containsAggregate(e, db.catalog)) throw planError(PlanErrorCode.unsupported, `${where} cannot use an aggregate: it is evaluated for each row on its own`, text, e.span);
  walk(e, (x) => {
    if (x.kind === 'call' && x.over !== undefined) throw planError(PlanErrorCode.unsupported, `${where} cannot use a window function (OVER): it is evaluated for each row on its own`, text, x.span);
  });
}

/** Whether an expression reads no column (its value is the same for every row). */
function isConstant(e: Expr): boolean {
  let constant = true;
  walk(e, (x) => {
    if (x.kind === 'column' || x.kind === 'in-subquery' || x.kind === 'exists' || x.kind === 'subquery') constant = false;
  });
  return constant;
}

/** Checks SET targets (each a column, once) and constant values (they fit their column now). */
function checkAssignments(db: Database, s: Update, target: DbObject, text: string): Column[] {
  const name = target.name;
  return s.assignments.map((a: Assignment, k) => {
    const columnName = nameOf(a.column);
    const column = target.columns.find((c) => c.name === columnName);
    if (column === undefined) throw planError(PlanErrorCode.unknownColumn, `table '${name}' has no column '${columnName}'${didYouMean(columnName, target.columns.map((c) => c.name))}`, text, a.column.span);
    if (s.assignments.findIndex((b) => nameOf(b.column) === columnName) !== k) throw planError(PlanErrorCode.conflict, `column '${columnName}' is set twice`, text, a.column.span);
    assertRowwise(a.value, `SET ${columnName} = ...`, db, text);
    if (isConstant(a.value)) {
      const { values, failed } = castConstants(db, [lower(a.value, { text, catalog: db.catalog, scope: [] })], column.type);
      const shown = text.slice(a.value.span.offset, a.value.span.offset + a.value.span.length);
      if (failed !== undefined) throw planError(PlanErrorCode.type, `UPDATE ${name}: ${shown} does not fit column '${columnName}' of type ${sqlTypeName(column.type)}`, text, a.value.span);
      if (values[0] === null && !column.nullable) throw planError(PlanErrorCode.type, `UPDATE ${name}: column '${columnName}' is NOT NULL${target.primaryKey?.includes(columnName) ? ' (a primary key column)' : ''} and cannot be set to NULL`, text, a.value.span);
    }
    return column;
  });
}

/**
 * Reads the rows a statement changes (the old rows and, for UPDATE, the new ones) and applies the
 * change. Reading is asynchronous: when the table changed meanwhile it is read again, and the
 * change is applied in the same turn as the check, so nothing falls in between and concurrent
 * statements never lose each other's changes. Returns the number of rows changed.
 */
async function change(db: Database, target: DbObject, logical: Logical, statement: string, text: string, span: Span, setSpan: Span, newRow: (row: Row) => Row | undefined): Promise<number> {
  const store = target.store!;
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const version = store.version;
    const rows = await runStrict(db, logical, `${statement} ${target.name}`, text, span);
    if (store.version !== version) continue;
    const removed: Row[] = [];
    const added: Row[] = [];
    for (const row of rows) {
      const old: Row = {};
      for (const c of target.columns) old[c.name] = row[c.name];
      removed.push(old);
      const changed = newRow(row);
      if (changed !== undefined) added.push(changed);
    }
    const checked = apply(target, removed, added, statement, text, setSpan);
    await db.durable?.logTable(target.name, 'replace', removed, checked);
    return removed.length;
  }
  throw planError(PlanErrorCode.conflict, `${statement} ${target.name}: the table changed while its rows were read, ${ATTEMPTS} times in a row; run the statement again`, text, span);
}

/** Applies the changes to the table's store, with the new rows checked against its schema first. */
function apply(target: DbObject, removed: readonly Row[], added: readonly Row[], statement: string, text: string, span: Span): Row[] {
  const store = target.store!;
  try {
    const checked = added.length === 0 ? [] : rowsOf([rowsToBatch(store.schema, prepareRows(target, added))]);
    if (store instanceof TableStore) store.replace(removed, checked);
    else (store as RowStore).replace(removed, checked);
    return checked;
  } catch (err) {
    // Which of the changed rows is at fault (`row 3: ...`) says nothing to the user here.
    if (err instanceof SchemaError || err instanceof PlanError) throw planError(PlanErrorCode.type, `${statement} ${target.name}: ${err.message.replace(/^row \d+: /, '')}`, text, span);
    throw err;
  }
}

/**
 * UPDATE t SET column = value, ... [WHERE condition]: sets the columns of every row the condition
 * holds for (all rows without WHERE); `rowCount` is the number of rows changed.
 */
export async function updateStatement(db: Database, s: Update, text: string): Promise<ExecuteResult> {
  const target = modifyTarget(db, 'UPDATE', s.table, text);
  const setColumns = checkAssignments(db, s, target, text);
  if (s.where !== undefined) assertRowwise(s.where, 'the WHERE of UPDATE', db, text);
  const hidden = setColumns.map((_, k) => hiddenName(target.columns, k));
  const query = planSelect(matchQuery(s, s.assignments.map((a, k) => ({ expr: a.value, name: hidden[k]! }))), text, db.catalog);
  // The new values cast to their columns' types: a value that does not fit fails the statement.
  const exprs = [
    ...target.columns.map((c) => ({ name: c.name, expr: { column: { name: c.name } } })),
    ...setColumns.map((c, k) => ({ name: hidden[k]!, expr: castTo(hidden[k]!, c.type) })),
  ];
  const columns = [...target.columns, ...setColumns.map((c, k) => ({ name: hidden[k]!, type: c.type, nullable: true }))];
  const logical: Logical = { kind: 'project', input: query, exprs, columns };
  // Errors of the new rows (NOT NULL, a key taken twice, VARCHAR(n)) point at SET.
  const first = s.assignments[0]!.span;
  const last = s.assignments[s.assignments.length - 1]!.span;
  const setSpan = { ...first, length: last.offset + last.length - first.offset };
  const rowCount = await change(db, target, logical, 'UPDATE', text, s.span, setSpan, (row) => {
    const next: Row = {};
    for (const c of target.columns) next[c.name] = row[c.name];
    setColumns.forEach((c, k) => (next[c.name] = row[hidden[k]!]));
    return next;
  });
  return { statement: 'UPDATE', name: target.name, outcome: 'updated', rowCount };
}

/** DELETE FROM t [WHERE condition]: removes every row the condition holds for (all without WHERE). */
export async function deleteStatement(db: Database, s: Delete, text: string): Promise<ExecuteResult> {
  const target = modifyTarget(db, 'DELETE', s.table, text);
  if (s.where !== undefined) assertRowwise(s.where, 'the WHERE of DELETE', db, text);
  const logical = planSelect(matchQuery(s, []), text, db.catalog);
  const rowCount = await change(db, target, logical, 'DELETE', text, s.span, s.span, () => undefined);
  return { statement: 'DELETE', name: target.name, outcome: 'deleted', rowCount };
}
