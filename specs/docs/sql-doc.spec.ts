/**
 * docs/sql.md is executable: every example in it runs here, and the doc must mention every
 * statement kind, SHOW variant and catalog function in an example, so it cannot fall behind.
 *
 * The notation (also described at the top of docs/sql.md):
 * - Each `##` section runs against its own fresh `LaminarDB.open({ vars })`; its blocks run in order.
 * - ```` ```vars ```` : `NAME = value` lines, the `${NAME}` variables of the section's database
 *   (before its first example).
 * - ```` ```sql ````: statements, each ending with `;` at the end of a line (the last may omit it),
 *   executed one by one with `db.execute()`. A statement that returns a live result (a SELECT over
 *   a stream, SUBSCRIBE) is subscribed at once; live results stay open until a later block opens
 *   another one (or the section ends).
 * - ```` ```insert NAME ````: rows as JS literals, one per line, passed to `db.insert(NAME, rows)`.
 * - ```` ```result ```` (or ```` ```result unordered ````): the expected rows, one JS literal per line
 *   (`{ n: 1n, s: 'x', d: '1.50', b: bytes[1, 2] }`; `--` lines are comments; empty = no rows; a
 *   line `...` matches any number of rows, and `...` inside a line any text). They are
 *   - the rows of the last statement before it, when that statement returns rows (a snapshot
 *     SELECT, SHOW, DESCRIBE, EXPLAIN, FETCH); otherwise,
 *   - when the last statement opened a live result, or inserted rows while one is open, the rows
 *     that arrived on the live results since the previous result block, after `db.flush()`;
 *   - otherwise the statement's result summary `{ statement, name, outcome, rowCount, dropped,
 *     checkpointId }` (`{ inserted: n }` after an insert block).
 * - ```` ```error ````: the preceding sql or insert block must fail (or, if it opened live results,
 *   they must fail when flushed) with an error whose `code: message` contains every line.
 * - ```` ```stdout ````: the text `INTO STDOUT` sinks wrote since the previous stdout block.
 * Other fences (```` ```ts ````, ```` ```text ````) are prose and do not run.
 */
import test from 'ava';
import { readFileSync } from 'node:fs';
import { aggregateFunctions, scalarFunctions } from '../../operators/index.js';
import { addCoverage, emptyCoverage, SHOW_VARIANTS, STATEMENT_KINDS } from './doc-coverage.js';
import { parseDoc, parseValue, format } from './doc-format.js';
import { parseVars, runSection, splitStatements } from './doc-runner.js';

const DOC = new URL('../../docs/sql.md', import.meta.url);
const sections = parseDoc(readFileSync(DOC, 'utf8'));

test('sql-doc - the row notation reads back what it writes', (t) => {
  const row = { a: 1n, b: -2.5, c: "it's", d: null, e: [1, 'x'], f: { 'odd key': true }, g: new Uint8Array([1, 255]) };
  t.deepEqual(parseValue(format(row)), row);
  t.is(format(parseValue("{ a: 'x',b:1n }")), "{ a: 'x', b: 1n }");
  t.deepEqual(splitStatements('SELECT 1;\n-- note\nSELECT \';\' AS s;\nSELECT 2'), ['SELECT 1', "-- note\nSELECT ';' AS s", 'SELECT 2']);
});

test('sql-doc - the doc has examples', (t) => {
  const examples = sections.flatMap((s) => s.blocks).filter((b) => b.lang === 'sql' || b.lang === 'insert').length;
  t.true(examples > 100, `only ${examples} examples`);
});

for (const section of sections) {
  if (!section.blocks.some((b) => b.lang === 'sql' || b.lang === 'insert')) continue;
  test.serial(`sql-doc - ${section.title} (docs/sql.md:${section.line})`, async (t) => {
    const { failures } = await runSection(section);
    for (const f of failures) t.log(`docs/sql.md:${f.line}: ${f.message}`);
    t.is(failures.length, 0, `${failures.length} example(s) differ: ${failures.map((f) => `docs/sql.md:${f.line}`).join(', ')}`);
  });
}

const coverage = emptyCoverage();
for (const section of sections) {
  let vars: Record<string, string> = {};
  for (const b of section.blocks) {
    if (b.lang === 'vars') vars = { ...vars, ...parseVars(b.body) };
    if (b.lang === 'sql') addCoverage(coverage, b.body, vars);
  }
}

test('sql-doc - every statement kind and SHOW variant has an example', (t) => {
  t.deepEqual(Object.keys(STATEMENT_KINDS).filter((k) => !coverage.statements.has(k)), []);
  t.deepEqual(Object.keys(SHOW_VARIANTS).filter((k) => !coverage.shows.has(k)), []);
});

test('sql-doc - every scalar and aggregate function of the catalog has an example', (t) => {
  const names = [...Object.keys(scalarFunctions), ...Object.keys(aggregateFunctions)];
  t.deepEqual(names.filter((n) => !coverage.functions.has(n)), []);
});
