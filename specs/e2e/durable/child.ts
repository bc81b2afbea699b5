/**
 * A process that opens a durable database, runs a script, prints the results of its queries as
 * JSON lines, and then either closes or dies with SIGKILL (the crash the recovery tests need).
 *
 *   node --import tsx child.ts <path> <script.json>
 *
 * Script steps: { sql } runs statements (rows of a SELECT over a table or view are printed);
 * { insert, rows } calls db.insert; { flush: true }; { checkpoint: true }; { kill: true } sends
 * SIGKILL to this process; { close: true }.
 */
import { readFileSync } from 'node:fs';
import { LaminarDB } from '../../../index.js';

type Step = { sql?: string; insert?: string; rows?: Record<string, unknown>[]; flush?: boolean; checkpoint?: boolean; kill?: boolean; close?: boolean };

const [path, scriptFile] = process.argv.slice(2);
const steps = JSON.parse(readFileSync(scriptFile!, 'utf8')) as Step[];
const db = await LaminarDB.open({ path: path! });
const show = (v: unknown) => JSON.stringify(v, (_k, x: unknown) => (typeof x === 'bigint' ? Number(x) : x));
for (const step of steps) {
  if (step.sql !== undefined) {
    for (const r of await db.execute(step.sql)) if (r.rows !== undefined) process.stdout.write(`${show({ rows: r.rows })}\n`);
  } else if (step.insert !== undefined) {
    await db.insert(step.insert, step.rows ?? []);
    process.stdout.write(`${show({ acked: step.insert, n: step.rows?.length ?? 0, k: step.rows?.[0]?.k })}\n`);
  }
  else if (step.flush) await db.flush();
  else if (step.checkpoint) process.stdout.write(`${show({ checkpoint: (await db.checkpoint()).id })}\n`);
  else if (step.kill) process.kill(process.pid, 'SIGKILL');
  else if (step.close) await db.close();
}
