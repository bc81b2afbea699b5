/**
 * The documented differences between LaminarDB and DuckDB (docs/differential.md), as checks. A
 * value difference is accepted only when a rule explains its culprit exactly: each rule
 * recomputes what both engines should give under their documented semantics and requires that
 * each engine gives exactly that. This file holds the rules on errors, evaluation order and
 * numbers; text-time-rules.ts those on text, dates and times. Spelling differences (the DuckDB
 * side of the generated SQL is rewritten) are asserted by the directed checks in translations.ts.
 */
import { argsAgree, literalOf, num, type Culprit, type Difference } from './culprit.js';
import { compare, type Engines, type Norm } from './engines.js';
import { isInteger, lit, type Node } from './expr.js';
import { evaluatedArgs } from './lazy.js';
import { cmpDouble, cmpExact, exactArithmetic, relationOp, roundDecimal, same, scaleOf } from './models.js';
import { TEXT_AND_TIME } from './text-time-rules.js';

/** DuckDB's runtime error classes and the LaminarDB row-error kinds that correspond to them. */
const ERROR_KINDS: readonly (readonly [RegExp, RegExp])[] = [
  [/^Out of Range Error: Overflow|out of range for the destination type|^Conversion Error: Type \w+ with value .* can't be cast|^Out of Range Error: .*out of range|^Conversion Error: .*out of range/i, /expression error: (overflow|cast)/],
  [/^Conversion Error: Could not convert string|^Conversion Error: (invalid|timestamp|date) /i, /expression error: cast/],
  [/^Out of Range Error: cannot take (square root|logarithm)|^Out of Range Error: .* must be in the range/, /expression error: invalid argument/],
  [/^Conversion Error: Date out of range|^Conversion Error: Epoch .* out of range|^Conversion Error: Could not convert Timestamp/, /expression error: (invalid argument|overflow)/],
  [/^Invalid Input Error: \w+ is undefined outside|^Out of Range Error: input value -?inf is out of range/, /expression error: invalid argument/],
  [/^Conversion Error: (Could not cast value|Failed to cast decimal value)/, /expression error: (cast|overflow)/],
];

/**
 * A culprit that DuckDB aborts on while LaminarDB gives a value: DuckDB's optimizer folded the
 * failing argument away when it was evaluated alone (a comparison with NULL). Explained when a
 * descendant raises the same error in DuckDB on its own and is a row error (NULL) here, which
 * the culprit's NULL handling (CASE, COALESCE, OR...) then absorbed.
 */
async function raisedBelow(c: Culprit, e: Engines): Promise<boolean> {
  const msg = c.duck.k === 'error' ? c.duck.msg : '';
  const kinds = ERROR_KINDS.filter(([duck]) => duck.test(msg)).map(([, ours]) => ours);
  const row = e.ids.indexOf(c.id!);
  const visit = async (n: Node): Promise<boolean> => {
    for (const a of await evaluatedArgs(e, n, row)) {
      const [o, d] = await Promise.all([e.evalOurs(a), e.evalDuck(a)]);
      const dv = d.values[row];
      if (dv?.k === 'error' && dv.msg === msg && o.values[row]?.k === 'null') {
        const failure = await e.oursFailure(a, c.id!);
        if (failure !== undefined && kinds.some((k) => k.test(failure))) return true;
      }
      if (await visit(a)) return true;
    }
    return false;
  };
  return kinds.length > 0 && visit(c.node);
}

/**
 * `f(x) IS [NOT] NULL` for a function f that is NULL exactly when an argument is: DuckDB tests
 * the arguments instead and never evaluates f (so f's error for the row does not happen); here
 * f's row error is NULL, so the test sees NULL.
 */
async function nullTestRewrite(c: Culprit, e: Engines): Promise<boolean> {
  const arg = c.node.args[0]!;
  if (c.id === undefined || c.argsDuck[0]?.k !== 'error' || c.argsOurs[0]?.k !== 'null' || c.duck.k !== 'bool' || c.ours.k !== 'bool') return false;
  if (!['abs', 'neg', 'add', 'sub', 'mul', 'cast'].includes(arg.op) || !/expression error/.test((await e.oursFailure(arg, c.id)) ?? '')) return false;
  const row = e.ids.indexOf(c.id);
  const anyNull = (await Promise.all(arg.args.map(async (a) => (await e.evalOurs(a)).values[row]))).some((v) => v?.k === 'null');
  const isNull = c.node.op === 'is_null';
  return c.ours.v === isNull && c.duck.v === (isNull ? anyNull : !anyNull);
}

/** The rules on errors, evaluation and numbers, most specific first. */
const CORE: readonly Difference[] = [
  {
    // DuckDB aborts the statement; LaminarDB gives NULL and counts a row error (ON ERROR 'fail' raises).
    id: 'row-error',
    async explains(c, e) {
      if (c.plan || c.duck.k !== 'error' || c.id === undefined || c.rootDuck?.k !== 'error') return false;
      if (c.ours.k !== 'null') return raisedBelow(c, e);
      const msg = c.duck.msg;
      const kinds = ERROR_KINDS.filter(([duck]) => duck.test(msg)).map(([, ours]) => ours);
      if (kinds.length === 0) return false;
      // With ON ERROR 'fail' the first row error of the row is reported, maybe an argument's (that
      // DuckDB turned into NULL): then the culprit is tried again on its arguments' values alone.
      const failure = await e.oursFailure(c.node, c.id);
      if (failure !== undefined && kinds.some((k) => k.test(failure))) return true;
      const alone = { ...c.node, args: c.node.args.map((a, i) => literalOf(c.argsOurs[i]!, a) ?? a) };
      const again = await e.oursFailure(alone, c.id);
      return again !== undefined && kinds.some((k) => k.test(again));
    },
  },
  {
    // DOUBLE x / 0 and x % 0: IEEE results in DuckDB (±Infinity, NaN), a division_by_zero row error here.
    id: 'float-division-by-zero',
    async explains(c, e) {
      if ((c.node.op !== 'div' && c.node.op !== 'mod') || c.node.ty !== 'double' || num(c.argsOurs[1]) !== 0 || c.ours.k !== 'null' || c.id === undefined) return false;
      if (c.duck.k !== 'num' && c.duck.k !== 'null') return false;
      return /expression error: division by zero/.test((await e.oursFailure(c.node, c.id)) ?? '');
    },
  },
  {
    // A double argument that differs in its last bits (libm vs V8) may change a result beyond the
    // tolerance (a cast to text, a comparison, a rounding): DuckDB given LaminarDB's argument values gives LaminarDB's result.
    id: 'float-ulp',
    async explains(c, e) {
      if (c.plan || c.id === undefined) return false;
      const verdicts = c.argsOurs.map((a, i) => compare(a, c.argsDuck[i]!));
      if (!verdicts.includes('close') || verdicts.includes('differ')) return false;
      const args = c.node.args.map((a, i) => (verdicts[i] === 'close' && c.argsOurs[i]!.k === 'num' ? lit(c.argsOurs[i]!.k === 'num' ? (c.argsOurs[i] as { approx: number }).approx : 0, 'double') : a));
      return compare(await e.duckAt({ ...c.node, args }, c.id), c.ours) !== 'differ';
    },
  },
  {
    // DuckDB adds and multiplies DECIMAL(18) and narrower values in 64 bits (narrowing operands by
    // their statistics) and raises when that overflows although the result type is wider; here
    // the exact result is kept.
    id: 'decimal-intermediate-overflow',
    explains(c) {
      if (!['add', 'sub', 'mul'].includes(c.node.op) || c.node.ty !== 'decimal' || c.duck.k !== 'error') return false;
      if (!/^Out of Range Error: Overflow in (addition|subtract|multiplication) of DECIMAL\(18\)|^Conversion Error: Casting value "[-\d.]+" to type DECIMAL\(18,\d+\) failed: value is out of range/.test(c.duck.msg)) return false;
      if (c.argsOurs.some((a) => a.k === 'null')) return c.ours.k === 'null';
      return c.ours.k === 'num' && c.ours.exact === exactArithmetic(c.node.op, c.argsOurs[0], c.argsOurs[1]);
    },
  },
  {
    // round(x, d) of ±Infinity or NaN with d < 0: DuckDB gives 0; here x is returned unchanged (as round(x) does in both).
    id: 'round-non-finite',
    explains(c) {
      const [x, d] = [num(c.argsOurs[0]), num(c.argsOurs[1])];
      if (c.node.op !== 'round' || c.node.ty !== 'double' || x === undefined || Number.isFinite(x) || d === undefined || d >= 0 || !argsAgree(c)) return false;
      return Object.is(num(c.ours), x) && num(c.duck) === 0;
    },
  },
  {
    // A DuckDB bug: round(integer, d < 0) past the type's range wraps around
    // (round(2147483647, -1) is -2147483646); here it is an overflow row error.
    id: 'duckdb-round-wraps',
    async explains(c, e) {
      if (c.node.op !== 'round' || !isInteger(c.node.ty) || c.ours.k !== 'null' || c.duck.k !== 'num' || c.id === undefined || !argsAgree(c)) return false;
      const [x, d] = [c.argsOurs[0], c.argsOurs[1]];
      if (x?.k !== 'num' || x.exact === undefined || d?.k !== 'num' || d.approx >= 0) return false;
      const p = 10n ** BigInt(-d.approx);
      const v = BigInt(x.exact);
      const r = v / p;
      const rounded = ((v % p) * 2n >= p ? r + 1n : (v % p) * 2n <= -p ? r - 1n : r) * p;
      const bits = c.node.ty === 'int' ? 32 : 64;
      const wrapped = BigInt.asIntN(bits, rounded);
      return wrapped !== rounded && c.duck.exact === wrapped.toString() && /expression error: overflow/.test((await e.oursFailure(c.node, c.id)) ?? '');
    },
  },
  {
    // The common type of decimals (CASE, COALESCE, GREATEST...) past 38 digits: here the scale is
    // kept (DECIMAL(38,s)); DuckDB keeps the integer digits and rounds the scale away.
    id: 'decimal-common-type',
    explains(c) {
      if (!['case', 'case_simple', 'coalesce', 'greatest', 'least', 'nullif'].includes(c.node.op) || c.node.ty !== 'decimal') return false;
      if (c.ours.k !== 'num' || c.duck.k !== 'num' || c.ours.exact === undefined || c.duck.exact === undefined) return false;
      const keep = scaleOf(c.duck);
      return keep < scaleOf(c.ours) && roundDecimal(c.ours.exact, keep) === c.duck.exact;
    },
  },
  {
    // x BETWEEN lo AND hi is x >= lo AND x <= hi here (the standard's definition: each comparison
    // in its own common type); DuckDB compares all three in one type (DOUBLE when one is DOUBLE).
    id: 'between-common-type',
    explains(c) {
      if ((c.node.op !== 'between' && c.node.op !== 'not_between') || !argsAgree(c) || !c.node.args.some((a) => a.ty === 'double')) return false;
      const [ours, duck] = [relationOp(c.node.op, c.argsOurs, cmpExact), relationOp(c.node.op, c.argsOurs, cmpDouble)];
      return ours !== undefined && duck !== undefined && !same(ours, duck) && same(ours, c.ours) && same(duck, c.duck);
    },
  },
  {
    // A DuckDB bug: its optimizer folds date_trunc(unit, x) = <a constant not on a unit boundary>
    // to FALSE (<> to TRUE), also for rows where x is NULL (the result must be NULL).
    id: 'duckdb-date-trunc-equality',
    explains(c) {
      if ((c.node.op !== 'eq' && c.node.op !== 'neq') || !argsAgree(c) || c.ours.k !== 'null' || c.duck.k !== 'bool' || c.duck.v !== (c.node.op === 'neq')) return false;
      return c.node.args.some((a, i) => a.op === 'date_trunc' && c.argsOurs[i]!.k === 'null') && c.node.args.some((a, i) => a.op !== 'col' && c.argsOurs[i]!.k !== 'null');
    },
  },
  {
    // DuckDB's optimizer reassociates integer + and * over constants (a + (x + b) as (a + b) + x) and
    // raises an overflow of two constants that the expression as written never adds.
    id: 'duckdb-constant-reassociation',
    explains(c) {
      if (!['add', 'sub', 'mul'].includes(c.node.op) || !isInteger(c.node.ty) || c.duck.k !== 'error' || !argsAgree(c)) return false;
      const m = /^Out of Range Error: Overflow in (?:addition|subtraction|multiplication) of INT(?:32|64) \((-?\d+) [-+*] (-?\d+)\)/.exec(c.duck.msg);
      if (m === null) return false;
      const constants = new Set<string>();
      const collect = (n: Node): void => {
        if (n.op === 'lit' && n.value !== null) constants.add(String(n.value));
        n.args.forEach(collect);
      };
      c.node.args.forEach(collect);
      if (!constants.has(m[1]!) || !constants.has(m[2]!)) return false;
      if (c.argsOurs.some((a) => a.k === 'null')) return c.ours.k === 'null';
      return c.ours.k === 'num' && c.ours.exact === exactArithmetic(c.node.op, c.argsOurs[0], c.argsOurs[1]);
    },
  },
  {
    // DuckDB's optimizer rewrites arithmetic algebraically (x * 0 as 0, x + c >= k as x >= k - c),
    // so an argument that overflows when evaluated as written does not raise in context. Here the
    // overflow is a row error (NULL) and the operator sees NULL; DuckDB computes with the exact value.
    id: 'duckdb-algebraic-rewrite',
    async explains(c, e) {
      if (c.node.op === 'is_null' || c.node.op === 'is_not_null') return nullTestRewrite(c, e);
      const k = c.argsDuck.findIndex((a) => a.k === 'error' && /^Out of Range Error: Overflow/.test(a.msg));
      if (k < 0 || c.duck.k === 'error' || c.argsOurs[k]!.k !== 'null' || c.id === undefined) return false;
      const arg = c.node.args[k]!;
      if (!['add', 'sub', 'mul'].includes(arg.op) || !/expression error: overflow/.test((await e.oursFailure(arg, c.id)) ?? '')) return false;
      const row = e.ids.indexOf(c.id);
      const [a, b] = await Promise.all(arg.args.map(async (x) => (await e.evalOurs(x)).values[row]));
      const unbounded = exactArithmetic(arg.op, a, b);
      if (unbounded === undefined) return false;
      const exactArgs = c.argsOurs.map((v, i) => (i === k ? ({ k: 'num', exact: unbounded, approx: Number(unbounded) } as Norm) : v));
      const evaluate = (args: readonly Norm[]): Norm | undefined => {
        if (['add', 'sub', 'mul'].includes(c.node.op)) {
          if (args.some((v) => v.k === 'null')) return { k: 'null' };
          const r = exactArithmetic(c.node.op, args[0], args[1]);
          return r === undefined ? undefined : { k: 'num', exact: r, approx: Number(r) };
        }
        return relationOp(c.node.op, args, cmpExact);
      };
      const [ours, duck] = [evaluate(c.argsOurs), evaluate(exactArgs)];
      return ours !== undefined && duck !== undefined && compare(ours, c.ours) === 'exact' && compare(duck, c.duck) === 'exact';
    },
  },
  {
    // DuckDB's optimizer unwraps a cast to an integral type compared with a constant
    // (CAST(x AS DECIMAL(5,0)) <> 0 as x <> 0), so a cast that overflows for the row never runs.
    // Here the cast's overflow is a row error (NULL) and the comparison sees NULL.
    id: 'duckdb-comparison-cast-unwrap',
    async explains(c, e) {
      if (!['eq', 'neq', 'lt', 'lte', 'gt', 'gte'].includes(c.node.op) || c.id === undefined || c.ours.k !== 'null' || c.duck.k !== 'bool') return false;
      const k = c.node.args.findIndex((a) => a.op === 'cast' && /^(INTEGER|BIGINT|SMALLINT|TINYINT|DECIMAL\(\d+,\s*0\))$/i.test(String(a.value)));
      if (k < 0 || c.argsOurs[k]!.k !== 'null' || c.argsDuck[k]!.k !== 'error') return false;
      const columnFree = (n: Node): boolean => n.op !== 'col' && n.args.every(columnFree);
      const other = c.argsOurs[1 - k]!;
      if (!columnFree(c.node.args[1 - k]!) || other.k !== 'num' || !/expression error: (cast|overflow)/.test((await e.oursFailure(c.node.args[k]!, c.id)) ?? '')) return false;
      const inner = (await e.evalOurs(c.node.args[k]!.args[0]!)).values[e.ids.indexOf(c.id)];
      if (inner?.k !== 'num') return false;
      const unwrapped = relationOp(c.node.op, k === 0 ? [inner, other] : [other, inner], cmpExact);
      return unwrapped !== undefined && compare(unwrapped, c.duck) === 'exact';
    },
  },
  {
    // DuckDB folds an operation on a NULL constant (CAST(NULL AS DECIMAL(10,2)) % m1) to a NULL of
    // no particular type, so GREATEST/COALESCE/CASE around it take the other arguments' narrower
    // type (INTEGER instead of DECIMAL(12,2)) and an operation on the result overflows there.
    id: 'duckdb-folded-null-type',
    async explains(c, e) {
      if (!['neg', 'abs', 'add', 'sub', 'mul'].includes(c.node.op) || c.duck.k !== 'error' || !/Overflow/.test(c.duck.msg) || c.ours.k !== 'num' || !argsAgree(c) || c.id === undefined) return false;
      const row = e.ids.indexOf(c.id);
      const columnFree = (x: Node): boolean => x.op !== 'col' && x.args.every(columnFree);
      const isNull = async (x: Node) => (await e.evalOurs(x)).values[row]?.k === 'null';
      // An arithmetic operation with a constant NULL operand: DuckDB folds it to an untyped NULL.
      const nullConstant = async (n: Node): Promise<boolean> => {
        if (['add', 'sub', 'mul', 'div', 'mod', 'neg', 'abs'].includes(n.op)) {
          for (const a of n.args) if (columnFree(a) && (await isNull(a))) return true;
        }
        for (const a of n.args) if (await nullConstant(a)) return true;
        return false;
      };
      const folded = await Promise.all(c.node.args.map(async (a) => ['greatest', 'least', 'coalesce', 'case', 'case_simple'].includes(a.op) && a.ty !== 'int' && (await nullConstant(a))));
      if (!folded.includes(true)) return false;
      const [x, y] = c.argsOurs;
      const exact = c.node.op === 'neg' ? exactArithmetic('sub', { k: 'num', exact: '0', approx: 0 }, x) : c.node.op === 'abs' ? (x?.k === 'num' ? x.exact?.replace(/^-/, '') : undefined) : exactArithmetic(c.node.op, x, y);
      return exact !== undefined && c.ours.exact !== undefined && cmpExact(c.ours, { k: 'num', exact, approx: Number(exact) }) === 0;
    },
  },
  {
    // CASE and COALESCE evaluate here only what a row needs; DuckDB sometimes evaluates more (it
    // folds constant branches when planning, evaluates a NULLIF in a later COALESCE argument, or
    // a COALESCE under GREATEST) and raises an error from an argument the row never needed.
    // Explained when such an unneeded sub-expression raises that error in DuckDB on its own, and
    // DuckDB given LaminarDB's argument values computes LaminarDB's result.
    id: 'duckdb-eager-evaluation',
    async explains(c, e) {
      if (c.plan || c.duck.k !== 'error' || c.ours.k === 'error' || c.id === undefined) return false;
      const row = e.ids.indexOf(c.id);
      const needed = new Set<Node>();
      const need = async (n: Node): Promise<void> => {
        for (const a of await evaluatedArgs(e, n, row)) {
          needed.add(a);
          await need(a);
        }
      };
      await need(c.node);
      const msg = c.duck.msg;
      const raises = async (n: Node): Promise<boolean> => {
        if (!needed.has(n)) {
          const alone = (await e.evalDuck(n)).values[row];
          if (alone?.k === 'error' && alone.msg === msg) return true;
        }
        for (const a of n.args) if (await raises(a)) return true;
        return false;
      };
      if (!(await Promise.all(c.node.args.map(raises))).includes(true)) return false;
      const alone = { ...c.node, args: c.node.args.map((a, i) => literalOf(c.argsOurs[i]!, a) ?? a) };
      return compare(await e.duckAt(alone, c.id), c.ours) !== 'differ';
    },
  },
  {
    // A DuckDB binding quirk: it types x || CAST(NULL AS VARCHAR) as an untyped NULL, which then
    // binds to a BLOB overload (repeat) and a later text function fails to bind.
    id: 'duckdb-null-typing',
    async explains(c, e) {
      if (!c.plan || c.duck.k !== 'error' || !/^Binder Error: (No function matches .*BLOB|Cannot combine types of VARCHAR and BLOB)/.test(c.duck.msg) || c.ours.k === 'error') return false;
      const nullText = (n: Node): boolean => (n.op === 'lit' && n.value === null && n.ty === 'text') || n.args.some(nullText);
      // The argument holding the NULL concatenation is NULL on every row here.
      const holder = nullText(c.node) ? c.node.args.find(nullText) ?? c.node : undefined;
      return holder !== undefined && (await e.evalOurs(holder)).values.every((v) => v.k === 'null');
    },
  },
  {
    // MIN % -1 on integers: 0 here (as in PostgreSQL); DuckDB raises an overflow (it divides first).
    id: 'modulo-min-by-minus-one',
    explains(c) {
      if (c.node.op !== 'mod' || !c.node.args.every((a) => isInteger(a.ty)) || num(c.argsOurs[1]) !== -1) return false;
      const min = c.argsOurs[0]?.k === 'num' ? c.argsOurs[0].exact : undefined;
      return (min === '-2147483648' || min === '-9223372036854775808') && same({ k: 'num', exact: '0', approx: 0 }, c.ours) && c.duck.k === 'error' && /Overflow in division/.test(c.duck.msg);
    },
  },
];

/** Every documented value difference. */
export const DIFFERENCES: readonly Difference[] = [...CORE, ...TEXT_AND_TIME];
