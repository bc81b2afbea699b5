/**
 * Durable mode's recovery replay: what `Durability.recover` runs between opening the log and
 * taking writes again.
 */
import { deserialize } from 'node:v8';
import { rowsToBatch, type LoadedCheckpoint, type Wal } from '../runtime/index.js';
import { skipped, type Restores } from './durable-restore.js';
import { applyViewBatches, fromIpc, LOOKUP_STATE, memoryLookup, TABLE_STATE, VIEW_STATE, type DdlEntry, type DurableHost, type LogRecord, type TableState, type ViewState } from './durable-records.js';
import { RowStore, TableStore } from './stores.js';

/** What the replay hands back to the Durability it runs for. */
export interface ReplayTarget {
  /** Runs a catalog entry (DDL or a dataflow) from its own node id. */
  ddl(entry: DdlEntry): Promise<void>;
  /** A `memory` lookup table's logged change was replayed at `seq`. */
  lookupLogged(table: string, seq: bigint): void;
}

/**
 * Recovery's replay (see durable.ts): the catalog of `checkpoint` (its actors take their states
 * from the pipeline's restore), its tables and lookup tables, its sinks' commit (re-driven), its
 * views' logged changes up to their cuts, then every log record after it that a rollback did not
 * abandon. Returns how many records were replayed.
 */
export async function replayLog(db: DurableHost, wal: Wal, checkpoint: LoadedCheckpoint | undefined, restores: Restores, target: ReplayTarget): Promise<number> {
  let replayed = 0;
  const catalog = checkpoint !== undefined ? (JSON.parse(checkpoint.catalog || '[]') as DdlEntry[]) : [];
  for (const entry of catalog) await target.ddl(entry);
  const covered = new Map<string, bigint | null>();
  const lookupsCovered = new Map<string, bigint | null>();
  for (const [key, state] of Object.entries(checkpoint?.states ?? {})) {
    if (key.startsWith(LOOKUP_STATE)) {
      const name = key.slice(LOOKUP_STATE.length);
      const t = state as TableState;
      memoryLookup(db, name)?.upsert(t.rows);
      lookupsCovered.set(name, t.seq);
      continue;
    }
    if (!key.startsWith(TABLE_STATE)) continue;
    const name = key.slice(TABLE_STATE.length);
    const t = state as TableState;
    db.stores.get(name).load(t.rows);
    covered.set(name, t.seq);
  }
  // Tables a sink writes were saved by the sink at its barrier, with the log position they hold.
  for (const o of db.catalog.all()) {
    if (o.kind !== 'sink' || o.connector !== 'table') continue;
    const state = checkpoint?.states[o.name] as TableState | undefined;
    if (state !== undefined) covered.set(o.options?.table ?? '', state.seq);
  }
  // The checkpoint's commit was decided; its sinks may not have committed it before the crash.
  if (checkpoint !== undefined) await db.pipeline.commitSinks(checkpoint.id);
  // Views first: their changes up to the cut, before any replayed input makes new ones (later
  // logged changes come again from the replayed inputs).
  // Only the stretch of the log between the views' bases and cuts is read for them.
  const views = Object.entries(checkpoint?.states ?? {}).filter(([k]) => k.startsWith(VIEW_STATE) && !k.endsWith(':base')).map(([, v]) => v as ViewState);
  if (checkpoint !== undefined && views.length > 0) {
    const first = views.reduce((m, v) => (v.baseSeq < m ? v.baseSeq : m), views[0]!.baseSeq) + 1n;
    const last = views.reduce((m, v) => (v.cutSeq > m ? v.cutSeq : m), 0n);
    for (const record of wal.records(first)) {
      if (record.seq > last) break;
      if (skipped(restores, record.seq)) continue;
      const r = deserialize(record.payload) as LogRecord;
      if (r.t !== 'view') continue;
      const v = checkpoint.states[`${VIEW_STATE}${r.view}`] as ViewState | undefined;
      if (v === undefined || record.seq <= v.baseSeq || record.seq > v.cutSeq || db.catalog.get(r.view)?.kind !== 'materialized view') continue;
      applyViewBatches(db.stores.get(r.view), fromIpc(r.ipc));
    }
  }
  const from = checkpoint !== undefined ? checkpoint.walSeq + 1n : 1n;
  for (const record of wal.records(0n)) {
    // Abandoned by a RESTORE FROM CHECKPOINT.
    if (skipped(restores, record.seq)) continue;
    const r = deserialize(record.payload) as LogRecord;
    if (r.t === 'ddl') {
      if (record.seq >= from) await target.ddl(r);
      continue;
    }
    if (r.t === 'insert') {
      // A source the checkpoint holds replays what it had not emitted at the barrier; one
      // created after the checkpoint (by a replayed statement) what came after that statement.
      const state = checkpoint?.states[r.source] as { tag?: bigint | null } | undefined;
      if (db.catalog.get(r.source)?.kind !== 'source') continue;
      if (state === undefined ? record.seq < from : state.tag !== null && state.tag !== undefined && record.seq <= state.tag) continue;
      for (const b of fromIpc(r.ipc)) await db.pipeline.insert(r.source, b, record.seq);
      replayed++;
      continue;
    }
    if (r.t === 'view') continue;
    if (r.t === 'lookup') {
      const seq = lookupsCovered.get(r.table);
      if (seq !== undefined && seq !== null && record.seq <= seq) continue;
      if (seq === undefined && checkpoint !== undefined && record.seq < from) continue;
      memoryLookup(db, r.table)?.upsert(r.rows);
      target.lookupLogged(r.table, record.seq);
      replayed++;
      continue;
    }
    const seq = covered.get(r.table);
    if (seq !== undefined && seq !== null && record.seq <= seq) continue;
    if (seq === undefined && checkpoint !== undefined && record.seq < from) continue;
    const store = db.stores.get(r.table);
    if (store instanceof TableStore) {
      if (r.op === 'insert') store.upsert(r.added);
      else store.replace(r.removed, r.added);
    } else if (r.op === 'insert') (store as RowStore).append(rowsToBatch(store.schema, r.added));
    else (store as RowStore).replace(r.removed, r.added);
    db.stores.logged.set(r.table, record.seq);
    replayed++;
  }
  return replayed;
}
