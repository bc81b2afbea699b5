/**
 * LaminarDB: an embedded streaming SQL database for Node.js. This is the curated public surface;
 * see README.md for a tour.
 *
 * @example
 * ```ts
 * import { Dataflow, col, count, tumbling } from 'laminardb';
 * const flow = new Dataflow('demo');
 * flow.source('events', { schema: { kind: 'utf8', ts: 'timestamp' }, eventTime: 'ts' })
 *   .keyBy('kind').window(tumbling('10s')).aggregate({ n: count() }).as('counts');
 * const job = await flow.start();
 * ```
 */
export {
  Dataflow, Job, defaultRegistry, type StartOptions,
  LaminarDB, DbDataflow, type CatalogEntry, type QueryInfo, type FunctionSignature, type AggregateFunction, type ExecuteOptions, type OpenOptions, type Settings,
  type ExecuteResult, type ResultColumn,
} from './db.js';
export { SqlError, SqlSyntaxError, type SqlPosition } from './sql/index.js';
export {
  // Dataflow expressions and windows
  col, lit, call, count, sum, min, max, avg, tumbling, sliding, duration, Expr, Aggregate,
  DataflowBuilder, Stream, KeyedStream, WindowedStream,
  type ExprLike, type WindowSpec, type SourceOptions, type EdgeOptions,
  // Pipelines
  Pipeline, DEFAULT_CAPACITY, type PipelineOptions, type PipelineMetrics, Subscription, type SubscribeOptions,
  type Checkpoint, type InspectionEvent, type ActorMetrics, type LifecycleStatus,
  Scheduler, type SchedulerOptions,
  // Time
  SimulatedClock, systemClock, type Clock, type TimerHandle,
  // Data
  schemaOf, rowsToBatch, batchToRows, prettyTable, formatBatch, type RecordBatch, type Row, type RowOf, type Schema,
  type SchemaInput, type ColumnType, type FieldSpec,
  // Extension points
  defineOperator, defineSource, defineSink, stateless, mergeRegistries, Mailbox,
  type OperatorDefinition, type OperatorContext, type OperatorHandlers, type SourceDefinition, type SourceContext,
  type SourceHandlers, type SinkDefinition, type SinkHandlers, type Registry, type OverflowPolicy, type MailboxOptions,
  // Errors
  errors, LaminarError, PlanError, SchemaError, InvalidArgumentError, NotFoundError, PipelineStateError,
  ActorFailedError, MailboxClosedError, CheckpointError, StorageError, CommitUnknownError, CorruptionError, LockedError, ExternalError,
  type ErrorDomain, type RetryHint,
  // Kernels
  kernels, type Kernels,
} from './runtime/index.js';
export { CollectStore, CollectedTable } from './connectors/index.js';
export { plan } from './specs/index.js';
