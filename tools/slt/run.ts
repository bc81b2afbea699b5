/**
 * Runs sqllogictest files and prints a line per file; exit code 1 on any mismatch.
 *
 * Usage: `npm run slt` or `npx tsx tools/slt/run.ts specs/slt/windows.slt`
 */
import { readFileSync } from 'node:fs';
import { runSlt } from '../../specs/slt/runner.js';

async function main(files: readonly string[]): Promise<void> {
  let failed = 0;
  for (const file of files) {
    const report = await runSlt(readFileSync(file, 'utf8'), file);
    failed += report.failures.length;
    console.log(`${report.failures.length === 0 ? 'ok  ' : 'FAIL'} ${file} (${report.records} records)`);
    for (const f of report.failures) console.log(`  ${f.message}`);
  }
  process.exitCode = failed === 0 ? 0 : 1;
}

if (import.meta.url === `file://${process.argv[1]}`) await main(process.argv.slice(2));
