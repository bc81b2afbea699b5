/**
 * JS values of any column type for the accumulators that keep values (MIN/MAX of text, FIRST_VALUE,
 * STRING_AGG, ARRAY_AGG, DISTINCT, percentiles): reading one, ordering two as SQL does, and
 * building a result column back. Values are those of `readValue`, so they round-trip exactly.
 */
import { columnOf, kindOf, readValue, type Column, type ColumnType } from '../../runtime/index.js';

/** Reads, orders and writes the values of one column type. */
export interface ValueType {
  readonly type: ColumnType;
  /** The value at `row`, or null. */
  read(col: Column, row: number): unknown;
  /** SQL order of two non-NULL values (text by UTF-16 code units, as the engine's comparisons). */
  compare(a: unknown, b: unknown): number;
  /** A result column of values (null for NULL). */
  column(values: readonly unknown[]): Column;
}

const byPrimitive = (a: unknown, b: unknown): number => ((a as number) < (b as number) ? -1 : (a as number) > (b as number) ? 1 : 0);

/** The value type of a column type. */
export function valueType(type: ColumnType): ValueType {
  const kind = kindOf(type);
  let compare = byPrimitive;
  if (kind === 'decimal') {
    // Every value of one decimal type has the same scale: compare the unscaled integers.
    const unscaled = (v: unknown) => BigInt((v as string).replace('.', ''));
    compare = (a, b) => byPrimitive(unscaled(a), unscaled(b));
  } else if (kind === 'interval') {
    const span = (v: unknown) => {
      const x = v as { months: number; days: number; millis: number };
      return x.months * 30 * 86_400_000 + x.days * 86_400_000 + x.millis;
    };
    compare = (a, b) => byPrimitive(span(a), span(b));
  } else if (kind === 'bool') {
    compare = (a, b) => Number(a) - Number(b);
  } else if (kind === 'list' || kind === 'struct' || kind === 'map' || kind === 'binary') {
    compare = (a, b) => byPrimitive(JSON.stringify(a, big), JSON.stringify(b, big));
  }
  return {
    type,
    read: (col, row) => readValue(col, type, row),
    compare,
    column: (values) => columnOf(type, values, 'aggregate'),
  };
}

function big(_k: string, v: unknown): unknown {
  return typeof v === 'bigint' ? `${v}n` : v instanceof Uint8Array ? Array.from(v) : v;
}
