/**
 * The actor runtime: messages, bounded mailboxes, actors with xstate lifecycles, the cooperative
 * scheduler, operator/source/sink definitions, the plan-to-actors graph builder, subscriptions,
 * inspection, checkpoints, clocks, kernels and the Dataflow builder.
 *
 * It is not a place for concrete operators or connectors (they live in `operators/` and
 * `connectors/` and reach the runtime through a Registry), nor for SQL.
 */
export * from './errors/errors.js';
export * from './batch/types.js';
export * from './batch/batch.js';
export * from './batch/column.js';
export * from './batch/builders.js';
export * from './batch/values.js';
export * from './batch/rows.js';
export * from './batch/pretty.js';
export * from './batch/coerce.js';
export * from './batch/codegen.js';
export * from './message/message.js';
export * from './mailbox/mailbox.js';
export * from './clock/clock.js';
export * from './clock/alignment.js';
export * from './actor/lifecycle.js';
export type { ActorHost, ActorKind } from './actor/actor.js';
export * from './scheduler/scheduler.js';
export * from './operator/define-operator.js';
export * from './source/define-source.js';
export * from './source/lookup-source.js';
export * from './sink/define-sink.js';
export * from './graph/registry.js';
export * from './graph/build.js';
export * from './graph/pipeline.js';
export * from './checkpoint/coordinator.js';
export * from './checkpoint/store.js';
export * from './fs/file-system.js';
export * from './fs/crc32c.js';
export * from './fs/kill-point.js';
export * from './fs/lock-file.js';
export * from './wal/wal.js';
export * from './state/group-table.js';
export * from './state/key-codec.js';
export * from './state/spill.js';
export * from './subscribe/subscription.js';
export * from './inspect/events.js';
export * from './kernels/kernels.js';
export { jsKernels } from './kernels/js-kernels.js';
export { kernels, setKernels, nativeKernels } from './kernels/load-native.js';
export * from './graph/chain.js';
export * from './dataflow/expr.js';
export * from './dataflow/dataflow.js';
