/**
 * Accepting Arrow batches from applications: columns are matched by name, dictionary-encoded
 * strings (what `tableFromArrays` produces) are decoded to plain UTF-8, and anything else that
 * does not match is a SchemaError that shows both schemas.
 */
import * as arrow from 'apache-arrow';
import { SchemaError } from '../errors/errors.js';
import { columnsOf, makeBatch, type RecordBatch } from './batch.js';
import { columnBuilder } from './builders.js';
import type { Column } from './column.js';
import { describeSchema, fromArrowType, type Schema } from './types.js';

/** Returns `batch` with the columns, order and types of `schema`, or throws a SchemaError. */
export function coerceBatch(batch: RecordBatch, schema: Schema): RecordBatch {
  const fields = batch.schema.fields;
  const cols = columnsOf(batch);
  let same = fields.length === schema.fields.length;
  const columns: Column[] = schema.fields.map((f, k) => {
    const i = fields.findIndex((x) => x.name === f.name);
    if (i < 0) throw mismatch(batch, schema, `column '${f.name}' is missing`);
    if (i !== k) same = false;
    const col = cols[i]!;
    if (col.type.typeId === arrow.Type.Dictionary && f.type === 'utf8') {
      same = false;
      return decodeDictionary(col);
    }
    let type;
    try {
      type = fromArrowType(col.type, f.name, batch.schema.fields[i]!.metadata);
    } catch (err) {
      throw mismatch(batch, schema, (err as Error).message);
    }
    if (type !== f.type) throw mismatch(batch, schema, `column '${f.name}' is ${type}, expected ${f.type}`);
    if (!f.nullable && col.nullCount > 0) throw mismatch(batch, schema, `column '${f.name}' is NOT NULL but has ${col.nullCount} nulls`);
    return col;
  });
  return same ? batch : makeBatch(schema, columns, batch.numRows);
}

function decodeDictionary(col: Column): Column {
  const vector = arrow.makeVector(col);
  const b = columnBuilder('utf8');
  for (let i = 0; i < vector.length; i++) b.append(vector.get(i));
  return b.finish();
}

function mismatch(batch: RecordBatch, schema: Schema, why: string): SchemaError {
  const got = batch.schema.fields.map((f) => `${f.name} ${String(f.type)}`).join(', ');
  return new SchemaError(`batch does not match the schema: ${why}. Expected (${describeSchema(schema)}), got (${got})`);
}
