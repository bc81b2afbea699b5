/**
 * The SQL front end for LaminarDB's streaming dialect: lexer, parser (hand-written recursive
 * descent with a Pratt expression parser), AST and canonical printer. The binder, planner and
 * lowering to plan messages build on it. It imports only `specs` and the pure-data function
 * catalog of `operators`; nothing but the facade imports it.
 *
 * @example
 * ```ts
 * import { parse, print } from './sql/index.js';
 * const [stmt] = parse('create stream s as select sym, count(*) from t group by sym emit changes');
 * print(stmt); // 'CREATE STREAM s AS SELECT sym, count(*) FROM t GROUP BY sym EMIT CHANGES'
 * ```
 */
export { tokenize, KEYWORDS, RESERVED, NON_RESERVED, DURATION_UNITS, type Token, type TokenKind } from './lexer.js';
export {
  SqlError, SqlSyntaxError, SqlErrorCode, type SqlErrorCodes, LAMINARDB_ERROR, isSqlError, excerpt, editDistance, closest, didYouMean,
  type SqlPosition,
} from './errors.js';
export { parse, parseExpression, type ParseOptions } from './parse.js';
export { print } from './print.js';
export { substitute, type Substitution } from './vars.js';
export { stripSpans } from './ast.js';
export type * from './ast.js';
export * from './planner/index.js';
