/**
 * Property tests over generated ASTs: for every generated expression, query and statement,
 * `parse(print(ast))` equals `ast` (spans aside). The seed is logged; set LAMINARDB_SEED to replay.
 */
import test, { type ExecutionContext } from 'ava';
import fc from 'fast-check';
import { isDeepStrictEqual } from 'node:util';
import type {
  Alias, Call, ColumnDef, Cte, DataType, Duration, Emit, Expr, FromItem, FunctionArg, Ident, IntervalUnit, Join,
  OptionValue, OrderItem, Query, Select, SelectItem, SetExpr, SqlOption, Statement, TableRef, WindowSpec,
} from './ast.js';
import { SqlError, parse, parseExpression, print, stripSpans } from './index.js';

const seed = process.env.LAMINARDB_SEED === undefined ? Date.now() % 0x7fffffff : Number(process.env.LAMINARDB_SEED);
const RUNS = Number(process.env.LAMINARDB_RUNS ?? 300);

// Generated nodes carry a dummy span; comparisons strip spans anyway.
const span = { offset: 0, length: 0, line: 1, column: 1 };
const opt = <T>(arb: fc.Arbitrary<T>, freq = 3): fc.Arbitrary<T | undefined> => fc.option(arb, { nil: undefined, freq });
const list = <T>(arb: fc.Arbitrary<T>, minLength: number, maxLength: number) => fc.array(arb, { minLength, maxLength });

/** Text that never contains a `${` placeholder (parse would try to substitute it). */
const text = (maxLength: number) => fc.string({ unit: 'grapheme', maxLength }).filter((s) => !s.includes('${'));

// --- identifiers -------------------------------------------------------------------------------

/** Names that exercise the quoting rules: keywords as names, mixed case, reserved words, spaces. */
const NAMES = ['a', 'b', 'x', 'price', 'sym', 'ts', 't1', 'key', 'data', 'offset', 'end', 'source', 'emit', 'window',
  'watermark', 'Price', 'mixedCase', 'select', 'from', 'table', 'order', 'two words', 'é', 'array', 'map', 'date', 'interval'];
const ident: fc.Arbitrary<Ident> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...NAMES).map((value) => ({ kind: 'ident' as const, value, quoted: false, span })) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 5 }).filter((s) => !s.includes('${'))
    .map((value) => ({ kind: 'ident' as const, value, quoted: value !== value.toLowerCase(), span })) },
);
const FUNCTIONS = ['f', 'sum', 'COUNT', 'tumble', 'Hop', 'coalesce', 'left', 'array', 'date', 'end', 'filter', 'select'];
const functionName: fc.Arbitrary<Ident> = fc.constantFrom(...FUNCTIONS).map((value) => ({ kind: 'ident', value, quoted: false, span }));

// --- data types --------------------------------------------------------------------------------

const dataType: fc.Arbitrary<DataType> = fc.letrec<{ type: DataType }>((tie) => ({
  type: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom('boolean', 'int8', 'int16', 'int32', 'int64', 'float32', 'float64', 'binary', 'date', 'interval', 'json', 'jsonb')
      .map((name) => ({ kind: 'type', name, span }) as DataType),
    fc.tuple(opt(fc.integer({ min: 1, max: 38 })), fc.integer({ min: 0, max: 10 }))
      .map(([precision, scale]) => ({ kind: 'type', name: 'decimal', precision, scale: precision === undefined ? undefined : scale, span }) as DataType),
    opt(fc.integer({ min: 1, max: 255 })).map((length) => ({ kind: 'type', name: 'varchar', length, span }) as DataType),
    opt(fc.integer({ min: 1, max: 9 })).map((length) => ({ kind: 'type', name: 'char', length, span }) as DataType),
    opt(fc.integer({ min: 0, max: 9 })).map((precision) => ({ kind: 'type', name: 'time', precision, span }) as DataType),
    fc.tuple(opt(fc.integer({ min: 0, max: 9 })), fc.boolean())
      .map(([precision, withTimeZone]) => ({ kind: 'type', name: 'timestamp', precision, withTimeZone, span }) as DataType),
    tie('type').map((element) => ({ kind: 'type', name: 'array', element, span }) as DataType),
    list(fc.record({ name: ident, type: tie('type'), span: fc.constant(span) }), 1, 3).map((fields) => ({ kind: 'type', name: 'struct', fields, span }) as DataType),
    fc.tuple(tie('type'), tie('type')).map(([key, value]) => ({ kind: 'type', name: 'map', key, value, span }) as DataType),
  ),
})).type;

// --- expressions -------------------------------------------------------------------------------

const UNITS: IntervalUnit[] = ['YEAR', 'MONTH', 'WEEK', 'DAY', 'HOUR', 'MINUTE', 'SECOND', 'MILLISECOND', 'MICROSECOND', 'NANOSECOND'];
const intervalLiteral: fc.Arbitrary<Expr> = fc.tuple(fc.oneof(text(6), fc.constantFrom('5', '1 day 2 hours')), opt(fc.constantFrom(...UNITS), 2), opt(fc.constantFrom(...UNITS), 4))
  .map(([value, unit, toUnit]) => ({ kind: 'interval', value, unit, toUnit: unit === undefined ? undefined : toUnit, span }));

const leaf: fc.Arbitrary<Expr> = fc.oneof(
  fc.constantFrom('0', '42', '1.5', '.5', '1e3', '2.5E-3', '007').map((value) => ({ kind: 'number', value, span }) as Expr),
  text(6).map((value) => ({ kind: 'string', value, span }) as Expr),
  fc.boolean().map((value) => ({ kind: 'boolean', value, span }) as Expr),
  fc.constant({ kind: 'null', span } as Expr),
  fc.tuple(fc.constantFrom('DATE', 'TIME', 'TIMESTAMP', 'TIMESTAMPTZ') as fc.Arbitrary<'DATE'>, text(10))
    .map(([type, value]) => ({ kind: 'typed-literal', type, value, span }) as Expr),
  intervalLiteral,
  list(ident, 1, 3).map((parts) => ({ kind: 'column', parts, span }) as Expr),
);

/** A small query for subqueries inside expressions (kept shallow so generation terminates). */
const simpleQuery: fc.Arbitrary<Query> = fc.tuple(list(leaf, 1, 2), ident, opt(leaf)).map(([items, table, where]) => ({
  kind: 'query', with: [], orderBy: [], span,
  body: { kind: 'select', distinct: false, items: items.map((expr) => ({ expr, span })), from: [{ kind: 'table', name: table, span }], where, groupBy: [], span },
}));

const BINARY_OPS = ['OR', 'AND', '=', '<>', '<', '<=', '>', '>=', '||', '+', '-', '*', '/', '%', '->', '->>'] as const;

const exprs = fc.letrec<{ expr: Expr; call: Call; window: WindowSpec; order: OrderItem }>((tie) => {
  const e = tie('expr');
  const order: fc.Arbitrary<OrderItem> = fc.record({
    expr: e, direction: opt(fc.constantFrom('ASC' as const, 'DESC' as const)), nulls: opt(fc.constantFrom('FIRST' as const, 'LAST' as const)), span: fc.constant(span),
  });
  const bound = fc.oneof(
    fc.constantFrom('UNBOUNDED PRECEDING', 'CURRENT ROW', 'UNBOUNDED FOLLOWING').map((b) => ({ bound: b, span }) as const),
    fc.tuple(fc.constantFrom('PRECEDING' as const, 'FOLLOWING' as const), e).map(([b, offset]) => ({ bound: b, offset, span })),
  );
  const window: fc.Arbitrary<WindowSpec> = fc.record({
    partitionBy: list(e, 0, 2), orderBy: list(order, 0, 2),
    frame: opt(fc.record({ units: fc.constantFrom('ROWS' as const, 'RANGE' as const), start: bound, end: opt(bound), span: fc.constant(span) })),
    span: fc.constant(span),
  });
  const arg: fc.Arbitrary<FunctionArg> = fc.oneof(
    { weight: 4, arbitrary: e.map((value) => ({ value, span })) },
    { weight: 1, arbitrary: fc.tuple(ident, e).map(([name, value]) => ({ name, value, span })) },
    { weight: 1, arbitrary: ident.map((name) => ({ value: { kind: 'table-arg', name, span } as Expr, span })) },
  );
  const call: fc.Arbitrary<Call> = fc.oneof(
    fc.tuple(functionName, list(arg, 0, 3), fc.boolean(), list(order, 0, 2), opt(e), opt(window)).map(([name, args, distinct, orderBy, filter, over]) => ({
      kind: 'call', name, args, distinct: distinct && args.length > 0, orderBy: args.length > 0 ? orderBy : [], filter, over, span,
    }) as Call),
    fc.constant({ kind: 'call', name: { kind: 'ident', value: 'COUNT', quoted: false, span }, args: [{ value: { kind: 'wildcard', span }, span }], distinct: false, orderBy: [], span } as Call),
  );
  const not = fc.boolean();
  return {
    order,
    window,
    call,
    expr: fc.oneof(
      { depthSize: 'small', withCrossShrink: true, maxDepth: 4 },
      { weight: 6, arbitrary: leaf },
      fc.tuple(fc.constantFrom('-' as const, '+' as const, 'NOT' as const), e).map(([op, operand]) => ({ kind: 'unary', op, operand, span }) as Expr),
      { weight: 4, arbitrary: fc.tuple(fc.constantFrom(...BINARY_OPS), e, e).map(([op, left, right]) => ({ kind: 'binary', op, left, right, span }) as Expr) },
      fc.tuple(e, fc.constantFrom('NULL' as const, 'TRUE' as const, 'FALSE' as const, 'UNKNOWN' as const), not).map(([operand, t, n]) => ({ kind: 'is', operand, test: t, not: n, span }) as Expr),
      fc.tuple(e, e, not).map(([left, right, n]) => ({ kind: 'is-distinct', left, right, not: n, span }) as Expr),
      fc.tuple(e, e, e, not).map(([operand, low, high, n]) => ({ kind: 'between', operand, low, high, not: n, span }) as Expr),
      fc.tuple(e, e, opt(e), fc.boolean(), not).map(([operand, pattern, escape, ci, n]) => ({ kind: 'like', operand, pattern, escape, caseInsensitive: ci, not: n, span }) as Expr),
      fc.tuple(e, list(e, 1, 3), not).map(([operand, l, n]) => ({ kind: 'in-list', operand, list: l, not: n, span }) as Expr),
      fc.tuple(e, simpleQuery, not).map(([operand, query, n]) => ({ kind: 'in-subquery', operand, query, not: n, span }) as Expr),
      simpleQuery.map((query) => ({ kind: 'exists', query, span }) as Expr),
      simpleQuery.map((query) => ({ kind: 'subquery', query, span }) as Expr),
      { weight: 2, arbitrary: call },
      fc.tuple(opt(e), list(fc.record({ when: e, then: e, span: fc.constant(span) }), 1, 3), opt(e))
        .map(([operand, whens, otherwise]) => ({ kind: 'case', operand, whens, else: otherwise, span }) as Expr),
      fc.tuple(e, dataType, fc.boolean()).map(([expr, type, isTry]) => ({ kind: 'cast', expr, type, try: isTry, span }) as Expr),
      fc.tuple(e, e).map(([base, index]) => ({ kind: 'subscript', base, index, span }) as Expr),
      fc.tuple(e, ident).map(([base, field]) => ({ kind: 'field', base, field, span }) as Expr),
      list(e, 0, 3).map((elements) => ({ kind: 'array', elements, span }) as Expr),
      list(fc.record({ key: e, value: e }), 0, 2).map((entries) => ({ kind: 'map', entries, span }) as Expr),
    ),
  };
});
const expr = exprs.expr;

// --- queries -----------------------------------------------------------------------------------

const alias: fc.Arbitrary<Alias> = fc.record({ name: ident, columns: list(ident, 0, 2), span: fc.constant(span) });
const duration: fc.Arbitrary<Duration> = fc.tuple(fc.integer({ min: -100, max: 100 }), fc.constantFrom('ms', 's', 'm', 'h', 'd') as fc.Arbitrary<'s'>)
  .map(([value, unit]) => ({ value, unit, span }));
const column = (maxParts: number) => list(ident, 1, maxParts).map((parts) => ({ kind: 'column' as const, parts, span }));

const queries = fc.letrec<{ query: Query; body: SetExpr; select: Select; from: FromItem; factor: FromItem }>((tie) => {
  const tableRef: fc.Arbitrary<TableRef> = fc.record({ kind: fc.constant('table' as const), name: ident, alias: opt(alias), systemTimeAsOf: opt(expr, 5), span: fc.constant(span) });
  const windowCall: fc.Arbitrary<Call> = fc.tuple(fc.constantFrom('TUMBLE', 'HOP', 'SESSION', 'CUMULATE'), ident, ident, list(intervalLiteral, 1, 2)).map(([fn, table, ts, sizes]) => ({
    kind: 'call', name: { kind: 'ident', value: fn, quoted: false, span }, distinct: false, orderBy: [], span,
    args: [
      { value: { kind: 'table-arg', name: table, span }, span },
      { value: { kind: 'call', name: { kind: 'ident', value: 'DESCRIPTOR', quoted: false, span }, args: [{ value: { kind: 'column', parts: [ts], span }, span }], distinct: false, orderBy: [], span }, span },
      ...sizes.map((value) => ({ value, span })),
    ],
  }));
  const factor: fc.Arbitrary<FromItem> = fc.oneof(
    { depthSize: 'small', maxDepth: 2 },
    { weight: 4, arbitrary: tableRef },
    fc.tuple(tie('query'), opt(alias, 2)).map(([query, a]) => ({ kind: 'derived', query, alias: a, span }) as FromItem),
    fc.tuple(windowCall, opt(alias)).map(([call, a]) => ({ kind: 'table-function', call, alias: a, span }) as FromItem),
  );
  const JOINS = ['INNER', 'LEFT', 'RIGHT', 'FULL', 'CROSS', 'SEMI', 'LEFT SEMI', 'RIGHT SEMI', 'ANTI', 'LEFT ANTI', 'RIGHT ANTI', 'ASOF'] as const;
  const join: fc.Arbitrary<FromItem> = fc.tuple(tie('from'), factor, fc.constantFrom(...JOINS), fc.boolean(), expr, list(ident, 1, 2), opt(expr))
    .map(([left, right, type, useOn, on, using, match]): Join => ({
      kind: 'join', type, left, right, span,
      condition: type === 'CROSS' ? undefined : useOn ? { kind: 'on', expr: on } : { kind: 'using', columns: using },
      matchCondition: type === 'ASOF' ? match : undefined,
    }));
  const offsets = fc.oneof(
    fc.tuple(duration, duration, duration).map(([from, to, step]) => ({ kind: 'range' as const, from, to, step })),
    list(duration, 1, 4).map((values) => ({ kind: 'list' as const, values })),
  );
  const probe: fc.Arbitrary<FromItem> = fc.tuple(tie('from'), ident, opt(alias), fc.constantFrom('INNER' as const, 'LEFT' as const), list(ident, 1, 2), column(2), column(2), offsets, ident)
    .map(([left, name, a, type, keys, leftTime, rightTime, o, probeAlias]) => ({
      kind: 'temporal-probe', type, left, right: { kind: 'table', name, alias: a, span }, keys, leftTime, rightTime, offsets: o, alias: probeAlias, span,
    }));
  const from: fc.Arbitrary<FromItem> = fc.oneof({ depthSize: 'small', maxDepth: 3 }, { weight: 3, arbitrary: factor }, join, probe);

  const item: fc.Arbitrary<SelectItem> = fc.oneof(
    { weight: 4, arbitrary: fc.tuple(expr, opt(ident, 2)).map(([e, a]) => ({ expr: e, alias: a, span })) },
    fc.constant({ expr: { kind: 'wildcard', span } as Expr, span }),
    list(ident, 1, 2).map((qualifier) => ({ expr: { kind: 'wildcard', qualifier, span } as Expr, span })),
  );
  const select: fc.Arbitrary<Select> = fc.record({
    kind: fc.constant('select' as const), distinct: fc.boolean(), items: list(item, 1, 3), from: list(from, 0, 2),
    where: opt(expr), groupBy: list(expr, 0, 2), having: opt(expr, 4), span: fc.constant(span),
  });
  const body: fc.Arbitrary<SetExpr> = fc.oneof(
    { depthSize: 'small', maxDepth: 2 },
    { weight: 4, arbitrary: select },
    list(list(expr, 1, 2), 1, 2).map((rows) => ({ kind: 'values', rows, span }) as SetExpr),
    fc.tuple(fc.constantFrom('UNION' as const, 'INTERSECT' as const, 'EXCEPT' as const), fc.boolean(), tie('body'), tie('body'))
      .map(([op, all, left, right]) => ({ kind: 'set-op', op, all, left, right, span }) as SetExpr),
    // A parenthesised query keeps its own node only when it carries ORDER BY (otherwise it is unwrapped).
    tie('query').filter((q) => q.orderBy.length > 0) as fc.Arbitrary<SetExpr>,
  );
  const emit: fc.Arbitrary<Emit> = fc.oneof(
    fc.constantFrom('after-watermark', 'on-window-close', 'on-update', 'changes', 'final').map((mode) => ({ mode, span }) as Emit),
    intervalLiteral.map((interval) => ({ mode: 'every', interval, span }) as Emit),
  );
  const cte: fc.Arbitrary<Cte> = fc.record({ name: ident, columns: list(ident, 0, 2), query: simpleQuery, span: fc.constant(span) });
  const query: fc.Arbitrary<Query> = fc.record({
    kind: fc.constant('query' as const), with: list(cte, 0, 1), body, orderBy: list(exprs.order, 0, 2), limit: opt(expr, 4), offset: opt(expr, 4),
    emit: opt(emit, 4), lateness: opt(intervalLiteral, 5), lateDataTo: opt(ident, 5), span: fc.constant(span),
  }).map(unwrapBare);
  return { query, body, select, from, factor };
});

/** The parser's normalisation: a query with nothing of its own around a parenthesised query is that query. */
function unwrapBare(q: Query): Query {
  const bare = q.with.length === 0 && q.orderBy.length === 0 && !q.limit && !q.offset && !q.emit && !q.lateness && !q.lateDataTo;
  return bare && q.body.kind === 'query' ? q.body : q;
}

// --- statements --------------------------------------------------------------------------------

const optionValue: fc.Arbitrary<OptionValue> = fc.oneof(
  text(8).map((value) => ({ kind: 'string', value, span }) as OptionValue),
  fc.constantFrom('1', '-5', '2.5', '1000').map((value) => ({ kind: 'number', value, span }) as OptionValue),
  fc.constantFrom('TRUE', 'FALSE').map((value) => ({ kind: 'boolean', value, span }) as OptionValue),
  fc.constantFrom('fast', 'earliest', 'SELECT', 'true', 'a b').map((value) => ({ kind: 'word', value, span }) as OptionValue),
);
const option: fc.Arbitrary<SqlOption> = fc.record({ key: fc.oneof(fc.constantFrom('topic', 'group.id', 'format'), text(6)), value: optionValue, span: fc.constant(span) });
const options = list(option, 0, 3);
const columnDef: fc.Arbitrary<ColumnDef> = fc.record({ name: ident, type: dataType, notNull: fc.boolean(), primaryKey: fc.boolean(), default: opt(expr, 4), span: fc.constant(span) });
const connector = fc.record({ name: fc.constantFrom('kafka', 'postgres-cdc', 'delta-lake', 'otel', 'files'), options, span: fc.constant(span) });
const format = fc.record({ name: fc.constantFrom('JSON', 'AVRO', 'CSV'), options, span: fc.constant(span) });
const head = { orReplace: fc.boolean(), ifNotExists: fc.boolean(), name: ident, span: fc.constant(span), sql: fc.constant('') };

const statement: fc.Arbitrary<Statement> = fc.oneof(
  fc.record({
    kind: fc.constant('create-source' as const), ...head, columns: opt(list(columnDef, 0, 3), 4),
    wildcard: opt(fc.record({ prefix: opt(text(4)) }), 4), watermark: opt(fc.record({ column: ident, expr: opt(expr), span: fc.constant(span) }), 2),
    connector: opt(connector), format: opt(format), with: options,
  }).map((s) => {
    // A column list is written when any of its elements is; an empty list cannot be written.
    const listed = s.columns !== undefined || s.wildcard !== undefined || s.watermark !== undefined;
    const columns = listed ? s.columns ?? [] : undefined;
    const empty = columns !== undefined && columns.length === 0 && !s.wildcard && !s.watermark;
    return { ...s, columns: empty ? undefined : columns, format: s.connector ? s.format : undefined } as Statement;
  }),
  fc.record({ kind: fc.constant('create-stream' as const), continuousQuery: fc.boolean(), ...head, query: queries.query, with: options }),
  fc.record({ kind: fc.constant('create-materialized-view' as const), ...head, query: queries.query, with: options }),
  fc.record({
    kind: fc.constant('create-sink' as const), ...head,
    from: fc.oneof(ident.map((name) => ({ kind: 'name' as const, name })), queries.query.map((query) => ({ kind: 'query' as const, query }))),
    where: opt(expr), into: opt(connector), format: opt(format), with: options,
  }),
  fc.record({
    kind: fc.constant('create-table' as const), lookup: fc.boolean(), ...head, columns: list(columnDef, 1, 3), primaryKey: opt(list(ident, 1, 2)), with: options,
  }),
  fc.record({
    kind: fc.constant('drop' as const), objectType: fc.constantFrom('SOURCE', 'SINK', 'STREAM', 'MATERIALIZED VIEW', 'TABLE', 'LOOKUP TABLE') as fc.Arbitrary<'SOURCE'>,
    ifExists: fc.boolean(), name: ident, cascade: fc.boolean(), span: fc.constant(span), sql: fc.constant(''),
  }),
  fc.record({ kind: fc.constant('query-statement' as const), query: queries.query, span: fc.constant(span), sql: fc.constant('') }),
  fc.record({
    kind: fc.constant('subscribe' as const), name: ident, asOfEpoch: opt(fc.nat()), where: opt(expr), with: options, span: fc.constant(span), sql: fc.constant(''),
  }),
  fc.record({
    kind: fc.constant('set' as const), key: fc.oneof(fc.constantFrom('parallelism', 'a.b.c', 'Mixed.Case'), text(5).filter((k) => k.length > 0)),
    value: optionValue, span: fc.constant(span), sql: fc.constant(''),
  }),
  fc.record({
    kind: fc.constant('insert' as const), table: ident, columns: list(ident, 0, 2), query: queries.query, span: fc.constant(span), sql: fc.constant(''),
  }),
);

// --- properties --------------------------------------------------------------------------------

/** Runs a property; a failure reports the seed, the shrunk path and the SQL (not the raw tree). */
function check<T>(t: ExecutionContext, arb: fc.Arbitrary<T>, numRuns: number, predicate: (value: T) => void): void {
  t.log(`seed ${seed} (replay with LAMINARDB_SEED=${seed})`);
  const details = fc.check(fc.property(arb, predicate), { seed, numRuns });
  if (!details.failed) {
    t.pass();
    return;
  }
  const cause = details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
  t.fail(`property failed (seed ${details.seed}, path ${details.counterexamplePath}, ${details.numRuns} runs):\n${cause}`);
}

test('property: print then parse gives back every generated expression', (t) => {
  check(t, expr, RUNS, (e) => {
    const printed = print(e);
    const back = parseExpression(printed);
    if (!isEqual(back, e)) throw new Error(`round trip changed the tree:\n  ${printed}\n  ${print(back)}`);
  });
});

test('property: print then parse gives back every generated query', (t) => {
  check(t, queries.query, RUNS / 2, (q) => {
    const printed = print(q);
    const [back] = parse(printed);
    if (back?.kind !== 'query-statement' || !isEqual(back.query, q)) throw new Error(`round trip changed the query:\n  ${printed}\n  ${back ? print(back) : ''}`);
  });
});

test('property: print then parse gives back every generated statement, and printing is a fixed point', (t) => {
  check(t, statement, RUNS / 2, (s) => {
    const printed = print(s);
    const back = parse(printed);
    if (back.length !== 1 || !isEqual(back[0], s)) throw new Error(`round trip changed the statement:\n  ${printed}\n  ${back.map(print).join('; ')}`);
    if (print(back[0]!) !== printed) throw new Error(`print is not a fixed point:\n  ${printed}\n  ${print(back[0]!)}`);
  });
});

test('property: data types print and parse back', (t) => {
  check(t, dataType, RUNS, (type) => {
    const [back] = parse(`SELECT CAST(x AS ${print(type)})`);
    const cast = ((back as { query: Query }).query.body as Select).items[0]!.expr;
    if (cast.kind !== 'cast' || !isEqual(cast.type, type)) throw new Error(`type changed: ${print(type)}`);
  });
});

/** Words and symbols that make up SQL, for the robustness property below. */
const PIECES = [
  'SELECT', 'FROM', 'WHERE', 'GROUP', 'BY', 'ORDER', 'LIMIT', 'CREATE', 'SOURCE', 'STREAM', 'SINK', 'TABLE', 'AS', 'JOIN', 'ON',
  'LEFT', 'ASOF', 'TEMPORAL', 'PROBE', 'EMIT', 'CHANGES', 'WINDOW', 'CLOSE', 'WATERMARK', 'FOR', 'INTERVAL', 'CASE', 'WHEN',
  'THEN', 'END', 'CAST', 'NOT', 'NULL', 'IN', 'IS', 'BETWEEN', 'AND', 'OR', 'LIKE', 'WITH', 'VALUES', 'SUBSCRIBE', 'EPOCH',
  'DECLARE', 'CURSOR', 'FETCH', 'SET', 'TO', 'SHOW', 'DROP', 'IF', 'EXISTS', 'OVER', 'PARTITION', 'ROWS', 'EXTRACT', 'TRY_CAST',
  'ARRAY', 'MAP', 'TABLE', 'DESCRIPTOR', 'a', 't', 'ts', 'key', "'s'", '"Q"', '1', '2.5', '5s', '-', '+', '*', '/', '=', '<>',
  '(', ')', ',', '.', ';', '[', ']', '::', '->', '->>', '=>', '<', '>', '||', '%', 'BIGINT', 'VARCHAR', 'ARRAY<', '>', 'SECOND',
];

test('property: any sequence of SQL pieces parses or fails with a SqlError, never anything else', (t) => {
  check(t, list(fc.constantFrom(...PIECES), 0, 14), RUNS * 3, (pieces) => {
    const sql = pieces.join(' ');
    try {
      for (const s of parse(sql)) {
        if (s.span.offset < 0 || s.span.offset + s.span.length > sql.length) throw new Error(`span out of bounds for ${sql}`);
        print(s);
      }
    } catch (err) {
      if (!(err instanceof SqlError)) throw new Error(`${sql}\n  threw ${String(err)}`);
    }
  });
});

/** Deep equality of two trees, spans and statement text aside. */
function isEqual(a: unknown, b: unknown): boolean {
  return isDeepStrictEqual(stripSpans(a), stripSpans(b));
}
