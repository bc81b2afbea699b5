/**
 * Plan validation and schema propagation: resolves every node against the registry, checks the
 * edges (inputs numbered 0..n-1, no cycles, sources without inputs), orders nodes topologically
 * and computes each node's output schema. Errors name the node and say how to fix the plan.
 */
import { plan } from '../../specs/index.js';
import { didYouMean, LaminarError, PlanError } from '../errors/errors.js';
import type { Schema } from '../batch/types.js';
import { noFunctions, type FunctionTable, type OperatorDefinition } from '../operator/define-operator.js';
import type { SourceDefinition } from '../source/define-source.js';
import { nodeBody, nodeKind, type OperatorKind, type Registry } from './registry.js';

/** A resolved plan node. */
export interface GraphNode {
  readonly id: number;
  readonly name: string;
  readonly kind: plan.NodeKind;
  readonly body: unknown;
  readonly definition: OperatorDefinition<never> | SourceDefinition<never>;
  /** Incoming edges ordered by input slot. */
  readonly inputs: readonly plan.Edge[];
  readonly inputSchemas: readonly Schema[];
  readonly schema: Schema;
}

/** A validated plan: nodes in topological order plus the edges. */
export interface Graph {
  readonly name: string;
  readonly nodes: readonly GraphNode[];
  readonly edges: readonly plan.Edge[];
  byName(name: string): GraphNode | undefined;
}

/**
 * Validates `p` against `registry` and computes schemas. Throws PlanError. Edges may start at
 * `existing` nodes (a fragment added to a running pipeline); those nodes are not rebuilt.
 */
export function buildGraph(p: plan.Plan, registry: Registry, existing: ReadonlyMap<number, GraphNode> = new Map(), functions: FunctionTable = noFunctions): Graph {
  const nodes = p.nodes ?? [];
  const edges = p.edges ?? [];
  const byId = new Map<number, plan.PlanNode>();
  const names = new Set<string>([...existing.values()].map((n) => n.name));
  for (const node of nodes) {
    const id = node.id ?? 0;
    if (byId.has(id) || existing.has(id)) throw new PlanError(`plan '${p.name}' has two nodes with id ${id}`);
    byId.set(id, node);
  }
  const incoming = new Map<number, plan.Edge[]>();
  const outgoing = new Map<number, number[]>();
  for (const e of edges) {
    const from = e.from ?? 0;
    const to = e.to ?? 0;
    if ((!byId.has(from) && !existing.has(from)) || !byId.has(to)) throw new PlanError(`edge ${from} -> ${to} refers to a node that is not in the plan`);
    if (!incoming.has(to)) incoming.set(to, []);
    incoming.get(to)!.push(e);
    if (!byId.has(from)) continue;
    if (!outgoing.has(from)) outgoing.set(from, []);
    outgoing.get(from)!.push(to);
  }

  // Kahn's algorithm; what remains unordered is on a cycle.
  const indegree = new Map<number, number>();
  for (const id of byId.keys()) indegree.set(id, (incoming.get(id) ?? []).filter((e) => byId.has(e.from ?? 0)).length);
  const ready = [...byId.keys()].filter((id) => indegree.get(id) === 0).sort((a, b) => a - b);
  const order: number[] = [];
  while (ready.length > 0) {
    const id = ready.shift()!;
    order.push(id);
    for (const to of outgoing.get(id) ?? []) {
      indegree.set(to, indegree.get(to)! - 1);
      if (indegree.get(to) === 0) ready.push(to);
    }
  }
  if (order.length !== byId.size) {
    const cyclic = [...byId.keys()].filter((id) => !order.includes(id)).map((id) => label(byId.get(id)!));
    throw new PlanError(`plan '${p.name}' has a cycle through ${cyclic.join(', ')}; dataflows must be acyclic`);
  }

  const resolved = new Map<number, GraphNode>();
  for (const id of order) {
    const node = byId.get(id)!;
    const kind = nodeKind(node);
    const name = node.name || `${kind}#${id}`;
    if (names.has(name)) throw new PlanError(`two plan nodes are named '${name}'; names must be unique`);
    names.add(name);
    const ins = (incoming.get(id) ?? []).slice().sort((a, b) => (a.input ?? 0) - (b.input ?? 0));
    ins.forEach((e, i) => {
      if ((e.input ?? 0) !== i) throw new PlanError(`node '${name}' has inputs numbered ${ins.map((x) => x.input ?? 0).join(', ')}; expected 0..${ins.length - 1}`);
    });
    const inputSchemas = ins.map((e) => (resolved.get(e.from ?? 0) ?? existing.get(e.from ?? 0)!).schema);
    const body = nodeBody(node);
    const definition = resolve(registry, kind, body, name);
    let schema: Schema;
    try {
      if (definition.kind === 'source') {
        if (ins.length > 0) throw new PlanError(`a source has no inputs, but ${ins.length} edges lead into it`);
        schema = definition.schema(body as never);
      } else {
        checkInputCount(definition, ins.length);
        schema = definition.outputSchema(body as never, inputSchemas, { functions });
      }
    } catch (err) {
      throw withNode(err, name);
    }
    resolved.set(id, { id, name, kind, body, definition, inputs: ins, inputSchemas, schema });
  }
  const list = order.map((id) => resolved.get(id)!);
  const byName = new Map(list.map((n) => [n.name, n]));
  return { name: p.name ?? 'pipeline', nodes: list, edges, byName: (n) => byName.get(n) };
}

function resolve(registry: Registry, kind: plan.NodeKind, body: unknown, name: string): OperatorDefinition<never> | SourceDefinition<never> {
  if (kind === 'source' || kind === 'sink') {
    const connector = (body as plan.SourceNode).connector ?? '';
    const table = kind === 'source' ? registry.sources : registry.sinks;
    const def = table[connector];
    if (def === undefined) {
      const known = Object.keys(table);
      throw new PlanError(
        `${kind} '${name}' uses connector '${connector}', which is not registered${didYouMean(connector, known)}; ` +
          `${kind} connectors are: ${known.join(', ') || '(none)'}`,
      );
    }
    return def as never;
  }
  const def = registry.operators[kind as OperatorKind];
  if (def === undefined) throw new PlanError(`node '${name}' is a ${kind} node, but no operator is registered for ${kind}`);
  return def as never;
}

function checkInputCount(definition: OperatorDefinition<never>, count: number): void {
  if (definition.inputs === 'variadic') {
    if (count < 1) throw new PlanError(`${definition.name} needs at least one input`);
    return;
  }
  if (definition.inputs.length !== count) {
    throw new PlanError(`${definition.name} takes ${definition.inputs.length} input(s), but ${count} edge(s) lead into it`);
  }
}

function withNode(err: unknown, name: string): unknown {
  if (err instanceof LaminarError && !err.message.startsWith(`node '`)) {
    const Ctor = err.constructor as new (message: string, options?: ErrorOptions) => LaminarError;
    return new Ctor(`node '${name}': ${err.message}`, { cause: err.cause });
  }
  return err;
}

function label(node: plan.PlanNode): string {
  return `'${node.name || node.id}'`;
}
