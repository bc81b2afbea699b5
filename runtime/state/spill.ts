/**
 * A memory budget for operator state and the on-disk store (LMDB) that state over the budget
 * spills to. One `StateBudget` belongs to a database; each stateful operator takes a
 * `BudgetShare` from it, reports an estimate of its resident state bytes, asks whether it is
 * over its allowance, and moves state it does not need now into its `SpillStore` (a named LMDB
 * sub-database of its own).
 *
 * Spill files are scratch, never the durable truth: checkpoints carry spilled state too. The
 * environment opens on the first spill in a fresh directory, under `<path>/spill/` for a durable
 * database (wiped on open, so files left by a crash go) or under the OS temp dir, and closes,
 * its directory removed, when the last operator with a share stops. Writes are not fsynced.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { open, type Database as LmdbDatabase, type RootDatabase } from 'lmdb';
import { InvalidArgumentError, LaminarError, StorageError } from '../errors/errors.js';
import { processAlive } from '../fs/lock-file.js';

/** Keys up to this many bytes are stored as they are; longer ones by their SHA-256 (LMDB keys are at most 1978 bytes). */
const MAX_RAW_KEY = 1900;

/** The pipeline service name under which a database gives operators its `StateBudget`. */
export const STATE_BUDGET_SERVICE = 'stateBudget';

const UNITS: Record<string, number> = { '': 1, b: 1, kb: 2 ** 10, kib: 2 ** 10, mb: 2 ** 20, mib: 2 ** 20, gb: 2 ** 30, gib: 2 ** 30 };

/**
 * Bytes from a size: a number of bytes, or text such as `'64mb'`, `'512 KiB'`, `'2gb'` (units are
 * powers of 1024).
 *
 * @example
 * ```ts
 * parseBytes('64mb'); // 67108864
 * ```
 */
export function parseBytes(value: string | number, what = 'size'): number {
  if (typeof value === 'number') {
    if (!Number.isFinite(value) || value <= 0) throw InvalidArgumentError.format(what, 'a positive number of bytes or a size such as "64mb"', value);
    return Math.floor(value);
  }
  const m = typeof value === 'string' ? /^\s*(\d+(?:\.\d+)?)\s*([a-z]*)\s*$/i.exec(value) : null;
  const unit = m === null ? undefined : UNITS[m[2]!.toLowerCase()];
  if (m === null || unit === undefined || !(Number(m[1]) > 0)) throw InvalidArgumentError.format(what, 'a positive number of bytes or a size such as "64mb", "512kb" or "2gb"', value);
  return Math.floor(Number(m[1]) * unit);
}

/** Spill directories under the OS temp directory are `laminardb-spill-<pid>-<random>`. */
const SPILL_PREFIX = 'laminardb-spill-';
const SPILL_NAME = new RegExp(`^${SPILL_PREFIX}(\\d+)-`);

/**
 * Removes the temp spill directories of processes that are gone: an in-memory database killed
 * before it could remove its own (a durable one wipes `<path>/spill/` on open instead).
 */
export function sweepStaleSpills(base: string): number {
  let removed = 0;
  let names: string[];
  try {
    names = readdirSync(base);
  } catch {
    return 0;
  }
  for (const name of names) {
    const m = SPILL_NAME.exec(name);
    if (m === null) continue;
    const pid = Number(m[1]);
    if (pid === process.pid || processAlive(pid)) continue;
    try {
      rmSync(join(base, name), { recursive: true, force: true });
      removed++;
    } catch {
      // Another process's sweep got there first, or it is not ours to remove.
    }
  }
  return removed;
}

/**
 * The state memory budget of a database, shared by its stateful operators.
 *
 * @example
 * ```ts
 * const budget = new StateBudget(parseBytes('64mb'), {});
 * const share = budget.share('q1.agg');
 * share.bytes = 80 * 2 ** 20;
 * if (share.over()) share.store().put([[key, value]]);
 * await share.release(); // the last share: the spill files go
 * ```
 */
export class StateBudget {
  private readonly shares = new Set<BudgetShare>();
  private root: RootDatabase | undefined;
  private dir: string | undefined;
  /** Where each environment gets a fresh directory of its own. */
  private readonly base: string;

  /** `path`: a durable database's directory (spill files go under `<path>/spill/`, wiped now). */
  constructor(readonly limit: number, options: { readonly path?: string }) {
    if (options.path !== undefined) {
      this.base = join(options.path, 'spill');
      rmSync(this.base, { recursive: true, force: true });
    } else {
      this.base = tmpdir();
      sweepStaleSpills(this.base);
    }
  }

  private shareCount = 0;

  /**
   * A share for one operator. Its sub-database is named after the actor and numbered, since a
   * query's own pipeline may have actors named like the database's.
   */
  share(name: string): BudgetShare {
    const s = new BudgetShare(this, `${name}#${++this.shareCount}`);
    this.shares.add(s);
    return s;
  }

  /** The resident bytes all shares report. */
  get resident(): number {
    let sum = 0;
    for (const s of this.shares) sum += s.bytes;
    return sum;
  }

  /**
   * What one share may hold: the budget less what the others hold, and at least an equal part of
   * it (so one large operator may use what idle ones leave, but not crowd the others out).
   */
  allowance(share: BudgetShare): number {
    return Math.max(this.limit / Math.max(1, this.shares.size), this.limit - (this.resident - share.bytes));
  }

  /** Where spill files are now (undefined while no environment is open). */
  get directory(): string | undefined {
    return this.dir;
  }

  /** The LMDB environment, opened on first use in a fresh directory. */
  environment(): RootDatabase {
    if (this.root === undefined) {
      mkdirSync(this.base, { recursive: true });
      this.dir = mkdtempSync(join(this.base, `${SPILL_PREFIX}${process.pid}-`));
      // Not useWritemap: about a quarter faster in the state-budget benchmark, but lmdb 3.5.6 then
      // aborts the process (an assertion in mdb_freelist_save) on spill.spec.ts's puts and deletes.
      this.root = open({ path: this.dir, maxDbs: 1024, noSync: true, noMetaSync: true, cache: false, compression: false });
    }
    return this.root;
  }

  /**
   * Forgets a share (its operator stopped). With the last one gone, the environment closes and
   * its directory is removed: the pipeline stopped, or holds no operator that spills.
   */
  async remove(share: BudgetShare): Promise<void> {
    this.shares.delete(share);
    if (this.shares.size > 0 || this.root === undefined) return;
    const root = this.root;
    const dir = this.dir!;
    this.root = undefined;
    this.dir = undefined;
    await root.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** One operator's part of a `StateBudget`. */
export class BudgetShare {
  /** The operator's estimate of its resident state bytes. */
  bytes = 0;
  private spill: SpillStore | undefined;

  constructor(private readonly budget: StateBudget, readonly name: string) {}

  /** Whether the database is over budget and this share holds more than its allowance. */
  over(): boolean {
    return this.budget.resident > this.budget.limit && this.bytes > this.budget.allowance(this);
  }

  /** What this share may hold now (see `StateBudget.allowance`). */
  allowance(): number {
    return this.budget.allowance(this);
  }

  /** The share's spill store (a sub-database named after the operator), opened on first use. */
  store(): SpillStore {
    if (this.spill === undefined) this.spill = new SpillStore(this.budget.environment(), this.name, this.budget.directory!);
    return this.spill;
  }

  /** How many entries the spill store holds now (0 before the first spill). */
  get spilled(): number {
    return this.spill?.count ?? 0;
  }

  /** The operator stopped: its spilled state is dropped and its share returned. */
  release(): Promise<void> {
    this.spill?.drop();
    this.spill = undefined;
    this.bytes = 0;
    return this.budget.remove(this);
  }
}

/**
 * Binary key -> binary value, on disk, for one operator. Keys longer than LMDB allows are stored
 * under their SHA-256 with the full key kept in the value and compared on read.
 */
export class SpillStore {
  private readonly db: LmdbDatabase<Buffer, Buffer>;
  /** Entries stored (counted here: LMDB's own statistics may come from an older read snapshot). */
  count = 0;

  constructor(private readonly root: RootDatabase, name: string, private readonly dir: string) {
    this.db = root.openDB<Buffer, Buffer>({ name, encoding: 'binary', keyEncoding: 'binary' });
    // A sub-database left by an operator of the same name that did not drop it.
    this.db.clearSync();
  }

  /** Stores entries in one transaction. */
  put(entries: readonly (readonly [Uint8Array, Uint8Array])[]): void {
    if (entries.length === 0) return;
    try {
      this.root.transactionSync(() => {
        for (const [key, value] of entries) {
          const [stored, hashed] = storedKey(key);
          const v = hashed ? withKey(key, value) : Buffer.from(value.buffer, value.byteOffset, value.length);
          // New keys (the usual case) need no separate lookup: LMDB refuses to overwrite instead.
          // (lmdb's types say void; putSync returns whether it wrote.)
          if ((this.db.putSync(stored, v, { noOverwrite: true }) as unknown as boolean)) this.count++;
          else this.db.putSync(stored, v);
        }
      });
    } catch (error) {
      throw new StorageError(`could not spill operator state to ${this.dir}: ${(error as Error).message}`, { cause: error, path: this.dir });
    }
  }

  /**
   * The values of `keys` (undefined where absent), deleted from the store in one transaction:
   * what is taken lives in memory again.
   */
  take(keys: readonly Uint8Array[]): (Uint8Array | undefined)[] {
    const out: (Uint8Array | undefined)[] = new Array(keys.length);
    if (this.count === 0) return out.fill(undefined);
    const found: Buffer[] = [];
    keys.forEach((key, j) => {
      const [stored, hashed] = storedKey(key);
      const raw = this.db.getBinary(stored);
      if (raw === undefined) return;
      out[j] = hashed ? valueOf(key, raw) : new Uint8Array(raw);
      found.push(stored);
    });
    if (found.length > 0) {
      this.root.transactionSync(() => {
        for (const k of found) this.db.removeSync(k);
      });
      this.count -= found.length;
    }
    return out;
  }

  /** Deletes keys (present or not) in one transaction. */
  delete(keys: readonly Uint8Array[]): void {
    if (keys.length === 0) return;
    this.root.transactionSync(() => {
      for (const key of keys) if (this.db.removeSync(storedKey(key)[0])) this.count--;
    });
  }

  /** Every entry as [key, value] copies, in key order (a snapshot of the store when called). */
  *entries(): Generator<[Uint8Array, Uint8Array]> {
    for (const { key, value } of this.db.getRange({ snapshot: true })) {
      const k = key as Buffer;
      const v = value as Buffer;
      if (k[0] === 0) yield [new Uint8Array(k.subarray(1)), new Uint8Array(v)];
      else {
        const len = v.readUInt32LE(1);
        yield [new Uint8Array(v.subarray(5, 5 + len)), new Uint8Array(v.subarray(5 + len))];
      }
    }
  }

  /** Every key as a copy (a snapshot of the store when called), in key order. */
  *keys(): Generator<Uint8Array> {
    for (const key of this.db.getKeys({ snapshot: true })) {
      const k = key as Buffer;
      if (k[0] === 0) yield new Uint8Array(k.subarray(1));
      else {
        const v = this.db.getBinary(k)!;
        yield new Uint8Array(v.subarray(5, 5 + v.readUInt32LE(1)));
      }
    }
  }

  /** Deletes every entry. */
  clear(): void {
    this.db.clearSync();
    this.count = 0;
  }

  /** Deletes the sub-database. */
  drop(): void {
    this.db.dropSync();
    this.count = 0;
  }
}

/** The LMDB key of a key: 0 and the key, or 1 and its SHA-256 when it is too long. */
function storedKey(key: Uint8Array): [Buffer, boolean] {
  if (key.length <= MAX_RAW_KEY) {
    const out = Buffer.allocUnsafe(key.length + 1);
    out[0] = 0;
    out.set(key, 1);
    return [out, false];
  }
  const digest = createHash('sha256').update(key).digest();
  return [Buffer.concat([Buffer.from([1]), digest]), true];
}

/** A stored value of a hashed key: 1, the key's length and the key, then the value. */
function withKey(key: Uint8Array, value: Uint8Array): Buffer {
  const out = Buffer.allocUnsafe(5 + key.length + value.length);
  out[0] = 1;
  out.writeUInt32LE(key.length, 1);
  out.set(key, 5);
  out.set(value, 5 + key.length);
  return out;
}

/** The value under a hashed key, checking that the full key matches (else a SHA-256 collision). */
function valueOf(key: Uint8Array, stored: Buffer): Uint8Array {
  const len = stored.readUInt32LE(1);
  if (len !== key.length || Buffer.compare(stored.subarray(5, 5 + len), key) !== 0) {
    throw new LaminarError('two spilled group keys have the same SHA-256; this should never happen, please report it');
  }
  return new Uint8Array(stored.subarray(5 + len));
}
