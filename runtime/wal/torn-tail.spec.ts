// Crashes that tear the end of the log (reliability.md §7.A.1-2). A record that was written but
// never acknowledged is cut at every byte offset, for record sizes 1 B to 64 KiB; after reopening,
// the log must hold exactly the acknowledged records and the file must be cut back to them. Then
// random power losses with several unacknowledged records in flight, torn at bytes or sectors or
// with garbage sectors: every acknowledged record survives, nothing garbled is ever read back.
import test from 'ava';
import { CorruptionError } from '../errors/errors.js';
import { FaultyFileSystem, type CrashMode } from '../fs/faulty.js';
import { mulberry32, testSeed } from '../testing/random.js';
import { Wal } from './wal.js';

const DIR = '/db/wal';
const SIZES = [1, 2, 3, 7, 8, 23, 24, 25, 100, 511, 512, 513, 1000, 4095, 4096, 4097, 10_000, 65_536];
const ACKED = [5, 300, 0, 700, 7, 200];

/** The payload of record `seq` (seq-dependent, so a record read back in the wrong place shows). */
function payload(seq: number, size: number): Uint8Array {
  const out = new Uint8Array(size);
  for (let i = 0; i < size; i++) out[i] = (seq * 131 + i * 7) & 0xff;
  return out;
}

const same = (a: Uint8Array, b: Uint8Array) => Buffer.compare(a, b) === 0;

/** Problems with the records a reopened log holds, given the sizes of what was appended; '' when they are right. */
function checkRecords(wal: Wal, sizes: readonly number[], acked: number): string {
  return check(wal, sizes.map((n, i) => payload(i + 1, n)), acked);
}

function check(wal: Wal, appended: readonly Uint8Array[], acked: number): string {
  let seq = 0;
  for (const r of wal.records()) {
    seq++;
    if (r.seq !== BigInt(seq)) return `record ${r.seq} where ${seq} was expected`;
    if (seq > appended.length || !same(r.payload, appended[seq - 1]!)) return `record ${seq} is garbled`;
  }
  if (seq < acked) return `acknowledged records ${seq + 1}..${acked} lost`;
  if (wal.lastSeq !== BigInt(seq)) return `lastSeq ${wal.lastSeq} but ${seq} records`;
  return '';
}

test('torn tail, exhaustive: the unacknowledged last record cut at every byte offset, sizes 1 B to 64 KiB', async (t) => {
  let cases = 0;
  let repaired = 0;
  let alone = 0;
  for (const size of SIZES) {
    const fs = new FaultyFileSystem({ seed: size });
    const first = Wal.open(DIR, { fs, segmentBytes: 512 });
    for (const [i, n] of ACKED.entries()) t.is(await first.append(payload(i + 1, n)), BigInt(i + 1));
    await first.close();
    // Written by a writer that does not fsync, so the record sits in the page cache when the power goes.
    const second = Wal.open(DIR, { fs, segmentBytes: 512, fsync: 'never' });
    await second.append(payload(ACKED.length + 1, size));
    const disk = fs.crash('keep');
    const segment = disk.files().at(-1)!;
    const synced = fs.crash('drop').bytes(segment).length;
    const full = disk.bytes(segment).length;
    t.is(full - synced, 24 + size, 'the last record is the only unsynced data');
    if (synced === 24) alone++; // it rolled into a segment of its own
    const sizes = [...ACKED, size];
    const appended = sizes.map((n, i) => payload(i + 1, n));
    const sealed = disk.files().slice(0, -1).map((path) => [path, disk.bytes(path)] as const);
    const tail = disk.bytes(segment);
    for (let cut = synced; cut < full; cut++) {
      cases++;
      const after = new FaultyFileSystem({ seed: cut });
      for (const [path, bytes] of sealed) after.put(path, bytes);
      after.put(segment, tail.subarray(0, cut));
      const wal = Wal.open(DIR, { fs: after });
      const problem = check(wal, appended, ACKED.length);
      if (problem !== '' || wal.lastSeq !== BigInt(ACKED.length) || after.bytes(segment).length !== synced || wal.recovery.tornBytes !== cut - synced) {
        t.fail(`size ${size}, cut at ${cut}: ${problem || `lastSeq ${wal.lastSeq}, file ${after.bytes(segment).length} bytes, torn ${wal.recovery.tornBytes}`}`);
        return;
      }
      if (cut % 97 === 0) {
        // The log goes on after the repair, and the next reopen sees the new record.
        t.is(await wal.append(payload(ACKED.length + 1, 3)), BigInt(ACKED.length + 1));
        await wal.close();
        t.is(checkRecords(Wal.open(DIR, { fs: after.crash('drop') }), [...ACKED, 3], ACKED.length + 1), '');
        repaired++;
      }
    }
    // The whole record is there: it is recovered, unacknowledged or not.
    const whole = Wal.open(DIR, { fs: disk });
    t.is(whole.lastSeq, BigInt(ACKED.length + 1));
    t.is(checkRecords(whole, sizes, ACKED.length + 1), '');
  }
  t.log(`${cases} cut points, ${repaired} of them appended to after the repair; ${alone} of ${SIZES.length} sizes in a segment of their own`);
  t.true(cases >= 10_000);
  t.true(alone > 0 && alone < SIZES.length, 'the torn record is alone in a fresh segment for some sizes and after acknowledged records for others');
});

test('torn tail: a record cut inside a fresh segment, and a segment whose header was torn, are repaired', async (t) => {
  const fs = new FaultyFileSystem({ seed: 1 });
  const wal = Wal.open(DIR, { fs, segmentBytes: 100, fsync: 'never' });
  await wal.append(payload(1, 50));
  await wal.sync();
  await wal.append(payload(2, 50)); // rolls: the new segment's header is synced, the record is not
  const disk = fs.crash('keep');
  const [sealed, fresh] = disk.files();
  for (let cut = 0; cut < disk.bytes(fresh!).length; cut++) {
    const after = disk.crash('keep');
    after.truncateTo(fresh!, cut);
    const reopened = Wal.open(DIR, { fs: after, segmentBytes: 100 });
    t.is(checkRecords(reopened, [50, 50], 1), '', `cut at ${cut}`);
    t.is(reopened.lastSeq, 1n);
    t.is(await reopened.append(payload(2, 10)), 2n, 'the next record takes the torn one’s number');
    await reopened.close();
    t.deepEqual(after.files(), [sealed, fresh]);
    t.is(checkRecords(Wal.open(DIR, { fs: after.crash('drop') }), [50, 10], 2), '');
  }
});

const MODES: readonly CrashMode[] = ['drop', 'torn', 'torn-512', 'torn-4096', 'garbage-512', 'garbage-4096'];

test('power loss with groups in flight: acknowledged records survive every crash mode; garbage is refused or dropped, never read', async (t) => {
  const seed = testSeed();
  t.log(`seed ${seed} (replay with LAMINARDB_SEED=${seed})`);
  const rand = mulberry32(seed);
  const outcomes = new Map<string, number>();
  const count = (k: string) => outcomes.set(k, (outcomes.get(k) ?? 0) + 1);
  for (let run = 0; run < 1500; run++) {
    const mode = MODES[run % MODES.length]!;
    const fs = new FaultyFileSystem({ seed: (rand() * 2 ** 32) >>> 0 });
    const segmentBytes = [256, 4096, 1 << 20][run % 3]!;
    const sizes: number[] = [];
    const next = () => {
      const n = rand() < 0.1 ? Math.floor(rand() * 9000) : Math.floor(rand() * 300);
      sizes.push(n);
      return payload(sizes.length, n);
    };
    const first = Wal.open(DIR, { fs, segmentBytes });
    for (let g = Math.floor(rand() * 4); g > 0; g--) await Promise.all(Array.from({ length: 1 + Math.floor(rand() * 6) }, () => first.append(next())));
    await first.close();
    const acked = sizes.length;
    // Unacknowledged: written without fsync, in several groups (the segments they roll past are sealed and synced).
    const second = Wal.open(DIR, { fs, segmentBytes, fsync: 'never' });
    for (let g = 1 + Math.floor(rand() * 3); g > 0; g--) await Promise.all(Array.from({ length: 1 + Math.floor(rand() * 8) }, () => second.append(next())));
    const after = fs.crash(mode);
    const tail = after.files().at(-1)!;
    const synced = fs.crash('drop').files().includes(tail) ? fs.crash('drop').bytes(tail).length : 0;
    let wal: Wal;
    try {
      wal = Wal.open(DIR, { fs: after.crash('keep') });
      count(`${mode}: recovered`);
    } catch (err) {
      if (!(err instanceof CorruptionError) || !mode.startsWith('garbage')) throw err;
      // A garbled record with all its bytes present looks like damage: refused, in the unsynced part of the last segment.
      t.is(err.path, tail);
      t.true(err.offset >= synced, `refused at ${err.offset}, in the unsynced part (from ${synced})`);
      t.regex(err.message, /truncate-tail/);
      const warnings: string[] = [];
      wal = Wal.open(DIR, { fs: after.crash('keep'), recovery: 'truncate-tail', onWarning: (m) => warnings.push(m) });
      t.is(wal.recovery.dropped?.offset, err.offset);
      t.is(warnings.length, 1);
      count(`${mode}: refused, then tail dropped`);
    }
    const problem = checkRecords(wal, sizes, acked);
    if (problem !== '') t.fail(`run ${run} (${mode}): ${problem}`);
  }
  t.log([...outcomes].map(([k, v]) => `${k} ${v}`).join(', '));
});
