/**
 * The on-disk format of the write-ahead log, and the one function that judges a record.
 *
 * A segment file `wal-<first seq, 20 digits>.log` starts with a 24-byte header, then records:
 *
 * ```
 * segment header  magic 'LWAL' u32 | version u16 | reserved u16 | first seq u64 | epoch u32 | header crc u32
 * record header   payload length u32 | seq u64 | epoch u32 | payload crc u32 | header crc u32
 * record payload  length bytes
 * ```
 *
 * Little-endian; the CRCs are CRC32C. The record header has its own checksum so that a damaged
 * length can never pass for a record cut short by a crash: a complete header that fails its
 * checksum is damage, while a header or payload that runs past the end of the last file is a torn
 * write. Sequence numbers are contiguous across files (each file's name says its first one); the
 * epoch is the writer's fencing token, the same for every record of a file.
 */
import { crc32c } from '../fs/crc32c.js';

export const SEGMENT_HEADER_BYTES = 24;
export const RECORD_HEADER_BYTES = 24;
/** The largest payload one record may carry (1 GiB). */
export const MAX_PAYLOAD_BYTES = 2 ** 30;
const MAGIC = 0x4c41574c; // 'LWAL' read as a little-endian u32
const VERSION = 1;
const TWO_32 = 2 ** 32;
/** Sequence numbers are kept as JS numbers inside the log: exact up to 2^53. */
export const MAX_SEQ = Number.MAX_SAFE_INTEGER;

const SEGMENT_NAME = /^wal-(\d{20})\.log$/;

/** The file name of the segment whose first record has sequence number `firstSeq`. */
export function segmentName(firstSeq: number): string {
  return `wal-${String(firstSeq).padStart(20, '0')}.log`;
}

/** The first sequence number a segment file name says, or undefined if it is not a segment. */
export function parseSegmentName(name: string): number | undefined {
  const m = SEGMENT_NAME.exec(name);
  if (m === null) return undefined;
  const seq = Number(m[1]);
  return seq >= 1 && seq <= MAX_SEQ ? seq : undefined;
}

function writeU64(view: DataView, at: number, value: number): void {
  view.setUint32(at, value % TWO_32, true);
  view.setUint32(at + 4, Math.floor(value / TWO_32), true);
}

function readU64(view: DataView, at: number): number {
  return view.getUint32(at + 4, true) * TWO_32 + view.getUint32(at, true);
}

/** A segment header for a file whose first record will be `firstSeq`, written by `epoch`. */
export function encodeSegmentHeader(firstSeq: number, epoch: number): Uint8Array {
  const out = new Uint8Array(SEGMENT_HEADER_BYTES);
  const view = new DataView(out.buffer);
  view.setUint32(0, MAGIC, true);
  view.setUint16(4, VERSION, true);
  writeU64(view, 8, firstSeq);
  view.setUint32(16, epoch, true);
  view.setUint32(20, crc32c(out, 0, 0, 20), true);
  return out;
}

/** A segment header read back, or why it cannot be one. */
export type SegmentHeader = { ok: true; firstSeq: number; epoch: number } | { ok: false; torn: boolean; reason: string };

/** Reads the segment header at the start of `bytes`; `torn` when the file is shorter than a header. */
export function decodeSegmentHeader(bytes: Uint8Array): SegmentHeader {
  if (bytes.length < SEGMENT_HEADER_BYTES) return { ok: false, torn: true, reason: `the file is ${bytes.length} bytes, shorter than a segment header (${SEGMENT_HEADER_BYTES})` };
  const view = new DataView(bytes.buffer, bytes.byteOffset, SEGMENT_HEADER_BYTES);
  if (view.getUint32(20, true) !== crc32c(bytes, 0, 0, 20)) {
    const zeros = bytes.every((b) => b === 0);
    return { ok: false, torn: zeros, reason: zeros ? 'the file holds only zeros' : 'the segment header fails its checksum' };
  }
  if (view.getUint32(0, true) !== MAGIC) return { ok: false, torn: false, reason: 'not a LaminarDB write-ahead log segment (bad magic)' };
  const version = view.getUint16(4, true);
  if (version !== VERSION) return { ok: false, torn: false, reason: `segment format version ${version} is not supported (this build reads version ${VERSION})` };
  return { ok: true, firstSeq: readU64(view, 8), epoch: view.getUint32(16, true) };
}

/** Writes a record (header and payload) into `out` at `at`; returns the offset after it. */
export function encodeRecord(out: Uint8Array, view: DataView, at: number, seq: number, epoch: number, payload: Uint8Array): number {
  view.setUint32(at, payload.length, true);
  writeU64(view, at + 4, seq);
  view.setUint32(at + 12, epoch, true);
  view.setUint32(at + 16, crc32c(payload), true);
  view.setUint32(at + 20, crc32c(out, 0, at, at + 20), true);
  out.set(payload, at + RECORD_HEADER_BYTES);
  return at + RECORD_HEADER_BYTES + payload.length;
}

/**
 * The verdict on the bytes at one offset of a segment:
 * - `record`: a whole record whose checksums pass (`seq`, `epoch`, payload at `payloadAt`, `length` bytes);
 * - `end`: the end of the file;
 * - `torn`: the bytes stop inside a record, or everything from here to the end is zero: what a
 *   crash leaves of a write that never finished (damage only if this is not the last file);
 * - `bad`: a complete header or record that fails its checksum: damage.
 */
export type Verdict =
  | { kind: 'record'; seq: number; epoch: number; payloadAt: number; length: number; next: number }
  | { kind: 'end' }
  | { kind: 'torn'; reason: string }
  | { kind: 'bad'; reason: string };

function zerosFrom(bytes: Uint8Array, from: number): boolean {
  for (let i = from; i < bytes.length; i++) if (bytes[i] !== 0) return false;
  return true;
}

/** Judges the bytes at `at` (see {@link Verdict}); sequence and epoch order are the caller's to check. */
export function readRecord(bytes: Uint8Array, view: DataView, at: number): Verdict {
  const size = bytes.length;
  if (at === size) return { kind: 'end' };
  if (size - at < RECORD_HEADER_BYTES) return { kind: 'torn', reason: `${size - at} bytes at the end, less than a record header` };
  if (view.getUint32(at + 20, true) !== crc32c(bytes, 0, at, at + 20)) {
    if (zerosFrom(bytes, at)) return { kind: 'torn', reason: `${size - at} zero bytes at the end` };
    return { kind: 'bad', reason: 'record header fails its checksum' };
  }
  const length = view.getUint32(at, true);
  const seq = readU64(view, at + 4);
  if (length > MAX_PAYLOAD_BYTES) return { kind: 'bad', reason: `record length ${length} is over the limit of ${MAX_PAYLOAD_BYTES}` };
  if (seq < 1 || seq > MAX_SEQ) return { kind: 'bad', reason: `record sequence number ${seq} is out of range` };
  const payloadAt = at + RECORD_HEADER_BYTES;
  if (payloadAt + length > size) return { kind: 'torn', reason: `record of ${length} bytes cut short at ${size - payloadAt}` };
  if (view.getUint32(at + 16, true) !== crc32c(bytes, 0, payloadAt, payloadAt + length)) return { kind: 'bad', reason: 'record payload fails its checksum' };
  return { kind: 'record', seq, epoch: view.getUint32(at + 12, true), payloadAt, length, next: payloadAt + length };
}
