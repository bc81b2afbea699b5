/**
 * Seeded randomness for tests: every randomised test prints its seed, and `LAMINARDB_SEED=<n>`
 * replays one.
 */

/** A seed from `LAMINARDB_SEED`, or a fresh one. */
export function testSeed(): number {
  const fromEnv = process.env.LAMINARDB_SEED;
  if (fromEnv !== undefined && fromEnv !== '') return Number(fromEnv) >>> 0;
  return (Math.random() * 2 ** 32) >>> 0;
}

/** A small fast PRNG (mulberry32): returns floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
