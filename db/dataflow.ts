/**
 * `db.dataflow()`: the programmatic builder over a database. Its pipelines read the database's
 * sources, streams and views with `from(name)`; `register()` adds them to the running database
 * and makes every `.as(name)` output a stream that SQL and subscriptions can use.
 */
import { chainOperators, DataflowBuilder, nodeKind, PlanError, Stream, type Pipeline, type Row, type RowOf, type SchemaInput, type SourceOptions } from '../runtime/index.js';
import type { plan } from '../specs/index.js';
import { didYouMean } from '../sql/index.js';
import type { DbCatalog, DbObject } from './catalog.js';
import type { Durability } from './durable.js';

/** What a dataflow needs of its database. */
export interface DataflowHost {
  readonly catalog: DbCatalog;
  readonly pipeline: Pipeline;
  readonly durable: Durability | undefined;
}

const REF = '@from:';
let flows = 0;

/**
 * A Dataflow whose inputs are the database's relations.
 *
 * @example
 * ```ts
 * const flow = db.dataflow('big_trades');
 * flow.from('trades').filter(col('qty').gt(100)).as('big_trades');
 * await flow.register();
 * db.subscribe('SELECT sym, qty FROM big_trades WHERE sym = \'AAPL\'');
 * ```
 */
export class DbDataflow extends DataflowBuilder {
  private readonly refs = new Map<number, DbObject>();
  private registered = false;

  constructor(private readonly db: DataflowHost, name: string) {
    super(name);
    this.functionPrefix = `df${++flows}.`;
  }

  /** Reads a source, stream or materialized view of the database (its changes from now on). */
  from(relation: string): Stream<Row> {
    const object = this.db.catalog.get(relation);
    if (object === undefined || object.nodeId === undefined) {
      const readable = this.db.catalog.all().filter((o) => o.nodeId !== undefined).map((o) => o.name);
      throw new PlanError(object === undefined
        ? `no source, stream or view named '${relation}'${didYouMean(relation, readable)}`
        : `'${relation}' is a ${object.kind} and has no change stream; dataflows read sources, streams and materialized views`);
    }
    // A stand-in node, replaced by the relation's node on register: a watermark node when the
    // relation has event time, so windows find their time column.
    const body: Omit<plan.PlanNode, 'id' | 'name'> = object.eventTime !== undefined
      ? { watermark: { column: object.eventTime, delayMs: 0 } }
      : { source: { connector: 'memory', options: {}, schema: { fields: object.columns.map((c) => ({ name: c.name, type: { spec: c.type }, nullable: c.nullable })) } } };
    const id = this.add(`${REF}${relation}`, body);
    this.refs.set(id, object);
    return new Stream<Row>(this, id);
  }

  /** Not available here: create sources with SQL (`CREATE SOURCE`) and read them with `from`. */
  override source<S extends SchemaInput>(name: string, _options: SourceOptions<S>): Stream<RowOf<S>> {
    throw new PlanError(`db.dataflow() reads the database's relations with from('${name}'); create the source with CREATE SOURCE ${name} (...) first`);
  }

  /**
   * Adds the dataflow to the running database. Named outputs (`.as(name)`) become streams and
   * sinks become sinks of the catalog; returns their names. In a durable database the
   * registration is logged by name: the next open builds the dataflow again with the builder of
   * that name in `LaminarDB.open({ dataflows })`, and its operators get their state back.
   */
  async register(): Promise<string[]> {
    const durable = this.db.durable;
    if (durable === undefined || durable.isReplaying) return this.attach();
    if (durable.dataflows().has(this.name)) throw new PlanError(`dataflow '${this.name}' is registered already in this durable database (it is rebuilt on open from LaminarDB.open({ dataflows: { '${this.name}': ... } })); give a new dataflow another name`);
    return durable.exclusive(async () => {
      const id = this.db.catalog.nodeIdCursor;
      const names = await this.attach();
      await durable.logDataflow(this.name, id);
      return names;
    });
  }

  private async attach(): Promise<string[]> {
    if (this.registered) throw new PlanError(`dataflow '${this.name}' is registered already`);
    const p = this.plan();
    const ids = new Map<number, number>();
    const refs = new Map<number, DbObject>();
    for (const n of p.nodes ?? []) {
      const ref = this.refs.get(n.id ?? 0);
      const id = ref !== undefined ? ref.nodeId! : this.db.catalog.nextNodeId();
      ids.set(n.id ?? 0, id);
      if (ref !== undefined) refs.set(id, ref);
    }
    const own = (p.nodes ?? []).filter((n) => !this.refs.has(n.id ?? 0)).map((n) => ({ ...n, id: ids.get(n.id ?? 0)! }));
    const named = own.filter((n) => n.name);
    if (named.length === 0) throw new PlanError(`dataflow '${this.name}' has no named output: end it with .as(name), .sink(...) or .collect(...)`);
    for (const n of named) {
      if (this.db.catalog.get(n.name!) !== undefined) throw new PlanError(`'${n.name}' exists already in the database; choose another name`);
    }
    const edges = (p.edges ?? []).map((e) => ({ ...e, from: ids.get(e.from ?? 0)!, to: ids.get(e.to ?? 0)! }));
    // Chain here (the pipeline would do the same) so the actor names are known.
    const fragment = chainOperators({ name: this.name, nodes: own, edges });
    const owner = owners(fragment.nodes ?? [], fragment.edges ?? []);
    const orphan = (fragment.nodes ?? []).find((n) => !owner.has(n.id ?? 0));
    if (orphan !== undefined) throw new PlanError(`dataflow '${this.name}' has a branch that ends nowhere (at a ${nodeKind(orphan)}); end every branch with .as(name), .sink(...) or .collect(...)`);
    await this.db.pipeline.extend(fragment, this.functions);
    this.registered = true;
    this.catalogue(fragment.nodes ?? [], fragment.edges ?? [], refs);
    return named.map((n) => n.name!);
  }

  /**
   * One catalog object per named node. An unnamed node belongs to the first named node
   * downstream; an object reads the relations and the other objects its nodes take input from.
   */
  private catalogue(own: readonly plan.PlanNode[], edges: readonly plan.Edge[], refs: ReadonlyMap<number, DbObject>): void {
    const byId = new Map(own.map((n) => [n.id ?? 0, n]));
    const owner = owners(own, edges);
    const actorName = (n: plan.PlanNode) => n.name || `${nodeKind(n)}#${n.id ?? 0}`;
    for (const n of own.filter((x) => x.name)) {
      const id = n.id ?? 0;
      const reads = new Set<string>();
      for (const e of edges) {
        if (owner.get(e.to ?? 0) !== id) continue;
        const from = e.from ?? 0;
        const ref = refs.get(from);
        if (ref !== undefined) reads.add(ref.name);
        else if (owner.get(from) !== id && owner.has(from)) reads.add(byId.get(owner.get(from)!)!.name!);
      }
      const isSink = n.sink != null;
      const columns = isSink ? [] : this.db.pipeline.schemaOf(n.name!).fields.map((f) => ({ name: f.name, type: f.type, nullable: f.nullable }));
      this.db.catalog.add({
        kind: isSink ? 'sink' : 'stream',
        name: n.name!,
        sql: `-- registered by db.dataflow('${this.name}')`,
        columns,
        ...(isSink ? { connector: n.sink!.connector ?? '' } : { nodeId: id, subscribeNode: n.name! }),
        nodes: own.filter((x) => owner.get(x.id ?? 0) === id).map(actorName),
        dependsOn: [...reads],
      });
    }
  }
}

/** Each node's owner: itself when named, else the first named node downstream (breadth first). */
function owners(nodes: readonly plan.PlanNode[], edges: readonly plan.Edge[]): Map<number, number> {
  const byId = new Map(nodes.map((n) => [n.id ?? 0, n]));
  const owner = new Map<number, number>();
  for (const n of nodes) {
    const queue = [n.id ?? 0];
    for (let i = 0; i < queue.length; i++) {
      const next = byId.get(queue[i]!)!;
      if (next.name) {
        owner.set(n.id ?? 0, next.id ?? 0);
        break;
      }
      for (const e of edges) if (e.from === queue[i] && !queue.includes(e.to ?? 0)) queue.push(e.to ?? 0);
    }
  }
  return owner;
}
