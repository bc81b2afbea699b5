/**
 * Statement dispatch: parse the text (with `${VAR}` substitution), then run each statement in
 * order. The first failing statement stops the rest; the ones before it have taken effect.
 */
import { batchToRows, Subscription, type Row, type SubscribeOptions } from '../runtime/index.js';
import {
  didYouMean,
  isBounded,
  nameOf,
  parse,
  planError,
  PlanErrorCode,
  planSelect,
  type Column,
  type CreateSource,
  type DeclareCursor,
  type Fetch,
  type Query,
  type SetVariable,
  type Statement,
  type Subscribe,
} from '../sql/index.js';
import type { Database } from './database.js';
import { alterSource, createSink, createSource, createStream, createTable, drop } from './ddl.js';
import { assertStreamable, filtersOf, runSnapshot, snapshotOf, startContinuous, startingSources, withInitial } from './read.js';
import { streamColumns } from './catalog.js';
import type { ExecuteResult } from './results.js';
import { describe, explainStatement, show, showCreate } from './show.js';
import { deleteStatement, updateStatement } from './modify.js';
import { insertStatement } from './write.js';
import { createLookupTable } from './lookup-tables.js';
import { subscribeFromEpoch } from './history.js';

/** Runs every statement of `text`; returns one result per statement. */
export async function executeText(db: Database, text: string, onResult?: (result: ExecuteResult) => void): Promise<ExecuteResult[]> {
  db.assertOpen();
  const statements = parse(text, db.options.vars !== undefined ? { vars: db.options.vars } : {});
  const restore = statements.findIndex((s) => s.kind === 'restore');
  if (restore >= 0 && restore < statements.length - 1) {
    // The database is reopened by it: later statements of the script would run on the old one.
    throw planError(PlanErrorCode.unsupported, 'RESTORE FROM CHECKPOINT must be the last statement of a script (it reopens the database); run the statements after it in a separate execute()', text, statements[restore]!.span);
  }
  const results: ExecuteResult[] = [];
  for (const s of statements) {
    const result = await executeStatement(db, s, text);
    results.push(result);
    onResult?.(result);
  }
  return results;
}

const DDL = new Set<Statement['kind']>(['create-source', 'create-stream', 'create-materialized-view', 'create-sink', 'create-table', 'drop', 'alter-source']);

async function executeStatement(db: Database, s: Statement, text: string): Promise<ExecuteResult> {
  const durable = db.durable;
  if (durable === undefined || !DDL.has(s.kind) || durable.isReplaying) return runStatement(db, s, text);
  // DDL of a durable database: one at a time and never during a checkpoint, then logged, so a
  // replay runs the same statements in the same order (and builds the same actors).
  return durable.exclusive(async () => {
    const id = db.catalog.nodeIdCursor;
    const result = await runStatement(db, s, text);
    if (result.outcome !== 'skipped') await durable.logDdl(s.sql, id);
    return result;
  });
}

async function runStatement(db: Database, s: Statement, text: string): Promise<ExecuteResult> {
  switch (s.kind) {
    case 'create-source': return createSource(db, s, text);
    case 'create-stream':
    case 'create-materialized-view': return createStream(db, s, text);
    case 'create-sink': return createSink(db, s, text);
    case 'create-table': return s.lookup ? createLookupTable(db, s, text) : createTable(db, s, text);
    case 'drop': return drop(db, s, text);
    case 'alter-source':
      return alterSource(db, s, text, (c) => createSource(db, c, c.sql), (sql) => parse(sql)[0] as CreateSource);
    case 'insert': return insertStatement(db, s, text);
    case 'update': return updateStatement(db, s, text);
    case 'delete': return deleteStatement(db, s, text);
    case 'query-statement': return select(db, s.query, text);
    case 'show': return show(db, s);
    case 'show-create': return showCreate(db, s, text);
    case 'describe': return describe(db, s, text);
    case 'explain': return explainStatement(db, s, text);
    case 'checkpoint': {
      const checkpoint = await (db.durable !== undefined ? db.durable.checkpoint() : db.pipeline.checkpoint());
      db.lastCheckpoint = { id: checkpoint.id, completedAt: checkpoint.completedAt };
      return { statement: 'CHECKPOINT', outcome: 'checkpointed', checkpointId: checkpoint.id };
    }
    case 'restore':
      if (db.durable === undefined || db.rollBack === undefined) {
        throw planError(PlanErrorCode.unsupported, `RESTORE FROM CHECKPOINT needs checkpoints on disk, which a durable database (LaminarDB.open({ path })) keeps; in memory, CHECKPOINT only marks a consistent cut (SHOW CHECKPOINT STATUS)`, text, s.span);
      }
      await db.rollBack(s.checkpointId);
      return { statement: 'RESTORE', outcome: 'restored', checkpointId: s.checkpointId };
    case 'subscribe': return { statement: 'SUBSCRIBE', name: nameOf(s.name), ...subscribeStatement(db, s, text) };
    case 'declare-cursor': return declareCursor(db, s, text);
    case 'fetch': return fetch(db, s, text);
    case 'close': {
      const name = nameOf(s.cursor);
      const cursor = db.cursors.get(name);
      if (cursor === undefined) throw planError(PlanErrorCode.unknownRelation, `no cursor named '${name}'${didYouMean(name, [...db.cursors.keys()])}`, text, s.cursor.span);
      cursor.close();
      db.cursors.delete(name);
      return { statement: 'CLOSE', name, outcome: 'closed' };
    }
    case 'set': return setVariable(db, s, text);
  }
}

/** SELECT: a snapshot over tables, views and VALUES returns rows; over streams, a live subscription. */
async function select(db: Database, query: Query, text: string): Promise<ExecuteResult> {
  const logical = planSelect(query, text, db.catalog);
  if (isBounded(logical)) {
    const result = await runSnapshot(db, logical, undefined, { text, span: query.span });
    return { statement: 'SELECT', columns: result.columns, rows: result.rows, rowCount: result.rows.length };
  }
  assertStreamable(db, logical, text, query.span, 'a continuous query');
  return { statement: 'SELECT', columns: logical.columns, subscription: startContinuous(db, logical, text.slice(query.span.offset, query.span.offset + query.span.length), {}, { text, span: query.span }) };
}

/** Plans `SELECT * FROM name WHERE ...` for SUBSCRIBE name WHERE ... */
function filteredQuery(s: Subscribe): Query {
  const span = s.span;
  return {
    kind: 'query', span, with: [], orderBy: [],
    body: { kind: 'select', span, distinct: false, items: [{ span, expr: { kind: 'wildcard', span } }], from: [{ kind: 'table', span: s.name.span, name: s.name }], where: s.where!, groupBy: [] },
  } as Query;
}

const SUBSCRIBE_OPTIONS = ['buffer_rows', 'overflow', 'snapshot'];

function subscribeOptions(s: Subscribe, text: string): SubscribeOptions & { snapshot?: boolean } {
  const options: SubscribeOptions & { snapshot?: boolean } = {};
  for (const o of s.with) {
    const key = o.key.toLowerCase();
    if (key === 'snapshot') {
      const v = o.value.value.toLowerCase();
      if (v !== 'true' && v !== 'false') throw planError(PlanErrorCode.invalidOption, `'snapshot' is 'true' or 'false', got '${o.value.value}'`, text, o.value.span);
      options.snapshot = v === 'true';
    } else if (key === 'buffer_rows') {
      const n = Number(o.value.value);
      if (!Number.isInteger(n) || n <= 0) throw planError(PlanErrorCode.invalidOption, `'buffer_rows' must be a positive integer, got '${o.value.value}'`, text, o.value.span);
      options.bufferRows = n;
    } else if (key === 'overflow') {
      const v = o.value.value.toLowerCase();
      if (v !== 'suspend' && v !== 'dropping' && v !== 'sliding') throw planError(PlanErrorCode.invalidOption, `'overflow' is one of suspend, dropping, sliding; got '${o.value.value}'`, text, o.value.span);
      options.overflow = v;
    } else {
      throw planError(PlanErrorCode.invalidOption, `unknown SUBSCRIBE option '${o.key}'${didYouMean(key, SUBSCRIBE_OPTIONS)}; options are: ${SUBSCRIBE_OPTIONS.join(', ')}`, text, o.span);
    }
  }
  return options;
}

/**
 * SUBSCRIBE name [AS OF EPOCH n] [WHERE ...] [WITH (...)]: live changes of a source, stream, view
 * or sink; from an epoch, the retained changes after it first (history.ts).
 */
export function subscribeStatement(db: Database, s: Subscribe, text: string): { subscription: Subscription<Row[]>; columns: readonly Column[] } {
  const name = nameOf(s.name);
  const options = subscribeOptions(s, text);
  const object = db.catalog.get(name);
  if (object === undefined) throw planError(PlanErrorCode.unknownRelation, `no object named '${name}'${didYouMean(name, db.catalog.names())}`, text, s.name.span);
  if (object.failure !== undefined) throw planError(PlanErrorCode.unsupported, `${object.kind} '${name}' failed (${object.failure}); DROP it and create it again`, text, s.name.span);
  if (object.subscribeNode === undefined) {
    throw planError(PlanErrorCode.wrongObject, `'${name}' is a ${object.kind} and has no change stream yet; read it with SELECT * FROM ${name}`, text, s.name.span);
  }
  const { snapshot, ...live } = options;
  const sql = text.slice(s.span.offset, s.span.offset + s.span.length);
  if (s.asOfEpoch !== undefined) {
    const filtered = s.where === undefined ? undefined : planSelect(filteredQuery(s), text, db.catalog, { streaming: true });
    if (filtered !== undefined) assertStreamable(db, filtered, text, s.span, 'SUBSCRIBE');
    return subscribeFromEpoch(db, object, { epoch: s.asOfEpoch, live, snapshot, filtered, sql, text, span: s.span });
  }
  if (snapshot === true && object.store === undefined) {
    throw planError(PlanErrorCode.unsupported, `'snapshot' gives a materialized view's contents before its changes; ${object.kind} '${name}' keeps no contents (create a MATERIALIZED VIEW over it)`, text, s.span);
  }
  if (s.where === undefined) {
    const initial = snapshot === true ? snapshotOf(object, undefined) : undefined;
    const attach = startingSources(db, db.pipeline.attacher(object.subscribeNode), [object.name]);
    return { subscription: new Subscription(initial ? withInitial(attach, initial) : attach, (b) => batchToRows(b), live, name), columns: streamColumns(object) };
  }
  const logical = planSelect(filteredQuery(s), text, db.catalog, { streaming: true });
  assertStreamable(db, logical, text, s.span, 'SUBSCRIBE');
  const initial = snapshot === true ? snapshotOf(object, filtersOf(logical)) : undefined;
  return { subscription: startContinuous(db, logical, sql, live, { text, span: s.span }, initial), columns: logical.columns };
}

async function declareCursor(db: Database, s: DeclareCursor, text: string): Promise<ExecuteResult> {
  const name = nameOf(s.name);
  if (db.cursors.has(name)) throw planError(PlanErrorCode.conflict, `cursor '${name}' is open already; CLOSE ${name} first`, text, s.name.span);
  const { subscription, columns } = subscribeStatement(db, s.subscribe, text);
  const buffer: Row[] = [];
  let failure: unknown;
  const handle = subscription.subscribe({
    next: (rows) => {
      for (const r of rows) buffer.push(r);
    },
    error: (err) => void (failure = err),
  });
  db.cursors.set(name, {
    name,
    columns,
    buffer,
    close: () => handle.unsubscribe(),
    get failure() {
      return failure;
    },
  });
  return { statement: 'DECLARE CURSOR', name, outcome: 'declared' };
}

/** FETCH n FROM c: delivers what has arrived after everything accepted so far is processed. */
async function fetch(db: Database, s: Fetch, text: string): Promise<ExecuteResult> {
  const name = nameOf(s.cursor);
  const cursor = db.cursors.get(name);
  if (cursor === undefined) throw planError(PlanErrorCode.unknownRelation, `no cursor named '${name}'${didYouMean(name, [...db.cursors.keys()])}; DECLARE ${name} CURSOR FOR SUBSCRIBE ... first`, text, s.cursor.span);
  await db.pipeline.flush();
  if (cursor.failure !== undefined) throw cursor.failure;
  const rows = cursor.buffer.splice(0, s.count === 'ALL' ? cursor.buffer.length : s.count);
  return { statement: 'FETCH', name, columns: cursor.columns, rows, rowCount: rows.length };
}

const SETTINGS: Record<string, readonly string[]> = { on_error: ['null', 'fail'], timezone: ['UTC'] };

/** SET key = value for the session. */
function setVariable(db: Database, s: SetVariable, text: string): ExecuteResult {
  const key = s.key.toLowerCase();
  const allowed = SETTINGS[key];
  if (allowed === undefined) {
    throw planError(PlanErrorCode.invalidOption, `unknown setting '${s.key}'${didYouMean(key, Object.keys(SETTINGS))}; settings are: ${Object.keys(SETTINGS).join(', ')}`, text, s.span);
  }
  const value = allowed.find((a) => a.toLowerCase() === s.value.value.toLowerCase());
  if (value === undefined) {
    const extra = key === 'timezone' ? ' (timestamps are UTC instants; convert for display in your application)' : '';
    throw planError(PlanErrorCode.invalidOption, `'${s.key}' takes ${allowed.map((a) => `'${a}'`).join(' or ')}, not '${s.value.value}'${extra}`, text, s.value.span);
  }
  (db.settings as unknown as Record<string, string>)[key] = value;
  return { statement: 'SET', name: key, outcome: 'set' };
}
