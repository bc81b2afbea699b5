/**
 * Encoders that turn batches into the bytes of one file, for sinks that write files: CSV and JSON
 * lines (the text formats of text.ts) are appended batch by batch; an Arrow IPC file has a footer
 * that indexes every batch, so its batches are kept until the file ends and then written whole.
 */
import * as arrow from 'apache-arrow';
import type { RecordBatch, Schema } from '../../runtime/index.js';
import { csvHeader, toCsv, toJsonLines } from './text.js';

/**
 * The formats a file can be written in.
 *
 * @example
 * ```ts
 * (FILE_FORMATS as readonly string[]).includes('arrow'); // true
 * ```
 */
export const FILE_FORMATS = ['csv', 'json', 'arrow'] as const;
export type FileFormat = (typeof FILE_FORMATS)[number];

/**
 * File name extension of each format (JSON is one object per line: `.jsonl`).
 *
 * @example
 * ```ts
 * FILE_EXTENSIONS.json; // 'jsonl'
 * ```
 */
export const FILE_EXTENSIONS: Readonly<Record<FileFormat, string>> = { csv: 'csv', json: 'jsonl', arrow: 'arrow' };

/**
 * Writes the bytes of one file. `start`, then `add` per batch, then `finish`; each returns the
 * bytes to append to the file now (or undefined when there are none yet).
 */
export interface FileEncoder {
  /** Bytes a file begins with (the CSV header). */
  start(): Uint8Array | undefined;
  /** Bytes of a batch; undefined when the encoder keeps the batch until `finish` (Arrow). */
  add(batch: RecordBatch): Uint8Array | undefined;
  /** Bytes that end the file. */
  finish(): Uint8Array | undefined;
}

const utf8 = new TextEncoder();

/**
 * A new encoder for one file of `format` whose batches have `schema`.
 *
 * @example
 * ```ts
 * const encoder = fileEncoder('csv', schemaOf({ id: 'int64' }), { header: true });
 * const bytes = [encoder.start(), encoder.add(batch), encoder.finish()];
 * ```
 */
export function fileEncoder(format: FileFormat, schema: Schema, options: { readonly header: boolean }): FileEncoder {
  switch (format) {
    case 'csv':
      return {
        start: () => (options.header ? utf8.encode(csvHeader(schema)) : undefined),
        add: (batch) => utf8.encode(toCsv(batch)),
        finish: () => undefined,
      };
    case 'json':
      return { start: () => undefined, add: (batch) => utf8.encode(toJsonLines(batch)), finish: () => undefined };
    case 'arrow': {
      let batches: RecordBatch[] = [];
      return {
        start: () => undefined,
        add(batch) {
          batches.push(batch);
          return undefined;
        },
        finish() {
          const bytes = arrow.tableToIPC(new arrow.Table(batches), 'file');
          batches = [];
          return bytes;
        },
      };
    }
  }
}
