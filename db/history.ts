/**
 * Resumable subscriptions (scenario S22): a stream or materialized view created
 * `WITH ('retain_history' = '64mb')` keeps its recent changes by epoch (history-ring.ts), and
 * `SUBSCRIBE name AS OF EPOCH n [WHERE ...]` replays every change after checkpoint barrier `n`,
 * then continues live, read in one turn so nothing falls between the two and nothing comes twice.
 * `SHOW HISTORY` lists what each history holds.
 */
import { compileCalc } from '../operators/index.js';
import { batchToRows, data, Subscription, type Attach, type RecordBatch, type Row, type SubscribeOptions } from '../runtime/index.js';
import type { plan } from '../specs/index.js';
import { planError, PlanErrorCode, type Column, type Logical, type ObjectKind, type Span, type SqlOption } from '../sql/index.js';
import { streamColumns, type DbObject } from './catalog.js';
import type { Database } from './database.js';
import { RetainedHistory } from './history-ring.js';
import { continuousAttach, filtersOf, startingSources } from './read.js';
import type { ExecuteResult } from './results.js';

const UNITS: Record<string, number> = { kb: 1024, mb: 1024 ** 2, gb: 1024 ** 3 };

/**
 * The bytes of a `'retain_history'` value: a positive size in kb, mb or gb (binary units).
 *
 * @example
 * ```ts
 * retainHistoryBytes(option, text); // '64mb' -> 67108864; '1.5 gb' -> 1610612736
 * ```
 */
export function retainHistoryBytes(o: SqlOption, text: string): number {
  const m = /^\s*(\d+(?:\.\d+)?)\s*(kb|mb|gb)\s*$/i.exec(o.value.value);
  const bytes = m === null ? NaN : Math.floor(Number(m[1]) * UNITS[m[2]!.toLowerCase()]!);
  if (!(bytes >= 1)) {
    throw planError(PlanErrorCode.invalidOption, `'retain_history' is a size like '64mb', '512kb' or '1gb' (the bytes of changes kept for SUBSCRIBE ... AS OF EPOCH), got '${o.value.value}'`, text, o.value.span);
  }
  return bytes;
}

/**
 * Starts the history of a stream or view whose output node `node` was just created: a tap sees
 * its batches and barriers in the order it emits them. Changes from before a restart of a
 * durable database are not retained (the history lives in memory).
 *
 * @example
 * ```ts
 * const history = retainHistory(db, 'materialized view', 'mv', 'mv', 64 * 1024 ** 2, '64mb');
 * db.catalog.add({ ...entry, history });
 * ```
 */
export function retainHistory(db: Database, kind: ObjectKind, name: string, node: string, limitBytes: number, limitText: string): RetainedHistory {
  const progress = db.pipeline.checkpointProgress;
  // A durable database re-creating its objects on open: what they emitted before is gone. An
  // output that ran before its tap was attached (rows in flight when it was created) lost those.
  const restarted = db.options.path !== undefined && (db.durable === undefined || db.durable.isReplaying);
  const emitted = db.pipeline.metrics().actors.find((a) => a.name === node)?.rowsOut ?? 0;
  const missing = restarted ? 'restart' as const : emitted > 0 ? 'unrecorded' as const : undefined;
  const history = new RetainedHistory({
    label: `${kind} '${name}'`,
    limitBytes,
    limitText,
    // A checkpoint in flight may not have passed every actor yet; the ones before it have.
    after: progress.started - progress.inFlight,
    ...(missing !== undefined ? { missing } : {}),
    started: () => db.pipeline.checkpointProgress.started,
  });
  db.pipeline.tap(node, (batch) => history.append(batch), { barrier: (id) => history.barrier(id), end: () => history.end() });
  return history;
}

/**
 * What a SUBSCRIBE ... AS OF EPOCH asks for (execute.ts has parsed and planned it).
 *
 * @example
 * ```ts
 * const request: EpochRequest = { epoch: 42, live: {}, snapshot: undefined, filtered: undefined, sql, text, span: s.span };
 * ```
 */
export interface EpochRequest {
  readonly epoch: number;
  readonly live: SubscribeOptions;
  readonly snapshot: boolean | undefined;
  /** `SELECT * FROM name WHERE ...`, planned as a stream, when there is a WHERE. */
  readonly filtered: Logical | undefined;
  readonly sql: string;
  readonly text: string;
  readonly span: Span;
}

/**
 * `SUBSCRIBE name AS OF EPOCH n [WHERE ...]`: the retained changes after barrier `n`, then the
 * live ones. Fails now, and again on any later attach, when the history cannot answer exactly.
 *
 * @example
 * ```ts
 * const { subscription } = subscribeFromEpoch(db, db.catalog.get('mv')!, request);
 * subscription.subscribe((rows) => console.log(rows)); // epochs after 42, then live
 * ```
 */
export function subscribeFromEpoch(db: Database, object: DbObject, request: EpochRequest): { subscription: Subscription<Row[]>; columns: readonly Column[] } {
  const { epoch, text, span } = request;
  const history = object.history;
  if (history === undefined) {
    const fix = object.kind === 'stream' || object.kind === 'materialized view'
      ? `create it WITH ('retain_history' = '64mb') (any size in kb, mb or gb) to resume subscriptions from an epoch`
      : `only streams and materialized views keep history; create one over it WITH ('retain_history' = '64mb')`;
    throw planError(PlanErrorCode.unsupported, `${object.kind} '${object.name}' keeps no history to replay AS OF EPOCH ${epoch}; ${fix}`, text, span);
  }
  if (request.snapshot === true) {
    throw planError(PlanErrorCode.unsupported, `'snapshot' starts from the current contents and AS OF EPOCH from the changes after an epoch; use one of them`, text, span);
  }
  const check = (): Error | undefined => {
    const problem = history.problem(epoch);
    return problem === undefined ? undefined : planError(PlanErrorCode.epochNotRetained, problem, text, span);
  };
  const now = check();
  if (now !== undefined) throw now;
  // Each attach checks again: the epoch may have been evicted since the statement.
  const checked = (attach: Attach): Attach => (options, listener) => {
    const failure = check();
    if (failure !== undefined) {
      listener.error(failure);
      return undefined;
    }
    return attach(options, listener);
  };
  const label = `${object.name}@${epoch}`;
  if (request.filtered === undefined) {
    const live = db.pipeline.attacher(object.subscribeNode!);
    const replaying = checked((options, listener) => {
      // Read and attached in one turn: the output emits nothing in between.
      const replay = history.after(epoch);
      const attachment = live(options, listener);
      if (attachment !== undefined) for (const b of replay) attachment.mailbox.offer(data(b));
      return attachment;
    });
    const attach = startingSources(db, replaying, [object.name]);
    return { subscription: new Subscription(attach, (b) => batchToRows(b), request.live, label), columns: streamColumns(object) };
  }
  const logical = request.filtered;
  const replay = replayFilter(db, object, logical);
  const at = { text, span };
  const initial = () => replay(history.after(epoch));
  // Validated now. Each attach starts a query of its own (the first one this one), so none of
  // the output's rows is in flight inside it when the history is read.
  let fresh: Attach | undefined = continuousAttach(db, logical, request.sql, at, initial).attach;
  const attach = checked((options, listener) => {
    const once = fresh ?? continuousAttach(db, logical, request.sql, at, initial).attach;
    fresh = undefined;
    return once(options, listener);
  });
  return { subscription: new Subscription(attach, (b) => batchToRows(b), request.live, label), columns: logical.columns };
}

/** The WHERE of `SELECT * FROM name WHERE ...` over retained batches, as the live query gives them. */
function replayFilter(db: Database, object: DbObject, logical: Logical): (batches: RecordBatch[]) => RecordBatch[] {
  const steps: plan.CalcStep[] = filtersOf(logical).map((expr) => ({ filter: { expr } }));
  steps.push({ project: { exprs: logical.columns.map((c) => ({ name: c.name, expr: { column: { name: c.name } } })) } });
  const program = compileCalc(steps, db.pipeline.schemaOf(object.subscribeNode!), { functions: db.pipeline.functionTable(), failOnError: db.settings.on_error === 'fail' });
  const ctx = { count: () => {}, clock: db.clock };
  return (batches) => {
    const out: RecordBatch[] = [];
    for (const b of batches) {
      const kept = program.run(b, ctx);
      if (kept !== undefined && kept.numRows > 0) out.push(kept);
    }
    return out;
  };
}

/**
 * SHOW HISTORY: each stream and view with 'retain_history', and the epochs it can resume from.
 *
 * @example
 * ```ts
 * showHistory(db).rows; // [{ name: 'mv', oldest_epoch: 0, newest_epoch: 42, ... }]
 * ```
 */
export function showHistory(db: Database): ExecuteResult {
  const rows: Row[] = db.catalog.all().filter((o) => o.history !== undefined).sort((a, b) => (a.name < b.name ? -1 : 1)).map((o) => {
    const r = o.history!.range();
    return { name: o.name, kind: o.kind, retain_history: o.history!.limitText, oldest_epoch: r.oldest, newest_epoch: r.newest, epochs: r.epochs, rows: r.rows, bytes: r.bytes };
  });
  const int = (name: string, nullable = false) => ({ name, type: 'int64', nullable });
  const columns = [{ name: 'name', type: 'utf8', nullable: false }, { name: 'kind', type: 'utf8', nullable: false }, { name: 'retain_history', type: 'utf8', nullable: false }, int('oldest_epoch', true), int('newest_epoch'), int('epochs'), int('rows'), int('bytes')];
  return { statement: 'SHOW HISTORY', columns, rows, rowCount: rows.length };
}
