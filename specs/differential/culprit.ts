/**
 * What a documented difference is checked against: the culprit operator a difference was
 * narrowed to, with its arguments' values on both engines, and helpers the rules share.
 */
import type { Engines, Norm } from './engines.js';
import { call, lit, type Node } from './expr.js';
import { scaleOf } from './models.js';

/** The operator a difference was narrowed to, with its arguments' values on both engines. */
export interface Culprit {
  readonly node: Node;
  /** The row (absent for plan errors). */
  readonly id?: number;
  readonly ours: Norm;
  readonly duck: Norm;
  readonly argsOurs: readonly Norm[];
  readonly argsDuck: readonly Norm[];
  /** DuckDB's value of the whole expression on this row. */
  readonly rootDuck?: Norm;
  /** True when one engine refused to plan the culprit. */
  readonly plan: boolean;
}

/** A documented difference. */
export interface Difference {
  readonly id: string;
  /** Whether the rule explains the culprit exactly. */
  explains(c: Culprit, e: Engines): Promise<boolean> | boolean;
}

/** The double value of a number, else undefined. */
export const num = (v: Norm | undefined): number | undefined => (v?.k === 'num' ? v.approx : undefined);

/** Whether the culprit's arguments have exactly the same values on both engines. */
export const argsAgree = (c: Culprit): boolean => c.argsOurs.every((a, i) => JSON.stringify(a) === JSON.stringify(c.argsDuck[i]));


/** A literal node holding value `v` of an argument like `arg` (a decimal gets the narrowest DECIMAL type that holds it). */
export function literalOf(v: Norm, arg: Node): Node | undefined {
  if (arg.op === 'lit') return undefined;
  if (v.k === 'null') return lit(null, arg.ty);
  switch (arg.ty) {
    case 'interval': {
      if (v.k !== 'interval') return undefined;
      const text = `INTERVAL '${v.months} months ${v.days} days ${v.micros} microseconds'`;
      return call('lit', 'interval', [], () => text);
    }
    case 'decimal': {
      if (v.k !== 'num' || v.exact === undefined) return undefined;
      const digits = v.exact.replace(/[-.]/g, '').replace(/^0+/, '').length;
      return lit(v.exact, 'decimal', `DECIMAL(${Math.min(38, Math.max(digits, scaleOf(v) + 1))},${scaleOf(v)})`);
    }
    case 'int': return v.k === 'num' ? lit(Number(v.exact), 'int') : undefined;
    case 'bigint': return v.k === 'num' && v.exact !== undefined ? lit(BigInt(v.exact), 'bigint') : undefined;
    case 'double': return v.k === 'num' ? lit(v.approx, 'double') : undefined;
    case 'text': return v.k === 'text' ? lit(v.v, 'text') : undefined;
    case 'bool': return v.k === 'bool' ? lit(v.v, 'bool') : undefined;
    case 'date': return v.k === 'date' ? lit(new Date(v.days * 86_400_000).toISOString().slice(0, 10), 'date') : undefined;
    case 'timestamp': return v.k === 'ts' && v.micros % 1000 === 0 ? lit(new Date(v.micros / 1000).toISOString().replace('T', ' ').slice(0, 23), 'timestamp') : undefined;
  }
  return undefined;
}

/**
 * LaminarDB's row error for the culprit on its row with ON ERROR 'fail', evaluated on its
 * arguments' values: an argument's own row error (that the culprit absorbed as NULL) does not hide it.
 */
export async function failureAlone(c: Culprit, e: Engines): Promise<string | undefined> {
  if (c.id === undefined) return undefined;
  const alone = { ...c.node, args: c.node.args.map((a, i) => literalOf(c.argsOurs[i]!, a) ?? a) };
  return (await e.oursFailure(alone, c.id)) ?? (await e.oursFailure(c.node, c.id));
}
