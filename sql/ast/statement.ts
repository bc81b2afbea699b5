/**
 * AST of statements. Every statement records its own source text in `sql`. See ../ast.ts.
 */
import type { DataType, Ident, AstNode } from './common.js';
import type { Expr, Query } from './expr.js';

// ---------------------------------------------------------------------------------------------
// Statements
// ---------------------------------------------------------------------------------------------

/** `'key' = 'value'` in WITH (...), connector and FORMAT option lists and SET. Keys are plain text. */
export interface SqlOption extends AstNode {
  readonly key: string;
  readonly value: OptionValue;
}
export interface OptionValue extends AstNode {
  readonly kind: 'string' | 'number' | 'boolean' | 'word';
  /** The string's value, the number as written (may start with `-`), TRUE/FALSE, or the bare word. */
  readonly value: string;
}

export interface ColumnDef extends AstNode {
  readonly name: Ident;
  readonly type: DataType;
  readonly notNull: boolean;
  readonly primaryKey: boolean;
  readonly default?: Expr;
}
/** `WATERMARK FOR col [AS expr]`. */
export interface WatermarkDef extends AstNode {
  readonly column: Ident;
  readonly expr?: Expr;
}
/** `FROM KAFKA (k = 'v', ...)`; `name` is lower case with `_` turned into `-` (`postgres-cdc`). */
export interface ConnectorClause extends AstNode {
  readonly name: string;
  readonly options: readonly SqlOption[];
}
/** `FORMAT JSON [WITH (...)]`; `name` is upper case. */
export interface FormatClause extends AstNode {
  readonly name: string;
  readonly options: readonly SqlOption[];
}

export interface StatementNode extends AstNode {
  /** The statement's own source text (without the `;`), so SHOW CREATE can echo it. */
  readonly sql: string;
}

export interface CreateSource extends StatementNode {
  readonly kind: 'create-source';
  readonly orReplace: boolean;
  readonly ifNotExists: boolean;
  readonly name: Ident;
  /** Absent when no column list was written (the connector discovers the schema). */
  readonly columns?: readonly ColumnDef[];
  /** `*` in the column list (schema inference), with an optional `PREFIX 'p'` for inferred names. */
  readonly wildcard?: { readonly prefix?: string };
  readonly watermark?: WatermarkDef;
  readonly connector?: ConnectorClause;
  readonly format?: FormatClause;
  readonly with: readonly SqlOption[];
}

/** CREATE STREAM, or the legacy CREATE CONTINUOUS QUERY (`continuousQuery`). */
export interface CreateStream extends StatementNode {
  readonly kind: 'create-stream';
  readonly continuousQuery: boolean;
  readonly orReplace: boolean;
  readonly ifNotExists: boolean;
  readonly name: Ident;
  readonly query: Query;
  readonly with: readonly SqlOption[];
}
export interface CreateMaterializedView extends StatementNode {
  readonly kind: 'create-materialized-view';
  readonly orReplace: boolean;
  readonly ifNotExists: boolean;
  readonly name: Ident;
  readonly query: Query;
  readonly with: readonly SqlOption[];
}
export interface CreateSink extends StatementNode {
  readonly kind: 'create-sink';
  readonly orReplace: boolean;
  readonly ifNotExists: boolean;
  readonly name: Ident;
  readonly from: { readonly kind: 'name'; readonly name: Ident } | { readonly kind: 'query'; readonly query: Query };
  readonly where?: Expr;
  readonly into?: ConnectorClause;
  /** `INTO TABLE name`: the sink applies its input's changes to a table. */
  readonly intoTable?: Ident;
  readonly format?: FormatClause;
  readonly with: readonly SqlOption[];
}
/** CREATE TABLE, or CREATE LOOKUP TABLE (`lookup`). */
export interface CreateTable extends StatementNode {
  readonly kind: 'create-table';
  readonly lookup: boolean;
  readonly orReplace: boolean;
  readonly ifNotExists: boolean;
  readonly name: Ident;
  readonly columns: readonly ColumnDef[];
  /** The table constraint `PRIMARY KEY (a, b)`; a column's own PRIMARY KEY is on the column. */
  readonly primaryKey?: readonly Ident[];
  readonly with: readonly SqlOption[];
}

export type ObjectType = 'SOURCE' | 'SINK' | 'STREAM' | 'MATERIALIZED VIEW' | 'TABLE' | 'LOOKUP TABLE';

export interface Drop extends StatementNode {
  readonly kind: 'drop';
  readonly objectType: ObjectType;
  readonly ifExists: boolean;
  readonly name: Ident;
  readonly cascade: boolean;
}
export interface AlterSource extends StatementNode {
  readonly kind: 'alter-source';
  readonly name: Ident;
  readonly action: { readonly kind: 'add-column'; readonly column: ColumnDef } | { readonly kind: 'set-options'; readonly options: readonly SqlOption[] };
}
/** INSERT INTO t [(cols)] VALUES ... | query; VALUES is a query whose body is `Values`. */
export interface Insert extends StatementNode {
  readonly kind: 'insert';
  readonly table: Ident;
  readonly columns: readonly Ident[];
  readonly query: Query;
}
/** `column = value` in UPDATE ... SET. */
export interface Assignment extends AstNode {
  readonly column: Ident;
  readonly value: Expr;
}
/** UPDATE t [[AS] alias] SET column = value, ... [WHERE condition]. */
export interface Update extends StatementNode {
  readonly kind: 'update';
  readonly table: Ident;
  readonly alias?: Ident;
  readonly assignments: readonly Assignment[];
  readonly where?: Expr;
}
/** DELETE FROM t [[AS] alias] [WHERE condition]. */
export interface Delete extends StatementNode {
  readonly kind: 'delete';
  readonly table: Ident;
  readonly alias?: Ident;
  readonly where?: Expr;
}
export interface QueryStatement extends StatementNode {
  readonly kind: 'query-statement';
  readonly query: Query;
}

export type ShowWhat = 'SOURCES' | 'SINKS' | 'STREAMS' | 'QUERIES' | 'MATERIALIZED VIEWS' | 'TABLES' | 'LOOKUP TABLES' | 'CHECKPOINT STATUS' | 'CHECKPOINTS' | 'FUNCTIONS' | 'WATERMARKS' | 'HISTORY';

export interface Show extends StatementNode {
  readonly kind: 'show';
  readonly what: ShowWhat;
}
export interface ShowCreate extends StatementNode {
  readonly kind: 'show-create';
  readonly objectType: ObjectType;
  readonly name: Ident;
}
export interface Describe extends StatementNode {
  readonly kind: 'describe';
  readonly extended: boolean;
  readonly name: Ident;
}
export interface Explain extends StatementNode {
  readonly kind: 'explain';
  readonly analyze: boolean;
  readonly statement: Statement;
}
export interface Checkpoint extends StatementNode {
  readonly kind: 'checkpoint';
}
export interface Restore extends StatementNode {
  readonly kind: 'restore';
  readonly checkpointId: number;
}
export interface Subscribe extends StatementNode {
  readonly kind: 'subscribe';
  readonly name: Ident;
  readonly asOfEpoch?: number;
  readonly where?: Expr;
  readonly with: readonly SqlOption[];
}
/** `DECLARE c [NO SCROLL] CURSOR [WITHOUT HOLD] FOR SUBSCRIBE ...` (both flags are the defaults). */
export interface DeclareCursor extends StatementNode {
  readonly kind: 'declare-cursor';
  readonly name: Ident;
  readonly subscribe: Subscribe;
}
/** `FETCH [FORWARD] n|ALL|NEXT [FROM|IN] c`; NEXT is a count of 1. */
export interface Fetch extends StatementNode {
  readonly kind: 'fetch';
  readonly count: number | 'ALL';
  readonly cursor: Ident;
}
export interface Close extends StatementNode {
  readonly kind: 'close';
  readonly cursor: Ident;
}
/** `SET key = value` or `SET key TO value`; `key` may be dotted. */
export interface SetVariable extends StatementNode {
  readonly kind: 'set';
  readonly key: string;
  readonly value: OptionValue;
}

export type Statement =
  | CreateSource
  | CreateStream
  | CreateMaterializedView
  | CreateSink
  | CreateTable
  | Drop
  | AlterSource
  | Insert
  | Update
  | Delete
  | QueryStatement
  | Show
  | ShowCreate
  | Describe
  | Explain
  | Checkpoint
  | Restore
  | Subscribe
  | DeclareCursor
  | Fetch
  | Close
  | SetVariable;
