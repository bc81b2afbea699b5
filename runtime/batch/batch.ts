/**
 * Record batches: the only data unit on a mailbox. Helpers to build them from columns, read their
 * schema, select rows and concatenate, all without per-row objects.
 */
import * as arrow from 'apache-arrow';
import { SchemaError } from '../errors/errors.js';
import { columnBuilder, columnOf, nullColumn } from './builders.js';
import { binaryColumn, boolColumn, fixedColumn, readValue, utf8Column, validityOf, type Column } from './column.js';
import { fromArrowSchema, kindOf, toArrowSchema, type ColumnType, type Schema } from './types.js';

/** An Arrow record batch. */
export type RecordBatch = arrow.RecordBatch;

const arrowSchemas = new WeakMap<Schema, arrow.Schema>();
const schemas = new WeakMap<arrow.Schema, Schema>();

/** The (cached) Arrow schema of a schema. */
export function arrowSchemaOf(schema: Schema): arrow.Schema {
  let a = arrowSchemas.get(schema);
  if (a === undefined) {
    a = toArrowSchema(schema);
    arrowSchemas.set(schema, a);
    schemas.set(a, schema);
  }
  return a;
}

/** The (cached) schema of a batch. */
export function schemaOfBatch(batch: RecordBatch): Schema {
  let s = schemas.get(batch.schema);
  if (s === undefined) {
    s = fromArrowSchema(batch.schema);
    schemas.set(batch.schema, s);
  }
  return s;
}

/** Builds a batch from one column per field; every column must have `numRows` rows. */
export function makeBatch(schema: Schema, columns: readonly Column[], numRows: number): RecordBatch {
  if (columns.length !== schema.fields.length) {
    throw new SchemaError(`batch has ${columns.length} columns but the schema has ${schema.fields.length}`);
  }
  for (let i = 0; i < columns.length; i++) {
    if (columns[i]!.length !== numRows) {
      throw new SchemaError(`column '${schema.fields[i]!.name}' has ${columns[i]!.length} rows, expected ${numRows}`);
    }
  }
  const a = arrowSchemaOf(schema);
  const data = arrow.makeData({ type: new arrow.Struct(a.fields), length: numRows, nullCount: 0, children: columns as Column[] });
  return new arrow.RecordBatch(a, data);
}

/** The columns of a batch, one Data per field. */
export function columnsOf(batch: RecordBatch): Column[] {
  return batch.data.children as Column[];
}

/** A batch with zero rows. */
export function emptyBatch(schema: Schema): RecordBatch {
  return makeBatch(schema, schema.fields.map((f) => columnBuilder(f.type).finish()), 0);
}

/** Values per row in the value buffer of fixed-width kinds (0 for the others). */
function strideOf(type: ColumnType): number {
  switch (kindOf(type)) {
    case 'decimal':
    case 'interval':
      return 4;
    case 'bool':
    case 'utf8':
    case 'json':
    case 'binary':
    case 'list':
    case 'struct':
    case 'map':
      return 0;
    default:
      return 1;
  }
}

/**
 * The rows `sel[0..count)` of a batch, in that order. Returns the batch itself when every row is
 * selected in order (the common case of a filter that keeps everything).
 */
export function selectRows(batch: RecordBatch, sel: Int32Array, count: number): RecordBatch {
  if (count === batch.numRows) {
    let identity = true;
    for (let i = 0; i < count; i++) {
      if (sel[i] !== i) {
        identity = false;
        break;
      }
    }
    if (identity) return batch;
  }
  const schema = schemaOfBatch(batch);
  const cols = columnsOf(batch);
  return makeBatch(schema, schema.fields.map((f, k) => gatherColumn(cols[k]!, f.type, sel, count)), count);
}

/** Copies rows `sel[0..count)` of one column into a new column. */
export function gatherColumn(col: Column, type: ColumnType, sel: Int32Array, count: number): Column {
  const o = col.offset;
  const srcValid = validityOf(col);
  let validity: Uint8Array | null = null;
  let nulls = 0;
  if (srcValid !== null) {
    validity = new Uint8Array((count + 7) >> 3);
    for (let i = 0; i < count; i++) {
      const bit = o + sel[i]!;
      if ((srcValid[bit >> 3]! >> (bit & 7)) & 1) validity[i >> 3]! |= 1 << (i & 7);
      else nulls++;
    }
    if (nulls === 0) validity = null;
  }
  const kind = kindOf(type);
  if (kind === 'list' || kind === 'struct' || kind === 'map') {
    // Nested columns take the general path: read the values, build a new column.
    const values: unknown[] = [];
    for (let i = 0; i < count; i++) values.push(readValue(col, type, sel[i]!));
    return columnOf(type, values);
  }
  if (kind === 'bool') {
    const src = col.values as Uint8Array;
    const bits = new Uint8Array((count + 7) >> 3);
    for (let i = 0; i < count; i++) {
      const bit = o + sel[i]!;
      if ((src[bit >> 3]! >> (bit & 7)) & 1) bits[i >> 3]! |= 1 << (i & 7);
    }
    return boolColumn(bits, count, validity, nulls);
  }
  if (kind === 'utf8' || kind === 'json' || kind === 'binary') {
    const offsets = col.valueOffsets as Int32Array;
    const src = col.values as Uint8Array;
    const outOffsets = new Int32Array(count + 1);
    let total = 0;
    for (let i = 0; i < count; i++) {
      const r = sel[i]!;
      total += offsets[r + 1]! - offsets[r]!;
      outOffsets[i + 1] = total;
    }
    const bytes = new Uint8Array(total);
    let at = 0;
    for (let i = 0; i < count; i++) {
      const r = sel[i]!;
      const end = offsets[r + 1]!;
      for (let p = offsets[r]!; p < end; p++) bytes[at++] = src[p]!;
    }
    return kind === 'binary' ? binaryColumn(outOffsets, bytes, count, validity, nulls) : utf8Column(outOffsets, bytes, count, validity, nulls, type);
  }
  const src = col.values as Float64Array;
  const stride = strideOf(type);
  const out = new (src.constructor as Float64ArrayConstructor)(count * stride);
  if (stride === 1) {
    for (let i = 0; i < count; i++) out[i] = src[sel[i]!]!;
  } else {
    for (let i = 0; i < count; i++) for (let w = 0; w < stride; w++) out[i * stride + w] = src[sel[i]! * stride + w]!;
  }
  return fixedColumn(type, out, count, validity, nulls);
}

/**
 * Gathers rows from several columns of one type into one new column: row `i` is row `rows[i]` of
 * `parts[from[i]]`, or NULL when `from[i]` is negative. Joins keep the other side's rows in the
 * batches they arrived in; one pass per column builds their output without grouping the rows by
 * batch, gathering each group and concatenating the pieces.
 *
 * @example
 * ```ts
 * const [a, b] = [fixedColumn('int32', Int32Array.of(1, 2), 2), fixedColumn('int32', Int32Array.of(3), 1)];
 * gatherAcross([a, b], 'int32', Int32Array.of(1, -1, 0), Int32Array.of(0, 0, 1), 3); // 3, NULL, 2
 * ```
 */
export function gatherAcross(parts: readonly Column[], type: ColumnType, from: Int32Array, rows: Int32Array, count: number): Column {
  if (parts.length === 0) return nullColumn(type, count);
  const validities = parts.map(validityOf);
  const partNulls = validities.some((v) => v !== null);
  let validity: Uint8Array | null = null;
  let nulls = 0;
  for (let i = 0; i < count; i++) {
    const p = from[i]!;
    let valid = p >= 0;
    if (valid && partNulls) {
      const v = validities[p]!;
      const bit = parts[p]!.offset + rows[i]!;
      valid = v === null || ((v[bit >> 3]! >> (bit & 7)) & 1) === 1;
    }
    if (valid) continue;
    if (validity === null) {
      validity = new Uint8Array((count + 7) >> 3);
      for (let j = 0; j < i; j++) validity[j >> 3]! |= 1 << (j & 7);
    }
    nulls++;
  }
  if (validity !== null) {
    // The rows before the first NULL were marked above; mark the valid ones after it.
    for (let i = 0; i < count; i++) {
      const p = from[i]!;
      if (p < 0) continue;
      const v = validities[p]!;
      const bit = parts[p]!.offset + rows[i]!;
      if (v === null || ((v[bit >> 3]! >> (bit & 7)) & 1) === 1) validity[i >> 3]! |= 1 << (i & 7);
    }
  }
  const kind = kindOf(type);
  if (kind === 'list' || kind === 'struct' || kind === 'map') {
    const values: unknown[] = [];
    for (let i = 0; i < count; i++) values.push(from[i]! < 0 ? null : readValue(parts[from[i]!]!, type, rows[i]!));
    return columnOf(type, values);
  }
  if (kind === 'bool') {
    const srcs = parts.map((p) => p.values as Uint8Array);
    const bits = new Uint8Array((count + 7) >> 3);
    for (let i = 0; i < count; i++) {
      const p = from[i]!;
      if (p < 0) continue;
      const bit = parts[p]!.offset + rows[i]!;
      if ((srcs[p]![bit >> 3]! >> (bit & 7)) & 1) bits[i >> 3]! |= 1 << (i & 7);
    }
    return boolColumn(bits, count, validity, nulls);
  }
  if (kind === 'utf8' || kind === 'json' || kind === 'binary') {
    const offsets = parts.map((p) => p.valueOffsets as Int32Array);
    const srcs = parts.map((p) => p.values as Uint8Array);
    const outOffsets = new Int32Array(count + 1);
    let total = 0;
    for (let i = 0; i < count; i++) {
      const p = from[i]!;
      if (p >= 0) total += offsets[p]![rows[i]! + 1]! - offsets[p]![rows[i]!]!;
      outOffsets[i + 1] = total;
    }
    const bytes = new Uint8Array(total);
    for (let i = 0; i < count; i++) {
      const p = from[i]!;
      if (p < 0) continue;
      const src = srcs[p]!;
      let at = outOffsets[i]!;
      const end = offsets[p]![rows[i]! + 1]!;
      for (let q = offsets[p]![rows[i]!]!; q < end; q++) bytes[at++] = src[q]!;
    }
    return kind === 'binary' ? binaryColumn(outOffsets, bytes, count, validity, nulls) : utf8Column(outOffsets, bytes, count, validity, nulls, type);
  }
  // Fixed width: copy 32-bit words (one loop for every type, NaN payloads kept) or, for 1- and
  // 2-byte values, bytes.
  const first = parts[0]!.values as Float64Array;
  const width = strideOf(type) * first.BYTES_PER_ELEMENT;
  const out = new (first.constructor as Float64ArrayConstructor)(count * strideOf(type));
  const aligned = width % 4 === 0 && parts.every((p) => (p.values as Float64Array).byteOffset % 4 === 0);
  const unit = aligned ? width >> 2 : width;
  const view = (v: ArrayBufferView) => (aligned ? new Int32Array(v.buffer, v.byteOffset, v.byteLength >> 2) : new Uint8Array(v.buffer, v.byteOffset, v.byteLength));
  const dst = view(out);
  const srcs = parts.map((p) => view(p.values as Float64Array));
  if (unit === 2) {
    for (let i = 0; i < count; i++) {
      const p = from[i]!;
      if (p < 0) continue;
      const src = srcs[p]!;
      const r = rows[i]! << 1;
      dst[i << 1] = src[r]!;
      dst[(i << 1) + 1] = src[r + 1]!;
    }
  } else {
    for (let i = 0; i < count; i++) {
      const p = from[i]!;
      if (p < 0) continue;
      const src = srcs[p]!;
      const r = rows[i]! * unit;
      for (let w = 0; w < unit; w++) dst[i * unit + w] = src[r + w]!;
    }
  }
  return fixedColumn(type, out, count, validity, nulls);
}

/** Concatenates batches of the same schema into one. */
export function concatBatches(schema: Schema, batches: readonly RecordBatch[]): RecordBatch {
  if (batches.length === 1) return batches[0]!;
  if (batches.length === 0) return emptyBatch(schema);
  const total = rowCount(batches);
  const columns = schema.fields.map((f, k) => {
    if (total === 0) return columnBuilder(f.type).finish();
    const parts = batches.map((b) => columnsOf(b)[k]!);
    return concatColumn(parts, f.type, total);
  });
  return makeBatch(schema, columns, total);
}

function concatColumn(parts: Column[], type: ColumnType, total: number): Column {
  const kind = kindOf(type);
  if (kind === 'list' || kind === 'struct' || kind === 'map') {
    const values: unknown[] = [];
    for (const p of parts) for (let i = 0; i < p.length; i++) values.push(readValue(p, type, i));
    return columnOf(type, values);
  }
  // Gather each part with an identity selection (drops offsets), then splice.
  const idx = new Int32Array(Math.max(...parts.map((p) => p.length)));
  for (let i = 0; i < idx.length; i++) idx[i] = i;
  const gathered = parts.map((p) => gatherColumn(p, type, idx, p.length));
  let nulls = 0;
  for (const g of gathered) nulls += g.nullCount;
  let validity: Uint8Array | null = null;
  if (nulls > 0) {
    validity = new Uint8Array((total + 7) >> 3);
    let row = 0;
    for (const g of gathered) {
      const v = validityOf(g);
      for (let i = 0; i < g.length; i++, row++) {
        if (v === null || (v[i >> 3]! >> (i & 7)) & 1) validity[row >> 3]! |= 1 << (row & 7);
      }
    }
  }
  if (kind === 'bool') {
    const bits = new Uint8Array((total + 7) >> 3);
    let row = 0;
    for (const g of gathered) {
      const v = g.values as Uint8Array;
      for (let i = 0; i < g.length; i++, row++) if ((v[i >> 3]! >> (i & 7)) & 1) bits[row >> 3]! |= 1 << (row & 7);
    }
    return boolColumn(bits, total, validity, nulls);
  }
  if (kind === 'utf8' || kind === 'json' || kind === 'binary') {
    let bytesTotal = 0;
    for (const g of gathered) bytesTotal += (g.values as Uint8Array).length;
    const offsets = new Int32Array(total + 1);
    const bytes = new Uint8Array(bytesTotal);
    let row = 0;
    let at = 0;
    for (const g of gathered) {
      const off = g.valueOffsets as Int32Array;
      for (let i = 0; i < g.length; i++) offsets[++row] = at + off[i + 1]!;
      bytes.set(g.values as Uint8Array, at);
      at += (g.values as Uint8Array).length;
    }
    return kind === 'binary' ? binaryColumn(offsets, bytes, total, validity, nulls) : utf8Column(offsets, bytes, total, validity, nulls, type);
  }
  const first = gathered[0]!.values as Float64Array;
  const stride = strideOf(type);
  const out = new (first.constructor as Float64ArrayConstructor)(total * stride);
  let at = 0;
  for (const g of gathered) {
    out.set((g.values as Float64Array).subarray(0, g.length * stride), at);
    at += g.length * stride;
  }
  return fixedColumn(type, out, total, validity, nulls);
}

/** Total rows of a list of batches. */
export function rowCount(batches: readonly RecordBatch[]): number {
  let n = 0;
  for (const b of batches) n += b.numRows;
  return n;
}
