/**
 * The SQL side of the CLI: `laminardb run file.sql` executes a script (live results print as
 * they arrive) and `laminardb shell` is an interactive prompt. Both print results as tables.
 */
import { createInterface } from 'node:readline';
import { LaminarDB, prettyTable, rowsToBatch, schemaOf, type ExecuteResult, type ResultColumn, type Row } from '../../index.js';

/** Where the CLI writes. */
export interface Output {
  out(text: string): void;
  err(text: string): void;
}

/** Prints rows as a boxed table with the result's column types. */
export function table(columns: readonly ResultColumn[], rows: readonly Row[]): string {
  const schema = schemaOf(Object.fromEntries(columns.map((c) => [c.name, c.type])));
  return prettyTable(rowsToBatch(schema, rows as Row[]), 200);
}

/** Prints one statement's result; live results keep printing until the subscription ends. */
export function report(result: ExecuteResult, io: Output, live: { unsubscribe(): void }[]): void {
  if (result.subscription !== undefined) {
    const columns = result.columns ?? [];
    io.out(`${result.statement}${result.name ? ` ${result.name}` : ''}: live; rows print as they arrive`);
    live.push(result.subscription.subscribe({
      next: (rows) => io.out(table(columns, rows)),
      error: (e: Error) => io.err(`live query failed: ${e.message}`),
    }));
    return;
  }
  if (result.rows !== undefined) {
    io.out(result.rows.length === 0 ? '(no rows)' : table(result.columns ?? [], result.rows));
    return;
  }
  const what = [result.statement, result.name].filter(Boolean).join(' ');
  const detail = result.rowCount !== undefined ? ` (${result.rowCount} row${result.rowCount === 1 ? '' : 's'})` : result.dropped && result.dropped.length > 1 ? ` (${result.dropped.join(', ')})` : result.checkpointId !== undefined ? ` (checkpoint ${result.checkpointId})` : '';
  io.out(`${what}: ${result.outcome ?? 'ok'}${detail}`);
}

/** Where the database lives: in memory, or durable in a directory (`--path`). */
export interface Storage {
  readonly path?: string;
  /** Milliseconds between automatic checkpoints of a durable database (0: only CHECKPOINT). */
  readonly checkpointIntervalMs?: number;
}

/** The open options for `vars` and `storage`. */
function openOptions(vars: Record<string, string>, storage: Storage): Parameters<typeof LaminarDB.open>[0] {
  if (storage.path === undefined) return { vars };
  return { vars, path: storage.path, durability: { checkpointIntervalMs: storage.checkpointIntervalMs ?? 0 } };
}

/** Options of `laminardb run`. */
export interface RunOptions extends Storage {
  readonly vars: Record<string, string>;
  /** Keep printing live results after the script (until Ctrl-C). */
  readonly follow: boolean;
}

/**
 * Runs a SQL script. Returns 0, or 1 after the first failing statement (statements before it
 * took effect). Without `follow`, live results are flushed once and the database closes.
 */
export async function runScript(sql: string, options: RunOptions, io: Output): Promise<number> {
  const db = await LaminarDB.open(openOptions(options.vars, options));
  const live: { unsubscribe(): void }[] = [];
  try {
    await db.execute(sql, { onResult: (result) => report(result, io, live) });
  } catch (err) {
    io.err((err as Error).message);
    await db.close();
    return 1;
  }
  await db.flush();
  if (options.follow && live.length > 0) {
    io.err('following live results; Ctrl-C to stop');
    await new Promise<void>((resolve) => process.once('SIGINT', () => resolve()));
  }
  await db.close();
  return 0;
}

/** Whether the text so far ends a statement: a `;` outside quotes and comments. */
export function complete(text: string): boolean {
  let quote: string | undefined;
  let last = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quote !== undefined) {
      if (c === quote) quote = undefined;
      continue;
    }
    if (c === "'" || c === '"') quote = c;
    else if (c === '-' && text[i + 1] === '-') {
      while (i < text.length && text[i] !== '\n') i++;
      continue;
    }
    if (!/\s/.test(c)) last = c;
  }
  return quote === undefined && last === ';';
}

const HELP = `Statements end with ';'. Live results (SELECT over streams, SUBSCRIBE) print as they arrive.
  \\help          this text
  \\queries       running continuous queries
  \\cancel <id>   stop one
  \\flush         wait until everything inserted so far is processed and delivered
  \\q             quit`;

/** The interactive shell on stdin/stdout. */
export async function shell(vars: Record<string, string>, io: Output, storage: Storage = {}): Promise<void> {
  const db = await LaminarDB.open(openOptions(vars, storage));
  const live: { unsubscribe(): void }[] = [];
  const rl = createInterface({ input: process.stdin, output: process.stdout, prompt: 'laminardb> ' });
  io.out(`LaminarDB shell (${storage.path === undefined ? 'in memory' : `durable in ${storage.path}`}). \\help for help, \\q to quit.`);
  let buffer = '';
  rl.prompt();
  for await (const line of rl) {
    const command = line.trim();
    if (buffer === '' && command.startsWith('\\')) {
      const [word, arg] = command.split(/\s+/);
      if (word === '\\q' || word === '\\quit') break;
      if (word === '\\help') io.out(HELP);
      else if (word === '\\flush') await db.flush();
      else if (word === '\\queries') io.out(db.queries().map((q) => `${q.id}  ${q.sql}`).join('\n') || '(none)');
      else if (word === '\\cancel') io.out((await db.cancelQuery(arg ?? '')) ? `cancelled ${arg}` : `no query '${arg}'`);
      else io.err(`unknown command ${word}; \\help lists them`);
      rl.prompt();
      continue;
    }
    buffer += `${line}\n`;
    if (!complete(buffer)) {
      rl.setPrompt('        -> ');
      rl.prompt();
      continue;
    }
    try {
      await db.execute(buffer, { onResult: (result) => report(result, io, live) });
      await db.flush();
    } catch (err) {
      io.err((err as Error).message);
    }
    buffer = '';
    rl.setPrompt('laminardb> ');
    rl.prompt();
  }
  rl.close();
  for (const l of live) l.unsubscribe();
  await db.close();
}
