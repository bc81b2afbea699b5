/**
 * Text formats for sinks: JSON lines and CSV (RFC 4180). Values follow the row table of
 * runtime/batch/types.ts, with timestamps written as ISO-8601 UTC text and 64-bit integers as
 * plain digits (exact, even beyond 2^53).
 */
import { batchToRows, kindOf, schemaOfBatch, type RecordBatch, type Schema } from '../../runtime/index.js';

/** The formats text sinks write. */
export const TEXT_FORMATS = ['json', 'csv'] as const;
export type TextFormat = (typeof TEXT_FORMATS)[number];

function jsonValue(value: unknown, type: string): unknown {
  if (value === null || value === undefined) return null;
  if (kindOf(type) === 'timestamp') return new Date(Math.floor(value as number)).toISOString();
  if (kindOf(type) === 'json') return JSON.parse(value as string) as unknown;
  if (value instanceof Uint8Array) return Buffer.from(value).toString('base64');
  return value;
}

function stringify(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) => (typeof v === 'bigint' ? `\u0000${v}` : v)).replace(/"\\u0000(-?\d+)"/g, '$1');
}

/** One JSON object per row, newline-terminated. */
export function toJsonLines(batch: RecordBatch): string {
  const schema = schemaOfBatch(batch);
  return batchToRows(batch).map((row) => {
    const out: Record<string, unknown> = {};
    for (const f of schema.fields) out[f.name] = jsonValue(row[f.name], f.type);
    return `${stringify(out)}\n`;
  }).join('');
}

function csvField(value: unknown, type: string): string {
  if (value === null || value === undefined) return '';
  const v = jsonValue(value, type);
  const text = typeof v === 'string' ? v : typeof v === 'object' ? stringify(v) : String(v);
  // An empty string is quoted: an empty field is NULL.
  return text === '' || /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The CSV header line of a schema. */
export function csvHeader(schema: Schema): string {
  return `${schema.fields.map((f) => csvField(f.name, 'utf8')).join(',')}\n`;
}

/** CSV lines of a batch (no header); NULL is an empty field, the empty string `""`. */
export function toCsv(batch: RecordBatch): string {
  const schema = schemaOfBatch(batch);
  return batchToRows(batch).map((row) => `${schema.fields.map((f) => csvField(row[f.name], f.type)).join(',')}\n`).join('');
}
