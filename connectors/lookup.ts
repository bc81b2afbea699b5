/**
 * Lookup connectors: how a `CREATE LOOKUP TABLE ... WITH ('connector' = ...)` reaches its rows.
 * Each one declares its options (validated like every connector's: unknown keys are errors with
 * a did-you-mean) and opens a LookupSource for a table's schema and primary key.
 */
import type { LookupSource, Schema } from '../runtime/index.js';
import { parseOptions, type OptionSpec } from './options.js';

/** What a lookup connector is told about the table it serves. */
export interface LookupTableSpec {
  readonly name: string;
  readonly schema: Schema;
  /** The primary key column. */
  readonly key: string;
}

/**
 * A lookup connector: its options and how to open a source.
 *
 * @example
 * ```ts
 * const source = await openLookup('file', { name: 'products', schema, key: 'id' }, { path: 'products.csv' });
 * const { rows } = await source.get([1, 2], []);
 * ```
 */
export interface LookupConnector<S extends Record<string, OptionSpec> = Record<string, OptionSpec>> {
  readonly name: string;
  readonly options: S;
  open(table: LookupTableSpec, options: Readonly<Record<string, string>>): LookupSource | Promise<LookupSource>;
}

/** Defines a lookup connector (options are parsed before `open` sees them). */
export function defineLookup<S extends Record<string, OptionSpec>>(definition: {
  readonly name: string;
  readonly options: S;
  open(table: LookupTableSpec, options: ReturnType<typeof parseOptions<S>>): LookupSource | Promise<LookupSource>;
}): LookupConnector<S> {
  return {
    name: definition.name,
    options: definition.options,
    open: (table, options) => definition.open(table, parseOptions(definition.name, definition.options, options)),
  };
}
