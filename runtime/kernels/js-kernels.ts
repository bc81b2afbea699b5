/**
 * Pure-TS kernels: the reference implementation, and the fallback when the native addon is not
 * built. Hashes are murmur3-style 32-bit mixes over little-endian words; native/src mirrors them
 * bit for bit (checked by native/native.spec.ts).
 */
import { HASH_NULL, HASH_SEED, type Kernels } from './kernels.js';

const C1 = 0xcc9e2d51;
const C2 = 0x1b873593;

function mix(h: number, k: number): number {
  k = Math.imul(k, C1);
  k = (k << 15) | (k >>> 17);
  k = Math.imul(k, C2);
  h ^= k;
  h = (h << 13) | (h >>> 19);
  return (Math.imul(h, 5) + 0xe6546b64) | 0;
}

function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

function isNull(validity: Uint8Array | null, bit: number): boolean {
  return validity !== null && ((validity[bit >> 3]! >> (bit & 7)) & 1) === 0;
}

function nullHash(h: number): number {
  return fmix(mix(h, HASH_NULL));
}

const CRC_TABLE = (() => {
  const t = new Uint32Array(8 * 256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0x82f63b78 : c >>> 1;
    t[n] = c >>> 0;
  }
  for (let n = 0; n < 256; n++) {
    let c = t[n]!;
    for (let k = 1; k < 8; k++) {
      c = t[c & 0xff]! ^ (c >>> 8);
      t[k * 256 + n] = c >>> 0;
    }
  }
  return t;
})();

const TWO_32 = 4294967296;

/** The pure-TS kernel set. */
export const jsKernels: Kernels = {
  name: 'js',

  hashInt32(out, values, validity, offset, length, combine) {
    for (let i = 0; i < length; i++) {
      const h = combine ? out[i]! | 0 : HASH_SEED;
      out[i] = isNull(validity, offset + i) ? nullHash(h) : fmix(mix(h, values[offset + i]!) ^ 4);
    }
  },

  hashInt64(out, values, validity, offset, length, combine) {
    const words = new Int32Array(values.buffer, values.byteOffset, values.length * 2);
    for (let i = 0; i < length; i++) {
      const h = combine ? out[i]! | 0 : HASH_SEED;
      const w = (offset + i) * 2;
      out[i] = isNull(validity, offset + i) ? nullHash(h) : fmix(mix(mix(h, words[w]!), words[w + 1]!) ^ 8);
    }
  },

  hashFloat64(out, values, validity, offset, length, combine) {
    const words = new Int32Array(values.buffer, values.byteOffset, values.length * 2);
    for (let i = 0; i < length; i++) {
      const h = combine ? out[i]! | 0 : HASH_SEED;
      if (isNull(validity, offset + i)) {
        out[i] = nullHash(h);
        continue;
      }
      const v = values[offset + i]!;
      let lo: number;
      let hi: number;
      if (v === 0) {
        lo = 0;
        hi = 0;
      } else if (v !== v) {
        lo = 0;
        hi = 0x7ff80000;
      } else {
        lo = words[(offset + i) * 2]!;
        hi = words[(offset + i) * 2 + 1]!;
      }
      out[i] = fmix(mix(mix(h, lo), hi) ^ 8);
    }
  },

  hashUtf8(out, offsets, bytes, validity, offset, length, combine) {
    for (let i = 0; i < length; i++) {
      let h = combine ? out[i]! | 0 : HASH_SEED;
      if (isNull(validity, offset + i)) {
        out[i] = nullHash(h);
        continue;
      }
      const start = offsets[offset + i]!;
      const end = offsets[offset + i + 1]!;
      let p = start;
      for (; p + 4 <= end; p += 4) {
        h = mix(h, bytes[p]! | (bytes[p + 1]! << 8) | (bytes[p + 2]! << 16) | (bytes[p + 3]! << 24));
      }
      const tail = end - p;
      if (tail > 0) {
        let k = 0;
        if (tail === 3) k ^= bytes[p + 2]! << 16;
        if (tail >= 2) k ^= bytes[p + 1]! << 8;
        k ^= bytes[p]!;
        k = Math.imul(k, C1);
        k = (k << 15) | (k >>> 17);
        k = Math.imul(k, C2);
        h ^= k;
      }
      out[i] = fmix(h ^ (end - start));
    }
  },

  crc32c(crc, bytes) {
    let c = ~crc;
    const n = bytes.length;
    let i = 0;
    const t = CRC_TABLE;
    for (; i + 8 <= n; i += 8) {
      const a = (c ^ (bytes[i]! | (bytes[i + 1]! << 8) | (bytes[i + 2]! << 16) | (bytes[i + 3]! << 24))) >>> 0;
      c = t[7 * 256 + (a & 0xff)]! ^ t[6 * 256 + ((a >>> 8) & 0xff)]! ^ t[5 * 256 + ((a >>> 16) & 0xff)]! ^
        t[4 * 256 + (a >>> 24)]! ^ t[3 * 256 + bytes[i + 4]!]! ^ t[2 * 256 + bytes[i + 5]!]! ^
        t[256 + bytes[i + 6]!]! ^ t[bytes[i + 7]!]!;
    }
    for (; i < n; i++) c = t[(c ^ bytes[i]!) & 0xff]! ^ (c >>> 8);
    return ~c >>> 0;
  },

  int64ToFloat64(src, srcOffset, dst, length) {
    const words = new Int32Array(src.buffer, src.byteOffset + srcOffset * 8, length * 2);
    for (let i = 0; i < length; i++) dst[i] = words[2 * i + 1]! * TWO_32 + (words[2 * i]! >>> 0);
  },

  float64ToInt64(src, dst, length) {
    const words = new Int32Array(dst.buffer, dst.byteOffset, length * 2);
    for (let i = 0; i < length; i++) {
      const v = Math.trunc(src[i]!);
      const hi = Math.floor(v / TWO_32);
      words[2 * i] = (v - hi * TWO_32) | 0;
      words[2 * i + 1] = hi | 0;
    }
  },

  sumByGroup(acc, counts, groups, values, validity, offset, length) {
    if (validity === null) {
      for (let i = 0; i < length; i++) {
        const g = groups[i]!;
        acc[g] += values[offset + i]!;
        counts[g]++;
      }
      return;
    }
    for (let i = 0; i < length; i++) {
      const bit = offset + i;
      if (((validity[bit >> 3]! >> (bit & 7)) & 1) === 0) continue;
      const g = groups[i]!;
      acc[g] += values[bit]!;
      counts[g]++;
    }
  },
};
