/**
 * Plain rows ⇄ record batches. Rows are for the edges of the system (insert, subscribe, tests);
 * everything in between moves batches. Row materialisation is generated once per schema so every
 * row object gets the same hidden class.
 */
import { SchemaError } from '../errors/errors.js';
import { makeBatch, schemaOfBatch, type RecordBatch } from './batch.js';
import { codegenRuntime, jsString, readNullExpr, readValueExpr, readerPrelude } from './codegen.js';
import { columnBuilder } from './builders.js';
import type { Row, Schema } from './types.js';

/**
 * Builds a batch from row objects. Missing fields are NULL; a NULL in a NOT NULL column, a value
 * of the wrong type or a field the schema does not have is a SchemaError naming row and column.
 *
 * @example
 * ```ts
 * const batch = rowsToBatch(schemaOf({ sym: 'utf8', price: 'float64' }), [{ sym: 'A', price: 1.5 }]);
 * batch.numRows; // 1
 * ```
 */
export function rowsToBatch(schema: Schema, rows: readonly Row[]): RecordBatch {
  const fields = schema.fields;
  if (rows.length > 0) checkKeys(schema, rows[0]!, 0);
  const columns = fields.map((f) => {
    const b = columnBuilder(f.type, f.name);
    const name = f.name;
    for (let r = 0; r < rows.length; r++) {
      const row = rows[r];
      if (row === null || typeof row !== 'object') {
        throw new SchemaError(`row ${r} is ${row === null ? 'null' : typeof row}, expected an object with fields ${fields.map((x) => x.name).join(', ')}`);
      }
      b.append(row[name]);
    }
    const col = b.finish();
    if (!f.nullable && col.nullCount > 0) {
      const r = rows.findIndex((row) => row[name] === null || row[name] === undefined);
      throw new SchemaError(`row ${r}: column '${name}' is NOT NULL but the value is ${rows[r]![name] === null ? 'null' : 'missing'}`);
    }
    return col;
  });
  return makeBatch(schema, columns, rows.length);
}

function checkKeys(schema: Schema, row: Row, r: number): void {
  if (row === null || typeof row !== 'object') return;
  for (const key of Object.keys(row)) {
    if (!schema.fields.some((f) => f.name === key)) {
      const names = schema.fields.map((f) => f.name);
      throw new SchemaError(`row ${r} has field '${key}', which is not in the schema (${names.join(', ')})`);
    }
  }
}

type Materializer = (batch: RecordBatch, out: Row[]) => Row[];
const materializers = new WeakMap<Schema, Materializer>();

/**
 * The rows of a batch as plain objects, appended to `out` (a new array by default).
 * Values follow the JS type table in types.ts (int64 as bigint, timestamps as epoch ms).
 *
 * @example
 * ```ts
 * batchToRows(rowsToBatch(schemaOf({ n: 'int64' }), [{ n: 1 }])); // [{ n: 1n }]
 * ```
 */
export function batchToRows(batch: RecordBatch, out: Row[] = []): Row[] {
  const schema = schemaOfBatch(batch);
  let m = materializers.get(schema);
  if (m === undefined) {
    m = compileMaterializer(schema);
    materializers.set(schema, m);
  }
  return m(batch, out);
}

function compileMaterializer(schema: Schema): Materializer {
  const preludes = schema.fields.map((f, k) => readerPrelude(k, f.type, `cols[${k}]`, true)).join('\n');
  const props = schema.fields.map((f, k) => {
    const key = f.name === '__proto__' ? `[${jsString(f.name)}]` : jsString(f.name);
    return `${key}: ${readNullExpr(k, 'i')} ? null : ${readValueExpr(k, f.type, 'i')}`;
  });
  const body = `return function materialize(batch, out) {
  const cols = batch.data.children;
  const n = batch.numRows;
  ${preludes}
  for (let i = 0; i < n; i++) out.push({ ${props.join(', ')} });
  return out;
};`;
  return new Function('rt', body)(codegenRuntime) as Materializer;
}
