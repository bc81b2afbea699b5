/**
 * Whitebox kill points for crash testing: named places inside a checkpoint's phases (state files
 * written, manifest written, committed, sink files renamed, ...) where a test process can be made
 * to die with SIGKILL, so a kill harness hits each phase on purpose instead of by chance.
 *
 * Armed only by the environment of the process: `LAMINARDB_KILL_POINT=<name>:<k>` kills the
 * process the k-th time it reaches `<name>` (k defaults to 1). Unset, `killPoint` is one string
 * comparison. Before dying the process writes `kill point <name>` to stderr (synchronously), so
 * the harness can tell a kill point from its own timer.
 */
import { writeSync } from 'node:fs';

/** The places a process can be killed at (a checkpoint's phases, in the order it reaches them). */
export const KILL_POINTS = [
  'wal.synced',
  'checkpoint.state-written',
  'checkpoint.manifest-written',
  'checkpoint.committed',
  'sink.renamed',
  'sink.committed',
  'checkpoint.log-truncated',
  'restore.recorded',
] as const;

/** The kill points a checkpoint (and the sinks' commit after it) passes. */
export const CHECKPOINT_KILL_POINTS: readonly KillPointName[] = KILL_POINTS.filter((p) => p !== 'restore.recorded');

/** A place a process can be killed at (see KILL_POINTS). */
export type KillPointName = (typeof KILL_POINTS)[number];

function armed(): { name: string; left: number } | undefined {
  const spec = process.env.LAMINARDB_KILL_POINT;
  if (spec === undefined || spec === '') return undefined;
  const [name, k] = spec.split(':');
  if (!(KILL_POINTS as readonly string[]).includes(name!)) {
    throw new Error(`LAMINARDB_KILL_POINT names no kill point: '${name}'; kill points are: ${KILL_POINTS.join(', ')}`);
  }
  const left = k === undefined ? 1 : Number(k);
  if (!Number.isSafeInteger(left) || left < 1) throw new Error(`LAMINARDB_KILL_POINT '${spec}': the count after ':' must be a positive integer`);
  return { name: name!, left };
}

const point = armed();

/**
 * Marks a kill point: dies here (SIGKILL, no cleanup, like a power cut to the process) when the
 * environment armed this point and this is its k-th visit.
 *
 * @example
 * ```ts
 * store.markCommitted(id);
 * killPoint('checkpoint.committed'); // LAMINARDB_KILL_POINT=checkpoint.committed:2 dies at the 2nd
 * ```
 */
export function killPoint(name: KillPointName): void {
  if (point === undefined || point.name !== name) return;
  if (--point.left > 0) return;
  writeSync(2, `kill point ${name}\n`);
  process.kill(process.pid, 'SIGKILL');
}
