/**
 * The programmatic Dataflow API: build pipelines in code, without SQL. The builder produces the
 * same physical plan messages SQL produces (`specs/proto/plan.proto`); JS functions stay in a
 * function table next to the plan and are referenced by name, so plans remain serialisable.
 */
import { plan } from '../../specs/index.js';
import { InvalidArgumentError, PlanError } from '../errors/errors.js';
import { schemaOf, toPlanSchema, type Row, type RowOf, type SchemaInput } from '../batch/types.js';
import type { OverflowPolicy } from '../mailbox/mailbox.js';
import { Aggregate, duration, toExpr, type ExprLike, type WindowSpec } from './expr.js';

/** Options of a source. */
export interface SourceOptions<S extends SchemaInput> {
  /** Column types, e.g. `{ sym: 'utf8', price: 'float64', ts: 'timestamp' }`. */
  readonly schema: S;
  /** Connector name (default `memory`: rows pushed with `insert`). */
  readonly connector?: string;
  /** Connector options. */
  readonly options?: Readonly<Record<string, string | number | boolean>>;
  /** Event-time column: adds a watermark generator with `watermarkDelay`. */
  readonly eventTime?: string;
  /** Bounded out-of-orderness for the watermark (ms or text such as '5s'; default 0). */
  readonly watermarkDelay?: number | string;
}

/** Edge options: the mailbox in front of the next operator. */
export interface EdgeOptions {
  /** Budget in rows. */
  readonly capacity?: number;
  readonly overflow?: OverflowPolicy;
}

const POLICIES: Record<OverflowPolicy, plan.OverflowPolicy> = { suspend: 0, dropping: 1, sliding: 2 };

/**
 * A pipeline under construction.
 *
 * @example
 * ```ts
 * const flow = new Dataflow('vwap');
 * flow.source('trades', { schema: { sym: 'utf8', price: 'float64', qty: 'int32', ts: 'timestamp' }, eventTime: 'ts', watermarkDelay: '1s' })
 *   .keyBy('sym')
 *   .window(tumbling('1 minute'))
 *   .aggregate({ trades: count(), volume: sum('qty') })
 *   .as('per_minute');
 * const p = flow.plan(); // plan messages: encode with plan.Plan.encode(p)
 * ```
 */
export class DataflowBuilder {
  readonly functions: Record<string, (row: Row) => unknown> = {};
  private readonly nodes: plan.PlanNode[] = [];
  private readonly edges: plan.Edge[] = [];
  private nextId = 1;
  /** Prefix of registered row-function names, so several builders can share one pipeline. */
  protected functionPrefix = '';

  constructor(readonly name: string) {
    if (typeof name !== 'string' || name === '') throw InvalidArgumentError.format('dataflow name', 'a non-empty string', name);
  }

  /** Declares a source and returns its stream. */
  source<S extends SchemaInput>(name: string, options: SourceOptions<S>): Stream<RowOf<S>> {
    const schema = schemaOf(options.schema);
    const connectorOptions: Record<string, string> = {};
    for (const [k, v] of Object.entries(options.options ?? {})) connectorOptions[k] = String(v);
    const id = this.add(name, { source: { connector: options.connector ?? 'memory', options: connectorOptions, schema: toPlanSchema(schema) } });
    const stream = new Stream<RowOf<S>>(this, id);
    if (options.eventTime === undefined) {
      if (options.watermarkDelay !== undefined) throw new PlanError(`source '${name}': watermarkDelay needs eventTime (the event-time column)`);
      return stream;
    }
    return stream.watermark(options.eventTime, { delay: options.watermarkDelay ?? 0 }) as Stream<RowOf<S>>;
  }

  /** The physical plan (a copy; the builder can keep growing). */
  plan(): plan.Plan {
    return structuredClone({ name: this.name, nodes: this.nodes, edges: this.edges });
  }

  /** @internal Adds a node; returns its id. */
  add(name: string, body: Omit<plan.PlanNode, 'id' | 'name'>): number {
    if (name !== '' && this.nodes.some((n) => n.name === name)) throw new PlanError(`dataflow '${this.name}' already has a node named '${name}'`);
    const id = this.nextId++;
    this.nodes.push({ id, name, ...body });
    return id;
  }

  /** @internal Adds an edge. */
  connect(from: number, to: number, input: number, partitioning?: plan.Partitioning, edge: EdgeOptions = {}): void {
    if (edge.capacity !== undefined && !(Number.isInteger(edge.capacity) && edge.capacity > 0)) {
      throw InvalidArgumentError.format('edge capacity', 'a positive integer number of rows', edge.capacity);
    }
    this.edges.push({
      from,
      to,
      input,
      partitioning: partitioning ?? { kind: plan.Partitioning.Kind.FORWARD },
      capacity: edge.capacity ?? 0,
      overflow: POLICIES[edge.overflow ?? 'suspend'],
    });
  }

  /** @internal Names a node (for subscriptions). */
  rename(id: number, name: string): void {
    if (this.nodes.some((n) => n.name === name)) throw new PlanError(`dataflow '${this.name}' already has a node named '${name}'`);
    this.nodes.find((n) => n.id === id)!.name = name;
  }

  /** @internal Registers a JS row function; returns its name in the plan. */
  addFunction(fn: (row: Row) => unknown): string {
    if (typeof fn !== 'function') throw InvalidArgumentError.format('row function', 'a function', fn);
    const name = `${this.functionPrefix}fn${Object.keys(this.functions).length + 1}`;
    this.functions[name] = fn;
    return name;
  }
}

/** A stream of rows in a Dataflow. `T` is the row type (for JS functions). */
export class Stream<T = Row> {
  constructor(readonly flow: DataflowBuilder, readonly id: number, private readonly edge: EdgeOptions = {}) {}

  /** Keeps rows where `predicate` is true (NULL counts as false), or where a JS function is truthy. */
  filter(predicate: ExprLike | ((row: T) => unknown)): Stream<T> {
    const body: plan.FilterNode = typeof predicate === 'function'
      ? { rowFunction: this.flow.addFunction(predicate as (row: Row) => unknown) }
      : { expr: toExpr(predicate).node };
    return this.next<T>({ filter: body });
  }

  /** New columns from expressions; a string value names an input column. */
  project(columns: Readonly<Record<string, ExprLike>>): Stream<Row> {
    // A bare string names a column here; use lit('text') for a string constant.
    const exprs = Object.entries(columns).map(([name, e]) => ({ name, expr: typeof e === 'string' ? { column: { name: e } } : toExpr(e).node }));
    if (exprs.length === 0) throw new PlanError('project() needs at least one column');
    return this.next<Row>({ project: { exprs } });
  }

  /** Applies a JS function to each row; returns rows of `schema`. Returning null drops the row. */
  map<S extends SchemaInput>(fn: (row: T) => RowOf<S> | null | undefined, schema: S): Stream<RowOf<S>> {
    return this.next<RowOf<S>>({ map: { rowFunction: this.flow.addFunction(fn as (row: Row) => unknown), output: toPlanSchema(schemaOf(schema)) } });
  }

  /** Merges streams with the same columns. */
  union(...others: Stream<T>[]): Stream<T> {
    const id = this.flow.add('', { union: {} });
    [this as Stream<T>, ...others].forEach((s, i) => this.flow.connect(s.id, id, i, undefined, s.edge));
    return new Stream<T>(this.flow, id);
  }

  /**
   * Generates watermarks from event-time `column`, `delay` behind the largest time seen.
   * With `column` null, watermarks follow the clock every `interval`.
   */
  watermark(column: string | null, options: { delay?: number | string; interval?: number | string } = {}): Stream<T> {
    return this.next<T>({ watermark: { column: column ?? '', delayMs: duration(options.delay ?? 0, 'watermark delay'), intervalMs: duration(options.interval ?? 0, 'watermark interval') } });
  }

  /** Groups by `keys` for the next window; the edge is hash-partitioned on them. */
  keyBy(...keys: string[]): KeyedStream<T> {
    if (keys.length === 0) throw new PlanError('keyBy() needs at least one column');
    return new KeyedStream<T>(this, keys);
  }

  /** Windows over the whole stream (no keys). */
  window(window: WindowSpec, options: { timeColumn?: string } = {}): WindowedStream {
    return new WindowedStream(this, [], window, options.timeColumn);
  }

  /** Names this stream so `subscribe(name)` can read it. */
  as(name: string): Stream<T> {
    this.flow.rename(this.id, name);
    return this;
  }

  /** Sets the mailbox budget and overflow policy of the edge to the next operator. */
  buffer(options: EdgeOptions): Stream<T> {
    return new Stream<T>(this.flow, this.id, { ...this.edge, ...options });
  }

  /** Writes the stream to a sink connector. */
  sink(name: string, connector: string, options: Readonly<Record<string, string | number | boolean>> = {}): void {
    const values: Record<string, string> = {};
    for (const [k, v] of Object.entries(options)) values[k] = String(v);
    const id = this.flow.add(name, { sink: { connector, options: values } });
    this.flow.connect(this.id, id, 0, undefined, this.edge);
  }

  /** Collects the stream into the job's collect store under `table` (a sink named `collect:<table>`). */
  collect(table: string): void {
    this.sink(`collect:${table}`, 'collect', { table });
  }

  /** @internal */
  next<U>(body: Omit<plan.PlanNode, 'id' | 'name'>, partitioning?: plan.Partitioning): Stream<U> {
    const id = this.flow.add('', body);
    this.flow.connect(this.id, id, 0, partitioning, this.edge);
    return new Stream<U>(this.flow, id);
  }
}

/** A stream grouped by keys, waiting for a window. */
export class KeyedStream<T = Row> {
  constructor(private readonly stream: Stream<T>, private readonly keys: readonly string[]) {}

  /** Event-time windows per key; the time column defaults to the upstream watermark's column. */
  window(window: WindowSpec, options: { timeColumn?: string } = {}): WindowedStream {
    return new WindowedStream(this.stream, this.keys, window, options.timeColumn);
  }
}

/** A windowed stream waiting for its aggregates. */
export class WindowedStream {
  constructor(private readonly stream: Stream<unknown>, private readonly keys: readonly string[], private readonly window: WindowSpec, private readonly timeColumn: string | undefined) {}

  /** Aggregates per key and window: output columns are keys, window_start, window_end, then these. */
  aggregate(aggregates: Readonly<Record<string, Aggregate>>): Stream<Row> {
    const calls = Object.entries(aggregates).map(([name, a]) => {
      if (!(a instanceof Aggregate)) throw InvalidArgumentError.format(`aggregate '${name}'`, 'count(), sum(), min(), max() or avg()', a);
      return { name, function: a.fn, args: a.arg === undefined ? [] : [a.arg.node] };
    });
    if (calls.length === 0) throw new PlanError('aggregate() needs at least one aggregate');
    const w = this.window;
    const window = w.kind === 'tumbling' ? { tumbling: { sizeMs: w.size, offsetMs: w.offset } } : { sliding: { sizeMs: w.size, slideMs: w.slide, offsetMs: w.offset } };
    // No keys: hash on nothing, i.e. every row to one partition.
    const partitioning = { kind: plan.Partitioning.Kind.HASH, keys: [...this.keys] };
    const timeColumn = this.timeColumn ?? this.upstreamTimeColumn();
    return this.stream.next<Row>({ windowAggregate: { keys: [...this.keys], window, aggregates: calls, timeColumn } }, partitioning);
  }

  private upstreamTimeColumn(): string {
    // The nearest watermark node on every upstream path names the event-time column.
    const p = this.stream.flow.plan();
    const columns = new Set<string>();
    let missing = false;
    const visit = (id: number): void => {
      const node = p.nodes!.find((n) => n.id === id)!;
      if (node.watermark != null) {
        columns.add(node.watermark.column ?? '');
        return;
      }
      const ins = (p.edges ?? []).filter((e) => e.to === id);
      if (ins.length === 0) missing = true;
      for (const e of ins) visit(e.from ?? 0);
    };
    visit(this.stream.id);
    if (missing || columns.size === 0) throw new PlanError('a window needs event time: give the source an eventTime, call watermark(), or pass { timeColumn }');
    if (columns.size > 1) throw new PlanError(`the inputs of this window use different event-time columns (${[...columns].join(', ')}); pass { timeColumn }`);
    return [...columns][0]!;
  }
}
