#!/usr/bin/env node
// Passes ava's TAP output through and ends with the one line CI reads: `N passed, N failed`.
// Exits non-zero when anything failed or when the run ended without a TAP plan (a crash).
import { createInterface } from 'node:readline';

let passed = 0;
let failed = 0;
let planned = false;
const failures = [];
const rl = createInterface({ input: process.stdin });
rl.on('line', (line) => {
  process.stdout.write(`${line}\n`);
  if (/^ok \d+/.test(line)) passed++;
  else if (/^not ok \d+/.test(line)) {
    failed++;
    failures.push(line.replace(/^not ok \d+ - /, ''));
  } else if (/^1\.\.\d+/.test(line)) planned = true;
});
rl.on('close', () => {
  if (!planned && failed === 0) {
    failed = 1;
    failures.push('the test run ended without a TAP plan (did ava crash?)');
  }
  if (failures.length > 0) process.stdout.write(`\nfailed:\n${failures.map((f) => `  - ${f}`).join('\n')}\n`);
  process.stdout.write(`tests: ${passed} passed, ${failed} failed\n`);
  process.exit(failed > 0 ? 1 : 0);
});
