/**
 * Physical lowering: a logical plan becomes plan messages (specs/proto/plan.proto), a fragment
 * the facade adds to the running pipeline. Scans read existing plan nodes; how a stored relation
 * or VALUES list becomes a source is the caller's choice (streams read live nodes, snapshot
 * queries read bounded copies).
 */
import { plan } from '../../specs/index.js';
import type { Relation } from './catalog.js';
import { toPlanCall, type EmitSpec, type JoinKind, type Logical, type WindowShape } from './logical.js';

/** plan.Emit.Mode values, in order. */
const EMIT_MODES: readonly EmitSpec['mode'][] = ['close', 'final', 'update', 'changes', 'every'];

const JOIN_TYPES: Record<JoinKind, number> = {
  inner: plan.JoinNode.Type.INNER, left: plan.JoinNode.Type.LEFT, full: plan.JoinNode.Type.FULL, semi: plan.JoinNode.Type.SEMI, anti: plan.JoinNode.Type.ANTI,
};

/** How leaf relations become plan nodes. */
export interface LeafLowering {
  /**
   * The node id that produces `relation`'s rows; with `keepLate`, a source's rows before its
   * watermark drops late ones (through a watermark node of the same definition that keeps them).
   */
  scan(relation: Relation, keepLate: boolean): number;
  /** The schema of a table a lookup join reads (its stored rows). */
  tableSchema?(relation: Relation): plan.Schema;
  /** The node id that produces a VALUES list (or the one empty row of a FROM-less SELECT). */
  values(node: Extract<Logical, { kind: 'values' }>): number;
}

/** A plan fragment and the node that produces its output. */
export interface Fragment {
  readonly nodes: plan.PlanNode[];
  readonly edges: plan.Edge[];
  readonly output: number;
}

/** Options of lowering. */
export interface LowerOptions {
  /** Name of the output node (the stream or view name); '' leaves it unnamed. */
  readonly name: string;
  readonly nextNodeId: () => number;
  readonly leaves: LeafLowering;
  /** Row errors fail the pipeline instead of giving NULL (SET on_error = 'fail'). */
  readonly failOnError?: boolean;
}

/** Lowers `root` into a fragment. */
export function lowerPlan(root: Logical, options: LowerOptions): Fragment {
  const nodes: plan.PlanNode[] = [];
  const edges: plan.Edge[] = [];
  const fail = options.failOnError === true;
  const add = (body: Omit<plan.PlanNode, 'id' | 'name'>, inputs: readonly number[], partitioning?: plan.Partitioning | readonly plan.Partitioning[]): number => {
    const id = options.nextNodeId();
    nodes.push({ id, name: '', ...body });
    inputs.forEach((from, input) => {
      const p = Array.isArray(partitioning) ? partitioning[input] : partitioning;
      edges.push({ from, to: id, input, ...(p ? { partitioning: p } : {}) });
    });
    return id;
  };
  const hash = (keys: readonly string[]): plan.Partitioning => ({ kind: plan.Partitioning.Kind.HASH, keys: [...keys] });
  const emitOf = (e: EmitSpec): plan.Emit => ({ mode: EMIT_MODES.indexOf(e.mode), everyMs: e.everyMs });
  const windowOf = (w: WindowShape): plan.Window => {
    switch (w.kind) {
      case 'tumbling': return { tumbling: { sizeMs: w.sizeMs, offsetMs: w.offsetMs } };
      case 'sliding': return { sliding: { sizeMs: w.sizeMs, slideMs: w.slideMs, offsetMs: w.offsetMs } };
      case 'cumulate': return { cumulate: { stepMs: w.stepMs, sizeMs: w.sizeMs, offsetMs: w.offsetMs } };
      case 'session': return { session: { gapMs: w.gapMs } };
    }
  };
  /** Late rows to a named node, without the planner's internal columns. */
  const lateBranch = (from: number, lateTo: string, body: plan.LateRowsNode, columns: readonly { name: string }[]) => {
    const late = add({ lateRows: { ...body, late: true } }, [from]);
    const visible = columns.filter((c) => !c.name.startsWith('__') || c.name === '__weight');
    add({ project: { exprs: visible.map((c) => ({ name: c.name, expr: { column: { name: c.name } } })) } }, [late]);
    nodes[nodes.length - 1]!.name = lateTo;
  };
  const visit = (node: Logical): number => {
    switch (node.kind) {
      case 'scan': return options.leaves.scan(node.relation, node.keepLate === true);
      case 'values': return options.leaves.values(node);
      case 'filter': return add({ filter: { expr: node.predicate, failOnError: fail } }, [visit(node.input)]);
      case 'project': return add({ project: { exprs: node.exprs.map((x) => ({ name: x.name, expr: x.expr })), failOnError: fail } }, [visit(node.input)]);
      case 'union': return add({ union: {} }, node.inputs.map(visit));
      case 'sort': return add({ sort: { keys: node.keys.map((k) => ({ expr: k.expr, descending: k.descending, nullsFirst: k.nullsFirst })) } }, [visit(node.input)]);
      case 'limit': return add({ limit: { limit: Number.isFinite(node.limit) ? node.limit : -1, offset: node.offset } }, [visit(node.input)]);
      case 'aggregate':
        return add(
          { groupAggregate: { keys: [...node.keys], aggregates: node.aggregates.map(toPlanCall), emit: emitOf(node.emit), ttlMs: node.ttlMs } },
          [visit(node.input)],
          hash(node.keys),
        );
      case 'window-aggregate': {
        const input = visit(node.input);
        const body: plan.WindowAggregateNode = {
          keys: [...node.keys], window: windowOf(node.window), timeColumn: node.timeColumn,
          aggregates: node.aggregates.map(toPlanCall), emit: emitOf(node.emit), latenessMs: node.latenessMs,
          ...(node.keyed !== undefined ? { keyed: { delayMs: node.keyed.delayMs, idleMs: node.keyed.idleMs } } : {}),
        };
        const id = add(node.window.kind === 'session' ? { sessionAggregate: body } : { windowAggregate: body }, [input], hash(node.keys));
        if (node.lateTo !== undefined) lateBranch(input, node.lateTo, { timeColumn: node.timeColumn, window: body.window, latenessMs: node.latenessMs }, node.input.columns);
        return id;
      }
      case 'late-filter': {
        const input = visit(node.input);
        const id = add({ lateRows: { timeColumn: node.timeColumn, late: false } }, [input]);
        if (node.lateTo !== undefined) lateBranch(input, node.lateTo, { timeColumn: node.timeColumn }, node.input.columns);
        return id;
      }
      case 'join': {
        const body: plan.JoinNode = {
          type: JOIN_TYPES[node.type], leftKeys: [...node.leftKeys], rightKeys: [...node.rightKeys],
          ...(node.condition ? { condition: node.condition } : {}),
          ...(node.interval ? { interval: { ...node.interval } } : {}),
          bounded: node.bounded, ttlMs: node.ttlMs,
        };
        return add({ join: body }, [visit(node.left), visit(node.right)], [hash(node.leftKeys), hash(node.rightKeys)]);
      }
      case 'lookup-join': {
        const schema = options.leaves.tableSchema?.(node.table);
        if (schema === undefined) throw new Error(`lookup join of '${node.table.name}': the lowering has no table schemas`);
        const body: plan.LookupJoinNode = {
          table: node.table.name, schema, leftKeys: [...node.leftKeys], tableKeys: [...node.tableKeys],
          type: node.type === 'left' ? 1 : 0, outputNames: [...node.outputNames], ...(node.condition ? { condition: node.condition } : {}),
          ...(node.tableFilters !== undefined && node.tableFilters.length > 0 ? { tableFilters: [...node.tableFilters] } : {}),
        };
        return add({ lookupJoin: body }, [visit(node.input)]);
      }
      case 'asof-join': {
        const body: plan.AsofJoinNode = {
          leftKeys: [...node.leftKeys], rightKeys: [...node.rightKeys], leftTime: node.leftTime, rightTime: node.rightTime,
          direction: ['backward', 'forward', 'nearest'].indexOf(node.direction), strict: node.strict,
          toleranceMs: Number.isFinite(node.toleranceMs) ? node.toleranceMs : -1, eager: node.eager,
        };
        return add({ asofJoin: body }, [visit(node.left), visit(node.right)], [hash(node.leftKeys), hash(node.rightKeys)]);
      }
      case 'temporal-join': {
        const body: plan.TemporalJoinNode = {
          leftKeys: [...node.leftKeys], rightKeys: [...node.rightKeys], leftTime: node.leftTime, versionTime: node.versionTime,
          leftJoin: node.type === 'left', eager: node.eager,
        };
        return add({ temporalJoin: body }, [visit(node.left), visit(node.right)], [hash(node.leftKeys), hash(node.rightKeys)]);
      }
      case 'temporal-probe': {
        const body: plan.TemporalProbeJoinNode = {
          type: node.type === 'left' ? plan.TemporalProbeJoinNode.Type.LEFT : plan.TemporalProbeJoinNode.Type.INNER,
          leftKeys: [...node.leftKeys], rightKeys: [...node.rightKeys], leftTime: node.leftTime, rightTime: node.rightTime,
          offsetsMs: [...node.offsetsMs], leftLagMs: node.leftLagMs, rightLagMs: node.rightLagMs,
          offsetColumn: node.offsetColumn, probeTimeColumn: node.probeTimeColumn,
        };
        return add({ temporalProbeJoin: body }, [visit(node.left), visit(node.right)], [hash(node.leftKeys), hash(node.rightKeys)]);
      }
      case 'over': {
        const body: plan.OverNode = {
          partitionBy: [...node.partitionBy], orderBy: node.orderBy.map((k) => ({ expr: k.expr, descending: k.descending, nullsFirst: k.nullsFirst })),
          calls: node.calls.map((c) => ({ name: c.name, function: c.fn, args: [...c.args], ...(c.frame ? { frame: c.frame } : {}), ...(c.aggregate ? { aggregate: toPlanCall(c.aggregate) } : {}) })),
          limit: node.limit, limitCall: node.limitCall, mode: ['changelog', 'watermark', 'bounded'].indexOf(node.mode), timeColumn: node.timeColumn, limitCallHidden: node.limitHidden === true,
        };
        return add({ over: body }, [visit(node.input)], hash(node.partitionBy));
      }
      case 'temporal-filter': return add({ temporalFilter: { timeColumn: node.timeColumn, rangeMs: node.rangeMs } }, [visit(node.input)]);
    }
  };
  let output = visit(root);
  if (options.name !== '') {
    const own = nodes.find((n) => n.id === output);
    if (own !== undefined) own.name = options.name;
    else {
      // The query is a bare scan: give the stream its own node so it can be named and subscribed.
      output = add({ project: { exprs: root.columns.map((c) => ({ name: c.name, expr: { column: { name: c.name } } })) } }, [output]);
      nodes[nodes.length - 1]!.name = options.name;
    }
  }
  return { nodes, edges, output };
}
