// A SIGKILL at each phase of a checkpoint (whitebox kill points, runtime/fs/kill-point.ts): the
// next lives see every acknowledged insert exactly once in the views (one row per key: no change
// lost, none applied twice) and in the exactly-once files sink.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import test from 'ava';
import { CHECKPOINT_KILL_POINTS } from '../../runtime/index.js';
import { runChild } from './durable/run-child.js';

const rows = (k: string, n: number) => Array.from({ length: n }, (_, i) => ({ k, v: i }));

function committedRows(dir: string): string[] {
  try {
    const manifest = JSON.parse(readFileSync(join(dir, '_manifest.json'), 'utf8')) as { epochs: { files: { name: string }[] }[] };
    return manifest.epochs.flatMap((e) => e.files.flatMap((f) => readFileSync(join(dir, f.name), 'utf8').split('\n').filter((l) => l !== '')));
  } catch {
    return [];
  }
}

for (const point of CHECKPOINT_KILL_POINTS) {
  test(`killed at ${point}: views and the files sink hold every insert once`, (t) => {
    const base = mkdtempSync(join(tmpdir(), 'laminardb-killpoint-'));
    const path = join(base, 'db');
    const out = join(base, 'out');
    const setup = `
      CREATE SOURCE src (k VARCHAR, v BIGINT);
      CREATE MATERIALIZED VIEW total AS SELECT COUNT(*) AS n FROM src;
      CREATE MATERIALIZED VIEW per_key AS SELECT k, COUNT(*) AS n, SUM(v) AS s FROM src GROUP BY k;
      CREATE SINK files FROM src INTO FILES ('path' = '${out}') FORMAT JSON;`;
    // The first checkpoint commits a sink epoch (its rename and manifest are reached), the second
    // is where the point fires (the k-th visit for points reached more than once per checkpoint).
    const first = runChild(path, [
      { sql: setup }, { insert: 'src', rows: rows('a', 30) }, { flush: true }, { checkpoint: true },
      { insert: 'src', rows: rows('b', 20) }, { insert: 'src', rows: rows('a', 5) }, { flush: true }, { checkpoint: true },
      { insert: 'src', rows: rows('c', 1) }, { flush: true }, { checkpoint: true }, { close: true },
    ], { LAMINARDB_KILL_POINT: `${point}:${point === 'wal.synced' ? 7 : 2}` });
    t.is(first.signal, 'SIGKILL', `the process should have died at ${point}: ${first.stderr}`);
    t.regex(first.stderr, new RegExp(`kill point ${point.replace('.', '\\.')}`));
    t.log(`${point}: ${first.lines.filter((l) => 'checkpoint' in l).length} checkpoint(s) and ${first.acked.length} insert(s) acknowledged before the kill`);

    const second = runChild(path, [{ flush: true }, { sql: 'SELECT n FROM total; SELECT k, n, s FROM per_key ORDER BY k' }, { insert: 'src', rows: rows('d', 3) }, { flush: true }, { checkpoint: true }, { kill: true }]);
    t.is(second.signal, 'SIGKILL', second.stderr);
    const [total, perKey] = second.lines as { rows: { k?: string; n: number; s?: number }[] }[];
    t.is(total!.rows.length, 1, `the global count view has one row, got ${JSON.stringify(total!.rows)}`);
    // Every acknowledged insert is there, once; the one in flight at the kill (logged, not yet
    // acknowledged) may be there too, whole.
    const n = total!.rows[0]!.n;
    t.is(perKey!.rows.reduce((sum, r) => sum + r.n, 0), n, JSON.stringify(perKey!.rows));
    const acked: Record<string, number> = {};
    for (const a of first.acked) acked[a.k!] = (acked[a.k!] ?? 0) + a.n;
    const inFlight = [{ k: 'a', n: 30 }, { k: 'b', n: 20 }, { k: 'a', n: 5 }, { k: 'c', n: 1 }][first.acked.length];
    const got = Object.fromEntries(perKey!.rows.map((r) => [r.k!, r.n]));
    const withFlight = inFlight === undefined ? acked : { ...acked, [inFlight.k]: (acked[inFlight.k] ?? 0) + inFlight.n };
    t.true(JSON.stringify(got) === JSON.stringify(acked) || JSON.stringify(got) === JSON.stringify(withFlight), `per key ${JSON.stringify(got)}; acknowledged ${JSON.stringify(acked)}`);

    const third = runChild(path, [{ flush: true }, { sql: 'SELECT n FROM total; SELECT k, n FROM per_key ORDER BY k' }, { checkpoint: true }, { close: true }]);
    t.is(third.status, 0, third.stderr);
    t.deepEqual(third.lines[0], { rows: [{ n: n + 3 }] });
    const counts = Object.fromEntries((third.lines[1]!.rows as { k: string; n: number }[]).map((r) => [r.k, r.n]));
    t.is(counts.d, 3);
    // The files sink: every row of the source exactly once (the view counts say how many there are).
    const files = committedRows(out).map((l) => JSON.parse(l) as { k: string });
    const byKey: Record<string, number> = {};
    for (const r of files) byKey[r.k] = (byKey[r.k] ?? 0) + 1;
    t.deepEqual(byKey, counts, 'committed file rows per key equal the view');
  });
}
