/** What `execute` returns for each statement. */
import type { Row, Subscription } from '../runtime/index.js';

/** A column of a result. */
export interface ResultColumn {
  readonly name: string;
  /** The engine's column type (`int64`, `decimal(10,2)`, ...). */
  readonly type: string;
  readonly nullable: boolean;
}

/**
 * The result of one statement. DDL reports its outcome; queries, SHOW, DESCRIBE, EXPLAIN and
 * FETCH return rows; a SELECT or SUBSCRIBE over streams returns a live subscription.
 *
 * @example
 * ```ts
 * const [created, rows] = await db.execute("CREATE TABLE t (id INT PRIMARY KEY); SELECT * FROM t");
 * created.outcome; // 'created'
 * rows.rows;       // []
 * ```
 */
export interface ExecuteResult {
  /** The statement, e.g. `CREATE SOURCE`, `SELECT`, `SHOW STREAMS`. */
  readonly statement: string;
  /** The object the statement is about. */
  readonly name?: string;
  readonly outcome?: 'created' | 'replaced' | 'skipped' | 'dropped' | 'altered' | 'inserted' | 'updated' | 'deleted' | 'set' | 'declared' | 'closed' | 'checkpointed' | 'restored';
  /** Rows inserted, updated, deleted or returned. */
  readonly rowCount?: number;
  readonly columns?: readonly ResultColumn[];
  readonly rows?: readonly Row[];
  /** A live result (SELECT over streams, SUBSCRIBE): one array of rows per output batch. */
  readonly subscription?: Subscription<Row[]>;
  /** Objects a DROP ... CASCADE removed, dependents first. */
  readonly dropped?: readonly string[];
  readonly checkpointId?: number;
}
