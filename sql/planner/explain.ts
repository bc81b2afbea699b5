/**
 * EXPLAIN: the optimised logical plan as an indented tree, with expressions printed as SQL. The
 * golden files in specs/golden/planner are this text.
 */
import type { plan } from '../../specs/index.js';
import { scalarFunctions } from '../../operators/catalog.js';
import { inputsOf, type AggregateCall, type EmitSpec, type Logical } from './logical.js';

const INFIX = new Set(['add', 'sub', 'mul', 'div', 'mod', 'eq', 'neq', 'lt', 'lte', 'gt', 'gte', 'and', 'or', 'concat_op', 'json_get', 'json_get_text']);

/** A plan expression as SQL text. */
export function exprText(e: plan.Expr): string {
  if (e.column != null) return /^[a-z_][a-z0-9_]*$/.test(e.column.name ?? '') ? e.column.name! : JSON.stringify(e.column.name);
  if (e.literal != null) {
    const l = e.literal;
    if (l.nullValue) return 'NULL';
    if (l.boolValue != null) return l.boolValue ? 'TRUE' : 'FALSE';
    if (l.int32Value != null) return String(l.int32Value);
    if (l.int64Value != null) return l.int64Value;
    if (l.doubleValue != null) return String(l.doubleValue);
    const spec = l.type?.spec;
    if (spec === 'interval') {
      const v = JSON.parse(l.stringValue ?? '{}') as { months: number; days: number; millis: number };
      return `INTERVAL '${[v.months ? `${v.months} months` : '', v.days ? `${v.days} days` : '', v.millis || (!v.months && !v.days) ? `${v.millis} ms` : ''].filter(Boolean).join(' ')}'`;
    }
    if (spec?.startsWith('decimal')) return l.stringValue ?? '';
    const quoted = `'${(l.stringValue ?? '').replace(/'/g, "''")}'`;
    return spec ? `${spec.toUpperCase()} ${quoted}` : quoted;
  }
  const fn = e.call?.function ?? '';
  const args = (e.call?.args ?? []).map(exprText);
  if (INFIX.has(fn) && args.length === 2) return `(${args[0]} ${scalarFunctions[fn]!.symbol} ${args[1]})`;
  switch (fn) {
    case 'neg': return `(-${args[0]})`;
    case 'not': return `(NOT ${args[0]})`;
    case 'is_null': return `(${args[0]} IS NULL)`;
    case 'is_not_null': return `(${args[0]} IS NOT NULL)`;
    case 'cast':
    case 'try_cast':
      return `${fn.toUpperCase()}(${args[0]} AS ${(e.call!.args![1]!.literal?.stringValue ?? '').toUpperCase()})`;
    case 'in': return `(${args[0]} IN (${args.slice(1).join(', ')}))`;
    case 'case': {
      const parts: string[] = [];
      for (let i = 0; i + 1 < args.length; i += 2) parts.push(`WHEN ${args[i]} THEN ${args[i + 1]}`);
      if (args.length % 2 === 1) parts.push(`ELSE ${args[args.length - 1]}`);
      return `CASE ${parts.join(' ')} END`;
    }
  }
  return `${fn}(${args.join(', ')})`;
}

function label(node: Logical): string {
  switch (node.kind) {
    case 'scan': return `Scan ${node.relation.name} (${node.relation.kind}${node.keepLate ? ', late rows kept' : ''})`;
    case 'values': return `Values ${node.rows.length} row(s)`;
    case 'filter': return `Filter ${exprText(node.predicate)}`;
    case 'project': return `Project ${node.exprs.map((x) => (x.expr.column?.name === x.name ? x.name : `${x.name} := ${exprText(x.expr)}`)).join(', ')}`;
    case 'union': return 'UnionAll';
    case 'sort': return `Sort ${node.keys.map((k) => `${exprText(k.expr)} ${k.descending ? 'DESC' : 'ASC'} NULLS ${k.nullsFirst ? 'FIRST' : 'LAST'}`).join(', ')}`;
    case 'limit': return `Limit ${Number.isFinite(node.limit) ? node.limit : 'ALL'} OFFSET ${node.offset}`;
    case 'aggregate': {
      const streaming = node.emit.mode === 'close' ? '' : ` ${emitText(node.emit)}${node.ttlMs > 0 ? ` TTL ${node.ttlMs} ms` : ''}`;
      return `Aggregate keys [${node.keys.join(', ')}] ${node.aggregates.map(callText).join(', ')}${streaming}`;
    }
    case 'window-aggregate': {
      const w = node.window;
      const t = node.timeColumn;
      const offset = w.kind !== 'session' && w.offsetMs ? `, offset ${w.offsetMs} ms` : '';
      const shape = w.kind === 'tumbling' ? `TUMBLE(${t}, ${w.sizeMs} ms${offset})`
        : w.kind === 'sliding' ? `HOP(${t}, slide ${w.slideMs} ms, size ${w.sizeMs} ms${offset})`
          : w.kind === 'cumulate' ? `CUMULATE(${t}, step ${w.stepMs} ms, size ${w.sizeMs} ms${offset})`
            : `SESSION(${t}, gap ${w.gapMs} ms)`;
      const aggs = node.aggregates.map(callText).join(', ');
      const late = `${node.latenessMs > 0 ? ` ALLOW LATENESS ${node.latenessMs} ms` : ''}${node.lateTo ? ` LATE DATA TO ${node.lateTo}` : ''}${node.keyed ? ` KEYED WATERMARKS (delay ${node.keyed.delayMs} ms, idle ${node.keyed.idleMs} ms)` : ''}`;
      return `WindowAggregate ${shape} keys [${node.keys.join(', ')}] ${aggs} ${emitText(node.emit)}${late}`;
    }
    case 'late-filter': return `DropLate ${node.timeColumn}${node.lateTo ? ` LATE DATA TO ${node.lateTo}` : ''}`;
    case 'join': {
      const keys = node.leftKeys.map((k, i) => `${k} = ${node.rightKeys[i]}`).join(', ');
      const iv = node.interval;
      const interval = iv ? ` INTERVAL ${iv.rightTime} - ${iv.leftTime} IN [${iv.lowerMs}, ${iv.upperMs}] ms` : '';
      const tail = `${node.condition ? ` WHERE ${exprText(node.condition)}` : ''}${interval}${node.bounded ? ' (bounded)' : ''}${node.ttlMs > 0 ? ` TTL ${node.ttlMs} ms` : ''}`;
      return `${node.interval ? 'IntervalJoin' : 'Join'} ${node.type.toUpperCase()} ON [${keys}]${tail}`;
    }
    case 'lookup-join': {
      const keys = node.leftKeys.map((k, i) => `${k} = ${node.table.name}.${node.tableKeys[i]}`).join(', ');
      const pushed = node.tableFilters !== undefined && node.tableFilters.length > 0 ? ` PUSHDOWN [${node.tableFilters.map(exprText).join(', ')}]` : '';
      return `LookupJoin ${node.type.toUpperCase()} ${node.table.name} ON [${keys}]${pushed}${node.condition ? ` WHERE ${exprText(node.condition)}` : ''}`;
    }
    case 'asof-join': {
      const keys = node.leftKeys.map((k, i) => `${k} = ${node.rightKeys[i]}`).join(', ');
      const cmp = node.direction === 'nearest' ? `NEAREST(${node.leftTime}, ${node.rightTime})` : `${node.leftTime} ${node.direction === 'backward' ? '>' : '<'}${node.strict ? '' : '='} ${node.rightTime}`;
      const tol = Number.isFinite(node.toleranceMs) ? ` TOLERANCE ${node.toleranceMs} ms` : '';
      return `AsofJoin ${node.direction.toUpperCase()} ON [${keys}] ${cmp}${tol}${node.eager ? ' (eager: the right input has no watermark)' : ''}`;
    }
    case 'temporal-join': {
      const keys = node.leftKeys.map((k, i) => `${k} = ${node.rightKeys[i]}`).join(', ');
      return `TemporalJoin ${node.type.toUpperCase()} ON [${keys}] version at ${node.leftTime} by ${node.versionTime}${node.eager ? ' (eager: the versions have no watermark)' : ''}${node.columns.some((c) => c.name === '__weight') ? ' (revising: the versions are a changelog)' : ''}`;
    }
    case 'temporal-probe': {
      const keys = node.leftKeys.map((k, i) => `${k} = ${node.rightKeys[i]}`).join(', ');
      const lag = node.rightLagMs > 0 ? ` - ${node.rightLagMs} ms` : '';
      return `TemporalProbeJoin ${node.type.toUpperCase()} ON [${keys}] AT ${node.leftTime} + [${node.offsetsMs.join(', ')}] ms AS OF ${node.rightTime} (a probe leaves once the right watermark${lag} passes it)`;
    }
    case 'over': {
      const keys = node.orderBy.map((k) => `${exprText(k.expr)}${k.descending ? ' DESC' : ''}`).join(', ');
      const calls = node.calls.map((c) => `${c.name} := ${c.aggregate ? callText(c.aggregate).replace(/^[^=]*:= /, '') : `${c.fn}(${c.args.map(exprText).join(', ')})`}${c.frame ? ` ${frameText(c.frame)}` : ''}`).join(', ');
      const top = node.limit > 0 ? ` TOP ${node.limit} BY ${node.calls[node.limitCall]!.name}${node.limitHidden ? ' (hidden)' : ''}` : '';
      return `Over PARTITION BY [${node.partitionBy.join(', ')}] ORDER BY [${keys}] ${calls}${top} (${node.mode === 'watermark' ? `final at the watermark of ${node.timeColumn}` : node.mode === 'bounded' ? 'bounded' : 'retracting'})`;
    }
    case 'temporal-filter': return `TemporalFilter ${node.timeColumn} > watermark - ${node.rangeMs} ms (retracting)`;
  }
}

const FRAME_BOUNDS = ['UNBOUNDED PRECEDING', 'PRECEDING', 'CURRENT ROW', 'FOLLOWING', 'UNBOUNDED FOLLOWING'];

function frameText(f: plan.Frame): string {
  const bound = (b: number | null | undefined, offset: number | null | undefined) => `${b === 1 || b === 3 ? `${offset ?? 0} ` : ''}${FRAME_BOUNDS[b ?? 0]}`;
  return `${f.range ? 'RANGE' : 'ROWS'} BETWEEN ${bound(f.start, f.startOffset)} AND ${bound(f.end, f.endOffset)}`;
}

function emitText(e: EmitSpec): string {
  switch (e.mode) {
    case 'close': return 'EMIT ON WINDOW CLOSE';
    case 'final': return 'EMIT FINAL';
    case 'update': return 'EMIT ON UPDATE';
    case 'changes': return 'EMIT CHANGES';
    case 'every': return `EMIT EVERY ${e.everyMs} ms`;
  }
}

/** `name := fn(DISTINCT value, constants ORDER BY key) FILTER (WHERE ...)`. */
function callText(a: AggregateCall): string {
  const args = a.args.length === 0 ? '*' : a.args.map(exprText).join(', ');
  const order = a.orderBy.length > 0 ? ` ORDER BY ${a.orderBy.map((k) => `${exprText(k.expr)}${k.descending ? ' DESC' : ''}`).join(', ')}` : '';
  const filter = a.filter ? ` FILTER (WHERE ${exprText(a.filter)})` : '';
  return `${a.name} := ${a.fn}(${a.distinct ? 'DISTINCT ' : ''}${args}${order})${filter}`;
}

/** The plan as an indented tree, one operator per line, output columns with their types. */
export function explain(root: Logical): string {
  const lines: string[] = [];
  const visit = (node: Logical, depth: number): void => {
    lines.push(`${'  '.repeat(depth)}${label(node)}`);
    for (const i of inputsOf(node)) visit(i, depth + 1);
  };
  visit(root, 0);
  lines.push(`output: ${root.columns.map((c) => `${c.name} ${c.type}`).join(', ')}`);
  return lines.join('\n');
}
