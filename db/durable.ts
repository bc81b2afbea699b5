/**
 * Durable mode (`LaminarDB.open({ path })`): what the database did is kept in a write-ahead log
 * (every DDL statement, every acknowledged insert into a source, every change to a table) and in
 * checkpoints (every actor's state at one barrier-aligned cut, the tables, the catalog). Opening
 * the path again restores the newest committed checkpoint and replays the log after it, so a
 * restart loses nothing that was acknowledged.
 *
 * Layout: `<path>/wal/` (runtime/wal segments) and `<path>/checkpoints/` (runtime/checkpoint
 * store). A checkpoint is written, then marked committed (the decision), then sinks commit; a
 * checkpoint that was written but not marked is never restored (its sinks may not have its data).
 */
import { serialize } from 'node:v8';
import { batchToRows, coerceBatch, columnsOf, killPoint, makeBatch, CheckpointStore, CommitUnknownError, CorruptionError, NotFoundError, PipelineStateError, Wal, type Checkpoint, type FileSystem, type LoadedCheckpoint, type RecordBatch, type Row } from '../runtime/index.js';
import { LOOKUP_STATE, memoryLookup, TABLE_STATE, toIpc, VIEW_STATE, type DdlEntry, type DurableHost, type DurableOptions, type LogRecord, type Replay, type TableOp, type TableState, type ViewBase, type ViewState } from './durable-records.js';
import { readRestores, writeRestores, type Restores } from './durable-restore.js';
import { replayLog } from './durable-replay.js';
import type { Snapshotable } from './stores.js';

export { viewBaseRows, VIEW_STATE, type DurableHost, type DurableOptions, type Replay, type TableOp } from './durable-records.js';

export class Durability {
  /** DDL statements in effect, in the order they ran (the catalog a checkpoint stores). */
  private readonly ddl: DdlEntry[] = [];
  private replaying = false;
  private busy: Promise<unknown> = Promise.resolve();
  private pending: { readonly tables: Record<string, TableState>; readonly catalog: string; readonly seq: bigint } | undefined;
  private timer: ReturnType<typeof setInterval> | undefined;
  /** Bases of views' checkpointed rows (none after a restart: the first checkpoint rebuilds them). */
  private readonly bases = new Map<string, ViewBase>();
  /** What recovery did (the kill harness's worker prints it when debugging). */
  recovered: { readonly checkpoint: number | null; readonly replayed: number; readonly skipped: readonly { id: number; reason: string }[] } | undefined;

  private constructor(private readonly db: DurableHost, private readonly path: string, readonly wal: Wal, readonly store: CheckpointStore, private readonly fs: FileSystem | undefined) {}

  /**
   * The checkpoint to restore from: the newest one marked committed (and not abandoned by a
   * RESTORE FROM CHECKPOINT whose deletion of it a crash interrupted).
   */
  static restorePoint(path: string, options: DurableOptions): { store: CheckpointStore; checkpoint: LoadedCheckpoint | undefined; lastId: number; restores: Restores } {
    const store = new CheckpointStore(`${path}/checkpoints`, { retain: options.retainCheckpoints ?? 3, ...(options.fs !== undefined ? { fs: options.fs } : {}) });
    const restores = readRestores(path, options.fs);
    const { abandoned } = restores;
    // A crash after a rollback was recorded may have left checkpoints it abandoned.
    if (abandoned.length > 0) store.discard(abandoned);
    // New checkpoints get ids past every one on disk (also one written but never committed) and
    // past those a rollback abandoned.
    const lastId = Math.max(0, ...store.list().map((c) => c.id), ...abandoned);
    const committed = store.list().filter((c) => c.committed && !abandoned.includes(c.id)).sort((a, b) => b.id - a.id);
    for (const c of committed) {
      try {
        return { store, checkpoint: store.load(c.id), lastId, restores };
      } catch (err) {
        store.skipped.push({ id: c.id, reason: (err as Error).message });
      }
    }
    return { store, checkpoint: undefined, lastId, restores };
  }

  /**
   * Opens the log and replays: the catalog of `checkpoint` (its actors take their states from
   * the pipeline's restore), its tables, then every log record after it.
   */
  static async recover(db: DurableHost, path: string, options: DurableOptions, point: { store: CheckpointStore; checkpoint: LoadedCheckpoint | undefined; restores: Restores }, run: Replay): Promise<Durability> {
    const { store, checkpoint, restores } = point;
    const wal = Wal.open(`${path}/wal`, { fsync: options.fsync ?? 'always', recovery: options.recovery ?? 'strict', ...(options.fs !== undefined ? { fs: options.fs } : {}) });
    const d = new Durability(db, path, wal, store, options.fs);
    if (checkpoint !== undefined && checkpoint.walSeq > wal.lastSeq) {
      await wal.close();
      throw new CorruptionError(`checkpoint ${checkpoint.id} was taken at log position ${checkpoint.walSeq}, but the log ends at ${wal.lastSeq}: records it depends on are gone; restore the directory from a backup`, `${path}/wal`, 0);
    }
    d.replaying = true;
    let replayed = 0;
    try {
      replayed = await replayLog(db, wal, checkpoint, restores, { ddl: (entry) => d.ddlRun(entry, run), lookupLogged: (table, seq) => d.lookupLogged.set(table, seq) });
    } finally {
      d.replaying = false;
      db.pipeline.endRestore();
    }
    d.recovered = { checkpoint: checkpoint?.id ?? null, replayed, skipped: [...store.skipped] };
    const every = options.checkpointIntervalMs ?? 0;
    if (every > 0) {
      d.timer = setInterval(() => void d.checkpoint().catch(() => {}), every);
      d.timer.unref();
    }
    return d;
  }

  /** Runs a replayed DDL statement from its own node id; it joins the catalog later checkpoints store. */
  private async ddlRun(entry: DdlEntry, run: Replay): Promise<void> {
    this.db.catalog.nodeIdCursor = entry.id;
    await (entry.dataflow !== undefined ? run.dataflow(entry.dataflow) : run.sql(entry.sql));
    this.ddl.push(entry.dataflow !== undefined ? { sql: '', id: entry.id, dataflow: entry.dataflow } : { sql: entry.sql, id: entry.id });
  }

  /** The dataflows registered in this database's life (replayed or new), by name. */
  dataflows(): Set<string> {
    return new Set(this.ddl.flatMap((e) => (e.dataflow !== undefined ? [e.dataflow] : [])));
  }

  /** A dataflow was registered: logged (durably) like DDL, by name and first node id. */
  async logDataflow(name: string, id: number): Promise<void> {
    if (this.replaying) return;
    this.assertWritable();
    this.ddl.push({ sql: '', id, dataflow: name });
    await this.wal.append(serialize({ t: 'ddl', sql: '', id, dataflow: name } satisfies LogRecord));
  }

  /** Whether statements are being replayed (they are not logged again). */
  get isReplaying(): boolean {
    return this.replaying;
  }

  /** Runs `fn` with no checkpoint in flight and no other DDL running. */
  exclusive<T>(fn: () => Promise<T>): Promise<T> {
    const next = this.busy.then(fn, fn);
    this.busy = next.catch(() => undefined);
    return next;
  }

  /**
   * A DDL statement took effect: log it (durably) and keep it for the next checkpoint's catalog.
   * `id` is the node id cursor when it started.
   */
  async logDdl(sql: string, id: number): Promise<void> {
    if (this.replaying) return;
    this.assertWritable();
    this.ddl.push({ sql, id });
    await this.wal.append(serialize({ t: 'ddl', sql, id } satisfies LogRecord));
  }

  /** An insert into a source: durable before it enters the pipeline; resolves with its tag. */
  async logInsert(source: string, batch: RecordBatch): Promise<bigint> {
    this.assertWritable();
    return this.wal.append(serialize({ t: 'insert', source, ipc: toIpc([batch]) } satisfies LogRecord));
  }

  /** A change to a table (already applied in memory): durable before the statement returns. */
  async logTable(table: string, op: TableOp, removed: readonly Row[], added: readonly Row[]): Promise<void> {
    if (this.replaying) return;
    this.assertWritable();
    const appended = this.wal.append(serialize({ t: 'table', table, op, removed: [...removed], added: [...added] } satisfies LogRecord));
    this.db.stores.logged.set(table, this.wal.lastSeq);
    await appended;
  }

  /** Log position of the last logged change of each `memory` lookup table (checkpoints keep it). */
  private readonly lookupLogged = new Map<string, bigint>();

  /** Rows upserted into a `memory` lookup table (already applied): durable before INSERT returns. */
  async logLookup(table: string, rows: readonly Row[]): Promise<void> {
    if (this.replaying) return;
    this.assertWritable();
    const appended = this.wal.append(serialize({ t: 'lookup', table, rows: [...rows] } satisfies LogRecord));
    this.lookupLogged.set(table, this.wal.lastSeq);
    await appended;
  }

  /** A view's state could not be taken at its barrier: the checkpoint in flight must fail. */
  viewFailed(error: unknown): void {
    this.viewError ??= error instanceof Error ? error : new Error(String(error));
  }
  private viewError: Error | undefined;

  /** A view (re)created under this name starts without a base: the next checkpoint writes one. */
  forgetView(view: string): void {
    this.bases.delete(view);
  }

  /** A materialized view applied a batch: logged, so checkpoints hold only what changed. */
  logView(view: string, batch: RecordBatch): void {
    if (this.replaying || this.stopped !== undefined || this.wal.failed !== undefined || batch.numRows === 0) return;
    this.wal.append(serialize({ t: 'view', view, ipc: toIpc([batch]) } satisfies LogRecord)).catch((err: unknown) => {
      this.stopped ??= err as Error;
    });
    const base = this.bases.get(view);
    if (base !== undefined) base.delta += batch.numRows;
  }

  /**
   * A view's state at its output's barrier: the log position of the cut, and the base its
   * changes apply to. The base is rebuilt (the view's rows serialized) when there is none yet
   * or more rows changed since than it holds, so the cost stays proportional to the changes.
   */
  viewState(view: string, store: Snapshotable): Record<string, unknown> {
    const cutSeq = this.wal.lastSeq;
    let base = this.bases.get(view);
    if (base === undefined || base.delta > Math.max(10_000, base.rows)) {
      // One IPC stream holds one schema: batches a view appended over time are cast to the view's.
      const batches = store.batches().map((b) => makeBatch(store.schema, columnsOf(coerceBatch(b, store.schema)), b.numRows));
      base = { bytes: toIpc(batches), baseSeq: cutSeq, rows: batches.reduce((n, b) => n + b.numRows, 0), delta: 0 };
      this.bases.set(view, base);
    }
    return { [`${VIEW_STATE}${view}`]: { baseSeq: base.baseSeq, cutSeq } satisfies ViewState, [`${VIEW_STATE}${view}:base`]: base.bytes };
  }

  /** Takes a checkpoint and makes it durable (CHECKPOINT, db.checkpoint(), the interval timer). */
  checkpoint(): Promise<Checkpoint> {
    return this.exclusive(async () => {
      this.assertWritable();
      const sinkFed = new Set(this.db.catalog.all().filter((o) => o.kind === 'sink' && o.connector === 'table').map((o) => o.options?.table ?? ''));
      const tables: Record<string, TableState> = {};
      for (const o of this.db.catalog.all()) {
        if (o.kind !== 'table' || sinkFed.has(o.name)) continue;
        tables[`${TABLE_STATE}${o.name}`] = { rows: o.store!.batches().flatMap((b) => batchToRows(b)), seq: this.db.stores.logged.get(o.name) ?? null };
      }
      for (const o of this.db.catalog.all()) {
        const source = o.kind === 'lookup table' ? memoryLookup(this.db, o.name) : undefined;
        if (source !== undefined) tables[`${LOOKUP_STATE}${o.name}`] = { rows: source.all(), seq: this.lookupLogged.get(o.name) ?? null } satisfies TableState;
      }
      this.pending = { tables, catalog: JSON.stringify(this.ddl), seq: this.wal.lastSeq };
      this.committed = undefined;
      try {
        const c = await this.db.pipeline.checkpoint();
        this.db.lastCheckpoint = { id: c.id, completedAt: c.completedAt };
        return c;
      } catch (err) {
        // Committed, but a sink could not publish it: a later checkpoint would record that sink
        // without the epoch it still owes. Stop; the next open re-drives the sink's commit.
        if (this.committed !== undefined) this.stopped ??= new PipelineStateError(`checkpoint ${this.committed} is committed but a sink could not publish it (${(err as Error).message}); the next open publishes it`, { cause: err });
        throw err;
      } finally {
        this.pending = undefined;
      }
    });
  }

  /**
   * The pipeline's persist hook: write the checkpoint, then mark it committed (before sinks
   * commit). If that fails the sinks roll the epoch back, and its rows would be missing from
   * every later epoch of this process: the database stops taking writes instead (fail-stop);
   * reopening replays them from the log.
   */
  async persist(checkpoint: Checkpoint): Promise<void> {
    const pending = this.pending;
    if (pending === undefined) throw new PipelineStateError('a checkpoint of a durable database must be taken through the database (CHECKPOINT or db.checkpoint())');
    try {
      if (this.viewError !== undefined) throw this.viewError;
      // The checkpoint names log positions (its own, sources' tags, views' cuts) that may still
      // sit in the log's buffer: on disk first, or a crash right after the commit would leave a
      // checkpoint pointing past the end of the log (and new records would reuse its numbers).
      await this.wal.sync();
      const states = { ...checkpoint.states, ...pending.tables };
      this.store.write({ id: checkpoint.id, states, walSeq: pending.seq, catalog: pending.catalog });
      this.replayFrom.set(checkpoint.id, replayPosition({ walSeq: pending.seq, states }));
      try {
        this.store.markCommitted(checkpoint.id);
      } catch (err) {
        throw new CommitUnknownError(`checkpoint ${checkpoint.id} may or may not be committed (${(err as Error).message}); its sink output is kept pending and the next open of the database decides`, { cause: err });
      }
      killPoint('checkpoint.committed');
      this.committed = checkpoint.id;
    } catch (err) {
      this.stopped = err as Error;
      throw err;
    }
    try {
      this.truncateLog();
    } catch (err) {
      // The checkpoint is committed (its sinks must now publish it); a log that could not be
      // cut is only longer than it needs to be. The next checkpoint tries again.
      process.emitWarning(`the write-ahead log could not be truncated after checkpoint ${checkpoint.id}: ${(err as Error).message}; it keeps growing until a later checkpoint cuts it`, { code: 'LDB-3002' });
    }
    killPoint('checkpoint.log-truncated');
  }

  /** The checkpoint in flight, once it is committed (before its sinks commit). */
  private committed: number | undefined;

  /** Set when a checkpoint could not be made durable: every later write is refused. */
  private stopped: Error | undefined;

  /** Throws when the database can take no more writes (the log or a checkpoint failed). */
  private assertWritable(): void {
    const cause = this.wal.failed ?? this.stopped;
    if (cause !== undefined) throw new PipelineStateError(`this durable database stopped taking writes: ${cause.message}. Nothing acknowledged is lost; close it and open the path again`, { cause });
  }

  /**
   * Drops log segments no kept checkpoint needs (the oldest kept one replays from its position).
   * Each checkpoint's position is noted when it is written; only one written before this process
   * started is read back (loading a checkpoint reads and verifies every state file).
   */
  private truncateLog(): void {
    const kept = this.store.list().map((c) => c.id);
    if (kept.length === 0) return;
    const oldest = Math.min(...kept);
    for (const id of this.replayFrom.keys()) if (!kept.includes(id)) this.replayFrom.delete(id);
    this.wal.truncateBefore(this.replayFrom.get(oldest) ?? replayPosition(this.store.load(oldest)));
  }

  /** Per checkpoint written by this process: the first log position its recovery reads. */
  private readonly replayFrom = new Map<number, bigint>();

  /**
   * RESTORE FROM CHECKPOINT `id`: records the rollback durably (the log after the checkpoint and
   * the checkpoints after it are abandoned; see durable-restore.ts) and deletes the abandoned
   * checkpoints. The caller then stops this database (`abandon`) and opens the path again, which
   * restores checkpoint `id`.
   */
  rollBack(id: number): Promise<void> {
    return this.exclusive(async () => {
      this.assertWritable();
      const committed = this.store.list().filter((c) => c.committed).map((c) => c.id).sort((a, b) => a - b);
      if (!committed.includes(id)) {
        throw new NotFoundError(`no committed checkpoint ${id} in ${this.path}; committed checkpoints kept: ${committed.length > 0 ? committed.join(', ') : 'none'} (SHOW CHECKPOINTS lists them)`);
      }
      // Verifies every state file: a damaged checkpoint is refused before anything changes.
      const target = this.store.load(id);
      await this.wal.sync();
      const before = readRestores(this.path, this.fs);
      const abandoned = this.store.list().map((c) => c.id).filter((other) => other > id);
      const restores: Restores = {
        skips: [...before.skips, { from: target.walSeq + 1n, to: this.wal.lastSeq }],
        abandoned: [...new Set([...before.abandoned, ...abandoned])],
      };
      writeRestores(this.path, restores, this.fs);
      killPoint('restore.recorded');
      this.store.discard(abandoned);
      this.stopped = new PipelineStateError(`this database was rolled back to checkpoint ${id}; it is being reopened`);
    });
  }

  /** Stops without a last checkpoint (after a rollback: one now would be of the abandoned timeline). */
  async abandon(stop: () => Promise<void>): Promise<void> {
    if (this.timer !== undefined) clearInterval(this.timer);
    await this.busy;
    await stop();
    await this.wal.close();
  }

  /** The committed checkpoints kept on disk (SHOW CHECKPOINTS). */
  checkpoints(): { id: number; committed: boolean; bytes: number; createdAt: number }[] {
    return this.store.list().sort((a, b) => a.id - b.id);
  }

  /**
   * Takes a last checkpoint (so the next open replays little), stops the pipeline with `stop`,
   * and closes the log. A failed final checkpoint loses nothing: the log still holds the data.
   */
  async close(stop: () => Promise<void>): Promise<void> {
    if (this.timer !== undefined) clearInterval(this.timer);
    try {
      if (this.wal.failed === undefined && this.stopped === undefined) await this.checkpoint();
    } catch {
      // The previous checkpoint and the log cover everything acknowledged.
    }
    await this.busy;
    await stop();
    await this.wal.close();
  }
}

/**
 * The first log position recovery from checkpoint `c` reads: after its own position, or earlier
 * for a source's inserts it had not emitted at the barrier (buffered, or logged but waiting for
 * their fsync), a table sink's last applied change, or a view's base.
 */
function replayPosition(c: { readonly walSeq: bigint; readonly states: Readonly<Record<string, unknown>> }): bigint {
  let low = c.walSeq + 1n;
  for (const state of Object.values(c.states)) {
    if (state === null || typeof state !== 'object') continue;
    const s = state as { tag?: unknown; pending?: unknown; seq?: unknown; baseSeq?: unknown };
    if (typeof s.tag === 'bigint' && s.tag + 1n < low) low = s.tag + 1n;
    if (typeof s.pending === 'bigint' && s.pending < low) low = s.pending;
    if (typeof s.seq === 'bigint' && s.seq + 1n < low) low = s.seq + 1n;
    if (typeof s.baseSeq === 'bigint' && s.baseSeq + 1n < low) low = s.baseSeq + 1n;
  }
  return low;
}
