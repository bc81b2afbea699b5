/**
 * The lifecycle status machine shared by actors and pipelines, run by xstate. xstate carries the
 * control plane only (a handful of transitions per actor lifetime); data never passes through it.
 *
 * created → starting → running ⇄ (checkpointing) → draining → stopped, and any state → failed.
 */
import { assign, createActor, setup, type Actor as XActor, type SnapshotFrom } from 'xstate';

/** Events that move a lifecycle. */
export type LifecycleEvent =
  | { type: 'START' }
  | { type: 'STARTED' }
  | { type: 'CHECKPOINT' }
  | { type: 'CHECKPOINTED' }
  | { type: 'DRAIN' }
  | { type: 'STOP' }
  | { type: 'FAIL'; error: unknown };

/** The flat status of a lifecycle. */
export type LifecycleStatus = 'created' | 'starting' | 'running' | 'checkpointing' | 'draining' | 'stopped' | 'failed';

/** The lifecycle machine definition. */
export const lifecycleMachine = setup({
  types: {
    context: {} as { error: unknown },
    events: {} as LifecycleEvent,
  },
  actions: {
    recordError: assign({ error: ({ event }) => (event.type === 'FAIL' ? event.error : undefined) }),
  },
}).createMachine({
  id: 'lifecycle',
  context: { error: undefined },
  initial: 'created',
  states: {
    created: {
      on: { START: 'starting', STOP: 'stopped', FAIL: { target: 'failed', actions: 'recordError' } },
    },
    starting: {
      on: { STARTED: 'running', STOP: 'stopped', FAIL: { target: 'failed', actions: 'recordError' } },
    },
    running: {
      initial: 'processing',
      states: {
        processing: { on: { CHECKPOINT: 'checkpointing' } },
        checkpointing: { on: { CHECKPOINTED: 'processing' } },
      },
      on: { DRAIN: 'draining', STOP: 'stopped', FAIL: { target: 'failed', actions: 'recordError' } },
    },
    draining: {
      on: { STOP: 'stopped', FAIL: { target: 'failed', actions: 'recordError' } },
    },
    stopped: { type: 'final' },
    failed: { type: 'final' },
  },
});

/** A running lifecycle (an xstate actor). It is observable: `lifecycle.subscribe(snapshot => ...)`. */
export type Lifecycle = XActor<typeof lifecycleMachine>;
/** A lifecycle snapshot. */
export type LifecycleSnapshot = SnapshotFrom<typeof lifecycleMachine>;

/** Creates and starts a lifecycle in `created`. */
export function createLifecycle(id: string): Lifecycle {
  return createActor(lifecycleMachine, { id }).start();
}

/** The flat status of a snapshot. */
export function statusOf(snapshot: LifecycleSnapshot): LifecycleStatus {
  const v = snapshot.value;
  if (typeof v === 'string') return v as LifecycleStatus;
  return v.running === 'checkpointing' ? 'checkpointing' : 'running';
}

/** Whether the status is final. */
export function isFinal(status: LifecycleStatus): boolean {
  return status === 'stopped' || status === 'failed';
}
