/**
 * The kill harness: runs a windowed aggregation with an exactly-once file sink in a child process
 * on a durable database, SIGKILLs it at seeded random moments, restarts it on the same directory,
 * and compares the committed output files with a reference computed from the same input: every
 * (key, window) exactly once, with the right count and sum. Nothing lost, nothing duplicated.
 *
 *   npx tsx tools/crash/kill.ts [--events 200000] [--kills 50] [--seed N] [--interval 200]
 *     [--life 1000] [--rate 4000]
 *
 * The full run of the issue: `--events 1000000 --kills 1000 --rate 1500`.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { CHECKPOINT_KILL_POINTS } from '../../../runtime/index.js';
import { mulberry32 } from '../../../runtime/testing/index.js';
import { reference } from './kill-events.js';

/** Settings of one harness run. */
export interface KillRunOptions {
  readonly events: number;
  readonly kills: number;
  readonly seed: number;
  /** Checkpoint interval of the worker, ms. */
  readonly intervalMs?: number;
  /** Kill within this many ms after a life starts inserting (uniform). */
  readonly maxLifeMs?: number;
  /** Events per second a life inserts at most (0: as fast as it can). */
  readonly rate?: number;
  readonly log?: (line: string) => void;
}

/** What a harness run found. */
export interface KillRunResult {
  readonly kills: number;
  readonly lives: number;
  readonly expected: number;
  readonly got: number;
  /** Reference rows missing from the output. */
  readonly lost: string[];
  /** Output rows beyond their reference count (or not in the reference at all). */
  readonly duplicated: string[];
  readonly ms: number;
  /** Longest time from a restart to the worker reporting it is ready (ms). */
  readonly maxRecoveryMs: number;
  /** Kills per whitebox kill point (lives that died at the point they were armed with). */
  readonly atPoints: Readonly<Record<string, number>>;
}

const worker = resolve(import.meta.dirname, 'kill-worker.ts');
const root = resolve(import.meta.dirname, '..', '..', '..');

/**
 * The worker as one bundled ES module under node_modules/.cache (so its packages resolve): a
 * life then starts in about 0.6 s instead of the 2.5 s tsx takes to compile the sources, which is
 * most of the time of a run of many kills. Falls back to tsx if bundling fails.
 */
async function workerCommand(): Promise<string[]> {
  try {
    const { buildSync } = await import('esbuild');
    const outfile = join(root, 'node_modules', '.cache', 'laminardb-kill', 'kill-worker.mjs');
    buildSync({ entryPoints: [worker], bundle: true, platform: 'node', format: 'esm', outfile, packages: 'external', logLevel: 'error' });
    return [outfile];
  } catch {
    return ['--import', 'tsx', worker];
  }
}

interface Life {
  readonly ended: Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>;
  readonly started: Promise<number>;
  kill(): void;
}

function live(command: readonly string[], path: string, o: KillRunOptions, point: string | undefined): Life {
  const env = { ...process.env, LAMINARDB_KILL_POINT: point ?? '' };
  const child = spawn(process.execPath, [...command, path, String(o.events), String(o.seed), String(o.intervalMs ?? 200), '200', String(o.rate ?? 0)], { stdio: ['ignore', 'pipe', 'pipe'], env });
  let stderr = '';
  let out = '';
  const began = performance.now();
  let ready!: (ms: number) => void;
  const started = new Promise<number>((r) => (ready = r));
  child.stdout.on('data', (d: Buffer) => {
    out += d.toString();
    if (process.env.KILL_DEBUG) process.stdout.write(`  worker: ${d.toString()}`);
    if (out.includes('start ')) ready(performance.now() - began);
  });
  child.stderr.on('data', (d: Buffer) => void (stderr += d.toString()));
  const ended = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>((r) => child.on('exit', (code, signal) => {
    ready(-1);
    r({ code, signal, stderr });
  }));
  return { ended, started, kill: () => child.kill('SIGKILL') };
}

/** Rows of the committed files of a file sink directory, as `k|window_start|n|total` lines. */
export function committedRows(dir: string): string[] {
  let manifest: { epochs: { files: { name: string }[] }[] };
  try {
    manifest = JSON.parse(readFileSync(join(dir, '_manifest.json'), 'utf8')) as typeof manifest;
  } catch {
    return [];
  }
  const rows: string[] = [];
  for (const epoch of manifest.epochs) {
    for (const f of epoch.files) {
      for (const line of readFileSync(join(dir, f.name), 'utf8').split('\n')) {
        if (line === '') continue;
        const r = JSON.parse(line) as { k: string; window_start: string | number; n: number; total: number };
        rows.push(`${r.k}|${typeof r.window_start === 'number' ? r.window_start : Date.parse(r.window_start)}|${r.n}|${r.total}`);
      }
    }
  }
  return rows.sort();
}

/** Compares two sorted multisets of lines. */
export function compare(expected: readonly string[], got: readonly string[]): { lost: string[]; duplicated: string[] } {
  const counts = new Map<string, number>();
  for (const e of expected) counts.set(e, (counts.get(e) ?? 0) + 1);
  const duplicated: string[] = [];
  for (const g of got) {
    const n = counts.get(g) ?? 0;
    if (n === 0) duplicated.push(g);
    else counts.set(g, n - 1);
  }
  const lost = [...counts].flatMap(([e, n]) => Array<string>(n).fill(e));
  return { lost, duplicated };
}

/**
 * Runs the harness: `kills` lives ended by SIGKILL, then one that finishes. Half the lives that
 * get past recovery are armed with a whitebox kill point (round robin over CHECKPOINT_KILL_POINTS, at its
 * 1st to 3rd visit), so every phase of a checkpoint and of the sink's commit is killed in; the
 * others die at a random moment, one in five of all lives while it recovers.
 */
export async function runKillHarness(o: KillRunOptions): Promise<KillRunResult> {
  const began = performance.now();
  const dir = mkdtempSync(join(tmpdir(), 'laminardb-kill-'));
  const rand = mulberry32(o.seed);
  const log = o.log ?? (() => {});
  let kills = 0;
  let lives = 0;
  let maxRecoveryMs = 0;
  let armed = 0;
  const atPoints: Record<string, number> = Object.fromEntries(CHECKPOINT_KILL_POINTS.map((p) => [p, 0]));
  /** A life died by SIGKILL: counted, and by its kill point if it died at one. */
  const killed = (stderr: string) => {
    kills++;
    const hit = /kill point (\S+)/.exec(stderr);
    if (hit) atPoints[hit[1]!] = (atPoints[hit[1]!] ?? 0) + 1;
  };
  const command = await workerCommand();
  try {
    let lastReady = 0;
    for (;;) {
      const dieEarly = kills < o.kills && lastReady > 0 && rand() < 0.2;
      const point = kills < o.kills && !dieEarly && rand() < 0.5 ? `${CHECKPOINT_KILL_POINTS[armed++ % CHECKPOINT_KILL_POINTS.length]}:${1 + Math.floor(rand() * 3)}` : undefined;
      const life = live(command, dir, o, point);
      lives++;
      if (process.env.KILL_DEBUG) process.stdout.write(`life ${lives}${point !== undefined ? ` armed ${point}` : ''}${dieEarly ? ' dies recovering' : ''}\n`);
      // One life in five dies while it recovers (before it is ready), at a random moment.
      const early = dieEarly ? setTimeout(() => life.kill(), Math.floor(rand() * lastReady)) : undefined;
      const readyMs = await life.started;
      if (readyMs >= 0) {
        maxRecoveryMs = Math.max(maxRecoveryMs, readyMs);
        lastReady = readyMs;
      }
      if (readyMs < 0 && early === undefined && point !== undefined) {
        // Died at its kill point while recovering (a replayed insert's fsync, a first checkpoint).
        const end = await life.ended;
        if (end.signal !== 'SIGKILL') throw new Error(`worker failed (exit ${end.code}):\n${end.stderr}`);
        killed(end.stderr);
        continue;
      }
      if (kills < o.kills && (readyMs >= 0 || early !== undefined)) {
        // Kill after a random time; most lives die while inserting, checkpointing or committing.
        // An armed life gets longer to reach its point; the timer is then only a backstop.
        const delay = Math.floor(rand() * (o.maxLifeMs ?? 1500)) * (point !== undefined ? 5 : 1);
        const timer = early ?? setTimeout(() => life.kill(), delay);
        const end = await life.ended;
        clearTimeout(timer);
        if (end.signal === 'SIGKILL') {
          killed(end.stderr);
          continue;
        }
        if (end.code !== 0) throw new Error(`worker failed (exit ${end.code}):\n${end.stderr}`);
        log(`the worker finished before kill ${kills + 1} (${delay} ms); the run ends there`);
        break;
      }
      const end = await life.ended;
      if (end.code !== 0) throw new Error(`worker failed (exit ${end.code}, ${end.signal ?? 'no signal'}):\n${end.stderr}`);
      break;
    }
    const expected = reference(o.seed, o.events);
    const got = committedRows(join(dir, 'out'));
    const { lost, duplicated } = compare(expected, got);
    return { kills, lives, expected: expected.length, got: got.length, lost, duplicated, ms: performance.now() - began, maxRecoveryMs, atPoints };
  } finally {
    if (process.env.KEEP_KILL_DIR === undefined) rmSync(dir, { recursive: true, force: true });
    else log(`kept ${dir}`);
  }
}
