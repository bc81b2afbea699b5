/**
 * The database facade's internals, as the root `db.ts` and `index.ts` re-export them: the
 * `LaminarDB` class, statement results and catalog entries.
 *
 * @example
 * ```ts
 * import { LaminarDB } from './db/index.js';
 * const db = await LaminarDB.open();
 * const [result] = await db.execute('SELECT 1 + 1 AS two');
 * result.rows; // [{ two: 2 }]
 * ```
 */
export { LaminarDB, type CatalogEntry, type QueryInfo, type FunctionSignature, type AggregateFunction, type ExecuteOptions } from './laminardb.js';
export { DbDataflow } from './dataflow.js';
export type { OpenOptions, Settings } from './database.js';
export type { ExecuteResult, ResultColumn } from './results.js';
