/**
 * DDL: CREATE SOURCE / STREAM / CONTINUOUS QUERY / MATERIALIZED VIEW / SINK / TABLE / LOOKUP TABLE,
 * DROP, and ALTER SOURCE. Statements come back without their `sql` text; the dispatcher adds it.
 */
import type {
  AlterSource, ColumnDef, ConnectorClause, CreateSink, CreateSource, CreateTable, Drop, Expr, FormatClause, Ident,
  ObjectType, Statement, WatermarkDef,
} from '../ast.js';
import { SqlErrorCode, didYouMean } from '../errors.js';
import type { Token } from '../lexer.js';
import { Cursor, atQueryStart } from './cursor.js';
import { parseExpr } from './expressions.js';
import { parseConnector, parseFormat, parseOptionList, parseWithOptions } from './options.js';
import { parseQuery } from './query.js';
import { TYPE_NAMES, parseType } from './types.js';

/** A statement before the dispatcher attaches its source text. */
export type Parsed<S extends Statement = Statement> = S extends Statement ? Omit<S, 'sql'> : never;

const CREATE_OBJECTS = ['SOURCE', 'SINK', 'STREAM', 'MATERIALIZED VIEW', 'TABLE', 'LOOKUP TABLE', 'CONTINUOUS QUERY'];

/** CREATE [OR REPLACE] <object> [IF NOT EXISTS] name ... */
export function parseCreate(c: Cursor): Parsed {
  const start = c.next();
  let orReplace = false;
  if (c.atWord('OR')) {
    c.expectWord('OR', 'REPLACE');
    orReplace = true;
  }
  const t = c.peek();
  const kind = objectKind(c);
  if (kind === undefined) {
    const hint = t.kind === 'ident' || t.kind === 'keyword' ? didYouMean(t.text, CREATE_OBJECTS) : '';
    throw c.error(SqlErrorCode.unexpectedToken, `expected ${CREATE_OBJECTS.join(', ')} after CREATE, found ${t.kind === 'eof' ? 'end of input' : `'${t.text}'`}${hint}`, t);
  }
  const ifNotExists = eatIfNotExists(c);
  const name = c.ident(`a name for the ${kind.toLowerCase()}`);
  const head = { orReplace, ifNotExists, name };
  switch (kind) {
    case 'SOURCE':
      return parseCreateSource(c, start, head);
    case 'SINK':
      return parseCreateSink(c, start, head);
    case 'TABLE':
    case 'LOOKUP TABLE':
      return parseCreateTable(c, start, head, kind === 'LOOKUP TABLE');
    default: {
      c.expectWord('AS');
      const query = parseQuery(c);
      const options = parseWithOptions(c);
      if (kind === 'MATERIALIZED VIEW') return { kind: 'create-materialized-view', ...head, query, with: options, span: c.span(start) };
      return { kind: 'create-stream', continuousQuery: kind === 'CONTINUOUS QUERY', ...head, query, with: options, span: c.span(start) };
    }
  }
}

/** Consumes the object kind after CREATE or DROP or SHOW CREATE. */
function objectKind(c: Cursor): ObjectType | 'CONTINUOUS QUERY' | undefined {
  for (const kind of CREATE_OBJECTS) {
    const words = kind.split(' ');
    if (c.atWord(...words)) {
      words.forEach(() => c.next());
      return kind as ObjectType;
    }
  }
  return undefined;
}

function eatIfNotExists(c: Cursor): boolean {
  if (!c.atWord('IF', 'NOT')) return false;
  c.expectWord('IF', 'NOT', 'EXISTS');
  return true;
}

interface Head {
  orReplace: boolean;
  ifNotExists: boolean;
  name: Ident;
}

/** The elements of a column list: columns, `*` [PREFIX 'p'], WATERMARK FOR, PRIMARY KEY (...). */
interface Elements {
  columns: ColumnDef[];
  wildcard?: { prefix?: string };
  watermark?: WatermarkDef;
  primaryKey?: Ident[];
  /** Where each optional element was, for errors about it. */
  at: { wildcard?: Token; watermark?: Token; primaryKey?: Token };
}

function parseElements(c: Cursor): Elements {
  const out: Elements = { columns: [], at: {} };
  c.expectOp('(', 'to start the column list');
  do {
    const t = c.peek();
    if (c.atOp('*')) {
      c.next();
      if (out.wildcard) throw c.error(SqlErrorCode.unexpectedToken, "'*' appears twice in the column list", t);
      out.wildcard = c.eatWord('PREFIX') ? { prefix: expectString(c, "the prefix after PREFIX (e.g. PREFIX 'src_')") } : {};
      out.at.wildcard = t;
    } else if (c.atWord('WATERMARK', 'FOR')) {
      if (out.watermark) throw c.error(SqlErrorCode.unexpectedToken, 'a source can have only one WATERMARK', t);
      c.next();
      c.next();
      const column = c.ident('the event-time column after WATERMARK FOR');
      const expr = c.eatWord('AS') ? parseExpr(c) : undefined;
      out.watermark = { column, expr, span: c.span(t) };
      out.at.watermark = t;
    } else if (c.atWord('PRIMARY')) {
      c.expectWord('PRIMARY', 'KEY');
      if (out.primaryKey) throw c.error(SqlErrorCode.unexpectedToken, 'PRIMARY KEY is given twice', t);
      out.primaryKey = c.parenList(() => c.ident('a key column'), 'the PRIMARY KEY columns');
      out.at.primaryKey = t;
    } else {
      out.columns.push(parseColumnDef(c));
    }
  } while (c.eatOp(','));
  c.expectOp(')', 'to close the column list (or a comma before the next column)');
  return out;
}

function expectString(c: Cursor, what: string): string {
  const t = c.peek();
  if (t.kind !== 'string') throw c.unexpected(what);
  c.next();
  return t.value;
}

/** `name TYPE [NOT NULL | NULL] [DEFAULT expr] [PRIMARY KEY]`, constraints in any order. */
export function parseColumnDef(c: Cursor): ColumnDef {
  const t = c.peek();
  if (c.atWord('WATERMARK') && !c.atWord('WATERMARK', 'FOR') && Cursor.isIdentToken(c.peek(1)) && !isTypeFollow(c)) {
    throw c.unexpected('FOR after WATERMARK (write WATERMARK FOR <column> [AS <expr>])', ['FOR'], c.peek(1));
  }
  const name = c.ident('a column name');
  if (c.atWord('FOR')) {
    // `WATERMAK FOR ts`: a misspelled WATERMARK reads as a column name followed by FOR.
    throw c.error(SqlErrorCode.unexpectedToken, `expected a data type after column '${t.text}', found 'FOR'${didYouMean(t.text, ['WATERMARK'])}`, t);
  }
  const type = parseType(c);
  let notNull = false;
  let primaryKey = false;
  let defaultValue: Expr | undefined;
  for (;;) {
    if (c.atWord('NOT', 'NULL')) {
      c.next();
      c.next();
      notNull = true;
    } else if (c.eatWord('NULL')) {
      notNull = false;
    } else if (c.atWord('PRIMARY')) {
      c.expectWord('PRIMARY', 'KEY');
      primaryKey = true;
    } else if (c.eatWord('DEFAULT')) {
      defaultValue = parseExpr(c);
    } else {
      return { name, type, notNull, primaryKey, default: defaultValue, span: c.span(t) };
    }
  }
}

/** True if the token after a leading WATERMARK looks like a type, i.e. WATERMARK is a column name. */
function isTypeFollow(c: Cursor): boolean {
  const t = c.peek(1);
  return (t.kind === 'ident' || t.kind === 'keyword') && TYPE_NAMES.includes(t.value.toUpperCase());
}

function parseCreateSource(c: Cursor, start: Token, head: Head): Parsed<CreateSource> {
  let elements = c.atOp('(') ? parseElements(c) : undefined;
  let connector: ConnectorClause | undefined;
  let format: FormatClause | undefined;
  if (c.eatWord('FROM')) connector = parseConnector(c);
  if (c.atWord('FORMAT')) {
    if (connector === undefined) throw c.error(SqlErrorCode.unexpectedToken, 'FORMAT requires a connector: write FROM <connector> (...) before FORMAT');
    format = parseFormat(c);
  }
  if (c.atWord('SCHEMA')) {
    const t = c.next();
    if (elements !== undefined) throw c.error(SqlErrorCode.unexpectedToken, 'the columns are given twice: use either a column list after the name or SCHEMA (...), not both', t);
    elements = parseElements(c);
  }
  const options = parseWithOptions(c);
  if (elements?.primaryKey) throw c.error(SqlErrorCode.unsupported, 'PRIMARY KEY constraints are only allowed in CREATE TABLE', elements.at.primaryKey);
  return {
    kind: 'create-source', ...head, columns: elements?.columns, wildcard: elements?.wildcard, watermark: elements?.watermark,
    connector, format, with: options, span: c.span(start),
  };
}

function parseCreateSink(c: Cursor, start: Token, head: Head): Parsed<CreateSink> {
  c.expectWord('FROM');
  let from: CreateSink['from'];
  if (c.atOp('(')) {
    c.next();
    if (!atQueryStart(c) && !c.atOp('(')) throw c.unexpected('a query in parentheses after FROM (write FROM (SELECT ...))');
    from = { kind: 'query', query: parseQuery(c) };
    c.expectOp(')', 'to close the sink query');
  } else {
    from = { kind: 'name', name: c.ident('the stream, table or source the sink reads') };
  }
  const where = c.eatWord('WHERE') ? parseExpr(c) : undefined;
  let into: CreateSink['into'];
  let intoTable: Ident | undefined;
  if (c.eatWord('INTO')) {
    if (c.eatWord('TABLE')) intoTable = c.ident('the table the sink writes into');
    else into = parseConnector(c);
  }
  const format = c.atWord('FORMAT') ? parseFormat(c) : undefined;
  const options = parseWithOptions(c);
  return { kind: 'create-sink', ...head, from, where, into, ...(intoTable ? { intoTable } : {}), format, with: options, span: c.span(start) };
}

function parseCreateTable(c: Cursor, start: Token, head: Head, lookup: boolean): Parsed<CreateTable> {
  const elements = parseElements(c);
  if (elements.wildcard) throw c.error(SqlErrorCode.unsupported, "'*' (schema inference) is only allowed in CREATE SOURCE", elements.at.wildcard);
  if (elements.watermark) throw c.error(SqlErrorCode.unsupported, 'WATERMARK is only allowed in CREATE SOURCE', elements.at.watermark);
  const options = parseWithOptions(c);
  return { kind: 'create-table', lookup, ...head, columns: elements.columns, primaryKey: elements.primaryKey, with: options, span: c.span(start) };
}

const DROP_OBJECTS = ['SOURCE', 'SINK', 'STREAM', 'MATERIALIZED VIEW', 'TABLE', 'LOOKUP TABLE'];

/** DROP <object> [IF EXISTS] name [CASCADE]. */
export function parseDrop(c: Cursor): Parsed<Drop> {
  const start = c.next();
  const t = c.peek();
  const objectType = objectKind(c);
  if (objectType === undefined || objectType === 'CONTINUOUS QUERY') {
    const hint = t.kind === 'ident' || t.kind === 'keyword' ? didYouMean(t.text, DROP_OBJECTS) : '';
    throw c.error(SqlErrorCode.unexpectedToken, `expected ${DROP_OBJECTS.join(', ')} after DROP, found ${t.kind === 'eof' ? 'end of input' : `'${t.text}'`}${hint}`, t);
  }
  let ifExists = false;
  if (c.atWord('IF', 'EXISTS')) {
    c.next();
    c.next();
    ifExists = true;
  }
  const name = c.ident(`the name of the ${objectType.toLowerCase()} to drop`);
  const cascade = c.eatWord('CASCADE');
  return { kind: 'drop', objectType, ifExists, name, cascade, span: c.span(start) };
}

/** ALTER SOURCE s ADD [COLUMN] c TYPE | ALTER SOURCE s SET (options). */
export function parseAlter(c: Cursor): Parsed<AlterSource> {
  const start = c.next();
  if (!c.atWord('SOURCE')) throw c.unexpected('SOURCE after ALTER (only ALTER SOURCE is supported)', ['SOURCE']);
  c.next();
  const name = c.ident('the source to alter');
  if (c.eatWord('ADD')) {
    // COLUMN is optional, and may itself be a column name: `ADD column INT`.
    if (c.atWord('COLUMN') && (Cursor.isIdentToken(c.peek(2)) || c.peek(2).kind === 'keyword')) c.next();
    return { kind: 'alter-source', name, action: { kind: 'add-column', column: parseColumnDef(c) }, span: c.span(start) };
  }
  if (c.eatWord('SET')) {
    return { kind: 'alter-source', name, action: { kind: 'set-options', options: parseOptionList(c, 'the options to set') }, span: c.span(start) };
  }
  throw c.unexpected('ADD [COLUMN] or SET (...) after ALTER SOURCE <name>', ['ADD', 'SET']);
}
