/**
 * The canonical SQL printer: `print(node)` for statements, queries, expressions and data types.
 * Keywords are upper case, identifiers quoted only when needed, parentheses only where precedence
 * needs them, so `parse(print(ast))` gives back `ast` (spans aside).
 */
import type { DataType, Expr, PrintableNode, Query, Statement } from './ast.js';
import { printType } from './printer/common.js';
import { exprPrinter } from './printer/expr.js';
import { queryPrinter } from './printer/query.js';
import { statementPrinter } from './printer/statements.js';

// The expression and query printers call each other (subqueries); the indirection ties the knot.
let printQueryRef: (q: Query) => string = () => '';
const printExpr = exprPrinter((q) => printQueryRef(q));
const printQuery = queryPrinter(printExpr);
printQueryRef = printQuery;
const printStatement = statementPrinter(printExpr, printQuery);

const STATEMENT_KINDS: ReadonlySet<string> = new Set<Statement['kind']>([
  'create-source', 'create-stream', 'create-materialized-view', 'create-sink', 'create-table', 'drop', 'alter-source',
  'insert', 'update', 'delete', 'query-statement', 'show', 'show-create', 'describe', 'explain', 'checkpoint', 'restore', 'subscribe',
  'declare-cursor', 'fetch', 'close', 'set',
]);

/**
 * Prints a statement, query, expression or data type as canonical SQL.
 *
 * @example
 * ```ts
 * print(parseExpression('a+b*2 = c')); // 'a + b * 2 = c'
 * print(parse('select * from t emit changes')[0]); // 'SELECT * FROM t EMIT CHANGES'
 * ```
 */
export function print(node: PrintableNode): string {
  if (node.kind === 'type') return printType(node as DataType);
  if (node.kind === 'query') return printQuery(node as Query);
  if (STATEMENT_KINDS.has(node.kind)) return printStatement(node as Statement);
  return printExpr(node as Expr);
}
