/**
 * Parser of sqllogictest files with streaming extensions. Records are separated by blank lines;
 * `#` starts a comment line. Standard records:
 *
 *   statement ok | statement error <pattern>      then the SQL
 *   query <types> [rowsort|nosort] | query error <pattern>   then the SQL, `----`, expected rows
 *
 * Streaming records (a subscription collects rows until they are checked):
 *
 *   subscribe <handle>         then a stream name or a SELECT / SUBSCRIBE statement
 *   insert <source>            then one JSON object per line; values are converted to the
 *                              column types (numbers to BIGINT, ISO strings to TIMESTAMP)
 *   watermark <source> <ts>    advances a source's watermark (epoch ms or an ISO timestamp)
 *   flush                      waits until everything accepted so far is processed and delivered
 *   results <handle> [rowsort] then `----` and the rows that arrived since the last check
 *   (in expected rows, `~` stands for any one value: timings, clock times)
 *   results <handle> error <pattern>   the subscription failed with a matching error
 *   unsubscribe <handle>
 *   open [KEY=VALUE ...]       closes the database and opens a fresh one with these `${VAR}`s
 *
 * Expected rows hold one row per line, values separated by single spaces; NULL is `NULL`, the
 * empty string `(empty)`, timestamps `YYYY-MM-DD HH:MM:SS[.mmm]` (UTC).
 */

/** One record of a test file, with the line it starts on. */
export type SltRecord =
  | { readonly kind: 'statement'; readonly line: number; readonly sql: string; readonly error?: string }
  | { readonly kind: 'query'; readonly line: number; readonly sql: string; readonly types: string; readonly sort: Sort; readonly expected: readonly string[]; readonly error?: string }
  | { readonly kind: 'subscribe'; readonly line: number; readonly handle: string; readonly target: string }
  | { readonly kind: 'insert'; readonly line: number; readonly target: string; readonly rows: readonly string[] }
  | { readonly kind: 'watermark'; readonly line: number; readonly target: string; readonly ts: string }
  | { readonly kind: 'flush'; readonly line: number }
  | { readonly kind: 'results'; readonly line: number; readonly handle: string; readonly sort: Sort; readonly expected: readonly string[]; readonly error?: string }
  | { readonly kind: 'unsubscribe'; readonly line: number; readonly handle: string }
  | { readonly kind: 'open'; readonly line: number; readonly vars: Readonly<Record<string, string>> };

export type Sort = 'nosort' | 'rowsort';

/** A malformed test file: the file, line and what is wrong. */
export class SltSyntaxError extends Error {
  constructor(file: string, line: number, detail: string) {
    super(`${file}:${line}: ${detail}`);
    this.name = 'SltSyntaxError';
  }
}

/** Splits text into records. */
export function parseSlt(text: string, file = '<slt>'): SltRecord[] {
  const lines = text.split('\n').map((l) => l.replace(/\r$/, ''));
  const records: SltRecord[] = [];
  let i = 0;
  const blank = (l: string | undefined) => l === undefined || l.trim() === '';
  while (i < lines.length) {
    if (blank(lines[i]) || lines[i]!.startsWith('#')) {
      i++;
      continue;
    }
    const start = i + 1;
    const header = lines[i++]!.trim();
    const body: string[] = [];
    while (i < lines.length && !blank(lines[i])) {
      if (!lines[i]!.startsWith('#')) body.push(lines[i]!);
      i++;
    }
    records.push(record(header, body, start, file));
  }
  return records;
}

function record(header: string, body: string[], line: number, file: string): SltRecord {
  const [word, ...rest] = header.split(/\s+/);
  const fail = (detail: string) => new SltSyntaxError(file, line, detail);
  const argument = header.slice(word!.length).trim();
  switch (word) {
    case 'statement': {
      if (body.length === 0) throw fail('statement without SQL');
      if (rest[0] === 'ok') return { kind: 'statement', line, sql: body.join('\n') };
      if (rest[0] === 'error') return { kind: 'statement', line, sql: body.join('\n'), error: argument.slice('error'.length).trim() };
      throw fail(`expected 'statement ok' or 'statement error <pattern>', got '${header}'`);
    }
    case 'query': {
      const split = body.indexOf('----');
      const sql = (split < 0 ? body : body.slice(0, split)).join('\n');
      if (sql.trim() === '') throw fail('query without SQL');
      if (rest[0] === 'error') return { kind: 'query', line, sql, types: '', sort: 'nosort', expected: [], error: argument.slice('error'.length).trim() };
      const types = rest[0] ?? '';
      if (!/^[ITRB]+$/.test(types)) throw fail(`query needs column types (I integer, R real, T text, B boolean), got '${types}'`);
      return { kind: 'query', line, sql, types, sort: sortOf(rest[1], fail), expected: split < 0 ? [] : body.slice(split + 1) };
    }
    case 'subscribe':
      if (rest.length !== 1 || body.length === 0) throw fail("expected 'subscribe <handle>' and then a stream name or a query");
      return { kind: 'subscribe', line, handle: rest[0]!, target: body.join('\n') };
    case 'insert':
      if (rest.length !== 1) throw fail("expected 'insert <source>'");
      return { kind: 'insert', line, target: rest[0]!, rows: body };
    case 'watermark':
      if (rest.length !== 2) throw fail("expected 'watermark <source> <ts>'");
      return { kind: 'watermark', line, target: rest[0]!, ts: rest[1]! };
    case 'flush':
      return { kind: 'flush', line };
    case 'results': {
      if (rest.length < 1) throw fail("expected 'results <handle> [rowsort]'");
      if (rest[1] === 'error') return { kind: 'results', line, handle: rest[0]!, sort: 'nosort', expected: [], error: argument.slice(argument.indexOf('error') + 5).trim() };
      const split = body.indexOf('----');
      if (split !== 0) throw fail("'results' is followed by '----' and the expected rows");
      return { kind: 'results', line, handle: rest[0]!, sort: sortOf(rest[1], fail), expected: body.slice(1) };
    }
    case 'unsubscribe':
      return { kind: 'unsubscribe', line, handle: rest[0] ?? '' };
    case 'open': {
      const vars: Record<string, string> = {};
      for (const pair of rest) {
        const eq = pair.indexOf('=');
        if (eq <= 0) throw fail(`expected KEY=VALUE, got '${pair}'`);
        vars[pair.slice(0, eq)] = pair.slice(eq + 1);
      }
      return { kind: 'open', line, vars };
    }
    default:
      throw fail(`unknown record '${word}'; records are statement, query, subscribe, insert, watermark, flush, results, unsubscribe, open`);
  }
}

function sortOf(word: string | undefined, fail: (d: string) => Error): Sort {
  if (word === undefined || word === 'nosort') return 'nosort';
  if (word === 'rowsort') return 'rowsort';
  throw fail(`unknown sort mode '${word}'; use nosort or rowsort`);
}
