/**
 * The cases of the subquery differential (subqueries.spec.ts): an outer input x0 filtered by one
 * or two IN / NOT IN / EXISTS / NOT EXISTS subqueries over the other inputs (x1, x2), with NULL
 * keys, changelog inputs (joins-model.ts's inputs), single values and row values `(a, b)`,
 * correlated equalities (qualified or not), correlated comparisons, conditions on the outer row
 * alone, and subqueries with DISTINCT or GROUP BY. fast-check draws choices; `resolve` turns
 * them into a valid query, so every shrunk case is a query too.
 *
 * DuckDB runs the same SQL except for row values `(a, b) [NOT] IN (...)`: DuckDB runs no
 * correlated row-value IN, and makes `(a, b) NOT IN` unknown whenever a subquery row holds a NULL,
 * where SQL (and PostgreSQL) make it FALSE when another pair of the row differs. DuckDB gets
 * their meaning spelled out: `EXISTS (... WHERE a = c AND b = d)` for IN, and for NOT IN no
 * subquery row whose pairs are all equal or unknown, `NOT EXISTS (... WHERE (a = c) IS NOT FALSE
 * AND (b = d) IS NOT FALSE)`.
 */
import fc from 'fast-check';
import { fromItem, inputArb, type InputSpec, type KeyType, type Target } from './joins-model.js';

type Col = 'k' | 'j' | 'v';
const OPS = ['<', '>', '<=', '<>', '='] as const;

interface CorrelationChoice {
  /** `x1.c = x0.c`, `c = x0.c` (the subquery's own c), `x1.v op x0.v`, or `x0.v op n` (outer only). */
  readonly kind: 'eq' | 'eq-unqualified' | 'cmp' | 'outer';
  readonly col: Col;
  readonly op: (typeof OPS)[number];
  readonly c: number;
}

interface ConditionChoice {
  readonly kind: 'IN' | 'NOT IN' | 'EXISTS' | 'NOT EXISTS';
  /** Spell the negation `NOT (x IN ...)` / `NOT (EXISTS ...)`. */
  readonly notOutside: boolean;
  /** The subquery's input: 1 + this modulo the other inputs. */
  readonly input: number;
  /** IN: which pair of columns (or pairs, for a row value) it compares. */
  readonly pair: number;
  readonly row: boolean;
  readonly shape: 'plain' | 'distinct' | 'grouped';
  readonly correlation: readonly CorrelationChoice[];
  readonly local: { readonly kind: 'cmp' | 'not-null' | 'null'; readonly op: (typeof OPS)[number]; readonly c: number } | null;
}

/** The raw choices of a case. */
export interface SubqueryChoices {
  readonly keyType: KeyType;
  readonly inputs: readonly InputSpec[];
  readonly conditions: readonly ConditionChoice[];
  readonly outer: { readonly op: (typeof OPS)[number]; readonly c: number } | null;
  readonly flushEach: boolean;
  readonly checkpointAt: number | null;
}

const correlationArb: fc.Arbitrary<CorrelationChoice> = fc.record({
  kind: fc.constantFrom('eq', 'eq', 'eq', 'eq-unqualified', 'cmp', 'cmp', 'outer'),
  col: fc.constantFrom<Col>('k', 'k', 'j', 'v'), op: fc.constantFrom(...OPS), c: fc.integer({ min: 0, max: 4 }),
});
const conditionArb: fc.Arbitrary<ConditionChoice> = fc.record({
  kind: fc.constantFrom('IN', 'NOT IN', 'NOT IN', 'EXISTS', 'NOT EXISTS'),
  notOutside: fc.oneof({ weight: 4, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) }),
  input: fc.nat(1),
  pair: fc.nat(3),
  row: fc.oneof({ weight: 3, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) }),
  shape: fc.constantFrom('plain', 'plain', 'distinct', 'grouped'),
  correlation: fc.oneof({ weight: 2, arbitrary: fc.constant([]) }, { weight: 3, arbitrary: fc.array(correlationArb, { minLength: 1, maxLength: 2 }) }),
  local: fc.oneof({ weight: 2, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: fc.record({ kind: fc.constantFrom('cmp', 'cmp', 'not-null', 'null'), op: fc.constantFrom(...OPS), c: fc.integer({ min: 0, max: 4 }) }) }),
});

/** A whole case: 2-3 inputs (x0 is the outer one) and one or two subquery conditions. */
export const subqueryChoicesArb: fc.Arbitrary<SubqueryChoices> = fc.integer({ min: 2, max: 3 }).chain((n) => fc.record({
  keyType: fc.constantFrom<KeyType>('INTEGER', 'INTEGER', 'DOUBLE', 'VARCHAR'),
  inputs: fc.array(inputArb, { minLength: n, maxLength: n }),
  conditions: fc.array(conditionArb, { minLength: 1, maxLength: 2 }),
  outer: fc.oneof({ weight: 3, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: fc.record({ op: fc.constantFrom(...OPS), c: fc.integer({ min: 0, max: 4 }) }) }),
  flushEach: fc.boolean(),
  checkpointAt: fc.option(fc.nat(30), { freq: 3 }),
}));

/** A resolved subquery condition: its parts, so each target can spell it. */
interface Condition {
  readonly kind: ConditionChoice['kind'];
  readonly notOutside: boolean;
  readonly input: number;
  /** IN: outer expressions and the subquery's columns, pairwise. */
  readonly outer: readonly string[];
  readonly values: readonly string[];
  readonly shape: ConditionChoice['shape'];
  /** The subquery's WHERE conjuncts (correlated ones included). */
  readonly where: readonly string[];
}

/** A resolved case. */
export interface SubqueryCase {
  readonly keyType: KeyType;
  readonly inputs: readonly InputSpec[];
  readonly conditions: readonly Condition[];
  readonly where: readonly string[];
  readonly select: readonly string[];
  readonly flushEach: boolean;
  readonly checkpointAt: number | null;
}

// Pairs of (outer, subquery) columns IN compares; a VARCHAR k only meets k.
const PAIRS: readonly (readonly [Col, Col])[] = [['k', 'k'], ['j', 'j'], ['v', 'j'], ['k', 'j']];
const ROW_PAIRS: readonly (readonly (readonly [Col, Col])[])[] = [[['k', 'k'], ['j', 'j']], [['j', 'j'], ['v', 'v']]];

/** Turns raw choices into a valid query. */
export function resolveSubqueries(ch: SubqueryChoices): SubqueryCase {
  const others = ch.inputs.length - 1;
  const conditions = ch.conditions.map((c): Condition => {
    const input = 1 + (c.input % others);
    const x = `x${input}`;
    let pairs: readonly (readonly [Col, Col])[] = c.row ? ROW_PAIRS[c.pair % ROW_PAIRS.length]! : [PAIRS[c.pair % PAIRS.length]!];
    if (ch.keyType === 'VARCHAR') pairs = pairs.map(([a, b]) => (a === 'k' || b === 'k' ? ['k', 'k'] as const : [a, b] as const));
    const where: string[] = [];
    for (const k of c.correlation) {
      // A VARCHAR k only compares with k, so the other columns stay integers.
      if (k.kind === 'eq') where.push(`${x}.${k.col} = x0.${k.col}`);
      else if (k.kind === 'eq-unqualified') where.push(`${k.col} = x0.${k.col}`);
      else if (k.kind === 'cmp') where.push(`${x}.v ${k.op} x0.v`);
      else where.push(`x0.v ${k.op} ${k.c}`);
    }
    if (c.local !== null) {
      if (c.local.kind === 'cmp') where.push(`${x}.v ${c.local.op} ${c.local.c}`);
      else where.push(`${x}.${c.local.kind === 'null' ? 'j' : 'k'} IS ${c.local.kind === 'null' ? '' : 'NOT '}NULL`);
    }
    const isIn = c.kind === 'IN' || c.kind === 'NOT IN';
    // A correlated subquery is a plain SELECT: GROUP BY only without correlation.
    const shape = c.correlation.length > 0 && c.shape === 'grouped' ? 'plain' : c.shape;
    return {
      kind: c.kind, notOutside: c.notOutside, input,
      outer: isIn ? pairs.map(([a]) => `x0.${a}`) : [], values: isIn ? pairs.map(([, b]) => `${x}.${b}`) : [`${x}.j`],
      shape, where,
    };
  });
  const where = ch.outer === null ? [] : [`x0.v ${ch.outer.op} ${ch.outer.c}`];
  const select = (['id', 'k', 'j', 'v'] as const).map((col) => `x0.${col} AS x0_${col}`);
  return { keyType: ch.keyType, inputs: ch.inputs, conditions, where, select, flushEach: ch.flushEach, checkpointAt: ch.checkpointAt };
}

/** The subquery of a condition (its select list, FROM and WHERE). */
function subquerySql(c: SubqueryCase, s: Condition, target: Target): string {
  const list = s.values.join(', ');
  const from = fromItem(c, s.input, target);
  const where = s.where.length > 0 ? ` WHERE ${s.where.join(' AND ')}` : '';
  if (s.shape === 'grouped') return `SELECT ${list} FROM ${from}${where} GROUP BY ${list}`;
  const items = s.kind === 'EXISTS' || s.kind === 'NOT EXISTS' ? (s.shape === 'distinct' ? list : '1') : list;
  return `SELECT ${s.shape === 'distinct' ? 'DISTINCT ' : ''}${items} FROM ${from}${where}`;
}

/** A condition's SQL; for DuckDB a row value's IN spelled out (see the file comment). */
function conditionSql(c: SubqueryCase, s: Condition, target: Target): string {
  const sub = subquerySql(c, s, target);
  const negated = s.kind === 'NOT IN' || s.kind === 'NOT EXISTS';
  if (target === 'duck' && s.outer.length > 1) {
    // DuckDB runs neither correlated row-value IN nor the standard's NOT IN: EXISTS says both.
    const test = (o: string, v: string) => (negated ? `(${o} = ${v}) IS NOT FALSE` : `${o} = ${v}`);
    const names = s.values.map((_, k) => `c${k}`);
    const where = s.where.length > 0 ? ` WHERE ${s.where.join(' AND ')}` : '';
    const body = s.shape === 'grouped'
      ? `SELECT 1 FROM (SELECT ${s.values.map((v, k) => `${v} AS ${names[k]}`).join(', ')} FROM ${fromItem(c, s.input, target)}${where} GROUP BY ${s.values.join(', ')}) g WHERE ${s.outer.map((o, k) => test(o, `g.${names[k]}`)).join(' AND ')}`
      : `SELECT 1 FROM ${fromItem(c, s.input, target)} WHERE ${[...s.where, ...s.outer.map((o, k) => test(o, s.values[k]!))].join(' AND ')}`;
    return `${negated ? 'NOT ' : ''}EXISTS (${body})`;
  }
  const positive = s.kind === 'EXISTS' || s.kind === 'NOT EXISTS' ? `EXISTS (${sub})` : `${s.outer.length > 1 ? `(${s.outer.join(', ')})` : s.outer[0]} IN (${sub})`;
  if (!negated) return positive;
  if (s.notOutside) return `NOT (${positive})`;
  return s.kind === 'NOT EXISTS' ? `NOT ${positive}` : positive.replace(/ IN \(/, ' NOT IN (');
}

/** The query's SQL for a target. */
export function subqueryCaseSql(c: SubqueryCase, target: Target): string {
  const where = [...c.where, ...c.conditions.map((s) => conditionSql(c, s, target))];
  return `SELECT ${c.select.join(', ')} FROM ${fromItem(c, 0, target)} WHERE ${where.join(' AND ')}`;
}
