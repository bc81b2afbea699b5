/**
 * The facade: wires the default operators and connectors into the runtime. `Dataflow` here is
 * the runtime's builder with the defaults filled in, so `new Dataflow(name)` ... `start()` runs a
 * pipeline with nothing else to configure.
 */
import { CollectStore, connectorRegistry, type CollectedTable } from './connectors/index.js';
import { operatorRegistry } from './operators/index.js';
import { DataflowBuilder, mergeRegistries, Pipeline, type PipelineOptions, type Registry } from './runtime/index.js';
import type { plan } from './specs/index.js';

export { LaminarDB, DbDataflow, type CatalogEntry, type QueryInfo, type FunctionSignature, type AggregateFunction, type ExecuteOptions, type OpenOptions, type Settings, type ExecuteResult, type ResultColumn } from './db/index.js';

/** Every built-in operator and connector. */
export const defaultRegistry: Registry = mergeRegistries(operatorRegistry, connectorRegistry);

/** Options of `Dataflow.start()` / `build()`: pipeline options with the registry defaulted. */
export interface StartOptions extends Omit<PipelineOptions, 'registry' | 'functions'> {
  readonly registry?: Registry;
}

/**
 * A running Dataflow pipeline: a Pipeline plus the tables of its `collect` sinks.
 *
 * @example
 * ```ts
 * const job = await flow.start();
 * await job.insert('trades', rows);
 * await job.stop();
 * job.collected('out').rows();
 * ```
 */
export class Job extends Pipeline {
  constructor(p: plan.Plan, options: PipelineOptions, private readonly store: CollectStore) {
    super(p, options);
  }

  /** What the `collect` sink named `table` received. */
  collected(table: string): CollectedTable {
    return this.store.table(table);
  }
}

/**
 * Builds and runs pipelines in code.
 *
 * @example
 * ```ts
 * import { Dataflow, col, count, sum, tumbling } from 'laminardb';
 *
 * const flow = new Dataflow('volume');
 * flow.source('trades', { schema: { sym: 'utf8', qty: 'int32', ts: 'timestamp' }, eventTime: 'ts', watermarkDelay: '1s' })
 *   .filter(col('qty').gt(0))
 *   .keyBy('sym')
 *   .window(tumbling('1 minute'))
 *   .aggregate({ trades: count(), volume: sum('qty') })
 *   .as('volume');
 * const job = await flow.start();
 * job.subscribe('volume').subscribe((rows) => console.table(rows));
 * await job.insert('trades', [{ sym: 'AAPL', qty: 10, ts: Date.now() }]);
 * await job.stop();
 * ```
 */
export class Dataflow extends DataflowBuilder {
  /** Creates the pipeline without starting it (subscribe first, then `start()`). */
  build(options: StartOptions = {}): Job {
    const store = new CollectStore();
    return new Job(this.plan(), {
      ...options,
      registry: options.registry ?? defaultRegistry,
      functions: this.functions,
      services: { collect: store, ...options.services },
    }, store);
  }

  /** Builds and starts the pipeline. */
  async start(options: StartOptions = {}): Promise<Job> {
    const job = this.build(options);
    await job.start();
    return job;
  }
}
