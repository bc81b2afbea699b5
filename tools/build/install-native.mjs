#!/usr/bin/env node
// Builds the optional native addon on install. A failed build is not an install failure: every
// kernel has a pure-TS twin, so LaminarDB works (slower) without a C++ toolchain.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

if (process.env.LAMINARDB_SKIP_NATIVE === '1') {
  console.log('laminardb: LAMINARDB_SKIP_NATIVE=1, using the JS kernels');
  process.exit(0);
}
if (!existsSync('native/binding.gyp')) process.exit(0);
const result = spawnSync('node-gyp', ['rebuild', '--directory=native'], { stdio: 'inherit', shell: process.platform === 'win32' });
if (result.status !== 0) {
  console.warn('laminardb: the native addon did not build; the pure-TS kernels will be used (same results, slower).');
}
