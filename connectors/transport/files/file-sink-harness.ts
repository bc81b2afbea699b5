/**
 * Test harness of the files sink (used by its specs): a pipeline from a memory source into a
 * files sink over a given file system, random rows of several types, and reading back the
 * committed files (the ones `_manifest.json` lists) in any of the three formats.
 */
import { join } from 'node:path';
import * as arrow from 'apache-arrow';
import {
  batchToRows,
  mergeRegistries,
  Pipeline,
  rowsToBatch,
  schemaOf,
  toPlanSchema,
  type Checkpoint,
  type FileSystem,
  type Row,
  type Schema,
} from '../../../runtime/index.js';
import { csvRow, jsonRow, parseCsvRecord } from '../../format/decode.js';
import { FILE_FORMATS, type FileFormat } from '../../format/file-encoder.js';
import { connectorRegistry } from '../../registry.js';
import { readManifest } from './manifest.js';

/** The columns the harness writes: every kind the text formats treat differently. */
export const SCHEMA: Schema = schemaOf({ id: 'int64', s: 'utf8', x: 'float64', ok: 'bool', ts: 'timestamp' });

const STRINGS = ['plain', '', 'a,b', 'say "hi"', 'two\nlines', 'crlf\r\nend', 'ünïcødé ✓', ' padded ', null];

/**
 * `n` rows with ids from `firstId` and random values (NULLs, quotes, commas and newlines included).
 *
 * @example
 * ```ts
 * const rows = randomRows(mulberry32(seed), 100);
 * ```
 */
export function randomRows(random: () => number, n: number, firstId = 0): Row[] {
  const rows: Row[] = [];
  for (let i = 0; i < n; i++) {
    rows.push({
      id: BigInt(firstId + i),
      s: STRINGS[Math.floor(random() * STRINGS.length)]!,
      x: random() < 0.1 ? null : Math.round((random() - 0.5) * 1e6) / 64,
      ok: random() < 0.1 ? null : random() < 0.5,
      ts: random() < 0.1 ? null : 1_700_000_000_000 + Math.floor(random() * 1e9),
    });
  }
  return rows;
}

/** Rows as a batch of SCHEMA would read back (the form committed files are compared in). */
export function canonicalRows(rows: readonly Row[]): Row[] {
  return batchToRows(rowsToBatch(SCHEMA, rows as Row[]));
}

/** Rows as sorted text, so two multisets of rows compare with deepEqual. */
export function multiset(rows: readonly Row[]): string[] {
  return rows.map((r) => JSON.stringify(r, (_k, v: unknown) => (typeof v === 'bigint' ? `${v}n` : v))).sort();
}

/** Options of the pipeline the harness builds. */
export interface HarnessOptions {
  readonly fs: FileSystem;
  /** The sink's options ('path' and the rest). */
  readonly sink: Readonly<Record<string, string>>;
  readonly restore?: Checkpoint;
  readonly persist?: (checkpoint: Checkpoint) => void | Promise<void>;
}

/**
 * A started pipeline: memory source `in` (SCHEMA) into files sink `out`.
 *
 * @example
 * ```ts
 * const p = await filePipeline({ fs: new FaultyFileSystem(), sink: { path: '/out', format: 'csv' } });
 * await p.insert('in', rows);
 * await p.checkpoint();
 * ```
 */
export async function filePipeline(options: HarnessOptions): Promise<Pipeline> {
  const p = new Pipeline({
    name: 'files-test',
    nodes: [
      { id: 1, name: 'in', source: { connector: 'memory', schema: toPlanSchema(SCHEMA), options: {} } },
      { id: 2, name: 'out', sink: { connector: 'files', options: { ...options.sink } } },
    ],
    edges: [{ from: 1, to: 2, input: 0 }],
  }, {
    registry: mergeRegistries(connectorRegistry),
    services: { fs: options.fs },
    ...(options.restore !== undefined ? { restore: options.restore } : {}),
    ...(options.persist !== undefined ? { persist: options.persist } : {}),
  });
  await p.start();
  return p;
}

/** Inserts rows in random batches of 1 to `maxBatch` rows. */
export async function insertRandomly(p: Pipeline, rows: readonly Row[], random: () => number, maxBatch: number): Promise<void> {
  for (let i = 0; i < rows.length;) {
    const n = 1 + Math.floor(random() * maxBatch);
    await p.insert('in', rows.slice(i, i + n));
    i += n;
  }
}

/** CSV text split into records (a quoted field may hold newlines). */
function csvRecords(text: string): string[] {
  const records: string[] = [];
  let start = 0;
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (c === '\n' && !quoted) {
      records.push(text.slice(start, i));
      start = i + 1;
    }
  }
  if (start < text.length) records.push(text.slice(start));
  return records;
}

/** The rows of one file written in `format` with SCHEMA (CSV with a header line). */
export function readFile(bytes: Uint8Array, format: FileFormat, where: string): Row[] {
  if (format === 'arrow') return arrow.tableFromIPC(bytes).batches.flatMap((b) => batchToRows(b));
  const text = new TextDecoder().decode(bytes);
  if (format === 'json') return text.split('\n').filter((l) => l !== '').map((l, i) => jsonRow(JSON.parse(l), SCHEMA, `${where} line ${i + 1}`));
  const [header, ...records] = csvRecords(text);
  const names = parseCsvRecord(header!);
  const positions = SCHEMA.fields.map((f) => names.indexOf(f.name));
  return records.map((r, i) => csvRow(parseCsvRecord(r), positions, SCHEMA, `${where} record ${i + 1}`));
}

/** Every row of the files the manifest of `dir` lists, in manifest order. */
export function committedRows(fs: FileSystem, dir: string, format: FileFormat): Row[] {
  return readManifest(fs, dir).epochs.flatMap((e) => e.files.flatMap((f) => readFile(fs.read(join(dir, f.name)), format, f.name)));
}

export { FILE_FORMATS };
