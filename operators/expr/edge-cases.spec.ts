// Edge cases the differential test against DuckDB (specs/differential) found; one test per fix.
import test from 'ava';
import { batchToRows, rowsToBatch, schemaOf, type Row } from '../../runtime/index.js';
import type { plan } from '../../specs/index.js';
import { compileCalc } from './compile.js';

const schema = schemaOf({ i: 'int32', b: 'int64', d: 'float64', m: 'decimal(18,4)', s: 'utf8', ts: 'timestamp' });
const row: Row = { i: 1, b: 1n, d: 1, m: '1.0000', s: 'x', ts: 0 };

const c = (fn: string, ...args: plan.Expr[]): plan.Expr => ({ call: { function: fn, args } });
const col = (name: string): plan.Expr => ({ column: { name } });
const int = (v: number): plan.Expr => ({ literal: { int32Value: v } });
const dbl = (v: number): plan.Expr => ({ literal: { doubleValue: v } });
const str = (v: string): plan.Expr => ({ literal: { stringValue: v } });
const cast = (e: plan.Expr, type: string): plan.Expr => c('cast', e, str(type));

/** Evaluates `expr` over `rows` (default: one row); returns the values and the row-error counters. */
function run(expr: plan.Expr, rows: Row[] = [row]): { values: unknown[]; errors: Record<string, number>; type: string } {
  const program = compileCalc([{ project: { exprs: [{ name: 'x', expr }] } }], schema);
  const errors: Record<string, number> = {};
  const out = program.run(rowsToBatch(schema, rows), { count: (k, n) => (errors[k] = (errors[k] ?? 0) + n), clock: { now: () => 0 } });
  return { values: out ? batchToRows(out).map((r) => r.x) : [], errors, type: program.schema.fields[0]!.type };
}
const one = (expr: plan.Expr, r: Row = row) => run(expr, [r]).values[0];

test('edge - -MIN and abs(MIN) of integers are overflow row errors, and -(negative literal) compiles', (t) => {
  const r = run(c('neg', col('i')), [{ ...row, i: -2147483648 }, { ...row, i: 5 }]);
  t.deepEqual(r.values, [null, -5]);
  t.is(r.errors['errors.overflow'], 1);
  t.deepEqual(run(c('abs', col('i')), [{ ...row, i: -2147483648 }]).values, [null]);
  t.deepEqual(run(c('neg', col('b')), [{ ...row, b: -9223372036854775808n }]).values, [null]);
  t.deepEqual(run(c('abs', col('b')), [{ ...row, b: -9223372036854775808n }]).values, [null]);
  t.is(one(c('neg', int(-7))), 7);
});

test('edge - functions that raise row errors have nullable results (acos(10) is NULL, not 0)', (t) => {
  for (const [fn, x] of [['acos', 10], ['asin', -2], ['sin', Infinity], ['cos', -Infinity], ['tan', Infinity]] as const) {
    const r = run(c(fn, col('d')), [{ ...row, d: x }]);
    t.deepEqual(r.values, [null], fn);
    t.is(r.errors['errors.invalid_argument'], 1, fn);
  }
  t.is(one(c('split_part', col('s'), str(','), int(0))), null);
});

test('edge - doubles cast to integers round half to even; decimals half away from zero', (t) => {
  t.deepEqual([2.5, -2.5, 3.5, 0.5, 1e300].map((d) => one(cast(col('d'), 'int32'), { ...row, d })), [2, -2, 4, 0, null]);
  t.is(one(cast(col('d'), 'int64'), { ...row, d: 2.5 }), 2n);
  t.is(one(cast(col('m'), 'int32'), { ...row, m: '2.5000' }), 3);
});

test('edge - huge decimals: no crash converting a huge double, or printing past 2^53', (t) => {
  const big = { ...row, m: '99999999999999.9999', d: 1.7976931348623157e308 };
  t.deepEqual(run(c('add', col('m'), cast(col('d'), 'decimal(18,4)')), [big]).values, [null]);
  t.is(one(cast(col('m'), 'utf8'), big), '99999999999999.9999');
});

test('edge - a decimal past 2^53 converts to the nearest double (no double rounding)', (t) => {
  // Number(987654321012345678n) / 1e4 rounds twice and gives ...234.58.
  t.is(one(cast(col('m'), 'float64'), { ...row, m: '98765432101234.5678' }), 98765432101234.5678);
  t.is(one(c('add', col('m'), col('d')), { ...row, m: '98765432101234.5678', d: 0 }), 98765432101234.5678);
});

test('edge - years 0-99 are not 1900-1999', (t) => {
  t.is(one(c('make_date', int(44), int(3), int(15))), '0044-03-15');
  t.is(one(c('date_trunc', str('year'), c('make_date', int(44), int(3), int(15)))), '0044-01-01');
  t.is(one(cast(c('make_date', int(44), int(3), int(15)), 'utf8')), '0044-03-15');
});

test('edge - DATE values of expressions are years 1-9999: beyond is a row error, not a broken value', (t) => {
  const r = run(c('add', cast(str('2024-01-01'), 'date'), col('i')), [{ ...row, i: 3_000_000 }, { ...row, i: 2147483647 }, { ...row, i: 1 }]);
  t.deepEqual(r.values, [null, null, '2024-01-02']);
  t.is(r.errors['errors.overflow'], 2);
  t.is(one(cast(str('22024-02-29'), 'date')), null);
  t.is(one(cast(str('0044-03-15'), 'date')), '0044-03-15');
  t.is(one(cast(c('to_timestamp', dbl(2.6e11)), 'date')), null);
  t.is(one(c('make_date', int(10000), int(1), int(1))), null);
});

test('edge - regexp_replace: \\0 is the whole match, a missing group is empty', (t) => {
  t.is(one(c('regexp_replace', str('abc'), str('b'), str('<\\0>'))), 'a<b>c');
  t.is(one(c('regexp_replace', str('abc'), str('b'), str('[\\1]'))), 'a[]c');
  t.is(one(c('regexp_replace', str('abc'), str('(b)'), str('$1\\\\\\1'))), 'a$1\\bc');
});

test('edge - to_timestamp keeps microseconds (ties to even); out of range is an overflow row error', (t) => {
  t.is(run(c('to_timestamp', dbl(0.0000025))).type, 'timestamptz(6)');
  t.is(one(cast(c('to_timestamp', dbl(1098.7892235)), 'utf8')), '1970-01-01 00:18:18.789224+00');
  t.is(one(cast(c('to_timestamp', dbl(0.0000025)), 'utf8')), '1970-01-01 00:00:00.000002+00');
  const r = run(c('to_timestamp', col('d')), [{ ...row, d: 1e308 }, { ...row, d: NaN }, { ...row, d: Infinity }]);
  t.deepEqual(r.values, [null, null, null]);
  t.is(r.errors['errors.overflow'], 3);
  t.deepEqual(run(c('epoch_ms', col('b')), [{ ...row, b: 9007199254740993n }]).values, [null]);
});

test('edge - before 1970 a fraction of a millisecond belongs to the earlier millisecond', (t) => {
  const before = c('to_timestamp', dbl(-0.00038));
  t.is(one(cast(c('date_trunc', str('decade'), before), 'utf8')), '1960-01-01 00:00:00+00');
  t.is(one(c('epoch_ms', before)), -1n);
});

test('edge - floor, ceil, round and trunc of a decimal keep its type (docs/sql.md)', (t) => {
  const r = run(c('floor', col('m')), [{ ...row, m: '-1.5000' }]);
  t.is(r.type, 'decimal(18,4)');
  t.deepEqual(r.values, ['-2.0000']);
  t.deepEqual(run(c('round', col('m'), int(1)), [{ ...row, m: '2.2500' }]).values, ['2.3000']);
  t.deepEqual(run(c('trunc', col('m'), int(-1)), [{ ...row, m: '-27.5000' }]).values, ['-20.0000']);
  // Rounding up past the type is an overflow row error, not a value the type cannot hold.
  const up = run(c('round', col('m')), [{ ...row, m: '99999999999999.9999' }, { ...row, m: '-99999999999999.5000' }, { ...row, m: '99999999999998.5000' }]);
  t.deepEqual(up.values, [null, null, '99999999999999.0000']);
  t.is(up.errors['errors.overflow'], 2);
  t.deepEqual(run(c('round', col('i'), int(-1)), [{ ...row, i: 2147483647 }, { ...row, i: 2147483641 }]).values, [null, 2147483640]);
});

test('edge - sign is an INTEGER for decimals and 0 for NaN', (t) => {
  const r = run(c('sign', col('m')), [{ ...row, m: '-0.5000' }]);
  t.is(r.type, 'int32');
  t.deepEqual(r.values, [-1]);
  t.is(one(c('sign', col('d')), { ...row, d: NaN }), 0);
});

test('edge - rounding a huge double keeps it; power follows C pow; no -0 from integers', (t) => {
  t.is(one(c('round', col('d'), int(2)), { ...row, d: 1.7976931348623157e308 }), 1.7976931348623157e308);
  t.is(one(c('round', col('d'), int(-400)), { ...row, d: 123.5 }), 0);
  t.is(one(c('power', dbl(1), dbl(NaN))), 1);
  t.is(one(c('power', dbl(-1), dbl(-Infinity))), 1);
  t.is(one(c('atan2', int(0), c('mul', int(0), int(-5)))), 0);
  t.is(one(c('radians', dbl(1e308))), 1e308 * (Math.PI / 180), 'no overflow through x * π');
});

test('edge - text to DATE and DECIMAL: timestamp text and exponents convert', (t) => {
  t.is(one(cast(str('2024-02-29 12:34:56'), 'date')), '2024-02-29');
  t.is(one(cast(str('1e3'), 'decimal(10,2)')), '1000.00');
  t.is(one(cast(str('-.5E-1'), 'decimal(10,2)')), '-0.05');
  t.is(one(cast(str('2024-13-01 00:00:00'), 'date')), null);
});

test('edge - timestamps: microsecond differences, millisecond floors, years past 9999', (t) => {
  const a = c('to_timestamp', dbl(-0.00023));
  const iv = one(c('sub', a, cast(str('1904-10-29 00:00:00'), 'timestamp'))) as { days: number; millis: number };
  const whole = -Date.UTC(1904, 9, 29);
  t.deepEqual([iv.days, Math.round(iv.millis * 1000)], [Math.trunc(whole / 86_400_000) - 1, 86_399_999_770], 'whole days and the rest, to the microsecond');
  t.is(one(cast(c('to_timestamp', dbl(-0.0004)), 'timestamp')), -1, 'TIMESTAMP(3) keeps the millisecond containing -400 µs');
  t.is(one(cast(c('to_timestamp', dbl(2.6e11)), 'utf8')), '10209-01-27 06:13:20+00');
});
