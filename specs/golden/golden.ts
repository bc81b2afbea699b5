/**
 * Golden EXPLAIN files: each query of specs/golden/planner/queries.sql is explained against
 * schema.sql and compared with (or, with --update, written to) <name>.plan beside it.
 *
 * `npm run golden:update` (tools/golden/golden.ts) rewrites them after an intended planner change.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LaminarDB } from '../../index.js';

export const GOLDEN_DIR = join(dirname(fileURLToPath(import.meta.url)), 'planner');

/** A named query of queries.sql. */
export interface GoldenQuery {
  readonly name: string;
  readonly sql: string;
}

/** The `-- name: x` sections of queries.sql. */
export function goldenQueries(text = readFileSync(join(GOLDEN_DIR, 'queries.sql'), 'utf8')): GoldenQuery[] {
  const out: GoldenQuery[] = [];
  for (const part of text.split(/^-- name: /m).slice(1)) {
    const [name, ...body] = part.split('\n');
    out.push({ name: name!.trim(), sql: body.filter((l) => !l.startsWith('--')).join('\n').trim() });
  }
  return out;
}

/** EXPLAIN of every golden query, by name. */
export async function explainAll(): Promise<Map<string, string>> {
  const db = await LaminarDB.open();
  try {
    await db.execute(readFileSync(join(GOLDEN_DIR, 'schema.sql'), 'utf8'));
    const plans = new Map<string, string>();
    for (const q of goldenQueries()) {
      const rows = await db.query(`EXPLAIN ${q.sql}`);
      plans.set(q.name, `${rows.map((r) => r.plan as string).join('\n')}\n`);
    }
    return plans;
  } finally {
    await db.close();
  }
}
