/**
 * The checkpoint coordinator (aligned barriers, Chandy–Lamport): a checkpoint starts by injecting
 * a barrier at every source; each actor snapshots when the barrier has arrived on all its inputs;
 * once every live actor has reported, the checkpoint is complete and sinks commit the epoch.
 * This coordinator keeps checkpoints in memory; the durability layer writes them to disk.
 */
import { CheckpointError } from '../errors/errors.js';

/** A completed checkpoint: every actor's state at one consistent cut. */
export interface Checkpoint {
  readonly id: number;
  readonly pipeline: string;
  /** State by actor name (operator state, source positions, sink state). */
  readonly states: Readonly<Record<string, unknown>>;
  /** Epoch milliseconds (pipeline clock) when it completed. */
  readonly completedAt: number;
}

interface Pending {
  readonly id: number;
  readonly waiting: Set<string>;
  readonly states: Record<string, unknown>;
  resolve(checkpoint: Checkpoint): void;
  reject(error: unknown): void;
}

/** Participants' view of a checkpoint run. */
export interface CheckpointHooks {
  /** Names of the actors that must report (live actors). */
  participants(): string[];
  /** Starts the checkpoint at the sources. */
  inject(checkpointId: number): void;
  /** Everyone reported: commit sinks, tell sources. Throwing fails the checkpoint. */
  complete(checkpoint: Checkpoint): Promise<void>;
  now(): number;
}

export class CheckpointCoordinator {
  private nextId: number;
  private pending = new Map<number, Pending>();
  private last: Checkpoint | undefined;

  constructor(private readonly pipeline: string, private readonly hooks: CheckpointHooks, firstId = 1) {
    this.nextId = firstId;
  }

  /** The newest completed checkpoint. */
  get latest(): Checkpoint | undefined {
    return this.last;
  }

  /** The id of the newest checkpoint started (`firstId - 1` before the first). */
  get lastStarted(): number {
    return this.nextId - 1;
  }

  /** Checkpoints started and not yet complete. */
  get inFlight(): number {
    return this.pending.size;
  }

  /** Starts a checkpoint; resolves when every live actor has snapshotted and sinks committed. */
  trigger(): Promise<Checkpoint> {
    const id = this.nextId++;
    const waiting = new Set(this.hooks.participants());
    return new Promise<Checkpoint>((resolve, reject) => {
      this.pending.set(id, { id, waiting, states: {}, resolve, reject });
      this.hooks.inject(id);
      this.maybeComplete(id);
    });
  }

  /** An actor's snapshot for checkpoint `id` (a copy the actor no longer touches). */
  report(actor: string, id: number, state: unknown): void {
    const p = this.pending.get(id);
    if (p === undefined) return;
    p.states[actor] = state;
    p.waiting.delete(actor);
    this.maybeComplete(id);
  }

  /** An actor finished before its barrier arrived: its final state stands in for the snapshot. */
  finished(actor: string, state: unknown): void {
    for (const p of this.pending.values()) {
      if (p.waiting.has(actor)) this.report(actor, p.id, state);
    }
  }

  /** Fails every pending checkpoint. */
  abort(error: unknown): void {
    const pending = [...this.pending.values()];
    this.pending.clear();
    for (const p of pending) p.reject(new CheckpointError(`checkpoint ${p.id} aborted: ${(error as Error)?.message ?? String(error)}`, { cause: error }));
  }

  private maybeComplete(id: number): void {
    const p = this.pending.get(id);
    if (p === undefined || p.waiting.size > 0) return;
    this.pending.delete(id);
    const checkpoint: Checkpoint = { id, pipeline: this.pipeline, states: p.states, completedAt: this.hooks.now() };
    this.hooks.complete(checkpoint).then(
      () => {
        this.last = checkpoint;
        p.resolve(checkpoint);
      },
      (err) => p.reject(new CheckpointError(`checkpoint ${id} could not commit: ${(err as Error)?.message ?? String(err)}`, { cause: err })),
    );
  }
}
