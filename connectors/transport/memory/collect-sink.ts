/**
 * The `collect` sink keeps what it receives in a CollectStore the application passes to the
 * pipeline (service `collect`), with the two-phase commit protocol made visible: rows written
 * since the last barrier are pending, `preCommit` seals them under an epoch, `commit` makes the
 * epoch visible. `rows()` is everything written; `committedRows()` only committed epochs.
 */
import { batchToRows, concatBatches, defineSink, schemaOfBatch, type RecordBatch, type Row } from '../../../runtime/index.js';
import type { plan } from '../../../specs/index.js';
import { parseOptions } from '../../options.js';

const OPTIONS = {
  table: { type: 'string', description: 'name of the table in the collect store' },
} as const;

/** The batches one collect sink received. */
export class CollectedTable {
  /** Every batch written, in order. */
  readonly batches: RecordBatch[] = [];
  /** Batches sealed by preCommit, by epoch, until committed. */
  readonly sealed = new Map<number, RecordBatch[]>();
  /** Batches of committed epochs. */
  readonly committed: RecordBatch[] = [];
  /** Epochs in the order their commit ran. */
  readonly commits: number[] = [];
  /** Whether the input ended. */
  ended = false;
  private pending: RecordBatch[] = [];

  write(batch: RecordBatch): void {
    this.batches.push(batch);
    this.pending.push(batch);
  }

  seal(epoch: number): void {
    this.sealed.set(epoch, this.pending);
    this.pending = [];
  }

  commit(epoch: number): void {
    const batches = this.sealed.get(epoch) ?? [];
    this.sealed.delete(epoch);
    this.committed.push(...batches);
    this.commits.push(epoch);
  }

  rollback(epoch: number): void {
    this.sealed.delete(epoch);
  }

  /** Every row written. */
  rows(): Row[] {
    const out: Row[] = [];
    for (const b of this.batches) batchToRows(b, out);
    return out;
  }

  /** Rows of committed epochs only. */
  committedRows(): Row[] {
    const out: Row[] = [];
    for (const b of this.committed) batchToRows(b, out);
    return out;
  }

  /** Everything written as one batch (undefined when nothing was written). */
  batch(): RecordBatch | undefined {
    if (this.batches.length === 0) return undefined;
    return concatBatches(schemaOfBatch(this.batches[0]!), this.batches);
  }
}

/**
 * Named tables of collect sinks.
 *
 * @example
 * ```ts
 * const store = new CollectStore();
 * const pipeline = new Pipeline(plan, { registry, services: { collect: store } });
 * // ... after the pipeline ran:
 * store.table('out').rows();
 * ```
 */
export class CollectStore {
  private tables = new Map<string, CollectedTable>();

  /** The table named `name` (created empty on first use). */
  table(name: string): CollectedTable {
    let t = this.tables.get(name);
    if (t === undefined) {
      t = new CollectedTable();
      this.tables.set(name, t);
    }
    return t;
  }

  /** Names of the tables. */
  names(): string[] {
    return [...this.tables.keys()];
  }
}

/** The collecting sink. */
export const collectSink = defineSink<plan.SinkNode>({
  name: 'collect',
  setup(ctx, node) {
    const options = parseOptions('collect', OPTIONS, node.options);
    const table = ctx.service<CollectStore>('collect').table(options.table);
    return {
      write: (batch) => table.write(batch),
      preCommit: (epoch) => table.seal(epoch),
      commit: (epoch) => table.commit(epoch),
      rollback: (epoch) => table.rollback(epoch),
      end: () => void (table.ended = true),
    };
  },
});
