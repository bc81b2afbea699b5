/**
 * CREATE SINK ... INTO TABLE t: a table that follows a stream or a changelog. The planner casts
 * the input to the table's columns; the `table` sink applies each batch to the table's store
 * (upsert by primary key, a retraction deleting its key's row), so lookup joins over the table see
 * every change from their next row on. A row the table cannot hold (a NULL key, NULL in a NOT
 * NULL column, a VARCHAR(n) overflow) goes to the dead-letter table with its reason, or, without
 * one, stops the pipeline with the row in the message: nothing is dropped silently.
 */
import { batchToRows, defineSink, PlanError, type Row } from '../runtime/index.js';
import type { plan } from '../specs/index.js';
import {
  changelogOf, didYouMean, nameOf, planError, PlanErrorCode, sqlTypeName, upsertKeyOf,
  type Column, type CreateSink, type Logical,
} from '../sql/index.js';
import type { DbCatalog } from './catalog.js';
import { RowStore, TableStore, type Stores } from './stores.js';

/** What a sink into a table needs from planning. */
export interface TableSinkPlan {
  /** The input cast to the table's columns (plus `__weight` for a changelog). */
  readonly logical: Logical;
  readonly table: string;
  readonly options: Record<string, string>;
}

/** `CAST(column AS type)` as a plan expression. */
export const castTo = (column: string, type: string): plan.Expr => ({ call: { function: 'cast', args: [{ column: { name: column } }, { literal: { stringValue: type } }] } });

const DEAD_LETTER_COLUMNS = 'CREATE TABLE rejects (reason VARCHAR, record VARCHAR)';

/** Checks a sink into `s.intoTable` and casts its input to the table's columns. */
export function planIntoTable(db: { readonly catalog: DbCatalog }, s: CreateSink, logical: Logical, text: string): TableSinkPlan {
  const at = s.intoTable!;
  const table = nameOf(at);
  const object = db.catalog.get(table);
  const tables = db.catalog.all().filter((o) => o.kind === 'table').map((o) => o.name);
  if (object === undefined) throw planError(PlanErrorCode.unknownRelation, `no table named '${at.value}'${didYouMean(table, tables)}; create it first with CREATE TABLE`, text, at.span);
  if (object.kind !== 'table') throw planError(PlanErrorCode.wrongObject, `'${table}' is a ${object.kind}; INTO TABLE writes into a table made by CREATE TABLE`, text, at.span);
  if (s.format !== undefined) throw planError(PlanErrorCode.invalidOption, 'INTO TABLE stores rows as they are; FORMAT is for connectors that write text', text, s.format.span);
  const options: Record<string, string> = { table, sink: nameOf(s.name) };
  for (const o of s.with) {
    if (o.key !== 'dead_letter') throw planError(PlanErrorCode.invalidOption, `unknown option '${o.key}' for a sink into a table${didYouMean(o.key, ['dead_letter'])}; its only option is 'dead_letter'`, text, o.span);
    options.dead_letter = checkDeadLetter(db, o.value.value, table, text, o.span);
  }
  const kind = changelogOf(logical);
  const inputs = logical.columns.filter((c) => c.name !== '__weight');
  const targets = object.columns;
  const span = s.from.kind === 'name' ? s.from.name.span : s.from.query.span;
  if (inputs.length !== targets.length) {
    throw planError(PlanErrorCode.type, `the sink's input has ${inputs.length} column${inputs.length === 1 ? '' : 's'} (${inputs.map((c) => c.name).join(', ')}) and table '${table}' has ${targets.length} (${targets.map((c) => c.name).join(', ')}); select one value per table column, in the table's order`, text, span);
  }
  const pk = object.primaryKey ?? [];
  if (kind === 'upsert') {
    const given = upsertKeyOf(logical) ?? [];
    const key = given.map((k) => targets[inputs.findIndex((c) => c.name === k)]?.name ?? k);
    const same = key.length === pk.length && key.every((k) => pk.includes(k));
    if (!same) {
      const landing = key.join(', ') === given.join(', ') ? '' : ` (table columns ${key.join(', ')})`;
      throw planError(PlanErrorCode.unsupported, `the sink's input is the latest row per (${given.join(', ')})${landing}, not a log of rows, so table '${table}' needs exactly those columns as its primary key${pk.length > 0 ? `; its key is (${pk.join(', ')})` : ', and it has none'}`, text, span);
    }
  }
  const exprs = targets.map((c, k) => ({ name: c.name, expr: sameType(inputs[k]!, c) ? { column: { name: inputs[k]!.name } } : castTo(inputs[k]!.name, c.type) }));
  const columns: Column[] = targets.map((c) => ({ name: c.name, type: c.type, nullable: true }));
  if (kind === 'retract') {
    exprs.push({ name: '__weight', expr: { column: { name: '__weight' } } });
    columns.push({ name: '__weight', type: 'int32', nullable: false });
  }
  if (Object.keys(object.maxLengths ?? {}).length > 0) options.max_lengths = JSON.stringify(object.maxLengths);
  return { logical: { kind: 'project', input: logical, exprs, columns }, table, options };
}

function sameType(input: Column, target: Column): boolean {
  return sqlTypeName(input.type) === sqlTypeName(target.type);
}

/** The dead-letter table: appends, with VARCHAR columns `reason` and `record`. */
function checkDeadLetter(db: { readonly catalog: DbCatalog }, name: string, table: string, text: string, span: CreateSink['span']): string {
  const object = db.catalog.get(name);
  const fix = `create one with ${DEAD_LETTER_COLUMNS}`;
  if (object === undefined || object.kind !== 'table') throw planError(PlanErrorCode.invalidOption, `'dead_letter' names a table for the rows '${table}' cannot hold, and ${object === undefined ? `there is no table '${name}'` : `'${name}' is a ${object.kind}`}; ${fix}`, text, span);
  if (name === table) throw planError(PlanErrorCode.invalidOption, `the dead-letter table must not be the table the sink writes`, text, span);
  if ((object.primaryKey ?? []).length > 0) throw planError(PlanErrorCode.invalidOption, `dead-letter table '${name}' has a primary key, and rejected rows are appended; ${fix}`, text, span);
  for (const c of ['reason', 'record']) {
    const col = object.columns.find((x) => x.name === c);
    if (col === undefined || sqlTypeName(col.type) !== 'VARCHAR') throw planError(PlanErrorCode.invalidOption, `dead-letter table '${name}' needs a VARCHAR column '${c}'; ${fix}`, text, span);
  }
  const sink = object.columns.find((x) => x.name === 'sink');
  if (sink !== undefined && sqlTypeName(sink.type) !== 'VARCHAR') throw planError(PlanErrorCode.invalidOption, `dead-letter table '${name}' has a column 'sink' that is not VARCHAR (it holds the sink's name)`, text, span);
  const other = object.columns.find((c) => c.name !== 'reason' && c.name !== 'record' && c.name !== 'sink' && !c.nullable);
  if (other !== undefined) throw planError(PlanErrorCode.invalidOption, `dead-letter table '${name}' has NOT NULL column '${other.name}', which a rejected row cannot fill (it fills reason, record and, if present, sink)`, text, span);
  return name;
}

/** A row as JSON text, for messages and the dead-letter table. */
function recordText(row: Row): string {
  return JSON.stringify(row, (_k, v: unknown) => (typeof v === 'bigint' ? v.toString() : v instanceof Uint8Array ? Array.from(v) : v));
}

/** The `table` sink: applies its input (with `__weight` if a changelog) to a table's store. */
export const tableSink = defineSink<plan.SinkNode>({
  name: 'table',
  setup(ctx, node) {
    const o = node.options ?? {};
    const stores = ctx.service<Stores>('stores');
    const table = o.table ?? '';
    const limits = Object.entries(JSON.parse(o.max_lengths ?? '{}') as Record<string, number>);
    const store = (): TableStore | RowStore => stores.get(table) as TableStore | RowStore;
    const required = store().schema.fields.filter((f) => !f.nullable).map((f) => f.name);
    const keys = store() instanceof TableStore ? (store() as TableStore).primaryKey : [];
    const reasonFor = (row: Row): string | undefined => {
      for (const k of required) {
        if (row[k] === null || row[k] === undefined) return keys.includes(k) ? `primary key column '${k}' is NULL` : `column '${k}' is NOT NULL but the value is NULL`;
      }
      for (const [k, max] of limits) {
        const v = row[k];
        if (typeof v === 'string' && [...v].length > max) return `value of column '${k}' has ${[...v].length} characters, more than its VARCHAR(${max})`;
      }
      return undefined;
    };
    return {
      // The table at the barrier (with the last logged SQL write it holds), as the view stores do.
      snapshot: () => ({ rows: store().batches().flatMap((b) => batchToRows(b)), seq: stores.logged.get(table) ?? null }),
      restore: (state) => store().load((state as { rows: Row[] }).rows),
      write(batch) {
        const rows = batchToRows(batch);
        const weighted = batch.schema.fields.some((f) => f.name === '__weight');
        const kept: Row[] = [];
        const weights: number[] = [];
        const rejected: Row[] = [];
        for (const row of rows) {
          const weight = weighted ? Number(row.__weight) : 1;
          if (weighted) delete row.__weight;
          // A retraction only removes a stored row, so only rows to store are checked.
          const reason = weight > 0 ? reasonFor(row) : undefined;
          if (reason === undefined) {
            kept.push(row);
            weights.push(weight);
            continue;
          }
          if (o.dead_letter === undefined) {
            throw new PlanError(`sink '${o.sink}' INTO TABLE ${table}: ${reason} in row ${recordText(row)}; to keep such rows and go on, give the sink a dead-letter table: WITH ('dead_letter' = 'rejects') after ${DEAD_LETTER_COLUMNS}`);
          }
          rejected.push({ reason, record: recordText(row), sink: o.sink });
        }
        const unmatched = store().apply(kept, weights);
        if (unmatched > 0) ctx.count('unmatchedRetractions', unmatched);
        if (rejected.length > 0) {
          const dead = stores.get(o.dead_letter!) as RowStore;
          dead.apply(rejected.map((r) => Object.fromEntries(dead.schema.fields.map((f) => [f.name, r[f.name] ?? null]))), rejected.map(() => 1));
          ctx.count('rejectedRows', rejected.length);
        }
      },
    };
  },
});
