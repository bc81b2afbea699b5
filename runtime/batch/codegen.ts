/**
 * Code generation helpers for reading Arrow columns inside generated loops (our JIT is V8:
 * generated source becomes a function once per schema or expression, then runs per batch).
 *
 * A reader for column `k` needs a prelude (run once per batch, sets up typed-array locals) and a
 * value expression (run per row). Row `i` is relative to the batch; value buffers are already
 * sliced by Arrow JS, bitmaps (validity, bool values) are read at `o + i`.
 */
import { readValue, type Column } from './column.js';
import { visitType, type ColumnType, type TypeVisitor } from './types.js';
import { formatDate, formatTime } from './values.js';

/** Helpers generated code may reference through its `rt` parameter. */
export const codegenRuntime = {
  /** A Buffer view over a UTF-8 column's bytes (no copy). */
  bytesOf(values: Uint8Array): Buffer {
    return Buffer.from(values.buffer, values.byteOffset, values.byteLength);
  },
  /** An Int32 view over int64 values (no copy). */
  wordsOf(values: BigInt64Array): Int32Array {
    return new Int32Array(values.buffer, values.byteOffset, values.length * 2);
  },
  formatDate,
  formatTime,
  /** The general (slow) reader, for kinds without a specialised one. */
  read(column: Column, type: ColumnType, row: number): unknown {
    return readValue(column, type, row);
  },
};

/** The runtime helper object type passed to generated functions. */
export type CodegenRuntime = typeof codegenRuntime;

const values = (k: number) => ` const v${k} = d${k}.values;`;
const none = () => '';

/**
 * Statements that bind the locals reading column `k` from the expression `data` (an arrow.Data).
 * `withNulls` adds the validity locals; leave it false for columns known to have no nulls.
 */
export function readerPrelude(k: number, type: ColumnType, data: string, withNulls: boolean): string {
  const head = `const d${k} = ${data}; const o${k} = d${k}.offset; const l${k} = d${k}.length;`;
  const nulls = withNulls ? ` const n${k} = d${k}.nullCount > 0 ? d${k}.nullBitmap : null;` : '';
  const visitor: TypeVisitor<string> = {
    visitBool: () => values(k),
    visitInt8: () => values(k),
    visitInt16: () => values(k),
    visitInt32: () => values(k),
    visitInt64: () => values(k),
    visitFloat32: () => values(k),
    visitFloat64: () => values(k),
    visitDecimal: none,
    visitUtf8: () => ` const f${k} = d${k}.valueOffsets; const s${k} = rt.bytesOf(d${k}.values);`,
    visitJson: () => ` const f${k} = d${k}.valueOffsets; const s${k} = rt.bytesOf(d${k}.values);`,
    visitBinary: none,
    visitDate: () => values(k),
    visitTime: () => values(k),
    visitTimestamp: () => ` const w${k} = rt.wordsOf(d${k}.values);`,
    visitInterval: none,
    visitList: none,
    visitStruct: none,
    visitMap: none,
  };
  return head + visitType(type, visitor) + nulls;
}

/** A JS expression for the row value (types.ts table) of column `k` at row `i` (not null-checked). */
export function readValueExpr(k: number, type: ColumnType, i: string): string {
  const direct = () => `v${k}[${i}]`;
  const general = () => `rt.read(d${k}, ${JSON.stringify(type)}, ${i})`;
  const visitor: TypeVisitor<string> = {
    visitBool: () => `(((v${k}[(o${k} + ${i}) >> 3] >> ((o${k} + ${i}) & 7)) & 1) === 1)`,
    visitInt8: direct,
    visitInt16: direct,
    visitInt32: direct,
    visitInt64: direct,
    visitFloat32: direct,
    visitFloat64: direct,
    visitDecimal: general,
    visitUtf8: () => `s${k}.utf8Slice(f${k}[${i}], f${k}[${i} + 1])`,
    visitJson: () => `s${k}.utf8Slice(f${k}[${i}], f${k}[${i} + 1])`,
    visitBinary: general,
    visitDate: () => `rt.formatDate(v${k}[${i}])`,
    visitTime: () => `rt.formatTime(v${k}[${i}])`,
    visitTimestamp: (t) => `(w${k}[2 * ${i} + 1] * 4294967296 + (w${k}[2 * ${i}] >>> 0))${t.unit === 'us' ? ' / 1000' : ''}`,
    visitInterval: general,
    visitList: general,
    visitStruct: general,
    visitMap: general,
  };
  return visitType(type, visitor);
}

/** A JS expression that is true when column `k` is NULL at row `i` (needs the withNulls prelude). */
export function readNullExpr(k: number, i: string): string {
  return `(n${k} !== null && ((n${k}[(o${k} + ${i}) >> 3] >> ((o${k} + ${i}) & 7)) & 1) === 0)`;
}

/** A JS string literal for `s` (safe inside generated source). */
export function jsString(s: string): string {
  return JSON.stringify(s);
}
