/**
 * Printing statements as canonical SQL. A source's columns are always printed before FROM (never
 * as SCHEMA (...)); option keys are printed as strings.
 */
import type { ColumnDef, CreateSource, SqlOption, Statement } from '../ast.js';
import { printConnector, printFormat, printIdent, printKey, printOptionList, printOptionValue, printType, quoteString } from './common.js';
import type { ExprPrinter } from './expr.js';
import type { QueryPrinter } from './query.js';

/** Prints a statement. */
export type StatementPrinter = (s: Statement) => string;

/** Builds the statement printer over the expression and query printers. */
export function statementPrinter(expr: ExprPrinter, query: QueryPrinter): StatementPrinter {
  const head = (s: { orReplace: boolean; ifNotExists: boolean }, object: string, name: string): string =>
    `CREATE ${s.orReplace ? 'OR REPLACE ' : ''}${object} ${s.ifNotExists ? 'IF NOT EXISTS ' : ''}${name}`;

  const withOptions = (options: readonly SqlOption[]): string => (options.length > 0 ? ` WITH ${printOptionList(options)}` : '');

  const column = (c: ColumnDef): string =>
    `${printIdent(c.name)} ${printType(c.type)}${c.notNull ? ' NOT NULL' : ''}${c.default ? ` DEFAULT ${expr(c.default)}` : ''}${c.primaryKey ? ' PRIMARY KEY' : ''}`;

  const sourceElements = (s: CreateSource): string => {
    if (s.columns === undefined && !s.wildcard && !s.watermark) return '';
    const parts = (s.columns ?? []).map(column);
    if (s.wildcard) parts.push(`*${s.wildcard.prefix === undefined ? '' : ` PREFIX ${quoteString(s.wildcard.prefix)}`}`);
    if (s.watermark) parts.push(`WATERMARK FOR ${printIdent(s.watermark.column)}${s.watermark.expr ? ` AS ${expr(s.watermark.expr)}` : ''}`);
    return ` (${parts.join(', ')})`;
  };

  const statement = (s: Statement): string => {
    switch (s.kind) {
      case 'create-source': {
        const from = s.connector ? ` FROM ${printConnector(s.connector)}` : '';
        const format = s.format ? ` ${printFormat(s.format, s.with.length > 0)}` : '';
        return `${head(s, 'SOURCE', printIdent(s.name))}${sourceElements(s)}${from}${format}${withOptions(s.with)}`;
      }
      case 'create-stream':
        return `${head(s, s.continuousQuery ? 'CONTINUOUS QUERY' : 'STREAM', printIdent(s.name))} AS ${query(s.query)}${withOptions(s.with)}`;
      case 'create-materialized-view':
        return `${head(s, 'MATERIALIZED VIEW', printIdent(s.name))} AS ${query(s.query)}${withOptions(s.with)}`;
      case 'create-sink': {
        const from = s.from.kind === 'name' ? printIdent(s.from.name) : `(${query(s.from.query)})`;
        const where = s.where ? ` WHERE ${expr(s.where)}` : '';
        const into = s.intoTable ? ` INTO TABLE ${printIdent(s.intoTable)}` : s.into ? ` INTO ${printConnector(s.into)}` : '';
        const format = s.format ? ` ${printFormat(s.format, s.with.length > 0)}` : '';
        return `${head(s, 'SINK', printIdent(s.name))} FROM ${from}${where}${into}${format}${withOptions(s.with)}`;
      }
      case 'create-table': {
        const parts = s.columns.map(column);
        if (s.primaryKey) parts.push(`PRIMARY KEY (${s.primaryKey.map(printIdent).join(', ')})`);
        return `${head(s, s.lookup ? 'LOOKUP TABLE' : 'TABLE', printIdent(s.name))} (${parts.join(', ')})${withOptions(s.with)}`;
      }
      case 'drop':
        return `DROP ${s.objectType} ${s.ifExists ? 'IF EXISTS ' : ''}${printIdent(s.name)}${s.cascade ? ' CASCADE' : ''}`;
      case 'alter-source':
        return s.action.kind === 'add-column'
          ? `ALTER SOURCE ${printIdent(s.name)} ADD COLUMN ${column(s.action.column)}`
          : `ALTER SOURCE ${printIdent(s.name)} SET ${printOptionList(s.action.options)}`;
      case 'insert': {
        const cols = s.columns.length > 0 ? ` (${s.columns.map(printIdent).join(', ')})` : '';
        return `INSERT INTO ${printIdent(s.table)}${cols} ${query(s.query)}`;
      }
      case 'update': {
        const sets = s.assignments.map((a) => `${printIdent(a.column)} = ${expr(a.value)}`).join(', ');
        return `UPDATE ${printIdent(s.table)}${s.alias ? ` AS ${printIdent(s.alias)}` : ''} SET ${sets}${s.where ? ` WHERE ${expr(s.where)}` : ''}`;
      }
      case 'delete':
        return `DELETE FROM ${printIdent(s.table)}${s.alias ? ` AS ${printIdent(s.alias)}` : ''}${s.where ? ` WHERE ${expr(s.where)}` : ''}`;
      case 'query-statement':
        return query(s.query);
      case 'show':
        return `SHOW ${s.what}`;
      case 'show-create':
        return `SHOW CREATE ${s.objectType} ${printIdent(s.name)}`;
      case 'describe':
        return `DESCRIBE ${s.extended ? 'EXTENDED ' : ''}${printIdent(s.name)}`;
      case 'explain':
        return `EXPLAIN ${s.analyze ? 'ANALYZE ' : ''}${statement(s.statement)}`;
      case 'checkpoint':
        return 'CHECKPOINT';
      case 'restore':
        return `RESTORE FROM CHECKPOINT ${s.checkpointId}`;
      case 'subscribe': {
        const epoch = s.asOfEpoch === undefined ? '' : ` AS OF EPOCH ${s.asOfEpoch}`;
        return `SUBSCRIBE ${printIdent(s.name)}${epoch}${s.where ? ` WHERE ${expr(s.where)}` : ''}${withOptions(s.with)}`;
      }
      case 'declare-cursor':
        return `DECLARE ${printIdent(s.name)} CURSOR FOR ${statement(s.subscribe)}`;
      case 'fetch':
        return `FETCH ${s.count} FROM ${printIdent(s.cursor)}`;
      case 'close':
        return `CLOSE ${printIdent(s.cursor)}`;
      case 'set':
        return `SET ${printKey(s.key)} = ${printOptionValue(s.value)}`;
    }
  };
  return statement;
}
