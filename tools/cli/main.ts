#!/usr/bin/env node
/**
 * The `laminardb` command line: `demo` runs the market-data demo on the embedded runtime, `run`
 * executes a SQL script, `shell` is an interactive SQL prompt.
 */
import { Command, InvalidArgumentError as CliArgumentError } from 'commander';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { kernels } from '../../index.js';
import { runDemo } from './demo.js';
import { runScript, shell } from './sql.js';

/** The package.json above this file (the source tree and dist/ sit at different depths). */
function packageJson(): { version: string } {
  for (let dir = dirname(fileURLToPath(import.meta.url)); dir !== dirname(dir); dir = dirname(dir)) {
    const file = join(dir, 'package.json');
    if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as { version: string };
  }
  return { version: 'unknown' };
}
const pkg = packageJson();

function positive(name: string) {
  return (value: string): number => {
    const n = Number(value);
    if (!Number.isFinite(n) || n <= 0) throw new CliArgumentError(`${name} must be a positive number, got '${value}'`);
    return n;
  };
}

const program = new Command()
  .name('laminardb')
  .description('LaminarDB: an embedded streaming SQL database for Node.js')
  .version(pkg.version);

program
  .command('demo')
  .description('run the market-data demo pipeline on synthetic trades (no external services)')
  .option('-s, --seconds <n>', 'how long to generate trades', positive('--seconds'), 10)
  .option('-r, --rate <n>', 'trades per second', positive('--rate'), 20_000)
  .option('--seed <n>', 'random seed', (v) => Number(v) >>> 0, 42)
  .action(async (options: { seconds: number; rate: number; seed: number }) => {
    console.log(`kernels: ${kernels().name}`);
    await runDemo({ ...options, print: (text) => console.log(text) });
  });

function variable(value: string, previous: Record<string, string>): Record<string, string> {
  const eq = value.indexOf('=');
  if (eq <= 0) throw new CliArgumentError(`--var takes NAME=VALUE, got '${value}'`);
  return { ...previous, [value.slice(0, eq)]: value.slice(eq + 1) };
}

const io = { out: (text: string) => console.log(text), err: (text: string) => console.error(text) };

const PATH_HELP = 'a directory for a durable database (created if missing; opened again, it restores everything); default: in memory';
const INTERVAL_HELP = 'milliseconds between automatic checkpoints of a durable database (0: only CHECKPOINT)';

program
  .command('run')
  .description('run a SQL script on a database (in memory, or durable with --path); live results print as they arrive')
  .argument('<file>', 'the SQL script (statements separated by ;), or - for stdin')
  .option('--var <NAME=VALUE>', 'a value for ${NAME} in the script (repeatable)', variable, {})
  .option('--no-follow', 'exit after the script instead of printing live results until Ctrl-C')
  .option('--path <dir>', PATH_HELP)
  .option('--checkpoint-interval <ms>', INTERVAL_HELP, positive('--checkpoint-interval'))
  .action(async (file: string, options: { var: Record<string, string>; follow: boolean; path?: string; checkpointInterval?: number }) => {
    const sql = readFileSync(file === '-' ? 0 : file, 'utf8');
    process.exitCode = await runScript(sql, { vars: options.var, follow: options.follow, ...storageOf(options) }, io);
  });

program
  .command('shell')
  .description('an interactive SQL prompt (in memory, or durable with --path)')
  .option('--var <NAME=VALUE>', 'a value for ${NAME} in statements (repeatable)', variable, {})
  .option('--path <dir>', PATH_HELP)
  .option('--checkpoint-interval <ms>', INTERVAL_HELP, positive('--checkpoint-interval'))
  .action(async (options: { var: Record<string, string>; path?: string; checkpointInterval?: number }) => {
    await shell(options.var, io, storageOf(options));
  });

function storageOf(options: { path?: string; checkpointInterval?: number }): { path?: string; checkpointIntervalMs?: number } {
  return { ...(options.path !== undefined ? { path: options.path } : {}), ...(options.checkpointInterval !== undefined ? { checkpointIntervalMs: options.checkpointInterval } : {}) };
}

program.parseAsync().catch((err: Error) => {
  console.error(`laminardb: ${err.message}`);
  process.exit(1);
});
