/** Native kernels against their JS twins on the same buffers, 1M values each. */
import { jsKernels, nativeKernels, type Kernels } from '../../runtime/index.js';
import { median, repeat } from './common.js';

export interface KernelResult {
  kernel: string;
  jsMs: number;
  nativeMs: number | undefined;
  speedup: number | undefined;
}

export async function benchKernels(quick: boolean): Promise<KernelResult[]> {
  const n = 1_000_000;
  const native = nativeKernels().kernels;
  const f64 = Float64Array.from({ length: n }, (_, i) => i * 1.5);
  const i64 = BigInt64Array.from({ length: n }, (_, i) => BigInt(i * 7));
  const words = Array.from({ length: n }, (_, i) => `sym-${i % 5000}`);
  const enc = new TextEncoder();
  const offsets = new Int32Array(n + 1);
  const parts = words.map((w) => enc.encode(w));
  parts.forEach((p, i) => (offsets[i + 1] = offsets[i]! + p.length));
  const bytes = new Uint8Array(offsets[n]!);
  parts.forEach((p, i) => bytes.set(p, offsets[i]!));
  const groups = Int32Array.from({ length: n }, (_, i) => i % 1000);
  const out = new Uint32Array(n);
  const buf = new Uint8Array(4 << 20).map((_, i) => i * 31);
  const cases: [string, (k: Kernels) => void][] = [
    ['hashFloat64', (k) => k.hashFloat64(out, f64, null, 0, n, false)],
    ['hashInt64', (k) => k.hashInt64(out, i64, null, 0, n, false)],
    ['hashUtf8', (k) => k.hashUtf8(out, offsets, bytes, null, 0, n, false)],
    ['sumByGroup', (k) => k.sumByGroup(new Float64Array(1000), new Float64Array(1000), groups, f64, null, 0, n)],
    ['int64ToFloat64', (k) => k.int64ToFloat64(i64, 0, new Float64Array(n), n)],
    ['crc32c (4 MiB)', (k) => void k.crc32c(0, buf)],
  ];
  const time = async (k: Kernels, fn: (k: Kernels) => void) =>
    median(await repeat(quick ? 3 : 9, 2, () => {
      const t = performance.now();
      fn(k);
      return performance.now() - t;
    }));
  const results: KernelResult[] = [];
  for (const [kernel, fn] of cases) {
    const jsMs = await time(jsKernels, fn);
    const nativeMs = native ? await time(native, fn) : undefined;
    results.push({ kernel, jsMs, nativeMs, speedup: nativeMs ? jsMs / nativeMs : undefined });
  }
  return results;
}
