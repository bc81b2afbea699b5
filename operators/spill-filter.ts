/**
 * Which keys may be in a spill store, so a new key in the key table (most of them, in a stream of
 * fresh keys) need not be looked up on disk: a Bloom filter over the key table's 32-bit key
 * hashes. It never says no for a key that was added (no false negatives); it says maybe for about
 * 1% of the others, and for keys that were added and taken back since (a Bloom filter cannot
 * forget), until it is rebuilt.
 *
 * It grows without rebuilding: a full layer stays, a new one twice as large takes the next keys,
 * and a query asks each layer (a scalable Bloom filter). 10 bits and 4 probes per key and layer.
 */

const BITS_PER_KEY = 10;
const PROBES = 4;
const FIRST_LAYER = 1 << 14;

interface Layer {
  readonly bits: Uint32Array;
  /** Bit count - 1 (a power of two). */
  readonly mask: number;
  readonly capacity: number;
  added: number;
}

/** A second hash from the first (murmur3's finalizer), odd so probes cycle the whole table. */
function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return (h | 1) >>> 0;
}

/**
 * A Bloom filter of 32-bit hashes.
 *
 * @example
 * ```ts
 * const f = new SpillFilter();
 * f.add(0x9e3779b9);
 * f.mayHave(0x9e3779b9); // true
 * ```
 */
export class SpillFilter {
  private layers: Layer[] = [];
  /** Hashes added since the last clear. */
  added = 0;

  /** Adds a hash. */
  add(hash: number): void {
    let layer = this.layers.at(-1);
    if (layer === undefined || layer.added >= layer.capacity) {
      const capacity = layer === undefined ? FIRST_LAYER : layer.capacity * 2;
      const bits = 2 ** Math.min(31, Math.ceil(Math.log2(capacity * BITS_PER_KEY)));
      layer = { bits: new Uint32Array(bits >>> 5), mask: (bits - 1) >>> 0, capacity, added: 0 };
      this.layers.push(layer);
    }
    const step = mix(hash);
    let at = hash >>> 0;
    for (let p = 0; p < PROBES; p++, at = (at + step) >>> 0) {
      const bit = at & layer.mask;
      layer.bits[bit >>> 5]! |= 1 << (bit & 31);
    }
    layer.added++;
    this.added++;
  }

  /** False only when the hash was never added since the last clear. */
  mayHave(hash: number): boolean {
    if (this.layers.length === 0) return false;
    const step = mix(hash);
    for (const layer of this.layers) {
      let at = hash >>> 0;
      let p = 0;
      for (; p < PROBES; p++, at = (at + step) >>> 0) {
        const bit = at & layer.mask;
        if ((layer.bits[bit >>> 5]! & (1 << (bit & 31))) === 0) break;
      }
      if (p === PROBES) return true;
    }
    return false;
  }

  /** Forgets every hash. */
  clear(): void {
    this.layers = [];
    this.added = 0;
  }

  /** Bytes held. */
  get bytes(): number {
    let sum = 0;
    for (const layer of this.layers) sum += layer.bits.byteLength;
    return sum;
  }
}
