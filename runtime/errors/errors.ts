/**
 * Named error classes. Every error the engine raises carries a stable code (`LDB-NNNN`), a domain
 * (who has to act: the user, an external system, or us) and a retry hint, so callers can branch on
 * `err.code` or `instanceof` instead of parsing messages.
 */

/** Who has to act on an error. */
export type ErrorDomain = 'user' | 'external' | 'internal';
/** Whether retrying the same operation can succeed. */
export type RetryHint = 'none' | 'backoff';

/** Options shared by every LaminarDB error. */
export interface LaminarErrorOptions extends ErrorOptions {
  /** Name of the actor (operator, source, sink) the error happened in. */
  actor?: string;
}

/**
 * Base class of every error LaminarDB raises.
 *
 * @example
 * ```ts
 * try { await job.insert('trades', rows); }
 * catch (err) { if (err instanceof LaminarError && err.domain === 'user') console.error(err.code, err.message); }
 * ```
 */
export class LaminarError extends Error {
  readonly code: string = 'LDB-0000';
  readonly domain: ErrorDomain = 'internal';
  readonly retry: RetryHint = 'none';
  /** The actor the error happened in, when there is one. */
  readonly actor: string | undefined;

  constructor(message: string, options?: LaminarErrorOptions) {
    super(message, options);
    this.name = new.target.name;
    this.actor = options?.actor;
  }
}

/** A plan or Dataflow definition is invalid (unknown column, wrong type, missing option). */
export class PlanError extends LaminarError {
  override readonly code = 'LDB-1001';
  override readonly domain = 'user';
}

/** Rows or batches do not match a schema. */
export class SchemaError extends LaminarError {
  override readonly code = 'LDB-1002';
  override readonly domain = 'user';
}

/** An API was called with an invalid argument. */
export class InvalidArgumentError extends LaminarError {
  override readonly code = 'LDB-1003';
  override readonly domain = 'user';

  /** Formats a message that names the argument and what is expected of it. */
  static format(argument: string, expected: string, got: unknown): InvalidArgumentError {
    return new InvalidArgumentError(`invalid ${argument}: expected ${expected}, got ${describe(got)}`);
  }
}

/** Something was looked up by name and is not there (source, stream, connector, function). */
export class NotFoundError extends LaminarError {
  override readonly code = 'LDB-1004';
  override readonly domain = 'user';
}

/** The pipeline is not in a state that allows the call (inserting after stop, starting twice). */
export class PipelineStateError extends LaminarError {
  override readonly code = 'LDB-2001';
  override readonly domain = 'user';
}

/** An actor failed; the pipeline stopped. `actor` names it and `cause` holds what it threw. */
export class ActorFailedError extends LaminarError {
  override readonly code = 'LDB-2002';
  override readonly domain: ErrorDomain;

  constructor(actor: string, cause: unknown) {
    super(`actor '${actor}' failed: ${causeMessage(cause)}`, { actor, cause });
    this.domain = cause instanceof LaminarError ? cause.domain : 'internal';
  }
}

/** A mailbox was closed while a sender waited on it (the pipeline stopped or failed). */
export class MailboxClosedError extends LaminarError {
  override readonly code = 'LDB-2003';
}

/** A checkpoint could not complete. */
export class CheckpointError extends LaminarError {
  override readonly code = 'LDB-3001';
  override readonly retry = 'backoff';
}

/** An external system (broker, database, file system) failed. */
export class ExternalError extends LaminarError {
  override readonly code = 'LDB-4001';
  override readonly domain = 'external';
  override readonly retry = 'backoff';
}

/**
 * Durable storage failed (a write, fsync or rename of the write-ahead log or a checkpoint). It is
 * fail-stop: after an fsync error the data the OS held may be gone, so the writer refuses every
 * later call instead of retrying. `path` names the file.
 */
export class StorageError extends LaminarError {
  override readonly code = 'LDB-3002';
  override readonly domain = 'external';
  readonly path: string | undefined;

  constructor(message: string, options?: LaminarErrorOptions & { path?: string }) {
    super(message, options);
    this.path = options?.path;
  }
}

/**
 * Whether a checkpoint committed is unknown: writing its commit record failed part way (the
 * rename may be on disk). Sinks must neither commit nor roll back its epoch; the process stops
 * taking writes and the next open decides from what is on disk.
 */
export class CommitUnknownError extends StorageError {}

/**
 * Stored data is damaged where it cannot be a torn write (a checksum mismatch in the middle of a
 * log, a checkpoint file whose checksum differs from its manifest). Names the file and offset.
 */
export class CorruptionError extends LaminarError {
  override readonly code = 'LDB-3003';
  override readonly domain = 'external';
  readonly path: string;
  readonly offset: number;

  constructor(message: string, path: string, offset: number, options?: LaminarErrorOptions) {
    super(`${message} (${path} at byte ${offset})`, options);
    this.path = path;
    this.offset = offset;
  }
}

/**
 * A directory is in use by another open database (its `LOCK` file names a live process). Two
 * writers on one log and one checkpoint store would damage both.
 */
export class LockedError extends LaminarError {
  override readonly code = 'LDB-3004';
  override readonly domain = 'user';
  readonly path: string;
  /** The process holding the lock. */
  readonly pid: number;

  constructor(message: string, path: string, pid: number) {
    super(message);
    this.path = path;
    this.pid = pid;
  }
}

/** Every error class, for `instanceof errors.X` checks without importing each one. */
export const errors = {
  LaminarError,
  PlanError,
  SchemaError,
  InvalidArgumentError,
  NotFoundError,
  PipelineStateError,
  ActorFailedError,
  MailboxClosedError,
  CheckpointError,
  StorageError,
  CommitUnknownError,
  CorruptionError,
  LockedError,
  ExternalError,
} as const;

/** The message of an unknown thrown value, without assuming it is an Error. */
export function causeMessage(cause: unknown): string {
  if (cause instanceof Error) return cause.message;
  return describe(cause);
}

function describe(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'bigint') return `${value}n`;
  if (value === null || typeof value !== 'object') return String(value);
  try {
    return JSON.stringify(value).slice(0, 200);
  } catch {
    return Object.prototype.toString.call(value);
  }
}

/**
 * Finds the closest candidate to `name` (edit distance), for did-you-mean hints.
 * Returns undefined when nothing is close enough to be a plausible typo.
 */
export function closest(name: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  const lower = name.toLowerCase();
  for (const c of candidates) {
    const d = editDistance(lower, c.toLowerCase());
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return best !== undefined && bestDistance <= Math.max(1, Math.floor(name.length / 3)) ? best : undefined;
}

/** Optimal string alignment distance: edits plus adjacent transpositions ('qyt' -> 'qty' is 1). */
function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...new Array<number>(b.length).fill(0)]);
  for (let j = 0; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  }
  return d[a.length]![b.length]!;
}

/** Appends " (did you mean 'x'?)" when a close candidate exists. */
export function didYouMean(name: string, candidates: Iterable<string>): string {
  const hit = closest(name, candidates);
  return hit === undefined ? '' : ` (did you mean '${hit}'?)`;
}
