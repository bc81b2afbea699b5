/**
 * Documented differences the generator handles by spelling the DuckDB side differently (see
 * expr.ts and gen.ts). Each check asserts the difference itself on both engines, so a change in
 * either engine shows up here instead of silently hiding behind the rewrite.
 */
import type { Engines, Norm } from './engines.js';
import type { Ty } from './values.js';

/** A rewrite of the DuckDB SQL and the assertion that the difference it hides is real. */
export interface Translation {
  readonly id: string;
  /** Returns the failed expectations (empty when the documented difference holds). */
  check(e: Engines): Promise<string[]>;
}

type Expect = readonly [engine: 'ours' | 'duck' | 'duck-type', sql: string, expected: string, ty?: Ty];

function show(v: Norm): string {
  switch (v.k) {
    case 'null': return 'NULL';
    case 'error': return `error: ${v.msg.split('\n')[0]}`;
    case 'num': return v.exact ?? String(v.approx);
    case 'text': return v.v;
    case 'bool': return String(v.v);
    case 'date': return new Date(v.days * 86_400_000).toISOString().slice(0, 10);
    case 'ts': return new Date(v.micros / 1000).toISOString();
    case 'interval': return `${v.months}/${v.days}/${v.micros}`;
  }
}

async function expectAll(e: Engines, cases: readonly Expect[]): Promise<string[]> {
  const failed: string[] = [];
  for (const [engine, sql, expected, ty] of cases) {
    const got = engine === 'duck-type' ? await e.duckType(sql) : show(engine === 'ours' ? await e.oursScalar(sql, ty ?? 'text') : await e.duckScalar(sql));
    if (engine === 'duck' || engine === 'duck-type' ? !got.startsWith(expected) : got !== expected) failed.push(`${engine}: ${sql} gave ${got}, documented ${expected}`);
  }
  return failed;
}

/** The rewrites, each with its documented behaviour on both engines. */
export const TRANSLATIONS: readonly Translation[] = [
  {
    // LaminarDB's `/` on integers truncates (PostgreSQL); DuckDB's `/` is DOUBLE division and `//` truncates.
    id: 'integer-division',
    check: (e) => expectAll(e, [
      ['ours', '7 / 2', '3', 'int'], ['ours', 'CAST(-7 AS INTEGER) / 2', '-3', 'int'], ['ours', 'CAST(7 AS BIGINT) / CAST(-2 AS BIGINT)', '-3', 'bigint'],
      ['duck', '7 / 2', '3.5'], ['duck', 'CAST(-7 AS INTEGER) // 2', '-3'], ['duck', 'CAST(7 AS BIGINT) // CAST(-2 AS BIGINT)', '-3'],
    ]),
  },
  {
    // date_trunc of a DATE is a DATE here; DuckDB (like PostgreSQL) returns a TIMESTAMP.
    id: 'date-trunc-date',
    check: (e) => expectAll(e, [
      ['ours', "CAST(date_trunc('month', DATE '2024-05-17') AS VARCHAR)", '2024-05-01'],
      ['duck-type', "date_trunc('month', DATE '2024-05-17')", 'TIMESTAMP'],
      ['duck', "CAST(date_trunc('month', DATE '2024-05-17') AS VARCHAR)", '2024-05-01 00:00:00'],
    ]),
  },
  {
    // floor/ceil/trunc of an integer keep the integer type here; DuckDB returns DOUBLE.
    id: 'integer-rounding-type',
    check: (e) => expectAll(e, [
      ['ours', 'CAST(floor(7) AS VARCHAR)', '7'], ['ours', 'CAST(ceil(CAST(7 AS BIGINT)) AS VARCHAR)', '7'], ['ours', 'CAST(trunc(7) AS VARCHAR)', '7'],
      ['duck-type', 'floor(7)', 'DOUBLE'], ['duck-type', 'ceil(CAST(7 AS BIGINT))', 'DOUBLE'], ['duck', 'CAST(floor(7) AS VARCHAR)', '7.0'],
    ]),
  },
  {
    // round/trunc/floor/ceil of a decimal keep its type here (docs/sql.md); DuckDB (like
    // PostgreSQL) drops the scale the rounding removes. The DuckDB spelling casts back.
    id: 'decimal-rounding-scale',
    check: (e) => expectAll(e, [
      ['ours', "CAST(floor(CAST('1.25' AS DECIMAL(10,2))) AS VARCHAR)", '1.00'], ['ours', "CAST(round(CAST('1.25' AS DECIMAL(10,2)), 1) AS VARCHAR)", '1.30'],
      ['duck-type', "floor(CAST('1.25' AS DECIMAL(10,2)))", 'DECIMAL(10,0)'], ['duck-type', "round(CAST('1.25' AS DECIMAL(10,2)), 1)", 'DECIMAL(10,1)'],
      ['duck', "CAST(floor(CAST('1.25' AS DECIMAL(10,2))) AS VARCHAR)", '1'],
    ]),
  },
  {
    // sign keeps its argument's type here (INTEGER for a decimal); DuckDB's sign is TINYINT, so
    // sign(i) * i overflows at a different width.
    id: 'sign-type',
    check: (e) => expectAll(e, [
      ['ours', 'CAST(sign(CAST(5 AS BIGINT)) * CAST(9223372036854775807 AS BIGINT) AS VARCHAR)', '9223372036854775807'], ['ours', "CAST(sign(CAST('1.50' AS DECIMAL(10,2))) AS VARCHAR)", '1'],
      ['ours', "CAST(sign(CAST('-2.5' AS DOUBLE)) / 2 AS VARCHAR)", '-0.5'],
      ['duck-type', 'sign(CAST(5 AS BIGINT))', 'TINYINT'], ['duck-type', "sign(CAST('1.50' AS DECIMAL(10,2)))", 'TINYINT'], ['duck-type', "sign(CAST('-2.5' AS DOUBLE))", 'TINYINT'],
    ]),
  },
  {
    // octet_length of text: DuckDB's octet_length takes only BLOB/BIT; its strlen counts UTF-8 bytes.
    id: 'octet-length',
    check: (e) => expectAll(e, [
      ['ours', "octet_length('é𝄞')", '6', 'bigint'], ['duck', "strlen('é𝄞')", '6'], ['duck', "octet_length('é𝄞')", 'error: Binder Error'],
    ]),
  },
];
