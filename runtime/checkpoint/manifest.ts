/**
 * The checkpoint manifest file: a 16-byte header and a protobuf `Manifest`
 * (specs/proto/checkpoint.proto). The header holds a magic number, the CRC32C of everything after
 * the CRC field, the format version and the payload length, so a torn or flipped manifest is
 * caught before decoding and a newer format is refused by version, not misread.
 *
 *   bytes 0-3   "LDBC"
 *   bytes 4-7   CRC32C of bytes 8..end (version, length, payload), little-endian
 *   bytes 8-11  format version (1), little-endian
 *   bytes 12-15 payload length, little-endian
 *   bytes 16..  laminardb.checkpoint.Manifest
 */
import { checkpoint } from '../../specs/index.js';
import { CorruptionError, StorageError } from '../errors/errors.js';
import { crc32c } from '../fs/crc32c.js';

/** The manifest format this build writes and the newest it reads. */
export const MANIFEST_VERSION = 1;
const MAGIC = [0x4c, 0x44, 0x42, 0x43]; // "LDBC"
const HEADER_BYTES = 16;

/** One actor's state file, as the manifest lists it. */
export interface StateEntry {
  readonly actor: string;
  /** File name inside the checkpoint directory. */
  readonly file: string;
  readonly size: number;
  readonly crc: number;
}

/** A decoded manifest. */
export interface Manifest {
  readonly id: number;
  readonly walSeq: bigint;
  readonly catalog: string;
  readonly meta: Record<string, string>;
  readonly createdAt: number;
  readonly committed: boolean;
  readonly states: readonly StateEntry[];
}

/** `checkpoint-0000000012.manifest`: zero-padded so a directory listing sorts by id. */
export function manifestName(id: number): string {
  return `checkpoint-${String(id).padStart(10, '0')}.manifest`;
}

/** `state-0000000012-3.bin`: the 4th state written by checkpoint 12. */
export function stateName(id: number, index: number): string {
  return `state-${String(id).padStart(10, '0')}-${index}.bin`;
}

const MANIFEST_NAME = /^checkpoint-(\d+)\.manifest$/;
const STATE_NAME = /^state-(\d+)-(\d+)\.bin$/;

/** What a directory entry is: a manifest, a state file (with the id that wrote it), a leftover temp file, or not ours. */
export function classify(name: string): { kind: 'manifest' | 'state'; id: number } | { kind: 'temp' } | undefined {
  if (name.endsWith('.tmp')) return classify(name.slice(0, -4)) === undefined ? undefined : { kind: 'temp' };
  const m = MANIFEST_NAME.exec(name);
  if (m !== null) return { kind: 'manifest', id: Number(m[1]) };
  const s = STATE_NAME.exec(name);
  if (s !== null) return { kind: 'state', id: Number(s[1]) };
  return undefined;
}

/** The manifest file bytes: header and payload. */
export function encodeManifest(m: Manifest): Uint8Array {
  const payload = checkpoint.Manifest.encode({
    id: m.id,
    // Exact 64 bits: protobufjs takes a {low, high} pair where a number would round above 2^53.
    walSeq: longBits(m.walSeq) as unknown as number,
    catalog: m.catalog,
    meta: m.meta,
    createdAt: m.createdAt,
    committed: m.committed,
    states: m.states.map((s) => ({ actor: s.actor, file: s.file, size: s.size, crc32c: s.crc })),
  }).finish();
  const out = new Uint8Array(HEADER_BYTES + payload.length);
  out.set(MAGIC, 0);
  const view = new DataView(out.buffer);
  view.setUint32(8, MANIFEST_VERSION, true);
  view.setUint32(12, payload.length, true);
  out.set(payload, HEADER_BYTES);
  view.setUint32(4, crc32c(out, 0, 8), true);
  return out;
}

/**
 * Decodes and verifies a manifest file. CorruptionError when it is damaged (short, wrong magic,
 * checksum or length mismatch, undecodable); StorageError when a newer LaminarDB wrote it.
 */
export function decodeManifest(bytes: Uint8Array, path: string): Manifest {
  const damaged = (what: string, offset: number) => new CorruptionError(`checkpoint manifest is damaged: ${what}`, path, offset);
  if (bytes.length < HEADER_BYTES) throw damaged(`it has ${bytes.length} bytes, fewer than its ${HEADER_BYTES}-byte header (a torn or truncated write)`, bytes.length);
  for (let i = 0; i < 4; i++) if (bytes[i] !== MAGIC[i]) throw damaged('it does not start with "LDBC" (not a manifest, or overwritten)', i);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const stored = view.getUint32(4, true);
  const actual = crc32c(bytes, 0, 8);
  if (stored !== actual) throw damaged(`its CRC32C is ${hex(actual)} but its header says ${hex(stored)}`, 4);
  const version = view.getUint32(8, true);
  if (version > MANIFEST_VERSION || version === 0) {
    throw new StorageError(
      `checkpoint manifest ${path} has format version ${version}, and this LaminarDB reads versions 1 to ${MANIFEST_VERSION}; ` +
        'open the directory with the LaminarDB version that wrote it (or a newer one)',
      { path },
    );
  }
  const length = view.getUint32(12, true);
  if (length !== bytes.length - HEADER_BYTES) throw damaged(`its header says ${length} payload bytes but ${bytes.length - HEADER_BYTES} follow`, 12);
  let m: checkpoint.Manifest;
  try {
    m = checkpoint.Manifest.decode(bytes.subarray(HEADER_BYTES));
  } catch (err) {
    throw damaged(`its payload does not decode (${(err as Error).message})`, HEADER_BYTES);
  }
  const states = (m.states ?? []).map((s, i) => {
    const file = s.file ?? '';
    // A manifest only ever names files of this directory; anything else (a path) is damage.
    if (classify(file)?.kind !== 'state') throw damaged(`state entry ${i} names '${file}', which is not a state file name`, HEADER_BYTES);
    return { actor: s.actor ?? '', file, size: safeNumber(s.size), crc: (s.crc32c ?? 0) >>> 0 };
  });
  return {
    id: safeNumber(m.id),
    walSeq: toBigInt(m.walSeq),
    catalog: m.catalog ?? '',
    meta: { ...(m.meta ?? {}) },
    createdAt: m.createdAt ?? 0,
    committed: m.committed === true,
    states,
  };
}

/** `0x1234abcd`. */
export function hex(n: number): string {
  return `0x${(n >>> 0).toString(16).padStart(8, '0')}`;
}

type LongLike = { low: number; high: number };

function longBits(v: bigint): LongLike {
  return { low: Number(v & 0xffffffffn) | 0, high: Number((v >> 32n) & 0xffffffffn) | 0 };
}

// protobufjs decodes uint64 as a Long when the `long` package is present and as a number otherwise.
function toBigInt(v: number | LongLike | null | undefined): bigint {
  if (v === null || v === undefined) return 0n;
  if (typeof v === 'number') return BigInt(v);
  return (BigInt(v.high >>> 0) << 32n) | BigInt(v.low >>> 0);
}

function safeNumber(v: number | LongLike | null | undefined): number {
  return Number(toBigInt(v));
}
