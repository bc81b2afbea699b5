// The differential test against DuckDB (docs/differential.md): generated expressions over
// generated rows must give DuckDB's results, or differ exactly as a documented rule says.
import test from 'ava';
import { readFileSync } from 'node:fs';
import { mulberry32, testSeed } from '../../runtime/testing/index.js';
import { checkExpression, type Finding } from './check.js';
import { DIFFERENCES } from './differences.js';
import { Engines } from './engines.js';
import { col, sql } from './expr.js';
import { ExprGenerator } from './gen.js';
import { TRANSLATIONS } from './translations.js';
import { COLUMNS, generateRows, Rng, type Ty } from './values.js';

const EXPRESSIONS = 520;
const ROWS = 40;
const TARGETS: readonly Ty[] = ['int', 'bigint', 'double', 'decimal', 'text', 'text', 'bool', 'bool', 'date', 'timestamp', 'interval'];
/**
 * CI checks one pinned seed, so the gate never depends on luck; `npm run differential:explore`
 * runs many random seeds, and each difference it finds is fixed or documented (then the pinned
 * seed may move on). LAMINARDB_SEED replays any seed.
 */
const PINNED_SEED = 445669574;

test('differential - generated expressions give DuckDB\'s results, or differ exactly as documented', async (t) => {
  const seed = process.env.LAMINARDB_SEED ? testSeed() : PINNED_SEED;
  t.log(`seed ${seed} (replay with LAMINARDB_SEED=${seed})`);
  const rng = new Rng(mulberry32(seed));
  const engines = await Engines.open(generateRows(rng, ROWS));
  try {
    // The table holds the same values on both sides.
    for (const c of COLUMNS) t.deepEqual((await checkExpression(engines, col(c.name, c.ty))).findings, [], `column ${c.name} loaded differently`);
    const gen = new ExprGenerator(rng);
    const seen = new Set<string>();
    const findings: Finding[] = [];
    let rejected = 0;
    let close = 0;
    for (let attempt = 0; seen.size < EXPRESSIONS && attempt < EXPRESSIONS * 20; attempt++) {
      const node = gen.gen(rng.pick(TARGETS), rng.int(1, 4));
      const text = sql(node, 'ours');
      if (seen.has(text)) continue;
      seen.add(text);
      const r = await checkExpression(engines, node);
      if (r.bothRejected) rejected++;
      close += r.close;
      findings.push(...r.findings);
    }
    const byRule = new Map<string, number>();
    for (const f of findings) if (f.rule) byRule.set(f.rule, (byRule.get(f.rule) ?? 0) + 1);
    t.log(`${seen.size} expressions x ${engines.ids.length} rows; ${engines.queries.ours} LaminarDB and ${engines.queries.duck} DuckDB queries; ${close} values equal within 1e-12`);
    t.log(`documented differences seen: ${[...byRule].map(([k, v]) => `${k} ${v}`).join(', ') || 'none'}`);
    t.true(seen.size >= 500, `only ${seen.size} distinct expressions`);
    t.is(rejected, 0, 'expressions neither engine plans');
    const unexplained = findings.filter((f) => f.rule === undefined);
    const groups = new Map<string, Finding[]>();
    for (const f of unexplained) groups.set(f.op, [...(groups.get(f.op) ?? []), f]);
    for (const [op, fs] of groups) t.log(`undocumented: ${op} x${fs.length}\n${fs.slice(0, 3).map((f) => `  ${f.culprit} @${f.id ?? '-'} args ${f.args ?? '-'}: ours ${f.ours} duck ${f.duck}\n    in ${f.expr.slice(0, 300)}`).join('\n')}`);
    t.deepEqual(unexplained.slice(0, 10), [], `${unexplained.length} undocumented differences (seed ${seed})`);
  } finally {
    await engines.close();
  }
});

test('differential - every documented difference and translation is in docs/differential.md', (t) => {
  const doc = readFileSync(new URL('../../docs/differential.md', import.meta.url), 'utf8');
  for (const id of [...DIFFERENCES.map((d) => d.id), ...TRANSLATIONS.map((x) => x.id)]) t.true(doc.includes(`\`${id}\``), `docs/differential.md does not document '${id}'`);
});

test('differential - the spellings rewritten for DuckDB differ as documented', async (t) => {
  const engines = await Engines.open([]);
  try {
    for (const x of TRANSLATIONS) t.deepEqual(await x.check(engines), [], x.id);
  } finally {
    await engines.close();
  }
});
