/**
 * The lookup tables of a database: for each `CREATE LOOKUP TABLE`, its open source, cache
 * settings and stats. Lookup joins find them by name through the `lookups` pipeline service.
 */
import type { LookupStats, LookupTableHandle } from '../runtime/index.js';

/** A lookup table as the database keeps it. */
export interface LookupTableEntry extends LookupTableHandle {
  readonly connector: string;
  /** The primary key column (the key the source finds rows by). */
  readonly key: string;
  /** Whether conditions on the table's columns go to the source. */
  readonly pushdown: boolean;
  readonly stats: LookupStats;
}

/** Lookup tables by name (the `lookups` service). */
export class LookupTables {
  private readonly tables = new Map<string, LookupTableEntry>();

  get(name: string): LookupTableEntry | undefined {
    return this.tables.get(name);
  }

  set(entry: LookupTableEntry): void {
    this.tables.set(entry.name, entry);
  }

  /** Forgets a table and closes its source (files, connections). */
  async drop(name: string): Promise<void> {
    const entry = this.tables.get(name);
    this.tables.delete(name);
    await entry?.source.close?.();
  }

  /** Closes every source (the database closes). */
  async closeAll(): Promise<void> {
    for (const name of [...this.tables.keys()]) await this.drop(name);
  }
}
