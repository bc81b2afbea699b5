// Damage to synced data (reliability.md §7.A.3): one bit flipped at random positions (segment
// headers, record headers, payloads, sealed segments, the last record), sealed segments cut short
// or missing, records repeated or out of order. Every case must be detected with a CorruptionError
// naming the file and the offset of the damaged record; no acknowledged record may be dropped
// silently, and `records()` on an open log must never return a damaged record.
import test from 'ava';
import { CorruptionError } from '../errors/errors.js';
import { crc32c } from '../fs/crc32c.js';
import { FaultyFileSystem } from '../fs/faulty.js';
import { mulberry32, testSeed } from '../testing/random.js';
import { encodeRecord, readRecord, SEGMENT_HEADER_BYTES } from './format.js';
import { Wal, type WalRecord } from './wal.js';

const DIR = '/db/wal';
const same = (a: Uint8Array, b: Uint8Array) => Buffer.compare(a, b) === 0;

interface Layout {
  files: { path: string; bytes: Uint8Array; starts: number[]; firstSeq: number }[];
  payloads: Uint8Array[];
}

/** A closed log of `count` synced records in several segments, and where each record starts. */
async function build(rand: () => number, count: number): Promise<Layout> {
  const fs = new FaultyFileSystem({ seed: (rand() * 2 ** 32) >>> 0 });
  const wal = Wal.open(DIR, { fs, segmentBytes: 2048 });
  const payloads: Uint8Array[] = [];
  while (payloads.length < count) {
    const group = Array.from({ length: 1 + Math.floor(rand() * 5) }, () => Uint8Array.from({ length: Math.floor(rand() * (rand() < 0.2 ? 1500 : 200)) }, () => (rand() * 256) | 0));
    payloads.push(...group);
    await Promise.all(group.map((p) => wal.append(p)));
  }
  await wal.close();
  const disk = fs.crash('drop');
  let seq = 1;
  const files = disk.files().map((path) => {
    const bytes = disk.bytes(path);
    const view = new DataView(bytes.buffer);
    const starts: number[] = [];
    const firstSeq = seq;
    for (let at = SEGMENT_HEADER_BYTES; at < bytes.length; seq++) {
      starts.push(at);
      const v = readRecord(bytes, view, at);
      if (v.kind !== 'record') throw new Error(`clean log unreadable at ${path}:${at}`);
      at = v.next;
    }
    return { path, bytes, starts, firstSeq };
  });
  return { files, payloads };
}

function diskOf(layout: Layout, seed: number): FaultyFileSystem {
  const fs = new FaultyFileSystem({ seed });
  for (const f of layout.files) fs.put(f.path, f.bytes);
  return fs;
}

/** '' if `records` are the first records of the log, intact, in order. */
function intactPrefix(records: readonly WalRecord[], payloads: readonly Uint8Array[]): string {
  for (const [i, r] of records.entries()) {
    if (r.seq !== BigInt(i + 1)) return `record ${r.seq} at position ${i + 1}`;
    if (!same(r.payload, payloads[i]!)) return `record ${r.seq} garbled`;
  }
  return '';
}

/** Reads `records()` until it throws; returns what it yielded and the error. */
function readUntilError(wal: Wal): { got: WalRecord[]; err: unknown } {
  const got: WalRecord[] = [];
  try {
    for (const r of wal.records()) got.push({ ...r, payload: r.payload.slice() });
  } catch (err) {
    return { got, err };
  }
  return { got, err: undefined };
}

const KINDS = ['segment header', 'record header', 'payload of a sealed segment', 'last record', 'anywhere'] as const;

test('bit flips: 1,000 random single-bit flips in synced data are all detected, naming file and offset; nothing garbled is read', async (t) => {
  const seed = testSeed();
  t.log(`seed ${seed} (replay with LAMINARDB_SEED=${seed})`);
  const rand = mulberry32(seed);
  const layout = await build(rand, 80);
  const { files, payloads } = layout;
  t.true(files.length >= 5, `${files.length} segments`);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const counts = new Map<string, number>();
  for (let i = 0; i < 1000; i++) {
    const kind = KINDS[i % KINDS.length]!;
    const sealed = files.slice(0, -1);
    const last = files[files.length - 1]!;
    const file = kind === 'payload of a sealed segment' ? pick(sealed) : kind === 'last record' ? last : pick(files);
    let byte: number;
    if (kind === 'segment header') byte = Math.floor(rand() * SEGMENT_HEADER_BYTES);
    else if (kind === 'record header') byte = pick(file.starts) + Math.floor(rand() * 24);
    else if (kind === 'anywhere') byte = Math.floor(rand() * file.bytes.length);
    else {
      const r = kind === 'last record' ? file.starts.length - 1 : Math.floor(rand() * file.starts.length);
      const end = r + 1 < file.starts.length ? file.starts[r + 1]! : file.bytes.length;
      byte = kind === 'last record' ? file.starts[r]! + Math.floor(rand() * (end - file.starts[r]!)) : end > file.starts[r]! + 24 ? file.starts[r]! + 24 + Math.floor(rand() * (end - file.starts[r]! - 24)) : file.starts[r]! + Math.floor(rand() * 24);
    }
    const bit = byte * 8 + Math.floor(rand() * 8);
    let r = file.starts.length - 1;
    while (r >= 0 && file.starts[r]! > byte) r--;
    const offset = r < 0 ? 0 : file.starts[r]!;
    const firstBad = r < 0 ? file.firstSeq : file.firstSeq + r; // records before it are intact
    const where = `case ${i} (${kind}): bit ${bit} of ${file.path}`;

    // Reopening refuses, naming the file and the damaged record.
    const fs = diskOf(layout, i);
    fs.flipBit(file.path, bit);
    const err = t.throws(() => Wal.open(DIR, { fs }), { instanceOf: CorruptionError }, where) as CorruptionError | undefined;
    if (err === undefined) return;
    if (err.path !== file.path || err.offset !== offset) t.fail(`${where}: error names ${err.path} at ${err.offset}, damage is in the record at ${offset}`);
    t.true(err.message.includes(`${file.path} at byte ${offset}`));

    // 'truncate-tail' drops only a damaged last segment's tail, and says so.
    if (file === last) {
      let warned = '';
      const wal = Wal.open(DIR, { fs, recovery: 'truncate-tail', onWarning: (m) => (warned = m) });
      t.is(wal.recovery.dropped?.offset, offset);
      t.true(warned.includes(`${file.path} at byte ${offset}`));
      t.is(wal.lastSeq, BigInt(firstBad - 1), where);
      const { got, err: readErr } = readUntilError(wal);
      t.is(readErr, undefined);
      t.is(got.length, firstBad - 1);
      t.is(intactPrefix(got, payloads), '', where);
    } else t.throws(() => Wal.open(DIR, { fs, recovery: 'truncate-tail' }), { instanceOf: CorruptionError }, `${where}: damage in a sealed segment is never dropped`);

    // Damage under an open log: reading stops at the damaged record with the same error.
    const live = diskOf(layout, i);
    const wal = Wal.open(DIR, { fs: live });
    live.flipBit(file.path, bit);
    const { got, err: readErr } = readUntilError(wal);
    t.true(readErr instanceof CorruptionError && readErr.path === file.path && readErr.offset === offset, `${where}: records() error ${String(readErr)}`);
    t.is(got.length, firstBad - 1, where);
    const problem = intactPrefix(got, payloads);
    if (problem !== '') t.fail(`${where}: ${problem}`);
    counts.set(kind, (counts.get(kind) ?? 0) + 1);
  }
  t.log([...counts].map(([k, v]) => `${k}: ${v}`).join(', '));
});

test('sealed segments cut short or missing are refused, naming the file', async (t) => {
  const seed = testSeed();
  t.log(`seed ${seed} (replay with LAMINARDB_SEED=${seed})`);
  const rand = mulberry32(seed);
  const layout = await build(rand, 60);
  const sealed = layout.files.slice(0, -1);
  for (let i = 0; i < 300; i++) {
    const k = Math.floor(rand() * sealed.length);
    const file = sealed[k]!;
    const cut = Math.floor(rand() * file.bytes.length);
    const fs = diskOf(layout, i);
    fs.truncateTo(file.path, cut);
    const err = t.throws(() => Wal.open(DIR, { fs, recovery: rand() < 0.5 ? 'strict' : 'truncate-tail' }), { instanceOf: CorruptionError });
    // Cut at a record boundary, the file itself reads well: the gap shows at the next file's start.
    const atBoundary = cut > SEGMENT_HEADER_BYTES && file.starts.includes(cut);
    t.is(err?.path, atBoundary ? layout.files[k + 1]!.path : file.path, `cut ${file.path} at ${cut}`);
  }
  const fs = diskOf(layout, 0);
  fs.remove(layout.files[1]!.path);
  t.throws(() => Wal.open(DIR, { fs }), { instanceOf: CorruptionError, message: /sequence numbers jump .* a segment is missing/ });
  const renamed = diskOf(layout, 0);
  renamed.put(`${DIR}/wal-00000000000000000999.log`, layout.files[1]!.bytes);
  t.throws(() => Wal.open(DIR, { fs: renamed }), { instanceOf: CorruptionError });
});

test('records repeated, skipped or of another epoch, each with valid checksums, are refused', async (t) => {
  const rand = mulberry32(7);
  const layout = await build(rand, 20);
  const last = layout.files[layout.files.length - 1]!;
  const lastSeq = layout.payloads.length;
  const epochOf = new DataView(last.bytes.buffer).getUint32(16, true);
  const forged = (seq: number, epoch: number) => {
    const out = new Uint8Array(24 + 3);
    encodeRecord(out, new DataView(out.buffer), 0, seq, epoch, new Uint8Array([1, 2, 3]));
    const bytes = new Uint8Array(last.bytes.length + out.length);
    bytes.set(last.bytes);
    bytes.set(out, last.bytes.length);
    return bytes;
  };
  for (const [what, bytes, reason] of [
    ['a repeat', forged(lastSeq, epochOf), /sequence number \d+ where \d+ was expected \(a gap or a repeat\)/],
    ['a gap', forged(lastSeq + 2, epochOf), /a gap or a repeat/],
    ['another epoch', forged(lastSeq + 1, epochOf + 1), /written by epoch 1 in a segment of epoch 0/],
  ] as const) {
    const fs = diskOf(layout, 1);
    fs.put(last.path, bytes);
    const err = t.throws(() => Wal.open(DIR, { fs }), { instanceOf: CorruptionError, message: reason }, what);
    t.is(err?.offset, last.bytes.length);
    t.regex(err?.message ?? '', /truncate-tail/);
    const wal = Wal.open(DIR, { fs, recovery: 'truncate-tail', onWarning: () => {} });
    t.is(wal.lastSeq, BigInt(lastSeq), `${what}: dropped`);
    t.is(fs.bytes(last.path).length, last.bytes.length, `${what}: cut from the file`);
  }
});

test('headers with valid checksums but impossible contents are refused: magic, version, epoch going back, length, sequence number', async (t) => {
  const layout = await build(mulberry32(9), 30);
  const [first, second] = layout.files;
  /** `bytes` with its 24-byte header rewritten by `edit` at `at` and the header checksum redone. */
  const reheader = (bytes: Uint8Array, at: number, edit: (view: DataView) => void) => {
    const out = bytes.slice();
    const view = new DataView(out.buffer);
    edit(new DataView(out.buffer, at, 24));
    view.setUint32(at + 20, crc32c(out, 0, at, at + 20), true);
    return out;
  };
  const cases: [string, string, Uint8Array, RegExp][] = [
    ['magic', first!.path, reheader(first!.bytes, 0, (v) => v.setUint32(0, 0x12345678, true)), /not a LaminarDB write-ahead log segment \(bad magic\)/],
    ['version', first!.path, reheader(first!.bytes, 0, (v) => v.setUint16(4, 9, true)), /segment format version 9 is not supported \(this build reads version 1\)/],
    ['epoch back', second!.path, second!.bytes, /writer epoch goes back from 5 \(.*\) to 0: a fenced-off writer wrote here/],
    ['length', first!.path, reheader(first!.bytes, 24, (v) => v.setUint32(0, 2 ** 31, true)), /record length 2147483648 is over the limit/],
    ['sequence number', first!.path, reheader(first!.bytes, 24, (v) => v.setUint32(4, 0, true)), /record sequence number 0 is out of range/],
  ];
  for (const [what, path, bytes, message] of cases) {
    const fs = diskOf(layout, 1);
    if (what === 'epoch back') {
      // The first segment rewritten as if epoch 5 wrote it (its header and each record), the second left at epoch 0.
      let bytes = reheader(first!.bytes, 0, (v) => v.setUint32(16, 5, true));
      for (const at of first!.starts) bytes = reheader(bytes, at, (v) => v.setUint32(12, 5, true));
      fs.put(first!.path, bytes);
    }
    fs.put(path, bytes);
    const err = t.throws(() => Wal.open(DIR, { fs }), { instanceOf: CorruptionError, message }, what);
    t.is(err?.path, path, what);
  }
});
