/**
 * The `file` lookup connector: a lookup table read from a CSV or JSON-lines file by primary key.
 * Opening the table reads the file once to build an index (key → byte offset and length of its
 * record) and to check every record against the table's columns; rows are then read from the
 * file only when a join asks for their keys, the records of one `get` sorted by offset and read
 * in a few coalesced reads. When the file changes (size, modification time or inode), the next
 * `get` indexes it again. A key that appears on several records takes the last one.
 */
import { open, stat, type FileHandle } from 'node:fs/promises';
import {
  ExternalError,
  lookupKey,
  passesAll,
  PlanError,
  rowsToBatch,
  SchemaError,
  type LookupKey,
  type LookupPredicate,
  type LookupResult,
  type LookupSource,
  type Row,
  type Schema,
} from '../../../runtime/index.js';
import { csvRow, jsonRow, parseCsvRecord } from '../../format/decode.js';
import { defineLookup, type LookupTableSpec } from '../../lookup.js';

const OPTIONS = {
  path: { type: 'string', description: 'the CSV or JSON-lines file to read' },
  format: { type: 'string', default: '', description: "'csv' or 'json' (one JSON object per line); by default from the file name (.csv, .json, .jsonl, .ndjson)" },
  'csv.header': { type: 'boolean', default: true, description: 'whether the first CSV record names the columns (otherwise columns are by position)' },
  'csv.delimiter': { type: 'string', default: ',', description: 'the CSV field separator, one character' },
} as const;

const CHUNK = 1 << 20;
/** Records closer than this are read together. */
const GAP = 64 << 10;
/** Rows checked against the schema together while indexing. */
const CHECK_ROWS = 4096;

/** The file's identity when it was indexed: any change means index again. */
interface Stamp {
  readonly size: number;
  readonly mtimeMs: number;
  readonly ino: number;
}

/** Where each record is, by key. */
interface FileIndex {
  readonly stamp: Stamp;
  readonly handle: FileHandle;
  readonly byKey: Map<LookupKey, number>;
  readonly starts: Float64Array;
  readonly lengths: Int32Array;
  readonly lines: Int32Array;
  /** CSV: the field of each schema column. */
  readonly positions: readonly number[];
}

/**
 * A lookup source over one file.
 *
 * @example
 * ```ts
 * const source = await FileLookupSource.open({ name: 'products', schema, key: 'id' }, { path: 'products.csv', format: 'csv', header: true, delimiter: ',' });
 * const { batch, rows } = await source.get([7], []);
 * ```
 */
export class FileLookupSource implements LookupSource {
  readonly key: string;
  readonly schema: Schema;
  /** Times the file was indexed (1 after open). */
  indexBuilds = 0;
  /** Read calls made by `get`. */
  reads = 0;
  private index: FileIndex;
  /** `get` calls run one at a time, so a re-index never swaps the file under a read. */
  private queue: Promise<unknown> = Promise.resolve();
  private closed = false;

  private constructor(private readonly spec: LookupTableSpec, private readonly settings: FileSettings, index: FileIndex) {
    this.key = spec.key;
    this.schema = spec.schema;
    this.index = index;
    this.indexBuilds = 1;
  }

  /** Opens and indexes the file; errors name the file and line. */
  static async open(spec: LookupTableSpec, settings: FileSettings): Promise<FileLookupSource> {
    return new FileLookupSource(spec, settings, await buildIndex(spec, settings));
  }

  /** Records indexed (distinct keys). */
  get size(): number {
    return this.index.byKey.size;
  }

  get(keys: readonly LookupKey[], predicates: readonly LookupPredicate[]): Promise<LookupResult> {
    const run = this.queue.then(() => this.read(keys, predicates));
    this.queue = run.catch(() => {});
    return run;
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.queue;
    await this.index.handle.close();
  }

  private async read(keys: readonly LookupKey[], predicates: readonly LookupPredicate[]): Promise<LookupResult> {
    if (this.closed) throw new ExternalError(`lookup table '${this.spec.name}': its file source is closed`);
    await this.refresh();
    const ix = this.index;
    const wanted: { key: number; record: number }[] = [];
    keys.forEach((k, i) => {
      const record = ix.byKey.get(k);
      if (record !== undefined) wanted.push({ key: i, record });
    });
    wanted.sort((a, b) => ix.starts[a.record]! - ix.starts[b.record]!);
    const rows = new Int32Array(keys.length).fill(-1);
    const found: Row[] = [];
    for (let g = 0; g < wanted.length;) {
      // One read for records close together.
      const first = ix.starts[wanted[g]!.record]!;
      let end = g + 1;
      let last = first + ix.lengths[wanted[g]!.record]!;
      while (end < wanted.length) {
        const r = wanted[end]!.record;
        if (ix.starts[r]! - last > GAP || ix.starts[r]! + ix.lengths[r]! - first > CHUNK) break;
        last = Math.max(last, ix.starts[r]! + ix.lengths[r]!);
        end++;
      }
      const buffer = Buffer.alloc(last - first);
      this.reads++;
      const { bytesRead } = await ix.handle.read(buffer, 0, buffer.length, first);
      if (bytesRead < buffer.length) throw new ExternalError(`lookup table '${this.spec.name}': ${this.settings.path} is shorter than when it was indexed; it changed while being read`);
      for (; g < end; g++) {
        const { key, record } = wanted[g]!;
        const at = ix.starts[record]! - first;
        const text = buffer.toString('utf8', at, at + ix.lengths[record]!);
        const row = parseRecord(text, this.spec.schema, this.settings, ix.positions, `${this.settings.path}:${ix.lines[record]!}`);
        if (!passesAll(row, predicates)) continue;
        rows[key] = found.length;
        found.push(row);
      }
    }
    return { batch: rowsToBatch(this.spec.schema, found), rows };
  }

  /** Indexes the file again if it changed since it was indexed. */
  private async refresh(): Promise<void> {
    let now;
    try {
      now = await stat(this.settings.path);
    } catch (err) {
      throw new ExternalError(`lookup table '${this.spec.name}': cannot read ${this.settings.path}: ${(err as Error).message}`);
    }
    const s = this.index.stamp;
    if (now.size === s.size && now.mtimeMs === s.mtimeMs && now.ino === s.ino) return;
    const next = await buildIndex(this.spec, this.settings);
    const old = this.index.handle;
    this.index = next;
    this.indexBuilds++;
    await old.close();
  }
}

/** Parsed options of a file lookup. */
export interface FileSettings {
  readonly path: string;
  readonly format: 'csv' | 'json';
  readonly header: boolean;
  readonly delimiter: string;
}

function parseRecord(text: string, schema: Schema, settings: FileSettings, positions: readonly number[], where: string): Row {
  if (settings.format === 'json') {
    let value: unknown;
    try {
      value = JSON.parse(text) as unknown;
    } catch (err) {
      throw new SchemaError(`${where}: not JSON: ${(err as Error).message}`);
    }
    return jsonRow(value, schema, where);
  }
  return csvRow(parseCsvRecord(text, settings.delimiter), positions, schema, where);
}

/** Reads the whole file once: record offsets by key, every record checked against the schema. */
async function buildIndex(spec: LookupTableSpec, settings: FileSettings): Promise<FileIndex> {
  let handle: FileHandle;
  try {
    handle = await open(settings.path, 'r');
  } catch (err) {
    throw new ExternalError(`lookup table '${spec.name}': cannot open ${settings.path}: ${(err as Error).message}`);
  }
  try {
    const st = await handle.stat();
    const byKey = new Map<LookupKey, number>();
    let starts = new Float64Array(1024);
    let lengths = new Int32Array(1024);
    let lines = new Int32Array(1024);
    let count = 0;
    // CSV with a header: the positions come from the first record.
    let positions: number[] | undefined = settings.format === 'json' ? [] : settings.header ? undefined : spec.schema.fields.map((_, k) => k);
    let checking: Row[] = [];
    let checkingLines: number[] = [];
    let line = 1;
    const record = (text: string, start: number): void => {
      const at = line;
      line += 1 + countNewlines(text);
      const body = text.endsWith('\r') ? text.slice(0, -1) : text;
      if (body.trim() === '') return;
      const where = `${settings.path}:${at}`;
      if (positions === undefined) {
        positions = headerPositions(parseCsvRecord(body, settings.delimiter), spec, settings.path);
        return;
      }
      const row = parseRecord(body, spec.schema, settings, positions, where);
      const key = lookupKey(row[spec.key]);
      if (key === null) throw new SchemaError(`${where}: the primary key '${spec.key}' is missing or NULL`);
      if (count === starts.length) [starts, lengths, lines] = [grow(starts), grow(lengths), grow(lines)];
      starts[count] = start;
      lengths[count] = Buffer.byteLength(body);
      lines[count] = at;
      byKey.set(key, count++);
      checking.push(row);
      checkingLines.push(at);
      if (checking.length >= CHECK_ROWS) {
        check(spec.schema, checking, checkingLines, settings.path);
        checking = [];
        checkingLines = [];
      }
    };
    await scanRecords(handle, settings.format === 'csv', record);
    check(spec.schema, checking, checkingLines, settings.path);
    if (positions === undefined) positions = [];
    return { stamp: { size: st.size, mtimeMs: st.mtimeMs, ino: st.ino }, handle, byKey, starts, lengths, lines, positions };
  } catch (err) {
    await handle.close();
    if (err instanceof SchemaError || err instanceof PlanError) throw new PlanError(`lookup table '${spec.name}': ${err.message}`);
    throw err;
  }
}

/** Rows go through the batch builders, which check ranges and formats; an error names the line. */
function check(schema: Schema, rows: readonly Row[], lines: readonly number[], path: string): void {
  try {
    rowsToBatch(schema, rows);
  } catch {
    // Find the row at fault (only when one is).
    rows.forEach((row, i) => {
      try {
        rowsToBatch(schema, [row]);
      } catch (err) {
        throw new SchemaError(`${path}:${lines[i]!}: ${(err as Error).message.replace(/ row 0:/, ':')}`);
      }
    });
  }
}

function headerPositions(header: readonly (string | null)[], spec: LookupTableSpec, path: string): number[] {
  const names = header.map((h) => (h ?? '').trim());
  return spec.schema.fields.map((f) => {
    let p = names.indexOf(f.name);
    if (p < 0) p = names.findIndex((n) => n.toLowerCase() === f.name.toLowerCase());
    if (p < 0) throw new PlanError(`${path}: the header has no column '${f.name}' (it has ${names.join(', ')}); name it in the header, or set 'csv.header' = 'false' to read columns by position`);
    return p;
  });
}

function countNewlines(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

/**
 * Calls `record(text, offset)` for each record of the file, reading it in chunks. A CSV
 * record ends at a newline outside quotes; a JSON line at any newline.
 */
async function scanRecords(handle: FileHandle, quoted: boolean, record: (text: string, start: number) => void): Promise<void> {
  let carry = Buffer.alloc(0);
  let carryStart = 0;
  let position = 0;
  const chunk = Buffer.alloc(CHUNK);
  for (;;) {
    const { bytesRead } = await handle.read(chunk, 0, CHUNK, position);
    const eof = bytesRead === 0;
    const buf = carry.length === 0 ? chunk.subarray(0, bytesRead) : Buffer.concat([carry, chunk.subarray(0, bytesRead)]);
    const base = carryStart;
    position += bytesRead;
    let from = 0;
    let quotes = 0;
    let scan = 0;
    for (;;) {
      const nl = buf.indexOf(0x0a, scan);
      if (nl < 0) break;
      if (quoted) {
        for (let q = buf.indexOf(0x22, scan); q >= 0 && q < nl; q = buf.indexOf(0x22, q + 1)) quotes++;
        scan = nl + 1;
        // An odd number of quotes so far: the newline is inside a quoted field.
        if (quotes % 2 === 1) continue;
      }
      record(buf.toString('utf8', from, nl), base + from);
      from = nl + 1;
      scan = from;
      quotes = 0;
    }
    if (eof) {
      if (from < buf.length) record(buf.toString('utf8', from), base + from);
      return;
    }
    carry = Buffer.from(buf.subarray(from));
    carryStart = base + from;
  }
}

function grow<T extends Float64Array | Int32Array>(a: T): T {
  const b = new (a.constructor as new (n: number) => T)(a.length * 2);
  b.set(a);
  return b;
}

function formatOf(path: string, given: string): 'csv' | 'json' {
  const f = given.toLowerCase();
  if (f === 'csv' || f === 'json') return f;
  if (f !== '') throw new PlanError(`connector 'file' option 'format' must be 'csv' or 'json', got '${given}'`);
  if (/\.csv$/i.test(path)) return 'csv';
  if (/\.(json|jsonl|ndjson)$/i.test(path)) return 'json';
  throw new PlanError(`connector 'file' option 'format': cannot tell the format of '${path}' from its name; set 'format' = 'csv' or 'json'`);
}

/** The `file` lookup connector. */
export const fileLookup = defineLookup({
  name: 'file',
  options: OPTIONS,
  open(table, options) {
    if ([...options['csv.delimiter']].length !== 1) throw new PlanError(`connector 'file' option 'csv.delimiter' must be one character, got '${options['csv.delimiter']}'`);
    return FileLookupSource.open(table, { path: options.path, format: formatOf(options.path, options.format), header: options['csv.header'], delimiter: options['csv.delimiter'] });
  },
});
