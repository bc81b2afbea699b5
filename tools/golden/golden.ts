/**
 * Golden EXPLAIN files: each query of specs/golden/planner/queries.sql is explained against
 * schema.sql and compared with (or, with --update, written to) <name>.plan beside it.
 *
 * Usage: `npm run golden:update` after an intended planner change; the spec checks them.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LaminarDB } from '../../index.js';

export const GOLDEN_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'specs', 'golden', 'planner');

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

async function main(): Promise<void> {
  const update = process.argv.includes('--update');
  let stale = 0;
  for (const [name, plan] of await explainAll()) {
    const file = join(GOLDEN_DIR, `${name}.plan`);
    let current = '';
    try {
      current = readFileSync(file, 'utf8');
    } catch {
      // new query
    }
    if (current === plan) continue;
    if (update) {
      writeFileSync(file, plan);
      console.log(`updated ${name}.plan`);
    } else {
      stale++;
      console.log(`stale: ${name}.plan`);
    }
  }
  process.exitCode = stale > 0 ? 1 : 0;
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
