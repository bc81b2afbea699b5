/**
 * Comparing one expression on both engines: every row's values must agree; a row that does not
 * is narrowed to its culprit, the deepest operator whose arguments agree on both engines while
 * its own results differ, and the culprit must match a documented difference (differences.ts).
 * A plan error on one side only is narrowed the same way.
 */
import type { Culprit } from './culprit.js';
import { DIFFERENCES } from './differences.js';
import { compare, type Engines, type Norm, type Result } from './engines.js';
import { sql, type Node } from './expr.js';
import { evaluatedArgs } from './lazy.js';

/** A difference found for one row (or for the whole expression when `id` is undefined). */
export interface Finding {
  readonly expr: string;
  readonly id?: number;
  readonly culprit: string;
  /** The culprit's operator. */
  readonly op: string;
  readonly ours: string;
  readonly duck: string;
  /** The culprit's argument values (LaminarDB's; DuckDB's where they differ within the tolerance). */
  readonly args?: string;
  /** The documented difference that explains it, or undefined (a test failure). */
  readonly rule?: string;
}

/** What checking one expression found. */
export interface Checked {
  /** Rows compared. */
  readonly rows: number;
  /** Rows whose doubles agreed only within the tolerance. */
  readonly close: number;
  readonly findings: readonly Finding[];
  /** Both engines refused to plan it (counted; the generator should rarely produce such). */
  readonly bothRejected: boolean;
}

/** Short text of a normalised value. */
export function showNorm(v: Norm): string {
  switch (v.k) {
    case 'null': return 'NULL';
    case 'error': return `error(${v.msg.split('\n')[0]})`;
    case 'num': return v.exact ?? String(v.approx);
    case 'text': return JSON.stringify(v.v);
    case 'bool': return String(v.v);
    case 'date': return `date(${v.days})`;
    case 'ts': return `ts(${v.micros})`;
    case 'interval': return `interval(${v.months}m ${v.days}d ${v.micros}us)`;
  }
}

async function both(e: Engines, n: Node): Promise<[Result, Result]> {
  return Promise.all([e.evalOurs(n), e.evalDuck(n)]);
}

/** The deepest node under `n` that plans on one engine only while its arguments plan on both. */
async function planCulprit(e: Engines, n: Node): Promise<Node> {
  for (const a of n.args) {
    const [o, d] = await both(e, a);
    if ((o.planError === undefined) !== (d.planError === undefined)) return planCulprit(e, a);
  }
  return n;
}

/**
 * The deepest node under `n` whose values on row index `row` differ while its arguments agree.
 * An argument that raises in DuckDB on its own while `n` does not (DuckDB rewrote or folded it
 * in context) is not descended into: `n` is where the engines part.
 */
async function rowCulprit(e: Engines, n: Node, row: number, duckValue: Norm): Promise<Node> {
  for (const a of await evaluatedArgs(e, n, row)) {
    if (a.op === 'lit') continue;
    const [o, d] = await both(e, a);
    if (o.planError !== undefined || d.planError !== undefined) continue;
    const dv = d.values[row]!;
    if (compare(o.values[row]!, dv) === 'differ' && !(dv.k === 'error' && duckValue.k !== 'error')) return rowCulprit(e, a, row, dv);
  }
  return n;
}

/** Matches a culprit against the documented differences; returns the rule's id or undefined. */
async function classify(e: Engines, c: Culprit): Promise<string | undefined> {
  for (const d of DIFFERENCES) if (await d.explains(c, e)) return d.id;
  return undefined;
}

/** Evaluates `node` on both engines and explains every difference. */
export async function checkExpression(e: Engines, node: Node): Promise<Checked> {
  const expr = sql(node, 'ours');
  const [o, d] = await both(e, node);
  if (o.planError !== undefined || d.planError !== undefined) {
    if (o.planError !== undefined && d.planError !== undefined) return { rows: 0, close: 0, findings: [], bothRejected: true };
    const culprit = await planCulprit(e, node);
    const [co, cd] = await both(e, culprit);
    const c: Culprit = { node: culprit, ours: planNorm(co), duck: planNorm(cd), argsOurs: [], argsDuck: [], plan: true };
    return { rows: 0, close: 0, bothRejected: false, findings: [{ expr, culprit: sql(culprit, 'ours'), op: culprit.op, ours: showNorm(c.ours), duck: showNorm(c.duck), rule: await classify(e, c) }] };
  }
  const findings: Finding[] = [];
  let close = 0;
  for (let row = 0; row < e.ids.length; row++) {
    const verdict = compare(o.values[row]!, d.values[row]!);
    if (verdict === 'close') close++;
    if (verdict !== 'differ') continue;
    const culprit = await rowCulprit(e, node, row, d.values[row]!);
    const [co, cd] = await both(e, culprit);
    const argValues = await Promise.all(culprit.args.map((a) => both(e, a)));
    const c: Culprit = {
      node: culprit,
      id: e.ids[row]!,
      ours: co.values[row]!,
      duck: cd.values[row]!,
      argsOurs: argValues.map(([x]) => x.values[row] ?? planNorm(x)),
      argsDuck: argValues.map(([, y]) => y.values[row] ?? planNorm(y)),
      rootDuck: d.values[row]!,
      plan: false,
    };
    const args = `(${c.argsOurs.map(showNorm).join(', ')})${c.argsOurs.every((a, i) => compare(a, c.argsDuck[i]!) === 'exact') ? '' : ` vs (${c.argsDuck.map(showNorm).join(', ')})`}`;
    findings.push({ expr, id: e.ids[row]!, culprit: sql(culprit, 'ours'), op: culprit.op, ours: showNorm(c.ours), duck: showNorm(c.duck), args, rule: await classify(e, c) });
  }
  return { rows: e.ids.length, close, findings, bothRejected: false };
}

function planNorm(r: Result): Norm {
  return r.planError !== undefined ? { k: 'error', msg: r.planError } : { k: 'null' };
}
