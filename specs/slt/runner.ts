/**
 * Runs sqllogictest files (see parse.ts for the format) against a fresh in-memory LaminarDB.
 * Every record runs; the result lists each mismatch with its file and line.
 *
 * Usage: `npm run slt` (tools/slt/run.ts) or the spec beside this file.
 */
import { LaminarDB, type ExecuteResult, type ResultColumn, type Row } from '../../index.js';
import { parseSlt, type SltRecord, type Sort } from './parse.js';

/** One failed record. */
export interface SltFailure {
  readonly line: number;
  readonly message: string;
}

/** What running a file gave. */
export interface SltReport {
  readonly file: string;
  readonly records: number;
  readonly failures: readonly SltFailure[];
}

interface Handle {
  readonly columns: readonly ResultColumn[];
  readonly rows: Row[];
  error?: unknown;
  unsubscribe(): void;
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** A timestamp (epoch ms) as `YYYY-MM-DD HH:MM:SS[.mmm]` in UTC. */
export function formatTimestamp(ms: number): string {
  const d = new Date(ms);
  const base = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
  return d.getUTCMilliseconds() === 0 ? base : `${base}.${pad(d.getUTCMilliseconds(), 3)}`;
}

/** One value as the expected-rows notation writes it. */
export function formatValue(value: unknown, type: string): string {
  if (value === null || value === undefined) return 'NULL';
  if (type.startsWith('timestamp') && typeof value === 'number') return formatTimestamp(value);
  if (typeof value === 'string') return value === '' ? '(empty)' : value;
  if (typeof value === 'bigint' || typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Uint8Array) return `\\x${Buffer.from(value).toString('hex')}`;
  return JSON.stringify(value, (_k, v: unknown) => (typeof v === 'bigint' ? String(v) : v));
}

function formatRows(rows: readonly Row[], columns: readonly ResultColumn[], sort: Sort): string[] {
  const lines = rows.map((r) => columns.map((c) => formatValue(r[c.name], c.type)).join(' '));
  return sort === 'rowsort' ? lines.sort() : lines;
}

/** A line matches when equal, or when it equals word for word with `~` standing for any one value. */
function lineMatches(want: string, got: string): boolean {
  if (want === got) return true;
  if (!want.includes('~')) return false;
  const [w, g] = [want.split(' '), got.split(' ')];
  return w.length === g.length && w.every((x, k) => x === '~' || x === g[k]);
}

function compare(expected: readonly string[], actual: readonly string[], sort: Sort): string | undefined {
  const want = expected.map((l) => l.trim());
  const wanted = sort === 'rowsort' ? [...want].sort() : want;
  if (wanted.length === actual.length && wanted.every((l, k) => lineMatches(l, actual[k]!))) return undefined;
  return `expected ${wanted.length} row(s):\n${wanted.map((l) => `    ${l}`).join('\n') || '    (none)'}\n  got ${actual.length}:\n${actual.map((l) => `    ${l}`).join('\n') || '    (none)'}`;
}

function errorText(err: unknown): string {
  const e = err as { code?: string; message?: string };
  return `${e.code ?? ''} ${e.message ?? String(err)}`;
}

function matches(err: unknown, pattern: string): boolean {
  if (pattern === '') return true;
  const text = errorText(err);
  if (text.includes(pattern)) return true;
  try {
    return new RegExp(pattern).test(text);
  } catch {
    return false;
  }
}

/** Converts a JSON row to the JS types the source's columns take. */
function convertRow(row: Row, columns: readonly ResultColumn[]): Row {
  const out: Row = { ...row };
  for (const c of columns) {
    const v = out[c.name];
    if (v === null || v === undefined) continue;
    if (c.type === 'int64' && (typeof v === 'number' || typeof v === 'string')) out[c.name] = BigInt(v);
    else if (c.type.startsWith('timestamp') && typeof v === 'string') out[c.name] = Date.parse(/[zZ]|[+-]\d\d:?\d\d$/.test(v) ? v : `${v.replace(' ', 'T')}Z`);
    else if (c.type.startsWith('decimal') && typeof v === 'number') out[c.name] = String(v);
  }
  return out;
}

/** Runs the records of one file; never throws for a failed record. */
export async function runSlt(text: string, file = '<slt>'): Promise<SltReport> {
  const records = parseSlt(text, file);
  const failures: SltFailure[] = [];
  const handles = new Map<string, Handle>();
  let db = await LaminarDB.open();
  const fail = (r: SltRecord, message: string) => failures.push({ line: r.line, message: `${file}:${r.line}: ${message}` });
  const closeAll = async () => {
    for (const h of handles.values()) h.unsubscribe();
    handles.clear();
    await db.close();
  };
  for (const r of records) {
    try {
      switch (r.kind) {
        case 'statement': {
          try {
            await db.execute(r.sql);
            if (r.error !== undefined) fail(r, `expected an error matching '${r.error}', but the statement succeeded`);
          } catch (err) {
            if (r.error === undefined) fail(r, `statement failed: ${errorText(err)}`);
            else if (!matches(err, r.error)) fail(r, `error does not match '${r.error}':\n${errorText(err)}`);
          }
          break;
        }
        case 'query': {
          let result: ExecuteResult | undefined;
          try {
            const results = await db.execute(r.sql);
            result = results[results.length - 1];
          } catch (err) {
            if (r.error === undefined) fail(r, `query failed: ${errorText(err)}`);
            else if (!matches(err, r.error)) fail(r, `error does not match '${r.error}':\n${errorText(err)}`);
            break;
          }
          if (r.error !== undefined) {
            fail(r, `expected an error matching '${r.error}', but the query succeeded`);
            break;
          }
          if (result?.rows === undefined || result.columns === undefined) {
            fail(r, `'${result?.statement}' returned no rows (a query over streams needs 'subscribe')`);
            break;
          }
          if (result.columns.length !== r.types.length) fail(r, `the query returns ${result.columns.length} column(s) (${result.columns.map((c) => c.name).join(', ')}), the header declares ${r.types.length}`);
          const diff = compare(r.expected, formatRows(result.rows, result.columns, r.sort), r.sort);
          if (diff !== undefined) fail(r, diff);
          break;
        }
        case 'subscribe': {
          if (handles.has(r.handle)) throw new Error(`handle '${r.handle}' is in use; unsubscribe first`);
          const target = r.target.trim();
          const [result] = await db.execute(/\s/.test(target) ? target : `SUBSCRIBE ${target}`);
          if (result?.subscription === undefined) throw new Error(`'${target}' gave no subscription`);
          const handle: Handle = { columns: result.columns ?? [], rows: [], unsubscribe: () => sub.unsubscribe() };
          const sub = result.subscription.subscribe({ next: (rows) => handle.rows.push(...rows), error: (e) => void (handle.error = e) });
          handles.set(r.handle, handle);
          break;
        }
        case 'insert': {
          const target = [...db.sources(), ...db.tables()].find((o) => o.name === r.target);
          const rows = r.rows.map((l, k) => {
            try {
              return JSON.parse(l) as Row;
            } catch (err) {
              throw new Error(`line ${r.line + 1 + k}: not a JSON object: ${(err as Error).message}`);
            }
          });
          await db.insert(r.target, target === undefined ? rows : rows.map((row) => convertRow(row, target.columns)));
          break;
        }
        case 'watermark':
          await db.watermark(r.target, /^\d+$/.test(r.ts) ? Number(r.ts) : Date.parse(`${r.ts.replace(' ', 'T')}Z`));
          break;
        case 'flush':
          await db.flush();
          break;
        case 'results': {
          const handle = handles.get(r.handle);
          if (handle === undefined) throw new Error(`no subscription '${r.handle}'`);
          await db.flush();
          if (r.error !== undefined) {
            if (handle.error === undefined) fail(r, `expected the subscription to fail with '${r.error}'; it did not`);
            else if (!matches(handle.error, r.error)) fail(r, `subscription error does not match '${r.error}':\n${errorText(handle.error)}`);
            break;
          }
          if (handle.error !== undefined) {
            fail(r, `the subscription failed: ${errorText(handle.error)}`);
            break;
          }
          const rows = handle.rows.splice(0, handle.rows.length);
          const diff = compare(r.expected, formatRows(rows, handle.columns, r.sort), r.sort);
          if (diff !== undefined) fail(r, diff);
          break;
        }
        case 'unsubscribe':
          handles.get(r.handle)?.unsubscribe();
          handles.delete(r.handle);
          break;
        case 'open':
          await closeAll();
          db = await LaminarDB.open({ vars: r.vars });
          break;
      }
    } catch (err) {
      fail(r, `${r.kind} failed: ${errorText(err)}`);
    }
  }
  await closeAll();
  return { file, records: records.length, failures };
}
