/**
 * Operator precedence shared by the expression parser and the printer, lowest first:
 * OR < AND < NOT < comparison / IS / LIKE / BETWEEN / IN < || < + - < * / % < unary - + < postfix
 * (`::`, `[ ]`, `.`, `->`, `->>`) < atoms. Binary operators are left-associative.
 */
import type { BinaryOp, Expr } from './ast.js';

export const Prec = {
  OR: 1,
  AND: 2,
  NOT: 3,
  CMP: 4,
  CONCAT: 5,
  ADD: 6,
  MUL: 7,
  UNARY: 8,
  POSTFIX: 9,
  ATOM: 10,
} as const;

/** Precedence of each binary operator. */
export const BINARY_PREC: Readonly<Record<BinaryOp, number>> = {
  OR: Prec.OR,
  AND: Prec.AND,
  '=': Prec.CMP,
  '<>': Prec.CMP,
  '<': Prec.CMP,
  '<=': Prec.CMP,
  '>': Prec.CMP,
  '>=': Prec.CMP,
  '||': Prec.CONCAT,
  '+': Prec.ADD,
  '-': Prec.ADD,
  '*': Prec.MUL,
  '/': Prec.MUL,
  '%': Prec.MUL,
  '->': Prec.POSTFIX,
  '->>': Prec.POSTFIX,
};

/** The precedence an expression binds with, so the printer knows where parentheses are needed. */
export function precedenceOf(e: Expr): number {
  switch (e.kind) {
    case 'binary':
      return BINARY_PREC[e.op];
    case 'unary':
      return e.op === 'NOT' ? Prec.NOT : Prec.UNARY;
    case 'is':
    case 'is-distinct':
    case 'between':
    case 'like':
    case 'in-list':
    case 'in-subquery':
      return Prec.CMP;
    case 'subscript':
    case 'field':
      return Prec.POSTFIX;
    default:
      return Prec.ATOM;
  }
}
