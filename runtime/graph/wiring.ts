/**
 * The wiring of a pipeline: its graph nodes and edges, the actors built from them, and the
 * mailboxes and outlets that link them. Pipelines grow (`build`) and shrink (`disconnect`, then
 * `forget` once the actors closed); a fragment that cannot be built is taken out again whole.
 */
import type { plan } from '../../specs/index.js';
import type { Actor, ActorHost } from '../actor/actor.js';
import { Outlet } from '../actor/outlet.js';
import { PlanError } from '../errors/errors.js';
import { Mailbox } from '../mailbox/mailbox.js';
import type { FunctionTable, OperatorDefinition } from '../operator/define-operator.js';
import { OperatorActor } from '../operator/operator-actor.js';
import type { SourceDefinition } from '../source/define-source.js';
import { SourceActor } from '../source/source-actor.js';
import type { Graph, GraphNode } from './build.js';

/** What building actors needs from the pipeline. */
export interface WiringContext {
  readonly host: ActorHost;
  readonly functions: FunctionTable;
  readonly services: Readonly<Record<string, unknown>>;
  /** Mailbox budget of an edge that sets none. */
  readonly capacity: number;
}

export class Wiring {
  readonly actors: Actor[] = [];
  readonly byName = new Map<string, Actor>();
  readonly sources: SourceActor[] = [];
  readonly outlets = new Map<string, Outlet>();
  readonly mailboxes: Mailbox[] = [];
  readonly nodes = new Map<number, GraphNode>();
  readonly edges: plan.Edge[] = [];
  /** The input mailboxes of each node, with the node they come from. */
  readonly inputsOf = new Map<string, { from: string; mailbox: Mailbox }[]>();

  /** Builds the actors of `graph` (whose edges may start at existing nodes); all or nothing. */
  build(graph: Graph, cx: WiringContext): Actor[] {
    const { services } = cx;
    const service = <T>(name: string): T => {
      if (!(name in services)) throw new PlanError(`a connector needs the service '${name}', which was not given to the pipeline (options.services)`);
      return services[name] as T;
    };
    for (const node of graph.nodes) {
      this.nodes.set(node.id, node);
      this.outlets.set(node.name, new Outlet());
    }
    this.edges.push(...graph.edges);
    const created: Actor[] = [];
    const mailboxes: Mailbox[] = [];
    try {
      for (const node of graph.nodes) {
        const inputs = node.inputs.map((edge) => {
          const from = this.nodes.get(edge.from ?? 0)!;
          const mailbox = new Mailbox({
            capacity: edge.capacity || cx.capacity,
            overflow: (['suspend', 'dropping', 'sliding'] as const)[edge.overflow ?? 0],
            name: `${from.name} -> ${node.name}`,
          });
          this.outlets.get(from.name)!.add(mailbox);
          this.mailboxes.push(mailbox);
          mailboxes.push(mailbox);
          if (!this.inputsOf.has(node.name)) this.inputsOf.set(node.name, []);
          this.inputsOf.get(node.name)!.push({ from: from.name, mailbox });
          return mailbox;
        });
        const outlet = this.outlets.get(node.name)!;
        let actor: Actor;
        if (node.definition.kind === 'source') {
          const source = new SourceActor(cx.host, node.id, node.name, outlet, node.definition as SourceDefinition<never>, node.body, node.schema, service);
          this.sources.push(source);
          actor = source;
        } else {
          const kind = node.definition.kind === 'sink' ? 'sink' : 'operator';
          actor = new OperatorActor(cx.host, node.id, node.name, kind, inputs, outlet, node.definition as OperatorDefinition<never>, node.body, node.inputSchemas, node.schema, cx.functions, service);
        }
        this.actors.push(actor);
        this.byName.set(node.name, actor);
        created.push(actor);
      }
    } catch (error) {
      this.undo(graph, created, mailboxes);
      throw error;
    }
    return created;
  }

  /** Takes out what `build` registered for a graph whose actors could not all be built. */
  private undo(graph: Graph, created: readonly Actor[], mailboxes: readonly Mailbox[]): void {
    for (const actor of created) actor.halt();
    for (const mailbox of mailboxes) {
      for (const outlet of this.outlets.values()) outlet.remove(mailbox);
      mailbox.close();
      this.mailboxes.splice(this.mailboxes.indexOf(mailbox), 1);
    }
    const ids = new Set(graph.nodes.map((n) => n.id));
    for (const node of graph.nodes) {
      this.nodes.delete(node.id);
      this.outlets.delete(node.name);
      this.inputsOf.delete(node.name);
      this.byName.delete(node.name);
    }
    const kept = this.edges.filter((e) => !ids.has(e.from ?? 0) && !ids.has(e.to ?? 0));
    this.edges.length = 0;
    this.edges.push(...kept);
    for (const actor of created) this.drop(actor);
  }

  /** Throws unless every node reading from one of `names` is among them too. */
  checkRemovable(names: ReadonlySet<string>): void {
    for (const [to, inputs] of this.inputsOf) {
      if (names.has(to)) continue;
      const from = inputs.find((i) => names.has(i.from));
      if (from !== undefined) throw new PlanError(`cannot remove '${from.from}': '${to}' reads from it (remove both)`);
    }
  }

  /** `name` and every node downstream of it. */
  downstreamOf(name: string): Set<string> {
    const out = new Set([name]);
    for (let grew = true; grew; ) {
      grew = false;
      for (const [to, inputs] of this.inputsOf) {
        if (!out.has(to) && inputs.some((i) => out.has(i.from))) {
          out.add(to);
          grew = true;
        }
      }
    }
    return out;
  }

  /** Halts the actors and closes their input mailboxes; they stay listed until `forget`. */
  disconnect(actors: readonly Actor[]): void {
    for (const actor of actors) {
      actor.halt();
      for (const { from, mailbox } of this.inputsOf.get(actor.name) ?? []) {
        this.outlets.get(from)?.remove(mailbox);
        mailbox.close();
        this.mailboxes.splice(this.mailboxes.indexOf(mailbox), 1);
      }
    }
  }

  /** Removes disconnected actors, their nodes and edges. */
  forget(actors: readonly Actor[]): void {
    for (const actor of actors) {
      this.drop(actor);
      this.byName.delete(actor.name);
      this.outlets.delete(actor.name);
      this.inputsOf.delete(actor.name);
      for (const [id, n] of this.nodes) if (n.name === actor.name) this.nodes.delete(id);
    }
    const ids = new Set([...this.nodes.keys()]);
    const kept = this.edges.filter((e) => ids.has(e.from ?? 0) && ids.has(e.to ?? 0));
    this.edges.length = 0;
    this.edges.push(...kept);
  }

  private drop(actor: Actor): void {
    const i = this.actors.indexOf(actor);
    if (i >= 0) this.actors.splice(i, 1);
    if (actor instanceof SourceActor) {
      const j = this.sources.indexOf(actor);
      if (j >= 0) this.sources.splice(j, 1);
    }
  }
}
