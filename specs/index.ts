/**
 * Contracts shared by every layer: the physical plan messages and the checkpoint manifest
 * (protobufjs, generated from `specs/proto/plan.proto` and `checkpoint.proto`). This folder is a
 * leaf: it imports nothing from the repository.
 * It is not a place for logic; conformance data (slt suites, golden plans) lives beside it.
 *
 * @example
 * ```ts
 * import { plan } from 'laminardb';
 * const bytes = plan.Plan.encode({ name: 'p', nodes: [], edges: [] }).finish();
 * plan.Plan.decode(bytes).name; // 'p'
 * ```
 */
import { laminardb } from './generated/plan.js';
import { laminardb as checkpointRoot } from './generated/checkpoint.js';

export const plan = laminardb.plan;
export namespace plan {
  export type Plan = laminardb.plan.Plan.$Properties;
  export type PlanNode = laminardb.plan.PlanNode.$Properties;
  export type Edge = laminardb.plan.Edge.$Properties;
  export type Expr = laminardb.plan.Expr.$Properties;
  export type Literal = laminardb.plan.Literal.$Properties;
  export type Call = laminardb.plan.Call.$Properties;
  export type Schema = laminardb.plan.Schema.$Properties;
  export type Field = laminardb.plan.Field.$Properties;
  export type DataType = laminardb.plan.DataType.$Properties;
  export type TypeKind = laminardb.plan.TypeKind;
  export type OverflowPolicy = laminardb.plan.OverflowPolicy;
  export type NamedExpr = laminardb.plan.NamedExpr.$Properties;
  export type SourceNode = laminardb.plan.SourceNode.$Properties;
  export type SinkNode = laminardb.plan.SinkNode.$Properties;
  export type WatermarkNode = laminardb.plan.WatermarkNode.$Properties;
  export type FilterNode = laminardb.plan.FilterNode.$Properties;
  export type ProjectNode = laminardb.plan.ProjectNode.$Properties;
  export type MapNode = laminardb.plan.MapNode.$Properties;
  export type UnionNode = laminardb.plan.UnionNode.$Properties;
  export type WindowAggregateNode = laminardb.plan.WindowAggregateNode.$Properties;
  export type GroupAggregateNode = laminardb.plan.GroupAggregateNode.$Properties;
  export type AggregateCall = laminardb.plan.AggregateCall.$Properties;
  export type Window = laminardb.plan.Window.$Properties;
  export type Emit = laminardb.plan.Emit.$Properties;
  export type JoinNode = laminardb.plan.JoinNode.$Properties;
  export type AsofJoinNode = laminardb.plan.AsofJoinNode.$Properties;
  export type TemporalProbeJoinNode = laminardb.plan.TemporalProbeJoinNode.$Properties;
  export type LookupJoinNode = laminardb.plan.LookupJoinNode.$Properties;
  export type CalcNode = laminardb.plan.CalcNode.$Properties;
  export type CalcStep = laminardb.plan.CalcStep.$Properties;
  export type SortNode = laminardb.plan.SortNode.$Properties;
  export type SortKey = laminardb.plan.SortKey.$Properties;
  export type TemporalJoinNode = laminardb.plan.TemporalJoinNode.$Properties;
  export type OverNode = laminardb.plan.OverNode.$Properties;
  export type OverCall = laminardb.plan.OverCall.$Properties;
  export type Frame = laminardb.plan.Frame.$Properties;
  export type LimitNode = laminardb.plan.LimitNode.$Properties;
  export type LateRowsNode = laminardb.plan.LateRowsNode.$Properties;
  export type TemporalFilterNode = laminardb.plan.TemporalFilterNode.$Properties;
  export type Partitioning = laminardb.plan.Partitioning.$Properties;
  /** The `body` oneof of a plan node: which physical operator it is. */
  export type NodeKind = NonNullable<laminardb.plan.PlanNode.$Properties['body']>;
}

/**
 * The manifest of an on-disk checkpoint (generated from `specs/proto/checkpoint.proto`), written
 * and read by the runtime's CheckpointStore.
 *
 * @example
 * ```ts
 * const bytes = checkpoint.Manifest.encode({ id: 7, catalog: 'CREATE SOURCE ...' }).finish();
 * checkpoint.Manifest.decode(bytes).catalog; // 'CREATE SOURCE ...'
 * ```
 */
export const checkpoint = checkpointRoot.checkpoint;
export namespace checkpoint {
  export type Manifest = checkpointRoot.checkpoint.Manifest.$Properties;
  export type StateFile = checkpointRoot.checkpoint.StateFile.$Properties;
}
