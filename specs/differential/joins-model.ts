/**
 * The cases of the join differential (joins.spec.ts): 2-4 inputs of (id, k, j, v) rows whose
 * keys come from a small domain with NULLs, some of them changelogs (an unwindowed GROUP BY
 * over a source, which retracts and re-inserts its rows as the source's rows arrive), joined by
 * a random chain of INNER, LEFT, RIGHT, FULL, SEMI and ANTI joins (or USING, or a comma list
 * with WHERE) with random extra conditions. fast-check draws plain choices; `resolve` turns them
 * into a query, so shrinking works on the choices and every shrunk case is still a valid query.
 */
import fc from 'fast-check';

/**
 * The type of every input's key column `k` (the other columns are INTEGER). Its three values
 * (`k` holds an index into them) probe what equality means: DOUBLE has 0 and -0 (equal: rows of
 * even id hold 0, odd -0) and NaN (equal to itself in both engines), VARCHAR the empty string and
 * a non-ASCII one.
 */
export type KeyType = 'INTEGER' | 'DOUBLE' | 'VARCHAR';
const KEY_VALUES: Record<KeyType, readonly (number | string)[]> = { INTEGER: [0, 1, 2], DOUBLE: [0, Number.NaN, 2.5], VARCHAR: ['a', '', 'ß'] };

/** The value of key index `k` of a row with id `id`. */
export function keyValue(type: KeyType, k: number | null, id: number): number | string | null {
  if (k === null) return null;
  const v = KEY_VALUES[type][k]!;
  return v === 0 && id % 2 === 1 ? -0 : v;
}

/** SQL text of a key value, the same in both dialects. */
export function keySql(v: number | string | null): string {
  if (v === null) return 'NULL';
  if (typeof v === 'string') return `'${v}'`;
  return Number.isNaN(v) || Object.is(v, -0) ? `CAST('${Object.is(v, -0) ? '-0.0' : 'NaN'}' AS DOUBLE)` : String(v);
}

/** Watermark delay of every source: each row's time is at most this far behind its source's latest. */
export const DELAY_MS = 150;

/** One row pushed into a source, and when: rows are inserted in order of `at` across inputs. */
export interface RawRow {
  readonly id: number;
  /** An index into the key type's values, or NULL. */
  readonly k: number | null;
  readonly j: number | null;
  readonly v: number | null;
  readonly at: number;
  /** How far the row's event time lags its insertion step (never beyond the watermark delay). */
  readonly back: number;
}

/** A row's event time (epoch ms): inserted in order of `at`, it is never behind its source's watermark. */
export const tsOf = (r: RawRow) => 1000 + r.at * 100 - r.back;

/**
 * How an input reads its source: the rows themselves (append-only), or a changelog with the same
 * columns: `group` aggregates per (k, j), `upsert` per id (so a row's key, a BIGINT `sum(k) % 3`,
 * moves between join buckets as its source rows arrive), and `upsert-having` drops an id again once it has three rows.
 */
export type InputKind = 'source' | 'group' | 'upsert' | 'upsert-having';

export interface InputSpec {
  readonly kind: InputKind;
  /** A changelog input as a `CREATE STREAM` read by name, or inline as a derived table. */
  readonly named: boolean;
  readonly rows: readonly RawRow[];
}

export type JoinType = 'INNER' | 'LEFT' | 'RIGHT' | 'FULL' | 'SEMI' | 'ANTI' | 'RIGHT SEMI' | 'RIGHT ANTI';
const JOIN_TYPES: readonly JoinType[] = ['INNER', 'LEFT', 'RIGHT', 'FULL', 'SEMI', 'ANTI', 'RIGHT SEMI', 'RIGHT ANTI'];
type Col = 'id' | 'k' | 'j' | 'v';
const KEY_COLS: readonly Col[] = ['k', 'k', 'k', 'j'];
const OPS = ['<', '>', '<=', '<>', '='] as const;

/** A condition's raw choices; `a` and `b` pick visible inputs (modulo their count). */
interface CondChoice {
  readonly kind: 'eq' | 'null-safe-eq' | 'cmp' | 'const-new' | 'const-old' | 'null-new' | 'null-old' | 'time';
  readonly a: number;
  readonly op: (typeof OPS)[number];
  readonly col: Col;
  readonly c: number;
}

interface StepChoice {
  readonly type: JoinType;
  /** No equality key at all (a nested-loop join on the residual) when false. */
  readonly keyed: boolean;
  readonly key: { readonly pick: number; readonly left: Col; readonly right: Col };
  readonly extras: readonly CondChoice[];
  /** Only for the first join: 0 = ON, 1 = USING (k), 2 = USING (k, j). */
  readonly using: number;
}

/** The raw choices of a case. */
export interface Choices {
  readonly keyType: KeyType;
  readonly inputs: readonly InputSpec[];
  readonly comma: boolean;
  /** Sort keys giving the order the inputs are joined in. */
  readonly order: readonly number[];
  readonly steps: readonly StepChoice[];
  readonly where: CondChoice | null;
  /** Flush after every insert (each batch is processed before the next arrives) or never. */
  readonly flushEach: boolean;
  /** Take a CHECKPOINT before the insert at this index (modulo the inserts), if any: barriers align in every join. */
  readonly checkpointAt: number | null;
}

/** Rows per input at most (LAMINARDB_JOIN_ROWS explores larger states). */
const MAX_ROWS = Number(process.env.LAMINARDB_JOIN_ROWS ?? 16);
const KEY = fc.option(fc.integer({ min: 0, max: 2 }), { freq: 4 });
const rowArb = (idMax: number) => fc.record({ id: fc.integer({ min: 0, max: idMax }), k: KEY, j: fc.option(fc.integer({ min: 0, max: 1 }), { freq: 4 }), v: fc.option(fc.integer({ min: 0, max: 4 }), { freq: 5 }), at: fc.integer({ min: 0, max: 12 }), back: fc.integer({ min: 0, max: DELAY_MS }) });
// Mostly several rows, so joins find matches; sometimes none (outer joins of an empty input).
const rowsArb: fc.Arbitrary<RawRow[]> = fc.oneof({ weight: 1, arbitrary: fc.constant<RawRow[]>([]) }, { weight: 20, arbitrary: fc.array(rowArb(4), { minLength: 2, maxLength: MAX_ROWS, size: 'max' }) });
/** One input: its kind, whether a changelog is a named stream, and its rows. */
export const inputArb: fc.Arbitrary<InputSpec> = fc.record({
  kind: fc.constantFrom<InputKind>('source', 'source', 'group', 'upsert', 'upsert-having'),
  named: fc.boolean(),
  rows: rowsArb,
}).map((i) => ({ ...i, named: i.kind !== 'source' && i.named, rows: i.kind === 'source' || i.kind === 'group' ? i.rows.map((r, n) => ({ ...r, id: n })) : i.rows }));
const condArb: fc.Arbitrary<CondChoice> = fc.record({
  kind: fc.constantFrom('eq', 'null-safe-eq', 'cmp', 'cmp', 'const-new', 'const-old', 'null-new', 'null-old', 'time', 'time'),
  a: fc.nat(3), op: fc.constantFrom(...OPS), col: fc.constantFrom<Col>('k', 'j', 'v', 'v', 'id'), c: fc.integer({ min: 0, max: 3 }),
});
const stepArb: fc.Arbitrary<StepChoice> = fc.record({
  type: fc.constantFrom(...JOIN_TYPES, 'INNER', 'LEFT', 'FULL'),
  keyed: fc.oneof({ weight: 9, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) }),
  key: fc.record({ pick: fc.nat(3), left: fc.constantFrom(...KEY_COLS), right: fc.constantFrom(...KEY_COLS) }),
  extras: fc.oneof({ weight: 3, arbitrary: fc.constant([]) }, { weight: 2, arbitrary: fc.array(condArb, { minLength: 1, maxLength: 2 }) }),
  using: fc.oneof({ weight: 5, arbitrary: fc.constant(0) }, { weight: 1, arbitrary: fc.constantFrom(1, 2) }),
});

/** A whole case: 2-4 inputs and one choice per join. */
export const choicesArb: fc.Arbitrary<Choices> = fc.integer({ min: 2, max: 4 }).chain((n) => fc.record({
  keyType: fc.constantFrom<KeyType>('INTEGER', 'INTEGER', 'INTEGER', 'DOUBLE', 'VARCHAR'),
  inputs: fc.array(inputArb, { minLength: n, maxLength: n }),
  comma: fc.oneof({ weight: 5, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) }),
  order: fc.array(fc.nat(9), { minLength: n, maxLength: n }),
  steps: fc.array(stepArb, { minLength: n - 1, maxLength: n - 1 }),
  where: fc.oneof({ weight: 2, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: condArb }),
  flushEach: fc.boolean(),
  checkpointAt: fc.option(fc.nat(30), { freq: 3 }),
}));

/** Where a query runs: over sources (streaming), over tables (snapshot), or in DuckDB. */
export type Target = 'stream' | 'table' | 'duck';

/** A resolved join of the chain. */
interface Step {
  readonly type: JoinType | 'COMMA';
  readonly right: number;
  readonly using: readonly Col[];
  readonly on: readonly string[];
}

/** A resolved case: inputs, the join chain, and what each query selects. */
export interface JoinCase {
  readonly keyType: KeyType;
  readonly inputs: readonly InputSpec[];
  readonly first: number;
  readonly steps: readonly Step[];
  readonly where: readonly string[];
  readonly select: readonly string[];
  readonly flushEach: boolean;
  readonly checkpointAt: number | null;
}

const alias = (i: number) => `x${i}`;
const ref = (i: number, c: Col) => `${alias(i)}.${c}`;

/** Turns raw choices into a valid query: every condition names inputs in scope at its join. */
export function resolve(ch: Choices): JoinCase {
  const n = ch.inputs.length;
  const order = [...Array(n).keys()].sort((a, b) => ch.order[a]! - ch.order[b]! || a - b);
  let visible = [order[0]!];
  const steps: Step[] = [];
  const where: string[] = [];
  const constant = (c: CondChoice) => (c.col === 'k' ? keySql(KEY_VALUES[ch.keyType][c.c % 3]!) : String(c.c));
  const cond = (c: CondChoice, scope: readonly number[], right: number): string => {
    const a = scope[c.a % scope.length]!;
    switch (c.kind) {
      case 'eq': return `${ref(right, c.col === 'id' ? 'j' : c.col)} = ${ref(a, c.col === 'id' ? 'j' : c.col)}`;
      case 'null-safe-eq': return `${ref(right, c.col)} IS NOT DISTINCT FROM ${ref(a, c.col)}`;
      case 'cmp': return `${ref(a, c.col)} ${c.op} ${ref(right, c.col)}`;
      case 'const-new': return `${ref(right, c.col)} ${c.op} ${constant(c)}`;
      case 'const-old': return `${ref(a, c.col)} ${c.op} ${constant(c)}`;
      case 'null-new': return `${ref(right, c.col)} IS ${c.op === '<' ? '' : 'NOT '}NULL`;
      case 'null-old': return `${ref(a, c.col)} IS ${c.op === '<' ? '' : 'NOT '}NULL`;
      // A time bound: between two sources' watermark columns it makes the join an interval join
      // (state evicted by the watermarks); elsewhere it is an ordinary condition.
      case 'time': return `${alias(right)}.ts BETWEEN ${alias(a)}.ts - INTERVAL '${60 * c.c}' MILLISECOND AND ${alias(a)}.ts + INTERVAL '${60 * (c.a % 3) + 10}' MILLISECOND`;
    }
  };
  let usingAt: Col[] = [];
  for (const [s, choice] of ch.steps.entries()) {
    const right = order[s + 1]!;
    const scope = visible;
    const on: string[] = [];
    const using: Col[] = !ch.comma && s === 0 && choice.using > 0 ? (choice.using === 1 ? ['k'] : ['k', 'j']) : [];
    if (using.length === 0) {
      // A VARCHAR k only equals k; numeric keys of both columns meet (cast to their common type).
      const leftCol = ch.keyType === 'VARCHAR' ? choice.key.right : choice.key.left;
      if (choice.keyed) on.push(`${ref(right, choice.key.right)} = ${ref(scope[choice.key.pick % scope.length]!, leftCol)}`);
      for (const e of choice.extras) on.push(cond(e, scope, right));
    }
    if (ch.comma) {
      where.push(...on);
      steps.push({ type: 'COMMA', right, using, on: [] });
      visible = [...visible, right];
      continue;
    }
    // USING joins need an ON-less spelling and one column of each name per side: the first join only.
    const type = using.length > 0 && (choice.type === 'RIGHT SEMI' || choice.type === 'RIGHT ANTI') ? 'INNER' : choice.type;
    if (on.length === 0 && using.length === 0) on.push(`${ref(scope[0]!, 'v')} <= ${ref(right, 'v')}`);
    steps.push({ type, right, using, on });
    if (using.length > 0) usingAt = using;
    visible = type === 'SEMI' || type === 'ANTI' ? visible : type === 'RIGHT SEMI' || type === 'RIGHT ANTI' ? [right] : [...visible, right];
  }
  // A WHERE condition over the joined rows (over padded rows too: `x1.v IS NULL` after a LEFT join).
  if (ch.where) where.push(cond(ch.where, visible, visible[(ch.where.a + 1) % visible.length]!));
  const select = visible.flatMap((i) => (['id', 'k', 'j', 'v'] as const).map((c) => `${ref(i, c)} AS ${alias(i)}_${c}`));
  // The merged USING columns, unqualified, while no later input brings a column of the same name.
  if (usingAt.length > 0 && n === 2 && visible.length === 2) select.unshift(...usingAt.map((c) => `${c} AS using_${c}`));
  return { keyType: ch.keyType, inputs: ch.inputs, first: order[0]!, steps, where, select, flushEach: ch.flushEach, checkpointAt: ch.checkpointAt };
}

/** The columns of every input's rows; sources have a watermark on `ts`. */
export const columnsSql = (keyType: KeyType, watermark = false) => `(id INTEGER, k ${keyType}, j INTEGER, v INTEGER, ts TIMESTAMP${watermark ? `, WATERMARK FOR ts AS ts - INTERVAL '${DELAY_MS}' MILLISECOND` : ''})`;

/** The aggregate query of a changelog input over relation `from`. */
export function changelogQuery(kind: InputKind, from: string, keyType: KeyType): string {
  // An upsert's key moves up and down as rows arrive: an INTEGER key as `sum(k) % 3` (a BIGINT).
  const k = keyType === 'INTEGER' ? 'sum(k) % 3' : 'max(k)';
  switch (kind) {
    case 'source': return `SELECT id, k, j, v, ts FROM ${from}`;
    case 'group': return `SELECT min(id) AS id, k, j, sum(v) AS v, max(ts) AS ts FROM ${from} GROUP BY k, j`;
    case 'upsert': return `SELECT id, ${k} AS k, min(j) AS j, sum(v) AS v, max(ts) AS ts FROM ${from} GROUP BY id`;
    case 'upsert-having': return `SELECT id, ${k} AS k, min(j) AS j, sum(v) AS v, max(ts) AS ts FROM ${from} GROUP BY id HAVING count(*) < 3`;
  }
}

/** The name of input `i`'s raw rows: a source (streaming), a table (snapshot) or a DuckDB table. */
export const baseName = (i: number, target: Target) => (target === 'table' ? `t${i}` : `s${i}`);
/** The name of a named changelog input (a stream, or a DuckDB view). */
export const streamName = (i: number) => `c${i}`;

/** Input `i` in FROM, aliased `x<i>`: its source or table, or its changelog query. */
export function fromItem(c: Pick<JoinCase, 'inputs' | 'keyType'>, i: number, target: Target): string {
  const input = c.inputs[i]!;
  if (input.kind === 'source') return `${baseName(i, target)} ${alias(i)}`;
  if (input.named && target !== 'table') return `${streamName(i)} ${alias(i)}`;
  return `(${changelogQuery(input.kind, baseName(i, target), c.keyType)}) ${alias(i)}`;
}

/**
 * The query's SQL for a target. DuckDB has no RIGHT SEMI/ANTI: `acc RIGHT SEMI JOIN r ON c` is
 * spelled `r SEMI JOIN (acc) ON c`, which means the same.
 */
export function querySql(c: JoinCase, target: Target): string {
  let from = fromItem(c, c.first, target);
  let joined = false;
  for (const s of c.steps) {
    const right = fromItem(c, s.right, target);
    const cond = s.using.length > 0 ? `USING (${s.using.join(', ')})` : `ON ${s.on.join(' AND ')}`;
    if (s.type === 'COMMA') from = `${from}, ${right}`;
    else if (target === 'duck' && (s.type === 'RIGHT SEMI' || s.type === 'RIGHT ANTI')) from = `${right} ${s.type.slice(6)} JOIN ${joined ? `(${from})` : from} ${cond}`;
    else from = `${from} ${s.type} JOIN ${right} ${cond}`;
    joined = true;
  }
  return `SELECT ${c.select.join(', ')} FROM ${from}${c.where.length > 0 ? ` WHERE ${c.where.join(' AND ')}` : ''}`;
}

/** The insert calls of the streaming run, in order: rows of one input with the same `at` go together. */
export function schedule(c: Pick<JoinCase, 'inputs'>): { input: number; rows: RawRow[] }[] {
  const all = c.inputs.flatMap((input, i) => input.rows.map((row, n) => ({ i, n, row })));
  all.sort((a, b) => a.row.at - b.row.at || a.i - b.i || a.n - b.n);
  const out: { input: number; rows: RawRow[] }[] = [];
  for (const { i, row } of all) {
    const last = out[out.length - 1];
    if (last !== undefined && last.input === i && last.rows[0]!.at === row.at) last.rows.push(row);
    else out.push({ input: i, rows: [row] });
  }
  return out;
}

/** The index of the insert a CHECKPOINT precedes, or -1. */
export function checkpointIndex(c: Pick<JoinCase, 'inputs' | 'checkpointAt'>): number {
  const n = schedule(c).length;
  return c.checkpointAt === null || n === 0 ? -1 : c.checkpointAt % n;
}

/** The case as text for a failure report: each input's definition and rows, then the query. */
export function describe(c: Pick<JoinCase, 'inputs' | 'keyType' | 'flushEach' | 'checkpointAt'>, query: string): string {
  const show = (v: number | null) => (v === null ? 'NULL' : String(v));
  const lines = c.inputs.map((input, i) => {
    const def = input.kind === 'source' ? `source s${i}` : `${input.named ? `stream c${i}` : 'inline'} ${changelogQuery(input.kind, `s${i}`, c.keyType)}`;
    return `  x${i}: ${def}\n    rows (id, k, j, v, ts @at): ${input.rows.map((r) => `(${r.id}, ${keySql(keyValue(c.keyType, r.k, r.id))}, ${show(r.j)}, ${show(r.v)}, ${tsOf(r)} @${r.at})`).join(' ') || 'none'}`;
  });
  const inserts = schedule(c).map((b, n) => `${n === checkpointIndex(c) ? 'CHECKPOINT ' : ''}s${b.input}x${b.rows.length}`);
  return `  columns ${columnsSql(c.keyType)}\n${lines.join('\n')}\n  inserts: ${inserts.join(' ')}${c.flushEach ? ', flushed after each' : ''}\n  query: ${query}`;
}
