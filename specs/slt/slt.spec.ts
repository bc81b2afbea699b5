/**
 * Runs every sqllogictest file in this folder (tools/slt describes the format). One test per
 * file; a failure lists each mismatching record with its line.
 */
import test from 'ava';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runSlt } from './runner.js';

const here = dirname(fileURLToPath(import.meta.url));
const files = readdirSync(here).filter((f) => f.endsWith('.slt')).sort();

test('the suites exist', (t) => {
  t.true(files.length >= 8, `found ${files.length} .slt files`);
});

for (const file of files) {
  test(`slt ${file}`, async (t) => {
    const report = await runSlt(readFileSync(join(here, file), 'utf8'), `specs/slt/${file}`);
    t.true(report.records > 0, 'the file has records');
    t.deepEqual(report.failures.map((f) => f.message), [], report.failures.map((f) => f.message).join('\n\n'));
  });
}
