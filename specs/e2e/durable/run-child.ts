import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const child = resolve(import.meta.dirname, 'child.ts');

/** What one run of the child printed, and how it ended. */
export interface ChildRun {
  readonly lines: Record<string, unknown>[];
  /** The inserts that resolved (were acknowledged), in order: source, row count, first row's k. */
  readonly acked: { acked: string; n: number; k?: string }[];
  readonly signal: NodeJS.Signals | null;
  readonly status: number | null;
  readonly stderr: string;
}

/**
 * Runs the child process on `path` with `steps`; waits for it to exit (or be killed). `env` adds
 * to this process's environment (e.g. LAMINARDB_KILL_POINT).
 */
export function runChild(path: string, steps: readonly Record<string, unknown>[], env: Readonly<Record<string, string>> = {}): ChildRun {
  const dir = mkdtempSync(join(tmpdir(), 'laminardb-script-'));
  const file = join(dir, 'script.json');
  writeFileSync(file, JSON.stringify(steps));
  const r = spawnSync(process.execPath, ['--import', 'tsx', child, path, file], { encoding: 'utf8', timeout: 120_000, env: { ...process.env, ...env } });
  const all = r.stdout.split('\n').filter((l) => l.startsWith('{')).map((l) => JSON.parse(l) as Record<string, unknown>);
  const lines = all.filter((l) => !('acked' in l));
  const acked = all.filter((l) => 'acked' in l) as unknown as ChildRun['acked'];
  return { lines, acked, signal: r.signal, status: r.status, stderr: r.stderr };
}
