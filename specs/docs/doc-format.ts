/**
 * Reading docs/sql.md for the docs spec: its `##` sections and fenced blocks, and the value
 * notation of its result blocks. Rows are written one per line as JS object literals:
 * `{ sym: 'AAPL', qty: 100n, price: 1.5, ok: true, note: null, tags: ['a'], raw: bytes[1, 2] }`
 * (`100n` is a bigint; `bytes[...]` a Uint8Array). `format` writes a value the same way, so
 * expected and actual rows compare as text.
 */

/** A fenced block of the doc: its info string (`sql`, `result`, `error`, `insert trades`, ...). */
export interface DocBlock {
  /** The first word of the info string. */
  readonly lang: string;
  /** The rest of the info string (the target of `insert`, `unordered` for `result`). */
  readonly arg: string;
  readonly body: string;
  /** The 1-based line of the opening fence in the doc. */
  readonly line: number;
}

/** A `##` section: its examples share one database. */
export interface DocSection {
  readonly title: string;
  readonly line: number;
  readonly blocks: readonly DocBlock[];
}

/** The languages the runner understands; other fences (```ts, ```text) are prose. */
export const RUNNABLE = new Set(['sql', 'result', 'error', 'insert', 'vars', 'stdout']);

/**
 * Splits markdown into `##` sections with their runnable fenced blocks.
 *
 * @example
 * ```ts
 * parseDoc('## A\n```sql\nSELECT 1\n```\n')[0]!.blocks[0]!.body; // 'SELECT 1'
 * ```
 */
export function parseDoc(markdown: string): DocSection[] {
  const lines = markdown.split('\n');
  const sections: { title: string; line: number; blocks: DocBlock[] }[] = [];
  let current: { title: string; line: number; blocks: DocBlock[] } | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const heading = /^## (.+)$/.exec(line);
    if (heading) {
      current = { title: heading[1]!.trim(), line: i + 1, blocks: [] };
      sections.push(current);
      continue;
    }
    const fence = /^```(\S*)\s*(.*)$/.exec(line);
    if (!fence) continue;
    const start = i;
    const body: string[] = [];
    for (i++; i < lines.length && !/^```\s*$/.test(lines[i]!); i++) body.push(lines[i]!);
    if (i >= lines.length) throw new Error(`docs/sql.md:${start + 1}: unclosed code fence`);
    const lang = fence[1]!;
    if (!RUNNABLE.has(lang)) continue;
    if (current === undefined) throw new Error(`docs/sql.md:${start + 1}: a runnable block before the first ## section`);
    current.blocks.push({ lang, arg: fence[2]!.trim(), body: body.join('\n'), line: start + 1 });
  }
  return sections;
}

/** A byte array in the notation (`bytes[1, 2]`). */
const BYTES = 'bytes';

/**
 * Parses one value of the notation: object and array literals, strings in single or double
 * quotes, numbers (with `NaN`, `Infinity`), bigints (`12n`), `true`, `false`, `null`, `bytes[..]`.
 *
 * @example
 * ```ts
 * parseValue("{ a: 1n, b: 'x' }"); // { a: 1n, b: 'x' }
 * ```
 */
export function parseValue(text: string): unknown {
  const p = new LiteralParser(text);
  const value = p.value();
  p.space();
  if (!p.done()) throw new Error(`unexpected '${text.slice(p.i)}' in ${text}`);
  return value;
}

class LiteralParser {
  i = 0;
  constructor(private readonly text: string) {}

  done(): boolean {
    return this.i >= this.text.length;
  }

  space(): void {
    while (!this.done() && /\s/.test(this.text[this.i]!)) this.i++;
  }

  private fail(what: string): never {
    throw new Error(`expected ${what} at column ${this.i + 1} of: ${this.text}`);
  }

  private eat(ch: string): boolean {
    this.space();
    if (this.text[this.i] !== ch) return false;
    this.i++;
    return true;
  }

  private expect(ch: string): void {
    if (!this.eat(ch)) this.fail(`'${ch}'`);
  }

  /** A comma-separated list up to `close`. */
  private list(close: string, item: () => void): void {
    if (this.eat(close)) return;
    do item();
    while (this.eat(','));
    this.expect(close);
  }

  value(): unknown {
    this.space();
    const ch = this.text[this.i];
    if (ch === '{') {
      this.i++;
      const out: Record<string, unknown> = {};
      this.list('}', () => {
        this.space();
        const key = this.text[this.i] === "'" || this.text[this.i] === '"' ? this.string() : this.word();
        this.expect(':');
        out[key] = this.value();
      });
      return out;
    }
    if (ch === '[') {
      this.i++;
      const out: unknown[] = [];
      this.list(']', () => out.push(this.value()));
      return out;
    }
    if (ch === "'" || ch === '"') return this.string();
    const word = this.word();
    switch (word) {
      case 'true': return true;
      case 'false': return false;
      case 'null': return null;
      case BYTES: {
        this.expect('[');
        const out: number[] = [];
        this.list(']', () => out.push(Number(this.word())));
        return new Uint8Array(out);
      }
    }
    if (/^-?\d+n$/.test(word)) return BigInt(word.slice(0, -1));
    const n = Number(word);
    if (word === '' || (Number.isNaN(n) && word !== 'NaN')) this.fail('a value');
    return n;
  }

  private word(): string {
    this.space();
    const m = /^[-+.\w$]+/.exec(this.text.slice(this.i));
    if (!m) this.fail('a name or number');
    this.i += m[0].length;
    return m[0];
  }

  private string(): string {
    const quote = this.text[this.i++]!;
    let out = '';
    while (!this.done() && this.text[this.i] !== quote) {
      let ch = this.text[this.i++]!;
      if (ch === '\\') {
        ch = this.text[this.i++] ?? '';
        ch = ch === 'n' ? '\n' : ch === 't' ? '\t' : ch;
      }
      out += ch;
    }
    if (this.done()) this.fail(`a closing ${quote}`);
    this.i++;
    return out;
  }
}

/**
 * Writes a value in the notation: `{ a: 1n, b: 'x' }`.
 *
 * @example
 * ```ts
 * format({ n: 1n, s: "it's" }); // "{ n: 1n, s: 'it\\'s' }"
 * ```
 */
export function format(value: unknown): string {
  if (value === null || value === undefined) return String(value);
  switch (typeof value) {
    case 'bigint': return `${value}n`;
    case 'number': return Object.is(value, -0) ? '-0' : String(value);
    case 'boolean': return String(value);
    case 'string': return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n').replace(/\t/g, '\\t')}'`;
    case 'object': {
      if (value instanceof Uint8Array) return `${BYTES}[${[...value].join(', ')}]`;
      if (Array.isArray(value)) return `[${value.map(format).join(', ')}]`;
      if (value instanceof Date) return `Date(${value.toISOString()})`;
      const entries = Object.entries(value as Record<string, unknown>);
      if (entries.length === 0) return '{}';
      return `{ ${entries.map(([k, v]) => `${/^[A-Za-z_$][\w$]*$/.test(k) ? k : format(k)}: ${format(v)}`).join(', ')} }`;
    }
    default: return String(value);
  }
}

/** The rows of a result block: one literal per non-empty line (`--` lines are comments). */
export function parseRows(body: string): unknown[] {
  return body.split('\n').map((l) => l.trim()).filter((l) => l !== '' && !l.startsWith('--')).map(parseValue);
}
