/**
 * Runs the examples of one `##` section of docs/sql.md against a fresh LaminarDB (the notation is
 * described in sql-doc.spec.ts). Returns the failures, each with its line in the doc, instead of
 * stopping at the first, so one run shows every example that is out of date.
 */
import type { Subscription as RxSubscription } from 'rxjs';
import { LaminarDB, type ExecuteResult } from '../../db.js';
import type { Row } from '../../runtime/index.js';
import { format, parseRows, parseValue, type DocBlock, type DocSection } from './doc-format.js';

/** A mismatch between the doc and the engine. */
export interface Failure {
  /** 1-based line in docs/sql.md. */
  readonly line: number;
  readonly message: string;
}

/** A live result (SELECT over a stream, SUBSCRIBE) opened by an example. */
interface Live {
  /** Rows that arrived since the last result block. */
  readonly rows: Row[];
  /** The line of the block that opened it. */
  readonly line: number;
  handle?: RxSubscription;
  error?: unknown;
}

type Subscription = NonNullable<ExecuteResult['subscription']>;

/**
 * What the previous runnable block left for a `result` block: rows, a statement summary, or
 * `live` (the last statement opened a live result or inserted rows: show what arrived).
 */
type Outcome = { kind: 'rows'; rows: readonly Row[] } | { kind: 'summary'; value: Row; live: boolean } | { kind: 'live' } | { kind: 'none' };

/** The `NAME = value` lines of a `vars` block. */
export function parseVars(body: string): Record<string, string> {
  const vars: Record<string, string> = {};
  for (const line of body.split('\n')) {
    const m = /^\s*([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*?)\s*$/.exec(line);
    if (m) vars[m[1]!] = m[2]!;
  }
  return vars;
}

/**
 * The statements of a `sql` block: a statement ends with `;` at the end of a line (the last one
 * may omit it). Each is executed on its own, so a live result is subscribed before the next runs.
 */
export function splitStatements(body: string): string[] {
  return body.split(/;[ \t]*(?:\n|$)/).filter((s) => s.split('\n').some((l) => l.trim() !== '' && !l.trim().startsWith('--')));
}

/** The fields of an ExecuteResult a doc shows when the statement returns no rows. */
function summary(r: ExecuteResult): Row {
  const out: Row = { statement: r.statement };
  if (r.name !== undefined) out.name = r.name;
  if (r.outcome !== undefined) out.outcome = r.outcome;
  if (r.rowCount !== undefined) out.rowCount = r.rowCount;
  if (r.dropped !== undefined) out.dropped = [...r.dropped];
  if (r.checkpointId !== undefined) out.checkpointId = r.checkpointId;
  return out;
}

function errorText(err: unknown): string {
  const e = err as { code?: unknown; message?: unknown };
  return `${typeof e.code === 'string' ? `${e.code}: ` : ''}${String(e.message ?? err)}`;
}

/** Runs one section; resolves with its failures (empty when the doc and the engine agree). */
export async function runSection(section: DocSection, trace?: (block: DocBlock) => void): Promise<{ failures: Failure[] }> {
  const failures: Failure[] = [];
  let vars: Record<string, string> = {};
  let db: LaminarDB | undefined;
  let live: Live[] = [];
  let outcome = { kind: 'none' } as Outcome;
  let stdout = '';
  const matchedErrors = new Set<string>();
  const open = async () => (db ??= await LaminarDB.open({ vars, stdout: { write: (text: string) => void (stdout += text) } }));
  const closeLive = () => {
    for (const l of live) l.handle?.unsubscribe();
    live = [];
  };
  /** Follows a new live result; the ones opened by earlier blocks are closed. */
  const subscribe = (sub: Subscription, line: number) => {
    if (live.some((l) => l.line !== line)) closeLive();
    const l: Live = { rows: [], line };
    live.push(l);
    l.handle = sub.subscribe({ next: (rows) => l.rows.push(...rows), error: (err) => void (l.error = err) });
  };
  /** Runs a sql or insert block; returns the error it threw, if any. */
  const run = async (block: DocBlock): Promise<unknown> => {
    const ldb = await open();
    try {
      if (block.lang === 'insert') {
        const count = await ldb.insert(block.arg, parseRows(block.body) as Row[]);
        outcome = { kind: 'summary', value: { inserted: count }, live: true };
        return undefined;
      }
      outcome = { kind: 'none' };
      for (const statement of splitStatements(block.body)) {
        const results = await ldb.execute(statement);
        for (const r of results) {
          if (r.subscription !== undefined) subscribe(r.subscription, block.line);
          outcome = r.rows !== undefined ? { kind: 'rows', rows: r.rows } : r.subscription !== undefined ? { kind: 'live' } : { kind: 'summary', value: summary(r), live: r.statement === 'INSERT' };
        }
      }
      return undefined;
    } catch (err) {
      outcome = { kind: 'none' };
      return err ?? new Error('undefined was thrown');
    }
  };
  /** Waits for the pipeline and takes what arrived on the live results. */
  const drain = async (): Promise<{ rows: Row[]; error?: unknown }> => {
    let error: unknown;
    try {
      await db!.flush();
    } catch (err) {
      error = err;
    }
    const rows = live.flatMap((l) => l.rows.splice(0));
    error ??= live.find((l) => l.error !== undefined)?.error;
    return error !== undefined ? { rows, error } : { rows };
  };

  try {
    const blocks = section.blocks;
    for (let i = 0; i < blocks.length; i++) {
      const block = blocks[i]!;
      const next = blocks[i + 1];
      const fail = (message: string, line = block.line) => failures.push({ line, message });
      trace?.(block);
      switch (block.lang) {
        case 'vars':
          if (db !== undefined) fail('a vars block must come before the first example of its section');
          vars = { ...vars, ...parseVars(block.body) };
          break;
        case 'sql':
        case 'insert': {
          const err = await run(block);
          if (next?.lang === 'error') {
            i++;
            let actual = err;
            if (actual === undefined && live.length > 0) actual = (await drain()).error;
            if (actual === undefined) fail('expected an error, but the example succeeded', next.line);
            else if (checkError(actual, next, fail)) matchedErrors.add(errorText(actual));
          } else if (err !== undefined) {
            fail(`unexpected error: ${errorText(err)}`);
          }
          break;
        }
        case 'result': {
          let actual: readonly Row[];
          if (outcome.kind === 'rows') actual = outcome.rows;
          else if (outcome.kind === 'live' || (outcome.kind === 'summary' && outcome.live && live.length > 0)) {
            const drained = await drain();
            if (drained.error !== undefined) {
              fail(`the live result failed: ${errorText(drained.error)}`);
              break;
            }
            actual = drained.rows;
          } else if (outcome.kind === 'summary') actual = [outcome.value];
          else {
            fail('a result block needs a preceding example that returns rows or a result');
            break;
          }
          outcome = { kind: 'none' };
          checkRows(actual, block, fail);
          break;
        }
        case 'stdout': {
          if (db !== undefined) await db.flush();
          checkStdout(stdout, block, fail);
          stdout = '';
          break;
        }
        case 'error':
          fail('an error block must follow a sql or insert block');
          break;
      }
    }
  } catch (err) {
    failures.push({ line: section.line, message: `the section failed: ${errorText(err)}` });
  } finally {
    closeLive();
    // A database whose pipeline failed (SET on_error = 'fail') reports that failure again on close.
    await db?.close().catch((err: unknown) => {
      if (!matchedErrors.has(errorText(err))) failures.push({ line: section.line, message: `close() failed: ${errorText(err)}` });
    });
  }
  return { failures };
}

/** An expected row: exact text, a pattern (a line with `...` in it), or `...` alone (any rows). */
type Expected = { kind: 'row'; text: string } | { kind: 'pattern'; text: string; re: RegExp } | { kind: 'any' };

function expectedRows(body: string): Expected[] {
  return body.split('\n').map((l) => l.trim()).filter((l) => l !== '' && !l.startsWith('--')).map((l): Expected => {
    if (l === '...') return { kind: 'any' };
    if (l.includes('...')) return { kind: 'pattern', text: l, re: new RegExp(`^${l.split('...').map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('.*?')}$`) };
    return { kind: 'row', text: format(parseValue(l)) };
  });
}

/** Whether the formatted rows match the expected ones (`...` alone matches any run of rows). */
function matches(expected: readonly Expected[], got: readonly string[]): boolean {
  const [e, ...rest] = expected;
  if (e === undefined) return got.length === 0;
  if (e.kind === 'any') return got.some((_, k) => matches(rest, got.slice(k))) || matches(rest, []);
  const [g, ...more] = got;
  if (g === undefined) return false;
  return (e.kind === 'row' ? e.text === g : e.re.test(g)) && matches(rest, more);
}

function checkRows(actual: readonly Row[], block: DocBlock, fail: (message: string, line?: number) => void): void {
  let expected: Expected[];
  try {
    expected = expectedRows(block.body);
  } catch (err) {
    fail(`cannot read the expected rows: ${(err as Error).message}`);
    return;
  }
  let got = actual.map(format);
  if (block.arg === 'unordered') {
    // Compared as sorted text, so only exact rows.
    if (expected.some((e) => e.kind !== 'row')) return fail('a result unordered block cannot use ...');
    expected = [...expected].sort((a, b) => ((a as { text: string }).text < (b as { text: string }).text ? -1 : 1));
    got = [...got].sort();
  }
  if (matches(expected, got)) return;
  const show = (lines: string[]) => lines.map((x) => `    ${x}`).join('\n') || '    (no rows)';
  fail(`result differs\n  expected:\n${show(expected.map((e) => (e.kind === 'any' ? '...' : e.text)))}\n  actual:\n${show(got)}`);
}

function checkStdout(text: string, block: DocBlock, fail: (message: string, line?: number) => void): void {
  const want = block.body.trim();
  if (text.trim() !== want) fail(`stdout differs\n  expected:\n${want}\n  actual:\n${text.trim()}`);
}

/** Checks an error against an error block; true when it matches. */
function checkError(err: unknown, block: DocBlock, fail: (message: string, line?: number) => void): boolean {
  const text = errorText(err);
  const missing = block.body.split('\n').map((l) => l.trim()).filter((l) => l !== '' && !text.includes(l));
  if (missing.length > 0) fail(`error differs: '${missing[0]}' is not in:\n${text}`, block.line);
  return missing.length === 0;
}
