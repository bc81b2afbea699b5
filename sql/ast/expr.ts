/**
 * AST of expressions and queries (they refer to each other: subqueries, expressions in clauses).
 * See ../ast.ts for the normalisations the parser applies.
 */
import type { DataType, Ident, AstNode } from './common.js';

// ---------------------------------------------------------------------------------------------
// Expressions
// ---------------------------------------------------------------------------------------------

export type Expr =
  | NumberLiteral
  | StringLiteral
  | BooleanLiteral
  | NullLiteral
  | TypedLiteral
  | IntervalLiteral
  | ColumnRef
  | Wildcard
  | TableArg
  | Unary
  | Binary
  | IsTest
  | IsDistinct
  | Between
  | Like
  | InList
  | InSubquery
  | Exists
  | ScalarSubquery
  | Call
  | Case
  | Cast
  | Subscript
  | FieldAccess
  | ArrayConstructor
  | MapConstructor;

/** A numeric literal, kept as written (`42`, `1.5`, `.5`, `1e-3`); never negative (see `Unary`). */
export interface NumberLiteral extends AstNode {
  readonly kind: 'number';
  readonly value: string;
}
export interface StringLiteral extends AstNode {
  readonly kind: 'string';
  readonly value: string;
}
export interface BooleanLiteral extends AstNode {
  readonly kind: 'boolean';
  readonly value: boolean;
}
export interface NullLiteral extends AstNode {
  readonly kind: 'null';
}
/** `TIMESTAMP '2024-01-01 00:00:00'`, `DATE '...'`, `TIME '...'`, `TIMESTAMPTZ '...'`. */
export interface TypedLiteral extends AstNode {
  readonly kind: 'typed-literal';
  readonly type: 'DATE' | 'TIME' | 'TIMESTAMP' | 'TIMESTAMPTZ';
  readonly value: string;
}

export type IntervalUnit = 'YEAR' | 'MONTH' | 'WEEK' | 'DAY' | 'HOUR' | 'MINUTE' | 'SECOND' | 'MILLISECOND' | 'MICROSECOND' | 'NANOSECOND';

/** `INTERVAL '5' SECOND`, `INTERVAL '1' HOUR TO MINUTE`, `INTERVAL '1 day 2 hours'` (no unit). */
export interface IntervalLiteral extends AstNode {
  readonly kind: 'interval';
  readonly value: string;
  readonly unit?: IntervalUnit;
  readonly toUnit?: IntervalUnit;
}

/**
 * A column reference `a`, `t.a` or `a.b.c`. Which part names a table and which a struct field is
 * the binder's decision, so the parts are kept as written.
 */
export interface ColumnRef extends AstNode {
  readonly kind: 'column';
  readonly parts: readonly Ident[];
}
/** `*` or `t.*`: only as a select item or the argument of an aggregate (`COUNT(*)`). */
export interface Wildcard extends AstNode {
  readonly kind: 'wildcard';
  readonly qualifier?: readonly Ident[];
}
/** `TABLE t` as the argument of a table function (`TUMBLE(TABLE t, DESCRIPTOR(ts), ...)`). */
export interface TableArg extends AstNode {
  readonly kind: 'table-arg';
  readonly name: Ident;
}
export interface Unary extends AstNode {
  readonly kind: 'unary';
  readonly op: '-' | '+' | 'NOT';
  readonly operand: Expr;
}

export type BinaryOp = 'OR' | 'AND' | '=' | '<>' | '<' | '<=' | '>' | '>=' | '||' | '+' | '-' | '*' | '/' | '%' | '->' | '->>';

export interface Binary extends AstNode {
  readonly kind: 'binary';
  readonly op: BinaryOp;
  readonly left: Expr;
  readonly right: Expr;
}
/** `x IS [NOT] NULL | TRUE | FALSE | UNKNOWN`. */
export interface IsTest extends AstNode {
  readonly kind: 'is';
  readonly operand: Expr;
  readonly test: 'NULL' | 'TRUE' | 'FALSE' | 'UNKNOWN';
  readonly not: boolean;
}
/** `a IS [NOT] DISTINCT FROM b`. */
export interface IsDistinct extends AstNode {
  readonly kind: 'is-distinct';
  readonly left: Expr;
  readonly right: Expr;
  readonly not: boolean;
}
export interface Between extends AstNode {
  readonly kind: 'between';
  readonly operand: Expr;
  readonly low: Expr;
  readonly high: Expr;
  readonly not: boolean;
}
/** `[NOT] LIKE` or, with `caseInsensitive`, `[NOT] ILIKE`, with an optional `ESCAPE`. */
export interface Like extends AstNode {
  readonly kind: 'like';
  readonly operand: Expr;
  readonly pattern: Expr;
  readonly escape?: Expr;
  readonly caseInsensitive: boolean;
  readonly not: boolean;
}
export interface InList extends AstNode {
  readonly kind: 'in-list';
  readonly operand: Expr;
  readonly list: readonly Expr[];
  readonly not: boolean;
}
export interface InSubquery extends AstNode {
  readonly kind: 'in-subquery';
  readonly operand: Expr;
  readonly query: Query;
  readonly not: boolean;
}
/** `EXISTS (query)`; `NOT EXISTS` is a `Unary` NOT around it. */
export interface Exists extends AstNode {
  readonly kind: 'exists';
  readonly query: Query;
}
export interface ScalarSubquery extends AstNode {
  readonly kind: 'subquery';
  readonly query: Query;
}

/** A function argument, optionally named (`model => 'x'`). */
export interface FunctionArg extends AstNode {
  readonly name?: Ident;
  readonly value: Expr;
}

/**
 * A function call: scalar, aggregate (`COUNT(DISTINCT x) FILTER (WHERE ...)`), window
 * (`... OVER (...)`), or table function in FROM. ROW(...) and STRUCT(...) are calls too.
 */
export interface Call extends AstNode {
  readonly kind: 'call';
  readonly name: Ident;
  readonly args: readonly FunctionArg[];
  readonly distinct: boolean;
  /** `array_agg(x ORDER BY y)`. */
  readonly orderBy: readonly OrderItem[];
  /** `percentile_cont(0.5) WITHIN GROUP (ORDER BY x)`. */
  readonly withinGroup?: readonly OrderItem[];
  readonly filter?: Expr;
  readonly over?: WindowSpec;
}

export interface WindowSpec extends AstNode {
  readonly partitionBy: readonly Expr[];
  readonly orderBy: readonly OrderItem[];
  readonly frame?: WindowFrame;
}
/** `ROWS | RANGE start` or `ROWS | RANGE BETWEEN start AND end`. */
export interface WindowFrame extends AstNode {
  readonly units: 'ROWS' | 'RANGE';
  readonly start: FrameBound;
  readonly end?: FrameBound;
}
export interface FrameBound extends AstNode {
  readonly bound: 'UNBOUNDED PRECEDING' | 'PRECEDING' | 'CURRENT ROW' | 'FOLLOWING' | 'UNBOUNDED FOLLOWING';
  /** The `n` of `n PRECEDING` / `n FOLLOWING`. */
  readonly offset?: Expr;
}

export interface CaseWhen extends AstNode {
  readonly when: Expr;
  readonly then: Expr;
}
/** `CASE [operand] WHEN .. THEN .. [ELSE ..] END` (simple when `operand` is set). */
export interface Case extends AstNode {
  readonly kind: 'case';
  readonly operand?: Expr;
  readonly whens: readonly CaseWhen[];
  readonly else?: Expr;
}
/** `CAST(x AS T)`, `TRY_CAST(x AS T)` (`try`), and `x::T`. */
export interface Cast extends AstNode {
  readonly kind: 'cast';
  readonly expr: Expr;
  readonly type: DataType;
  readonly try: boolean;
}
/** `a[1]`, `m['k']`. */
export interface Subscript extends AstNode {
  readonly kind: 'subscript';
  readonly base: Expr;
  readonly index: Expr;
}
/** `(expr).field`: field access on something that is not a plain column path. */
export interface FieldAccess extends AstNode {
  readonly kind: 'field';
  readonly base: Expr;
  readonly field: Ident;
}
/** `ARRAY[a, b]`. */
export interface ArrayConstructor extends AstNode {
  readonly kind: 'array';
  readonly elements: readonly Expr[];
}
/** `MAP['k1', v1, 'k2', v2]`. */
export interface MapConstructor extends AstNode {
  readonly kind: 'map';
  readonly entries: readonly { readonly key: Expr; readonly value: Expr }[];
}

// ---------------------------------------------------------------------------------------------
// Queries
// ---------------------------------------------------------------------------------------------

/** A query: optional CTEs, a body, ORDER BY / LIMIT / OFFSET, then the streaming tail clauses. */
export interface Query extends AstNode {
  readonly kind: 'query';
  readonly with: readonly Cte[];
  readonly body: SetExpr;
  readonly orderBy: readonly OrderItem[];
  readonly limit?: Expr;
  readonly offset?: Expr;
  readonly emit?: Emit;
  /** `ALLOW LATENESS <expr>` (usually an interval). */
  readonly lateness?: Expr;
  /** `LATE DATA TO <name>`. */
  readonly lateDataTo?: Ident;
}

export interface Cte extends AstNode {
  readonly name: Ident;
  readonly columns: readonly Ident[];
  readonly query: Query;
}

/** The body of a query; a nested `Query` is a parenthesised query with its own ORDER BY or CTEs. */
export type SetExpr = Select | SetOperation | Values | Query;

export interface SetOperation extends AstNode {
  readonly kind: 'set-op';
  readonly op: 'UNION' | 'INTERSECT' | 'EXCEPT';
  readonly all: boolean;
  readonly left: SetExpr;
  readonly right: SetExpr;
}
export interface Values extends AstNode {
  readonly kind: 'values';
  readonly rows: readonly (readonly Expr[])[];
}
export interface Select extends AstNode {
  readonly kind: 'select';
  readonly distinct: boolean;
  readonly items: readonly SelectItem[];
  /** The comma-separated FROM list (empty when there is no FROM). */
  readonly from: readonly FromItem[];
  readonly where?: Expr;
  readonly groupBy: readonly Expr[];
  readonly having?: Expr;
}
/** A select-list entry; `expr` may be a `Wildcard` (`*`, `t.*`), which never has an alias. */
export interface SelectItem extends AstNode {
  readonly expr: Expr;
  readonly alias?: Ident;
}
export interface OrderItem extends AstNode {
  readonly expr: Expr;
  readonly direction?: 'ASC' | 'DESC';
  readonly nulls?: 'FIRST' | 'LAST';
}

/** The EMIT clause; `interval` is set for `every` (EMIT EVERY / PERIODICALLY INTERVAL ...). */
export interface Emit extends AstNode {
  readonly mode: 'after-watermark' | 'on-window-close' | 'on-update' | 'every' | 'changes' | 'final';
  readonly interval?: Expr;
}

export type FromItem = TableRef | DerivedTable | TableFunction | Join | TemporalProbeJoin;

/** `name [AS alias [(cols)]]`, optionally versioned: `name FOR SYSTEM_TIME AS OF expr`. */
export interface TableRef extends AstNode {
  readonly kind: 'table';
  readonly name: Ident;
  readonly alias?: Alias;
  readonly systemTimeAsOf?: Expr;
}
export interface DerivedTable extends AstNode {
  readonly kind: 'derived';
  readonly query: Query;
  readonly alias?: Alias;
}
/** `TUMBLE(TABLE t, DESCRIPTOR(ts), INTERVAL '1' MINUTE)` (with or without a `TABLE( )` wrapper). */
export interface TableFunction extends AstNode {
  readonly kind: 'table-function';
  readonly call: Call;
  readonly alias?: Alias;
}
export interface Alias extends AstNode {
  readonly name: Ident;
  readonly columns: readonly Ident[];
}

export type JoinType =
  | 'INNER' | 'LEFT' | 'RIGHT' | 'FULL' | 'CROSS'
  | 'SEMI' | 'LEFT SEMI' | 'RIGHT SEMI' | 'ANTI' | 'LEFT ANTI' | 'RIGHT ANTI'
  | 'ASOF';

export interface Join extends AstNode {
  readonly kind: 'join';
  readonly type: JoinType;
  readonly left: FromItem;
  readonly right: FromItem;
  /** ON expr or USING (cols); absent for CROSS JOIN. */
  readonly condition?: { readonly kind: 'on'; readonly expr: Expr } | { readonly kind: 'using'; readonly columns: readonly Ident[] };
  /** ASOF JOIN ... MATCH_CONDITION (expr). */
  readonly matchCondition?: Expr;
}

/** `500ms`, `-5s`: a signed integer and a unit. */
export interface Duration extends AstNode {
  readonly value: number;
  readonly unit: 'ms' | 's' | 'm' | 'h' | 'd';
}

/**
 * `left [LEFT] TEMPORAL PROBE JOIN right ON (k, ...) TIMESTAMPS (lt, rt)
 *  RANGE FROM d TO d STEP d | LIST (d, ...) AS alias`.
 */
export interface TemporalProbeJoin extends AstNode {
  readonly kind: 'temporal-probe';
  readonly type: 'INNER' | 'LEFT';
  readonly left: FromItem;
  readonly right: TableRef;
  readonly keys: readonly Ident[];
  readonly leftTime: ColumnRef;
  readonly rightTime: ColumnRef;
  readonly offsets:
    | { readonly kind: 'range'; readonly from: Duration; readonly to: Duration; readonly step: Duration }
    | { readonly kind: 'list'; readonly values: readonly Duration[] };
  readonly alias: Ident;
}
