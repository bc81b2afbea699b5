/**
 * Code generation helpers for reading Arrow columns inside generated loops (our JIT is V8:
 * generated source becomes a function once per schema or expression, then runs per batch).
 *
 * A reader for column `k` needs a prelude (run once per batch, sets up typed-array locals) and a
 * value expression (run per row). Row `i` is relative to the batch; value buffers are already
 * sliced by Arrow JS, bitmaps (validity, bool values) are read at `o + i`.
 */
import { visitType, type ColumnType, type TypeVisitor } from './types.js';

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
};

/** The runtime helper object type passed to generated functions. */
export type CodegenRuntime = typeof codegenRuntime;

/**
 * Statements that bind the locals reading column `k` from the expression `data` (an arrow.Data).
 * `withNulls` adds the validity locals; leave it false for columns known to have no nulls.
 */
export function readerPrelude(k: number, type: ColumnType, data: string, withNulls: boolean): string {
  const head = `const d${k} = ${data}; const o${k} = d${k}.offset; const l${k} = d${k}.length;`;
  const nulls = withNulls ? ` const n${k} = d${k}.nullCount > 0 ? d${k}.nullBitmap : null;` : '';
  const visitor: TypeVisitor<string> = {
    visitBool: () => ` const v${k} = d${k}.values;`,
    visitInt8: () => ` const v${k} = d${k}.values;`,
    visitInt16: () => ` const v${k} = d${k}.values;`,
    visitInt32: () => ` const v${k} = d${k}.values;`,
    visitInt64: () => ` const v${k} = d${k}.values;`,
    visitFloat32: () => ` const v${k} = d${k}.values;`,
    visitFloat64: () => ` const v${k} = d${k}.values;`,
    visitUtf8: () => ` const f${k} = d${k}.valueOffsets; const s${k} = rt.bytesOf(d${k}.values);`,
    visitTimestamp: () => ` const w${k} = rt.wordsOf(d${k}.values);`,
  };
  return head + visitType(type, visitor) + nulls;
}

/** A JS expression for the value of column `k` at row `i` (not null-checked). */
export function readValueExpr(k: number, type: ColumnType, i: string): string {
  const visitor: TypeVisitor<string> = {
    visitBool: () => `(((v${k}[(o${k} + ${i}) >> 3] >> ((o${k} + ${i}) & 7)) & 1) === 1)`,
    visitInt8: () => `v${k}[${i}]`,
    visitInt16: () => `v${k}[${i}]`,
    visitInt32: () => `v${k}[${i}]`,
    visitInt64: () => `v${k}[${i}]`,
    visitFloat32: () => `v${k}[${i}]`,
    visitFloat64: () => `v${k}[${i}]`,
    visitUtf8: () => `s${k}.utf8Slice(f${k}[${i}], f${k}[${i} + 1])`,
    visitTimestamp: () => `(w${k}[2 * ${i} + 1] * 4294967296 + (w${k}[2 * ${i}] >>> 0))`,
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
