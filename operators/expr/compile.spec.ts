import test from 'ava';
import fc from 'fast-check';
import { batchToRows, call, col, lit, rowsToBatch, schemaOf, type Expr, type Row } from '../../runtime/index.js';
import { testSeed } from '../../runtime/testing/index.js';
import { compileCalc } from './compile.js';

const schema = schemaOf({ a: 'int32', b: 'float64', s: 'utf8', f: 'bool', t: 'timestamp', big: 'int64' });

function evaluate(expr: Expr, rows: Row[]): { rows: Row[]; counters: Record<string, number> } {
  const program = compileCalc([{ project: { exprs: [{ name: 'x', expr: expr.node }] } }], schema);
  const counters: Record<string, number> = {};
  const out = program.run(rowsToBatch(schema, rows), { count: (c, n) => (counters[c] = (counters[c] ?? 0) + n), clock: { now: () => 0 } });
  return { rows: out ? batchToRows(out) : [], counters };
}
const one = (expr: Expr, row: Row) => evaluate(expr, [row]).rows[0]!.x;
const base = { a: 7, b: 2.5, s: 'Héllo', f: true, t: 1000, big: 5n };

test('expr - arithmetic widens int32 with float64 and integer division truncates', (t) => {
  t.is(one(col('a').add(col('b')), base), 9.5);
  t.is(one(col('a').div(2), base), 3);
  t.is(one(col('a').neg().div(2), base), -3);
  t.is(one(col('a').mod(4), base), 3);
  t.is(one(col('b').div(2), base), 1.25);
  t.is(one(col('big').mul(2), base), 10n, 'int64 arithmetic yields bigint values');
  t.throws(() => one(col('t').add(500), base), { message: /does not apply to these types/ }, 'timestamp + integer is not defined; add an interval');
});

test('expr - division by zero and int32 overflow give NULL and are counted', (t) => {
  const r = evaluate(col('a').div(col('a').sub(7)), [base, base]);
  t.deepEqual(r.rows.map((x) => x.x), [null, null]);
  t.is(r.counters['errors.division_by_zero'], 2);
  const o = evaluate(col('a').mul(1_000_000_000), [base]);
  t.is(o.rows[0]!.x, null);
  t.is(o.counters['errors.overflow'], 1);
});

test('expr - three-valued logic for AND, OR, NOT and IS NULL', (t) => {
  const nul = { ...base, f: null };
  t.is(one(col('f').and(false), nul), false);
  t.is(one(col('f').and(true), nul), null);
  t.is(one(col('f').or(true), nul), true);
  t.is(one(col('f').or(false), nul), null);
  t.is(one(col('f').not(), nul), null);
  t.is(one(col('f').isNull(), nul), true);
  t.is(one(col('f').isNotNull(), nul), false);
  t.is(one(col('a').gt(lit(null)), base), null);
});

test('expr - strings: comparison, case, length in characters, concatenation, coalesce', (t) => {
  t.is(one(col('s').upper(), base), 'HÉLLO');
  t.is(one(col('s').length(), { ...base, s: 'a😀b' }), 3n, 'characters, as BIGINT');
  t.is(one(col('s').concat('!', col('s')), base), 'Héllo!Héllo');
  t.is(one(col('s').eq('Héllo'), base), true);
  t.is(one(col('s').coalesce('x'), { ...base, s: null }), 'x');
  t.is(one(col('a').coalesce(col('b')), { ...base, a: null }), 2.5);
});

test('expr - a fused filter/project/filter/project chain equals running the steps one by one', (t) => {
  const steps = [
    { filter: { expr: col('a').gt(0).node } },
    { project: { exprs: [{ name: 'y', expr: col('a').mul(col('b')).node }, { name: 's', expr: col('s').node }] } },
    { filter: { expr: col('y').lt(100).node } },
    { project: { exprs: [{ name: 'z', expr: col('y').add(1).node }, { name: 's', expr: col('s').node }] } },
  ];
  const rows = [{ ...base, a: -1 }, { ...base, a: 3, b: 10 }, { ...base, a: 30, b: 10 }, { ...base, a: 2, b: null }];
  const ctx = { count: () => {}, clock: { now: () => 0 } };
  const fused = compileCalc(steps, schema).run(rowsToBatch(schema, rows), ctx);
  let batch = rowsToBatch(schema, rows);
  let s = schema;
  for (const step of steps) {
    const p = compileCalc([step], s);
    batch = p.run(batch, ctx)!;
    s = p.schema;
  }
  t.deepEqual(batchToRows(fused!), batchToRows(batch));
  t.deepEqual(batchToRows(fused!), [{ z: 31, s: 'Héllo' }], 'NULL < 100 is NULL: the row with b NULL is filtered out');
});

test('expr - unknown functions and bad argument types are plan errors', (t) => {
  t.throws(() => compileCalc([{ project: { exprs: [{ name: 'x', expr: call('uper', col('s')).node }] } }], schema), { message: /unknown function 'uper' \(did you mean 'upper'\?\)/ });
  t.throws(() => compileCalc([{ project: { exprs: [{ name: 'x', expr: col('s').add(1).node }] } }], schema), { message: /function 'add' does not apply to these types; got \(utf8, int32\)/ });
  t.throws(() => compileCalc([{ project: { exprs: [{ name: 'x', expr: col('s').gt(1).node }] } }], schema), { message: /no common type/ });
});

// Reference semantics, written plainly, for the property test.
type V = number | boolean | null;
function reference(op: string, a: V, b: V): V {
  if (op === 'and') return a === false || b === false ? false : a === null || b === null ? null : true;
  if (op === 'or') return a === true || b === true ? true : a === null || b === null ? null : false;
  if (a === null || b === null) return null;
  const x = a as number;
  const y = b as number;
  switch (op) {
    case 'add': return x + y;
    case 'sub': return x - y;
    case 'mul': return x * y;
    case 'gt': return x > y;
    case 'lte': return x <= y;
    case 'eq': return x === y;
  }
  throw new Error(op);
}

test('expr - property: generated code matches reference semantics on random rows with NULLs', (t) => {
  const seed = testSeed();
  t.log(`seed ${seed} (replay with LAMINARDB_SEED=${seed})`);
  const numOps = ['add', 'sub', 'mul', 'gt', 'lte', 'eq'];
  const value = fc.option(fc.integer({ min: -1000, max: 1000 }), { nil: null, freq: 4 });
  fc.assert(
    fc.property(fc.array(fc.record({ a: value, b: value }), { minLength: 1, maxLength: 50 }), fc.constantFrom(...numOps), fc.constantFrom('and', 'or'), fc.integer({ min: -5, max: 5 }), (rows, op, logic, k) => {
      const typed = rows.map((r) => ({ ...base, a: r.a, b: r.b }));
      const arith = (call(op, col('a'), col('b')) as Expr);
      const isCmp = ['gt', 'lte', 'eq'].includes(op);
      const expr = isCmp ? call(logic, arith, col('a').gt(k)) : arith;
      const got = evaluate(expr, typed).rows.map((r) => r.x);
      const want = typed.map((r) => {
        const v = reference(op, r.a, r.b);
        return isCmp ? reference(logic, v, r.a === null ? null : r.a > k) : v;
      });
      return JSON.stringify(got) === JSON.stringify(want);
    }),
    { seed, numRuns: 300 },
  );
  t.pass();
});
