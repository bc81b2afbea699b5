#!/usr/bin/env node
// tsc does not emit the protobufjs static modules (they are .js with a hand-off .d.ts): copy them.
import { cpSync, mkdirSync, readdirSync } from 'node:fs';

mkdirSync('dist/specs/generated', { recursive: true });
for (const f of readdirSync('specs/generated')) cpSync(`specs/generated/${f}`, `dist/specs/generated/${f}`);
