/**
 * Write-ahead log appends on the real disk (a temp dir under os.tmpdir()) with 1,000 appenders in
 * flight, so group commit has something to group: each appender awaits its append and appends
 * again. Per fsync policy and record size: records/s and MB/s of payload, against a hand loop that
 * writes the same bytes (the log's own encoded records, one group per write) with fs.writeSync and
 * one fsync per group under `always`, an fsync every 100 ms under `{ intervalMs: 100 }`, none under
 * `never`: the disk's limit for the same write pattern. The loop does no framing or checksums, so
 * the ratio is the log's whole cost (encoding, CRC32C, promises) over the raw I/O.
 */
import { closeSync, fsyncSync, mkdtempSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Wal, type FsyncPolicy } from '../../runtime/index.js';
import { median } from './common.js';

/** One row: a policy and record size, the log against the hand loop. */
export interface WalBenchRow {
  policy: string;
  recordBytes: number;
  records: number;
  walRecordsPerSec: number;
  walMBps: number;
  loopRecordsPerSec: number;
  ratio: number;
  /** Records per write the log achieved (group commit), and its fsyncs. */
  recordsPerWrite: number;
  fsyncs: number;
}

const IN_FLIGHT = 1000;
const POLICIES: [string, FsyncPolicy][] = [['always', 'always'], ['{ intervalMs: 100 }', { intervalMs: 100 }], ['never', 'never']];

/** Appends `records` copies of `payload` with IN_FLIGHT appenders; returns seconds and the log's counters. */
async function runWal(policy: FsyncPolicy, payload: Uint8Array, records: number): Promise<{ seconds: number; writes: number; fsyncs: number; group: Uint8Array }> {
  const dir = mkdtempSync(join(tmpdir(), 'laminardb-walbench-'));
  try {
    const wal = Wal.open(join(dir, 'wal'), { fsync: policy });
    let issued = 0;
    const started = performance.now();
    await Promise.all(Array.from({ length: IN_FLIGHT }, async () => {
      while (issued < records) {
        issued++;
        await wal.append(payload);
      }
    }));
    const seconds = (performance.now() - started) / 1000;
    const { writes, fsyncs } = wal.stats;
    await wal.close();
    // IN_FLIGHT records as the log encoded them (after the 24-byte segment header), for the hand loop to write.
    const record = 24 + payload.length;
    const group = readFileSync(join(dir, 'wal', 'wal-00000000000000000001.log')).subarray(24, 24 + IN_FLIGHT * record);
    return { seconds, writes, fsyncs, group: new Uint8Array(group) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The hand loop: one writeSync of a group's bytes, then an fsync as the policy says. */
function runLoop(policy: FsyncPolicy, group: Uint8Array, records: number): number {
  const dir = mkdtempSync(join(tmpdir(), 'laminardb-walbench-loop-'));
  try {
    const f = openSync(join(dir, 'log'), 'a');
    const started = performance.now();
    let lastSync = started;
    for (let done = 0; done < records; done += IN_FLIGHT) {
      const n = Math.min(IN_FLIGHT, records - done);
      const bytes = n === IN_FLIGHT ? group : group.subarray(0, (group.length / IN_FLIGHT) * n);
      for (let at = 0; at < bytes.length;) at += writeSync(f, bytes, at, bytes.length - at);
      if (policy === 'always') fsyncSync(f);
      else if (policy !== 'never' && performance.now() - lastSync >= policy.intervalMs) {
        fsyncSync(f);
        lastSync = performance.now();
      }
    }
    const seconds = (performance.now() - started) / 1000;
    closeSync(f);
    return seconds;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function benchWal(quick: boolean): Promise<WalBenchRow[]> {
  const rows: WalBenchRow[] = [];
  const runs = quick ? 1 : 3;
  await runWal('never', new Uint8Array(100), 50_000); // warm up the JIT before the first row
  for (const recordBytes of [100, 4096]) {
    const records = (recordBytes === 100 ? 300_000 : 60_000) / (quick ? 10 : 1);
    const payload = Uint8Array.from({ length: recordBytes }, (_, i) => (i * 7) & 0xff);
    for (const [name, policy] of POLICIES) {
      const wal: { seconds: number; writes: number; fsyncs: number }[] = [];
      const loop: number[] = [];
      for (let r = 0; r < runs; r++) {
        const w = await runWal(policy, payload, records);
        wal.push(w);
        loop.push(runLoop(policy, w.group, records));
      }
      const walSeconds = median(wal.map((w) => w.seconds));
      const loopSeconds = median(loop);
      const mid = wal.find((w) => w.seconds === walSeconds) ?? wal[0]!;
      rows.push({
        policy: name,
        recordBytes,
        records,
        walRecordsPerSec: records / walSeconds,
        walMBps: (records * recordBytes) / walSeconds / 1e6,
        loopRecordsPerSec: records / loopSeconds,
        ratio: loopSeconds / walSeconds,
        recordsPerWrite: records / mid.writes,
        fsyncs: mid.fsyncs,
      });
    }
  }
  return rows;
}

/** Opening (recovering) a log: every segment read and every checksum checked. */
export interface WalRecoveryRow {
  mb: number;
  segments: number;
  records: number;
  seconds: number;
}

/** Writes a log of 4 KiB records (256 MiB, 32 MiB quick), then times `Wal.open` on it (median of 3). */
export async function benchWalRecovery(quick: boolean): Promise<WalRecoveryRow> {
  const dir = mkdtempSync(join(tmpdir(), 'laminardb-walbench-recovery-'));
  try {
    const path = join(dir, 'wal');
    const payload = Uint8Array.from({ length: 4096 }, (_, i) => (i * 7) & 0xff);
    const records = (quick ? 32 : 256) * 256;
    const wal = Wal.open(path, { fsync: 'never' });
    for (let done = 0; done < records; done += IN_FLIGHT) await Promise.all(Array.from({ length: Math.min(IN_FLIGHT, records - done) }, () => wal.append(payload)));
    await wal.close();
    const times: number[] = [];
    let segments = 0;
    for (let r = 0; r < 3; r++) {
      const started = performance.now();
      const reopened = Wal.open(path);
      times.push((performance.now() - started) / 1000);
      segments = reopened.recovery.segments;
      if (reopened.lastSeq !== BigInt(records)) throw new Error(`recovered ${reopened.lastSeq} of ${records} records`);
      await reopened.close();
    }
    return { mb: (records * (24 + 4096)) / 2 ** 20, segments, records, seconds: median(times) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
