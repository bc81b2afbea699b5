/**
 * The marble DSL for operator tests: a timeline of pretty batches and control messages, one per
 * line, optionally prefixed with `@k` for input k of a multi-input operator.
 *
 * ```text
 * [sym:utf8 qty:int32 ts:timestamp]   a header starts a batch and sets the schema
 * + A 1 1000                          rows (`-` for a retraction when the schema has __weight)
 * + B 2 1500
 * w(2000)                             a watermark
 * @1 [sym:utf8 qty:int32 ts:timestamp] a batch on input 1
 * @1 + C 3 1800
 * b(1)                                a checkpoint barrier (on input 0 here)
 * |                                   end of stream
 * ```
 * Blank lines and `//` comments are ignored; rows after a control message need a new header.
 */
import { formatHeader, formatRows, parseHeader, parseRows } from '../batch/pretty.js';
import { schemaOfBatch } from '../batch/batch.js';
import { SchemaError } from '../errors/errors.js';
import { barrier, data, END, watermark, type Message } from '../message/message.js';
import type { Schema } from '../batch/types.js';

/** One message of a timeline and the input it goes to. */
export interface TimelineEntry {
  readonly input: number;
  readonly message: Message;
}

/** Parses a marble timeline. */
export function parseTimeline(text: string): TimelineEntry[] {
  const out: TimelineEntry[] = [];
  let pending: { input: number; schema: Schema; rows: string[] } | undefined;
  const schemas = new Map<number, Schema>();
  const flush = () => {
    if (pending !== undefined) out.push({ input: pending.input, message: data(parseRows(pending.schema, pending.rows)) });
    pending = undefined;
  };
  text.split('\n').forEach((raw, lineNo) => {
    let line = raw.replace(/\/\/.*$/, '').trim();
    if (line === '') return;
    let input = 0;
    const at = /^@(\d+)\s+/.exec(line);
    if (at) {
      input = Number(at[1]);
      line = line.slice(at[0].length);
    }
    const where = `marble line ${lineNo + 1} ('${raw.trim()}')`;
    if (line.startsWith('[')) {
      flush();
      const schema = parseHeader(line);
      schemas.set(input, schema);
      pending = { input, schema, rows: [] };
      return;
    }
    if (line.startsWith('+') || line.startsWith('-')) {
      if (pending === undefined || pending.input !== input) {
        flush();
        const schema = schemas.get(input);
        if (schema === undefined) throw new SchemaError(`${where}: rows need a [name:type ...] header first`);
        pending = { input, schema, rows: [] };
      }
      pending.rows.push(line);
      return;
    }
    flush();
    let m: RegExpExecArray | null;
    if ((m = /^w\((-?\d+(?:\.\d+)?|Infinity)\)$/.exec(line))) out.push({ input, message: watermark(Number(m[1])) });
    else if ((m = /^b\((\d+)\)$/.exec(line))) out.push({ input, message: barrier(Number(m[1])) });
    else if (line === '|') out.push({ input, message: END });
    else throw new SchemaError(`${where}: expected a [header], a + row, w(ts), b(id) or |`);
  });
  flush();
  return out;
}

/** Renders messages as a timeline; every batch is printed with its header. */
export function renderTimeline(messages: readonly Message[]): string {
  const lines: string[] = [];
  for (const m of messages) {
    switch (m.kind) {
      case 'data':
        lines.push(formatHeader(schemaOfBatch(m.batch)), ...formatRows(m.batch));
        break;
      case 'watermark':
        lines.push(`w(${m.ts})`);
        break;
      case 'barrier':
        lines.push(`b(${m.checkpointId})`);
        break;
      case 'end':
        lines.push('|');
        break;
    }
  }
  return lines.join('\n');
}

/** Normalises a timeline text for comparison (comments, blank lines, spacing). */
export function normalizeTimeline(text: string): string {
  return renderTimeline(parseTimeline(text).map((e) => e.message));
}
