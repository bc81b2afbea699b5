/**
 * The abstract syntax tree of LaminarDB's streaming SQL dialect: plain readonly objects forming
 * discriminated unions on `kind`. Every node carries a {@link Span} into the original SQL text, so
 * the binder can point its errors at the text. The parser builds these trees; the printer turns
 * them back into canonical SQL; nothing here has behaviour.
 *
 * Normalisations the parser applies (so that `parse(print(ast))` equals `ast`):
 * - `a != b` becomes `<>`; `x::T` becomes a `cast`; `EMIT ON WATERMARK` becomes `after-watermark`;
 *   `EMIT PERIODICALLY` becomes `every`; `UNION DISTINCT` becomes `UNION`; `TABLE(f(...))` in FROM
 *   becomes the table function `f(...)`; interval units are singular upper case (`SECOND`).
 * - A source's `SCHEMA (...)` clause and a column list before `FROM` give the same node.
 * - Data types are normalised (see {@link DataType}).
 * - An identifier written in quotes whose text is all lower case is stored as unquoted: lower-casing
 *   it (what the binder does with unquoted names) changes nothing, so the two are the same name.
 */

export type * from './ast/common.js';
export type * from './ast/expr.js';
export type * from './ast/statement.js';

import type { DataType } from './ast/common.js';
import type { Expr, Query } from './ast/expr.js';
import type { Statement } from './ast/statement.js';

/** Any node the printer accepts at the top. */
export type PrintableNode = Statement | Expr | DataType | Query;

/**
 * A deep copy of `node` without `span` and `sql` fields, for comparing trees parsed from different
 * texts (`t.deepEqual(stripSpans(parse(print(ast))), stripSpans(ast))`).
 *
 * @example
 * ```ts
 * stripSpans({ kind: 'null', span: { offset: 0, length: 4, line: 1, column: 1 } }); // { kind: 'null' }
 * ```
 */
export function stripSpans<T>(node: T): T {
  if (Array.isArray(node)) return node.map((n: unknown) => stripSpans(n)) as T;
  if (node === null || typeof node !== 'object') return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === 'span' || key === 'sql' || value === undefined) continue;
    out[key] = stripSpans(value);
  }
  return out as T;
}
