// An I/O error at every file-system call (reliability.md §7.A.4, SQLite's ioerr loop): a workload
// (open, groups of appends, segment rolls, truncateBefore, close, reopen, more of the same) is run
// once to count its calls, then again for every k with call k failing (EIO or ENOSPC), once or
// from k on. Each run must surface the failure as a StorageError, refuse everything after it
// (fail-stop, no retry), and lose no acknowledged record: reopening on the repaired file system,
// and after a power loss, reads back every acknowledged record, intact and in order.
import test from 'ava';
import { LaminarError, StorageError } from '../errors/errors.js';
import { FaultyFileSystem, type FsCall } from '../fs/faulty.js';
import { Wal, type FsyncPolicy } from './wal.js';

const DIR = '/db/wal';

interface Run {
  /** Payload of every record appended, by sequence number (acknowledged or not). */
  appended: Map<number, Uint8Array>;
  acked: Set<number>;
  /** Records below this may have been deleted by truncateBefore. */
  low: number;
  failure: unknown;
  /** Problems found while the workload ran. */
  problems: string[];
}

function payload(seq: number, size: number): Uint8Array {
  return Uint8Array.from({ length: size }, (_, i) => (seq * 31 + i) & 0xff);
}

/** Checks fail-stop on a failed log: the failure is a StorageError and every later call gets it. */
async function checkRefuses(wal: Wal, err: unknown, run: Run): Promise<void> {
  if (!(err instanceof StorageError)) run.problems.push(`error is not a StorageError: ${String(err)}`);
  if (wal.failed !== err) run.problems.push(`wal.failed is not the error thrown: ${String(wal.failed)}`);
  const before = wal.lastSeq;
  const late = await wal.append(new Uint8Array(1)).then(() => 'resolved', (e: unknown) => e);
  if (late !== err) run.problems.push(`append after the failure: ${String(late)}`);
  if (wal.lastSeq !== before) run.problems.push('append after the failure took a sequence number');
  for (const [what, call] of [['sync', () => wal.sync()], ['close', () => wal.close()]] as const) {
    const got = await call().then(() => 'resolved', (e: unknown) => e);
    if (got !== err) run.problems.push(`${what} after the failure: ${String(got)}`);
  }
  try {
    wal.truncateBefore(1n);
    run.problems.push('truncateBefore after the failure did not throw');
  } catch (e) {
    if (e !== err) run.problems.push(`truncateBefore after the failure: ${String(e)}`);
  }
}

/** The workload; stops at the first failure, as a fail-stop process would. */
async function workload(fs: FaultyFileSystem, fsync: FsyncPolicy): Promise<Run> {
  const run: Run = { appended: new Map(), acked: new Set(), low: 1, failure: undefined, problems: [] };
  let wal: Wal | undefined;
  const group = async (sizes: number[]) => {
    const results = await Promise.allSettled(sizes.map((size) => {
      const promise = wal!.append(payload(Number(wal!.lastSeq) + 1, size));
      run.appended.set(Number(wal!.lastSeq), payload(Number(wal!.lastSeq), size));
      return promise;
    }));
    for (const r of results) {
      if (r.status === 'fulfilled') run.acked.add(Number(r.value));
      else throw r.reason;
    }
  };
  const truncate = (seq: number) => {
    run.low = Math.max(run.low, seq); // records below may go even if the call fails part way
    wal!.truncateBefore(BigInt(seq));
  };
  try {
    for (const round of [0, 1]) {
      wal = undefined;
      wal = Wal.open(DIR, { fs, segmentBytes: 300, fsync });
      await group([10, 120]);
      await group([200, 0, 5, 90]);
      await group([250]); // rolls
      truncate(Number(wal.lastSeq) - 2);
      await group([30, 30, 30, 30, 30, 30, 30]);
      await wal.sync();
      if (round === 1) truncate(Number(wal.lastSeq) + 1); // every sealed segment
      await wal.close();
    }
  } catch (err) {
    run.failure = err;
    if (wal === undefined) {
      if (!(err instanceof StorageError)) run.problems.push(`open failed with ${String(err)}`);
    } else await checkRefuses(wal, err, run);
  }
  return run;
}

/** '' if the log in `fs` holds every acknowledged record (from `run.low` on) and nothing garbled. */
function verify(fs: FaultyFileSystem, run: Run): string {
  let wal: Wal;
  try {
    wal = Wal.open(DIR, { fs });
  } catch (err) {
    return `reopen failed: ${err instanceof LaminarError ? err.message : String(err)}`;
  }
  const seen = new Set<number>();
  let prev = 0;
  for (const r of wal.records()) {
    const seq = Number(r.seq);
    if (prev !== 0 && seq !== prev + 1) return `records jump from ${prev} to ${seq}`;
    prev = seq;
    const want = run.appended.get(seq);
    if (want === undefined || Buffer.compare(want, r.payload) !== 0) return `record ${seq} is not what was appended`;
    seen.add(seq);
  }
  for (const seq of run.acked) if (seq >= run.low && !seen.has(seq)) return `acknowledged record ${seq} lost`;
  return '';
}

for (const fsync of ['always', 'never'] as const) {
  test(`I/O errors at every call (fsync ${fsync}): reported as StorageError, fail-stop, no acknowledged record lost`, async (t) => {
    const dry = new FaultyFileSystem({ seed: 1 });
    const clean = await workload(dry, fsync);
    t.deepEqual(clean.problems, []);
    t.is(clean.failure, undefined);
    const calls = dry.calls;
    t.is(verify(dry, clean), '');
    t.log(`${calls} calls: ${[...dry.callsByKind].map(([k, n]) => `${k} ${n}`).join(', ')}`);
    let runs = 0;
    const failedKinds = new Set<string>();
    for (const persistent of [false, true]) {
      for (let k = 1; k <= calls + 1; k++) {
        const fs = new FaultyFileSystem({ seed: k });
        fs.inject({ at: k, persistent, code: k % 2 === 0 ? 'EIO' : 'ENOSPC' });
        const run = await workload(fs, fsync);
        runs++;
        const where = `k=${k}${persistent ? ' persistent' : ''}`;
        if (k > calls) {
          t.is(run.failure, undefined, `${where}: past the last call, nothing fails`);
          continue;
        }
        if (run.failure === undefined) {
          t.fail(`${where}: the failing call went unreported`);
          continue;
        }
        const message = (run.failure as Error).message;
        t.regex(message, /^write-ahead log.*(EIO|ENOSPC)/, where);
        t.regex(message, k % 2 === 0 ? /device failed/ : /disk is full/, where);
        failedKinds.add(/, (\w+)(?: '|$)/.exec(message)?.[1] ?? '?');
        if (run.problems.length > 0) t.fail(`${where}: ${run.problems.join('; ')}`);
        fs.clearFaults();
        const visible = verify(fs, run);
        if (visible !== '') t.fail(`${where}, reopened: ${visible}`);
        if (fsync === 'always') {
          const crashed = verify(fs.crash('drop'), run);
          if (crashed !== '') t.fail(`${where}, after a power loss: ${crashed}`);
        }
      }
    }
    t.log(`${runs} runs; failed calls seen: ${[...failedKinds].sort().join(', ')}`);
    for (const kind of ['mkdirp', 'list', 'read', 'open', 'write', 'fsync', 'fsyncDir', 'remove', 'close'] satisfies FsCall[]) t.true(failedKinds.has(kind), `a failing ${kind} was exercised`);
  });
}

test('after a failed fsync the log refuses appends and never retries the fsync', async (t) => {
  for (let k = 1; k <= 6; k++) {
    const fs = new FaultyFileSystem({ seed: k });
    const wal = Wal.open(DIR, { fs, segmentBytes: 200 });
    await wal.append(payload(1, 10));
    fs.inject({ at: k, kinds: ['fsync'] });
    const results = await Promise.allSettled(Array.from({ length: 20 }, (_, i) => wal.append(payload(i + 2, 40))));
    const rejected = results.filter((r) => r.status === 'rejected');
    t.true(wal.failed instanceof StorageError, `k=${k}`);
    t.true(rejected.length > 0);
    {
      const fsyncs = fs.callsByKind.get('fsync');
      await t.throwsAsync(wal.append(payload(99, 1)), { instanceOf: StorageError });
      await t.throwsAsync(wal.sync(), { instanceOf: StorageError });
      t.is(fs.callsByKind.get('fsync'), fsyncs, 'no fsync after the failed one');
      t.regex(wal.failed!.message, /could not (fsync|write) \/db\/wal\/wal-\d{20}\.log: EIO/);
      t.is(wal.failed!.path?.startsWith(`${DIR}/wal-`), true);
    }
  }
});

test('I/O errors at every call of a recovery that cuts a torn tail and starts a new epoch', async (t) => {
  const base = new FaultyFileSystem({ seed: 2 });
  const first = Wal.open(DIR, { fs: base, segmentBytes: 300 });
  for (let i = 1; i <= 6; i++) await first.append(payload(i, 70));
  await first.close();
  const second = Wal.open(DIR, { fs: base, segmentBytes: 300, fsync: 'never' });
  await second.append(payload(7, 70));
  const disk = base.crash('keep');
  const tail = disk.files().at(-1)!;
  disk.truncateTo(tail, disk.bytes(tail).length - 5); // record 7 torn
  const run: Run = { appended: new Map(Array.from({ length: 6 }, (_, i) => [i + 1, payload(i + 1, 70)])), acked: new Set([1, 2, 3, 4, 5, 6]), low: 1, failure: undefined, problems: [] };
  const kinds = new Set<string>();
  for (let k = 1; ; k++) {
    const fs = disk.crash('keep');
    const before = fs.calls;
    fs.inject({ at: k });
    try {
      const wal = Wal.open(DIR, { fs, epoch: 1 });
      t.is(wal.lastSeq, 6n);
      t.true(fs.calls - before < k, 'opened only once k is past the last call');
      break;
    } catch (err) {
      t.true(err instanceof StorageError, String(err));
      kinds.add(/, (\w+)(?: '|$)/.exec((err as Error).message)?.[1] ?? '?');
    }
    fs.clearFaults();
    t.is(verify(fs, run), '', `k=${k}: reopened`);
    t.is(verify(fs.crash('drop'), run), '', `k=${k}: after a power loss`);
  }
  t.log(`failed calls seen: ${[...kinds].sort().join(', ')}`);
  for (const kind of ['truncate', 'open', 'fsync', 'fsyncDir', 'write', 'read']) t.true(kinds.has(kind), kind);
});
