/**
 * What a documented difference is checked against: the culprit operator a difference was
 * narrowed to, with its arguments' values on both engines, and helpers the rules share.
 */
import type { Engines, Norm } from './engines.js';
import type { Node } from './expr.js';

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

