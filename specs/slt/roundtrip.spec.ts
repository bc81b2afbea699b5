/**
 * Round trip over the statements the suites actually run: every SQL text in the sqllogictest
 * files and the golden EXPLAIN queries parses, prints, and parses back to the same AST (spans
 * aside), and printing is a fixed point. (sql/roundtrip.spec.ts covers the reference corpus.)
 */
import test from 'ava';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, print, stripSpans, type Statement } from '../../sql/index.js';
import { goldenQueries } from '../golden/golden.js';
import { parseSlt } from './parse.js';

const here = dirname(fileURLToPath(import.meta.url));

function texts(): { where: string; sql: string; vars: Record<string, string> }[] {
  const out: { where: string; sql: string; vars: Record<string, string> }[] = [];
  for (const file of readdirSync(here).filter((f) => f.endsWith('.slt'))) {
    let vars: Record<string, string> = {};
    for (const r of parseSlt(readFileSync(join(here, file), 'utf8'), file)) {
      if (r.kind === 'open') vars = { ...r.vars };
      if (r.kind === 'statement' || r.kind === 'query') out.push({ where: `${file}:${r.line}`, sql: r.sql, vars });
      if (r.kind === 'subscribe' && /\s/.test(r.target.trim())) out.push({ where: `${file}:${r.line}`, sql: r.target, vars });
    }
  }
  for (const q of goldenQueries()) out.push({ where: `golden ${q.name}`, sql: q.sql, vars: {} });
  return out;
}

test('every statement the suites run reads back from its printed form', (t) => {
  let checked = 0;
  let rejectedByParser = 0;
  for (const { where, sql, vars } of texts()) {
    let statements: Statement[];
    try {
      statements = parse(sql, { vars });
    } catch {
      rejectedByParser++; // negative cases of the suites: nothing to print
      continue;
    }
    for (const s of statements) {
      const printed = print(s);
      const again = parse(printed);
      t.is(again.length, 1, `${where}: ${printed}`);
      t.deepEqual(stripSpans(again[0]), stripSpans(s), `${where}: ${printed}`);
      t.is(print(again[0]!), printed, `${where}: printing is a fixed point`);
      checked++;
    }
  }
  t.true(checked >= 200, `${checked} statements checked`);
  t.log(`${checked} statements round-tripped; ${rejectedByParser} negative cases rejected by the parser`);
});
