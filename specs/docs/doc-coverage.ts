/**
 * What the examples of docs/sql.md exercise: statement kinds, SHOW variants and the functions
 * they call, read from the parsed statements. The AST is mapped to catalog names the way the
 * planner lowers it (`a + b` is `add`, `x IS NULL` is `is_null`, `a[1]` is `element_at`, ...).
 */
import { aggregateFunctions, findFunction } from '../../operators/index.js';
import { parse, type ShowWhat, type Statement } from '../../sql/index.js';

/** Every statement kind, checked against the AST's union by the compiler. */
export const STATEMENT_KINDS = {
  'create-source': true, 'create-stream': true, 'create-materialized-view': true, 'create-sink': true, 'create-table': true,
  drop: true, 'alter-source': true, insert: true, update: true, delete: true, 'query-statement': true, show: true, 'show-create': true, describe: true,
  explain: true, checkpoint: true, restore: true, subscribe: true, 'declare-cursor': true, fetch: true, close: true, set: true,
} as const satisfies Record<Statement['kind'], true>;

/** Every SHOW variant, checked against the AST by the compiler. */
export const SHOW_VARIANTS = {
  SOURCES: true, SINKS: true, STREAMS: true, QUERIES: true, 'MATERIALIZED VIEWS': true, TABLES: true, 'LOOKUP TABLES': true,
  'CHECKPOINT STATUS': true, CHECKPOINTS: true, FUNCTIONS: true, WATERMARKS: true, HISTORY: true,
} as const satisfies Record<ShowWhat, true>;

/** What a set of examples covers. */
export interface Coverage {
  readonly statements: Set<string>;
  readonly shows: Set<string>;
  /** Canonical scalar function names and aggregate names. */
  readonly functions: Set<string>;
}

const BINARY: Record<string, string> = {
  OR: 'or', AND: 'and', '=': 'eq', '<>': 'neq', '<': 'lt', '<=': 'lte', '>': 'gt', '>=': 'gte', '||': 'concat_op',
  '+': 'add', '-': 'sub', '*': 'mul', '/': 'div', '%': 'mod', '->': 'json_get', '->>': 'json_get_text',
};

/** An empty coverage record. */
export function emptyCoverage(): Coverage {
  return { statements: new Set(), shows: new Set(), functions: new Set() };
}

/**
 * Adds what the statements of `sql` cover. Text that does not parse adds nothing (error
 * examples may be deliberately malformed).
 */
export function addCoverage(coverage: Coverage, sql: string, vars: Record<string, string>): void {
  let statements: Statement[];
  try {
    statements = parse(sql, { vars });
  } catch {
    return;
  }
  for (const s of statements) {
    coverage.statements.add(s.kind);
    if (s.kind === 'show') coverage.shows.add(s.what);
    visit(s, coverage.functions);
  }
}

/** Walks any AST value, recording the functions its expressions call. */
function visit(node: unknown, out: Set<string>): void {
  if (Array.isArray(node)) {
    for (const x of node) visit(x, out);
    return;
  }
  if (node === null || typeof node !== 'object') return;
  const n = node as Record<string, unknown>;
  for (const name of functionsOf(n)) out.add(name);
  for (const [key, value] of Object.entries(n)) if (key !== 'span') visit(value, out);
}

function functionsOf(n: Record<string, unknown>): string[] {
  switch (n.kind) {
    case 'unary': return n.op === '-' ? (((n.operand as { kind: string }).kind === 'number') ? [] : ['neg']) : n.op === 'NOT' ? ['not'] : [];
    case 'binary': return [BINARY[n.op as string]!];
    case 'is': {
      const test = n.test === 'NULL' || n.test === 'UNKNOWN' ? (n.not ? 'is_not_null' : 'is_null') : n.test === 'TRUE' ? 'is_true' : 'is_false';
      return (n.test === 'TRUE' || n.test === 'FALSE') && n.not ? [test, 'not'] : [test];
    }
    case 'is-distinct': return [n.not ? 'is_not_distinct_from' : 'is_distinct_from'];
    case 'between': return n.not ? ['and', 'gte', 'lte', 'not'] : ['and', 'gte', 'lte'];
    case 'like': return [n.caseInsensitive ? 'ilike' : 'like', ...(n.not ? ['not'] : [])];
    case 'in-list': return ['in', ...(n.not ? ['not'] : [])];
    case 'case': return n.operand !== undefined ? ['case', 'eq'] : ['case'];
    case 'cast': return [n.try ? 'try_cast' : 'cast'];
    case 'subscript': return ['element_at'];
    case 'field': return ['get_field'];
    case 'array': return ['make_array'];
    case 'column': {
      // `t.a` may be a qualified column or a struct field: only `(expr).field` counts as get_field.
      const parts = n.parts as { value: string }[];
      const first = parts[0]!.value.toLowerCase();
      return parts.length === 1 && (first === 'current_timestamp' || first === 'localtimestamp') ? ['now'] : [];
    }
    case 'call': {
      const name = (n.name as { value: string }).value.toLowerCase();
      if (name === 'row' || name === 'struct' || name === 'struct_pack') return ['struct_pack'];
      if (aggregateFunctions[name] !== undefined) return [name];
      const def = findFunction(name);
      return def !== undefined ? [def.name] : [];
    }
    default: return [];
  }
}
