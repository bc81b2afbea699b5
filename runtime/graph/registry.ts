/**
 * What the runtime needs to build actors from a plan: operator definitions by plan node kind and
 * connector definitions by connector name. The runtime never imports operators or connectors;
 * `db.ts` wires the defaults in.
 */
import { plan } from '../../specs/index.js';
import { PlanError } from '../errors/errors.js';
import type { OperatorDefinition } from '../operator/define-operator.js';
import type { SinkDefinition } from '../sink/define-sink.js';
import type { SourceDefinition } from '../source/define-source.js';

/** Plan node kinds an operator definition can implement (sources and sinks are connectors). */
export type OperatorKind = Exclude<plan.NodeKind, 'source' | 'sink'>;

/** Definitions the graph builder resolves plan nodes with. */
export interface Registry {
  readonly operators: Partial<Record<OperatorKind, OperatorDefinition<any>>>;
  readonly sources: Readonly<Record<string, SourceDefinition<plan.SourceNode>>>;
  readonly sinks: Readonly<Record<string, SinkDefinition<plan.SinkNode>>>;
}

const KINDS: readonly plan.NodeKind[] = ['source', 'watermark', 'filter', 'project', 'map', 'union', 'groupAggregate', 'windowAggregate', 'calc', 'sink', 'sort', 'limit', 'lateRows', 'temporalFilter', 'sessionAggregate', 'join', 'asofJoin', 'lookupJoin', 'over', 'temporalProbeJoin', 'temporalJoin'];

/** The body kind of a plan node (decoded messages carry `body`; built ones may only set the field). */
export function nodeKind(node: plan.PlanNode): plan.NodeKind {
  if (node.body) return node.body;
  for (const k of KINDS) if (node[k] != null) return k;
  throw new PlanError(`plan node ${node.id ?? '?'} ('${node.name ?? ''}') has no body`);
}

/** The body message of a plan node. */
export function nodeBody(node: plan.PlanNode): unknown {
  return node[nodeKind(node)];
}

/**
 * Combines registries; later entries win.
 *
 * @example
 * ```ts
 * const registry = mergeRegistries(defaultRegistry, { sinks: { slow: mySlowSink } });
 * const job = await flow.start({ registry });
 * ```
 */
export function mergeRegistries(...registries: Partial<Registry>[]): Registry {
  const out = { operators: {}, sources: {}, sinks: {} } as { operators: Registry['operators']; sources: Record<string, SourceDefinition<plan.SourceNode>>; sinks: Record<string, SinkDefinition<plan.SinkNode>> };
  for (const r of registries) {
    Object.assign(out.operators, r.operators);
    Object.assign(out.sources, r.sources);
    Object.assign(out.sinks, r.sinks);
  }
  return out;
}
