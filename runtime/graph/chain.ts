/**
 * Operator chaining: adjacent expression filters and projections connected by a plain forward
 * edge are merged into one calc node, so they run as one generated loop in one actor (Flink's
 * chaining, decided by the runtime, not the planner). A node named by the user stays visible:
 * it is never merged into its successor, so `subscribe(name)` keeps working.
 */
import { plan } from '../../specs/index.js';
import { nodeKind } from './registry.js';

function steps(node: plan.PlanNode): plan.CalcStep[] | undefined {
  switch (nodeKind(node)) {
    case 'filter': return node.filter!.expr != null ? [{ filter: node.filter! }] : undefined;
    case 'project': return [{ project: node.project! }];
    case 'calc': return node.calc!.steps ?? [];
    default: return undefined;
  }
}

function plainEdge(e: plan.Edge): boolean {
  return !e.capacity && !e.overflow && (e.partitioning?.kind ?? 0) === plan.Partitioning.Kind.FORWARD;
}

/** Returns `p` with chains of filters/projections fused into calc nodes. */
export function chainOperators(p: plan.Plan): plan.Plan {
  const nodes = new Map<number, plan.PlanNode>((p.nodes ?? []).map((n) => [n.id ?? 0, { ...n }]));
  let edges = [...(p.edges ?? [])];
  const labels = new Map<number, string>();
  const label = (n: plan.PlanNode) => labels.get(n.id ?? 0) ?? (n.name || `${nodeKind(n)}#${n.id ?? 0}`);
  let merged = true;
  while (merged) {
    merged = false;
    for (const b of nodes.values()) {
      const bSteps = steps(b);
      if (bSteps === undefined) continue;
      const ins = edges.filter((e) => e.to === b.id);
      if (ins.length !== 1 || !plainEdge(ins[0]!)) continue;
      const a = nodes.get(ins[0]!.from ?? 0);
      // The upstream node may belong to an earlier fragment of a running pipeline.
      if (a === undefined) continue;
      const aSteps = steps(a);
      if (aSteps === undefined || a.name || edges.filter((e) => e.from === a.id).length !== 1) continue;
      const fused: plan.PlanNode = { id: b.id, name: b.name, calc: { steps: [...aSteps, ...bSteps] } };
      labels.set(b.id ?? 0, `${label(a)}+${label(b)}`);
      nodes.set(b.id ?? 0, fused);
      nodes.delete(a.id ?? 0);
      edges = edges.filter((e) => e !== ins[0]).map((e) => (e.to === a.id ? { ...e, to: b.id } : e));
      merged = true;
      break;
    }
  }
  const out = [...nodes.values()].map((n) => (labels.has(n.id ?? 0) && !n.name ? { ...n, name: labels.get(n.id ?? 0)! } : n));
  return { name: p.name, nodes: out, edges };
}
