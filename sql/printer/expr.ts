/**
 * Printing expressions as canonical SQL: keywords upper case, parentheses exactly where the
 * precedence of ../precedence.ts needs them, `x::T` written as CAST(x AS T).
 */
import type { Call, Expr, FrameBound, Ident, OrderItem, Query, WindowSpec } from '../ast.js';
import { Prec, precedenceOf } from '../precedence.js';
import { printIdent, printType, quoteString } from './common.js';

/** A function name; left(...) and right(...) stay bare although LEFT and RIGHT are reserved. */
function functionName(name: Ident): string {
  return !name.quoted && /^(left|right)$/i.test(name.value) ? name.value : printIdent(name);
}

/** Prints an expression. */
export type ExprPrinter = (e: Expr) => string;

/** Builds the expression printer; `printQuery` prints subqueries (injected to avoid an import cycle). */
export function exprPrinter(printQuery: (q: Query) => string): ExprPrinter {
  /** `e`, in parentheses if it binds looser than `minPrec`. */
  const wrap = (e: Expr, minPrec: number): string => (precedenceOf(e) < minPrec ? `(${expr(e)})` : expr(e));
  const not = (flag: boolean): string => (flag ? 'NOT ' : '');

  const orderItem = (o: OrderItem): string =>
    `${expr(o.expr)}${o.direction ? ` ${o.direction}` : ''}${o.nulls ? ` NULLS ${o.nulls}` : ''}`;

  const bound = (b: FrameBound): string => (b.offset === undefined ? b.bound : `${wrap(b.offset, Prec.ADD)} ${b.bound}`);

  const windowSpec = (w: WindowSpec): string => {
    const parts: string[] = [];
    if (w.partitionBy.length > 0) parts.push(`PARTITION BY ${w.partitionBy.map(expr).join(', ')}`);
    if (w.orderBy.length > 0) parts.push(`ORDER BY ${w.orderBy.map(orderItem).join(', ')}`);
    if (w.frame) {
      const f = w.frame;
      parts.push(f.end === undefined ? `${f.units} ${bound(f.start)}` : `${f.units} BETWEEN ${bound(f.start)} AND ${bound(f.end)}`);
    }
    return `(${parts.join(' ')})`;
  };

  const call = (e: Call): string => {
    const args = e.args.map((a) => (a.name ? `${printIdent(a.name)} => ${expr(a.value)}` : expr(a.value))).join(', ');
    const order = e.orderBy.length > 0 ? ` ORDER BY ${e.orderBy.map(orderItem).join(', ')}` : '';
    const within = e.withinGroup ? ` WITHIN GROUP (ORDER BY ${e.withinGroup.map(orderItem).join(', ')})` : '';
    const filter = e.filter ? ` FILTER (WHERE ${expr(e.filter)})` : '';
    const over = e.over ? ` OVER ${windowSpec(e.over)}` : '';
    return `${functionName(e.name)}(${e.distinct ? 'DISTINCT ' : ''}${args}${order})${within}${filter}${over}`;
  };

  /** The base of `base[i]` or `base.f`. */
  const postfixBase = (base: Expr, field: boolean): string => {
    // ARRAY[...] and MAP[...] would read `array[1]` (also `j -> array[1]`) as a constructor;
    // `1.f` would lex as a number.
    const ambiguous = (base.kind === 'column' && base.parts.length === 1 && /^(array|map)$/i.test(base.parts[0]!.value)) || base.kind === 'binary';
    const safeForField = ['call', 'subscript', 'field', 'cast', 'subquery', 'array', 'map'].includes(base.kind);
    return ambiguous || (field && !safeForField) ? `(${expr(base)})` : wrap(base, Prec.POSTFIX);
  };

  const expr = (e: Expr): string => {
    switch (e.kind) {
      case 'number':
        return e.value;
      case 'string':
        return quoteString(e.value);
      case 'boolean':
        return e.value ? 'TRUE' : 'FALSE';
      case 'null':
        return 'NULL';
      case 'typed-literal':
        return `${e.type} ${quoteString(e.value)}`;
      case 'interval':
        return `INTERVAL ${quoteString(e.value)}${e.unit ? ` ${e.unit}` : ''}${e.unit && e.toUnit ? ` TO ${e.toUnit}` : ''}`;
      case 'column':
        return e.parts.map(printIdent).join('.');
      case 'wildcard':
        return e.qualifier ? `${e.qualifier.map(printIdent).join('.')}.*` : '*';
      case 'table-arg':
        return `TABLE ${printIdent(e.name)}`;
      case 'unary': {
        if (e.op === 'NOT') return `NOT ${wrap(e.operand, Prec.NOT)}`;
        const operand = wrap(e.operand, Prec.UNARY);
        // `- -x` must not become `--x`, which starts a comment.
        return operand.startsWith('-') || operand.startsWith('+') ? `${e.op}(${expr(e.operand)})` : `${e.op}${operand}`;
      }
      case 'binary': {
        const p = precedenceOf(e);
        return `${wrap(e.left, p)} ${e.op} ${wrap(e.right, p + 1)}`;
      }
      case 'is':
        return `${wrap(e.operand, Prec.CMP)} IS ${not(e.not)}${e.test}`;
      case 'is-distinct':
        return `${wrap(e.left, Prec.CMP)} IS ${not(e.not)}DISTINCT FROM ${wrap(e.right, Prec.CMP + 1)}`;
      case 'between':
        return `${wrap(e.operand, Prec.CMP)} ${not(e.not)}BETWEEN ${wrap(e.low, Prec.CMP + 1)} AND ${wrap(e.high, Prec.CMP + 1)}`;
      case 'like': {
        const escape = e.escape ? ` ESCAPE ${wrap(e.escape, Prec.CMP + 1)}` : '';
        return `${wrap(e.operand, Prec.CMP)} ${not(e.not)}${e.caseInsensitive ? 'ILIKE' : 'LIKE'} ${wrap(e.pattern, Prec.CMP + 1)}${escape}`;
      }
      case 'in-list':
        return `${wrap(e.operand, Prec.CMP)} ${not(e.not)}IN (${e.list.map(expr).join(', ')})`;
      case 'in-subquery':
        return `${wrap(e.operand, Prec.CMP)} ${not(e.not)}IN (${printQuery(e.query)})`;
      case 'exists':
        return `EXISTS (${printQuery(e.query)})`;
      case 'subquery':
        return `(${printQuery(e.query)})`;
      case 'call':
        return call(e);
      case 'case': {
        const operand = e.operand ? ` ${expr(e.operand)}` : '';
        const whens = e.whens.map((w) => ` WHEN ${expr(w.when)} THEN ${expr(w.then)}`).join('');
        return `CASE${operand}${whens}${e.else ? ` ELSE ${expr(e.else)}` : ''} END`;
      }
      case 'cast':
        return `${e.try ? 'TRY_CAST' : 'CAST'}(${expr(e.expr)} AS ${printType(e.type)})`;
      case 'subscript':
        return `${postfixBase(e.base, false)}[${expr(e.index)}]`;
      case 'field':
        return `${postfixBase(e.base, true)}.${printIdent(e.field)}`;
      case 'array':
        return `ARRAY[${e.elements.map(expr).join(', ')}]`;
      case 'map':
        return `MAP[${e.entries.map((en) => `${expr(en.key)}, ${expr(en.value)}`).join(', ')}]`;
    }
  };
  return expr;
}
