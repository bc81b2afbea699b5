/**
 * The seeded generator of typed SQL expressions over the test table's columns: arithmetic,
 * comparison, three-valued logic, CASE/COALESCE/NULLIF/GREATEST/LEAST, CAST, string, regex, math
 * and date/time functions, IN, BETWEEN, LIKE/ILIKE, IS [NOT] NULL and IS [NOT] DISTINCT FROM.
 * Only functions both engines have with the same name and meaning are generated (see
 * docs/differential.md for what is excluded and why).
 */
import { arithmeticClass, binary, call, col, divide, engineType, fn, isInteger, lit, type Node } from './expr.js';
import { COLUMNS, INTERVALS, NUMERIC, randomValue, Rng, sqlType, TEXTS, type Ty } from './values.js';

type Choice = readonly [weight: number, make: () => Node];

const DATE_UNITS = ['day', 'week', 'month', 'quarter', 'year', 'decade', 'century', 'millennium'];
const TS_UNITS = ['millisecond', 'second', 'minute', 'hour', ...DATE_UNITS];
const DATE_FIELDS = ['year', 'quarter', 'month', 'week', 'day', 'dow', 'isodow', 'doy'];
const TS_FIELDS = [...DATE_FIELDS, 'hour', 'minute', 'second', 'millisecond', 'microsecond'];
const INTERVAL_FIELDS = ['day', 'hour', 'minute', 'second', 'month', 'year'];
const LIKE_PATTERNS = ['%', '_', 'a%', '%a', '%b%', 'a_c', 'A%', '%ß%', '_%_', '', 'abc', '%𝄞%', '_x', '%,%', 'e_', 'straße', 'STRASSE', '%É%'];
const REGEXES = ['a', '^a', 'b$', '[a-c]+', '\\d+', 'a|b', '(a)(b)?', '.', '^.$', 'ß', '\\s', 'x*', '[^a]', '(\\w+),', 'é', '^$', '[𝄞ß]', '\\.'];
const REPLACEMENTS = ['X', '', '\\1', '<\\0>', '𝄞', 'éé'];
const FILL = ['x', 'ab', '𝄞', ' ', ''];
const DECIMALS = ['DECIMAL(10,2)', 'DECIMAL(18,4)', 'DECIMAL(38,10)', 'DECIMAL(5,0)'];
const MATH1 = ['sqrt', 'cbrt', 'exp', 'ln', 'log10', 'log2', 'sin', 'cos', 'tan', 'asin', 'acos', 'atan', 'degrees', 'radians'];
const COMPARE = [['eq', '='], ['neq', '<>'], ['lt', '<'], ['lte', '<='], ['gt', '>'], ['gte', '>=']] as const;

/** Generates random expressions of a requested type class. */
export class ExprGenerator {
  constructor(private readonly rng: Rng) {}

  /** An expression of class `ty` nested at most `depth` calls deep. */
  gen(ty: Ty, depth: number): Node {
    if (depth <= 0 || this.rng.chance(0.2)) return this.leaf(ty);
    const choices = this.choices(ty, depth - 1);
    let total = 0;
    for (const [w] of choices) total += w;
    let x = this.rng.float() * total;
    for (const [w, make] of choices) {
      x -= w;
      if (x < 0) return make();
    }
    return choices[choices.length - 1]![1]();
  }

  /** A column of the type (when the table has one), else a literal; now and then a typed NULL. */
  leaf(ty: Ty): Node {
    const cols = COLUMNS.filter((c) => c.ty === ty);
    if (cols.length > 0 && this.rng.chance(0.7)) {
      const c = this.rng.pick(cols);
      return col(c.name, c.ty);
    }
    if (this.rng.chance(0.08)) return lit(null, ty);
    if (ty === 'decimal') {
      const type = this.rng.pick(['DECIMAL(10,2)', 'DECIMAL(18,4)']);
      const v = randomValue(this.rng, 'decimal') as string;
      return lit(type === 'DECIMAL(18,4)' ? `${v}00` : v, 'decimal', type);
    }
    return lit(randomValue(this.rng, ty), ty);
  }

  private pick<T>(xs: readonly T[]): T {
    return this.rng.pick(xs);
  }

  private text(value: string): Node {
    return lit(value, 'text');
  }

  private int(lo: number, hi: number): Node {
    return lit(this.rng.int(lo, hi), 'int');
  }

  /** Two or more classes whose common class is `ty` (mostly `ty` itself). */
  private classesFor(ty: Ty, n: number): Ty[] {
    const below: Record<string, Ty[]> = { bigint: ['int'], decimal: ['int', 'bigint'], double: ['int', 'bigint', 'decimal'], timestamp: ['date'] };
    const out = Array.from({ length: n }, () => (below[ty] && this.rng.chance(0.3) ? this.pick(below[ty]!) : ty));
    if (!out.includes(ty)) out[this.rng.int(0, n - 1)] = ty;
    return out;
  }

  private choices(ty: Ty, d: number): Choice[] {
    const g = (t: Ty) => this.gen(t, d);
    const generic: Choice[] = [
      [2, () => {
        const n = this.rng.int(1, 2);
        const args: Node[] = [];
        for (let k = 0; k < n; k++) args.push(g('bool'), g(ty));
        if (this.rng.chance(0.6)) args.push(g(ty));
        return call('case', ty, args, (a) => `CASE ${Array.from({ length: n }, (_, k) => `WHEN ${a[2 * k]} THEN ${a[2 * k + 1]}`).join(' ')}${a.length > 2 * n ? ` ELSE ${a[2 * n]}` : ''} END`);
      }],
      [1, () => {
        const [x, w, v] = [g(ty), g(ty), g(ty)];
        return call('case_simple', ty, [x, w, v, g(ty)], (a) => `CASE ${a[0]} WHEN ${a[1]} THEN ${a[2]} ELSE ${a[3]} END`);
      }],
      [2, () => fn('coalesce', ty, this.classesFor(ty, this.rng.int(2, 3)).map(g))],
      [1, () => fn('nullif', ty, [g(ty), g(ty)])],
      ...(ty === 'bool' || ty === 'interval' ? [] : [
        [1, () => fn('greatest', ty, this.classesFor(ty, this.rng.int(2, 3)).map(g))] as Choice,
        [1, () => fn('least', ty, this.classesFor(ty, this.rng.int(2, 3)).map(g))] as Choice,
      ]),
    ];
    switch (ty) {
      case 'int': case 'bigint': case 'double': case 'decimal': return [...generic, ...this.numeric(ty, d)];
      case 'text': return [...generic, ...this.strings(d)];
      case 'bool': return [...generic, ...this.booleans(d)];
      case 'date': case 'timestamp': case 'interval': return [...generic, ...this.temporal(ty, d)];
    }
  }

  private cast(x: Node, ty: Ty, target = sqlType(ty), op = 'cast'): Node {
    return { ...call(op, ty, [x], ([a]) => `${op === 'try_cast' ? 'TRY_CAST' : 'CAST'}(${a} AS ${target})`), value: target };
  }

  /**
   * round / trunc / floor / ceil. LaminarDB keeps a decimal's type; DuckDB drops the scale the
   * rounding removes (and its floor/ceil/trunc of an integer are DOUBLE): its spelling casts back.
   */
  private rounding(name: string, ty: Ty, x: Node, digits?: Node): Node {
    return call(name, ty, digits ? [x, digits] : [x], (a, dialect) => {
      const text = `${name}(${a.join(', ')})`;
      if (dialect === 'ours') return text;
      if (ty === 'decimal') return `CAST(${text} AS ${engineType(x).toUpperCase()})`;
      return isInteger(ty) && name !== 'round' ? `CAST(${name}(CAST(${a[0]} AS DECIMAL(38,0))) AS ${sqlType(ty)})` : text;
    });
  }

  private numeric(ty: Ty, d: number): Choice[] {
    const g = (t: Ty) => this.gen(t, d);
    const out: Choice[] = [
      [6, () => {
        const [a, b] = this.classesFor(ty, 2);
        const [op, sym] = this.pick([['add', '+'], ['sub', '-'], ['mul', '*'], ['mod', '%'], ['mod', 'mod']] as const);
        return sym === 'mod' ? fn('mod', arithmeticClass(a!, b!), [g(a!), g(b!)]) : binary(op, sym, arithmeticClass(a!, b!), g(a!), g(b!));
      }],
      [1, () => call('neg', ty, [g(ty)], ([a]) => `(- ${a})`)],
      [1, () => fn('abs', ty, [g(ty)])],
      // sign keeps the argument's type here (INTEGER for a decimal); DuckDB's is TINYINT.
      ...(ty === 'decimal' ? [] : [[1, () => call('sign', ty, [g(ty === 'int' && this.rng.chance(0.4) ? 'decimal' : ty)], ([a], dialect) => (dialect === 'duck' ? `CAST(sign(${a}) AS ${sqlType(ty)})` : `sign(${a})`))] as Choice]),
      [2, () => this.cast(g(this.pick([...NUMERIC, 'bool'] as Ty[])), ty, ty === 'decimal' ? this.pick(DECIMALS) : sqlType(ty))],
      [1, () => this.cast(g('text'), ty, ty === 'decimal' ? this.pick(DECIMALS) : sqlType(ty), this.pick(['cast', 'try_cast']))],
      [1, () => this.rounding('round', ty, g(ty), ty === 'double' || ty === 'decimal' ? this.int(-2, 3) : undefined)],
      ...(ty === 'double' || ty === 'decimal' ? [[1, () => this.rounding('trunc', ty, g(ty), this.int(-1, 3))] as Choice] : []),
      [1, () => this.rounding(this.pick(['floor', 'ceil', 'trunc']), ty, g(ty))],
    ];
    if (isInteger(ty)) out.push([2, () => {
      const [a, b] = this.classesFor(ty, 2);
      return divide(g(a!), g(b!));
    }]);
    if (ty === 'bigint') out.push(
      [1, () => fn('length', 'bigint', [g('text')])],
      [1, () => fn('strpos', 'bigint', [g('text'), this.rng.chance(0.5) ? g('text') : this.text(this.pick(['a', 'b', '𝄞', '', ',', 'ß']))])],
      // DuckDB's octet_length takes BLOBs; strlen is its byte count of a VARCHAR.
      [1, () => call('octet_length', 'bigint', [g('text')], ([a], dialect) => (dialect === 'duck' ? `strlen(${a})` : `octet_length(${a})`))],
      [2, () => {
        const date = this.rng.chance(0.4);
        const field = this.pick(date ? DATE_FIELDS : TS_FIELDS);
        return call('extract', 'bigint', [this.text(field), g(date ? 'date' : 'timestamp')], ([, a]) => `extract(${field} FROM ${a})`);
      }],
      [1, () => call('extract', 'bigint', [this.text(this.pick(INTERVAL_FIELDS)), g('interval')], ([f, a]) => `extract(${f!.slice(1, -1)} FROM ${a})`)],
      [1, () => binary('sub', '-', 'bigint', g('date'), g('date'))],
      [1, () => fn('epoch_ms', 'bigint', [g('timestamp')])],
    );
    if (ty === 'double') out.push(
      [2, () => fn(this.pick(MATH1), 'double', [g(this.pick(NUMERIC))])],
      [1, () => fn(this.pick(['power', 'atan2']), 'double', [g(this.pick(NUMERIC)), g(this.pick(NUMERIC))])],
      [2, () => {
        const [a, b] = this.pick([['double', 'int'], ['decimal', 'decimal'], ['int', 'decimal'], ['double', 'double'], ['bigint', 'double']] as const);
        return divide(g(a), g(b));
      }],
      [1, () => call('extract', 'double', [this.text('epoch'), g(this.pick(['date', 'timestamp'] as Ty[]))], ([, a]) => `extract(epoch FROM ${a})`)],
      [0.2, () => fn('pi', 'double', [])],
    );
    return out;
  }

  private strings(d: number): Choice[] {
    const g = (t: Ty) => this.gen(t, d);
    const s = () => g('text');
    const pickText = (xs: readonly string[]) => (this.rng.chance(0.2) ? s() : this.text(this.pick(xs)));
    return [
      [3, () => binary('concat_op', '||', 'text', this.rng.chance(0.85) ? s() : g(this.pick(['int', 'bigint', 'decimal', 'double', 'bool', 'date'] as Ty[])), s())],
      [1, () => fn('concat', 'text', [s(), g(this.pick(['text', 'text', 'int', 'bool'] as Ty[])), s()])],
      [1, () => fn('concat_ws', 'text', [this.text(this.pick([',', '', '𝄞'])), s(), s()])],
      [3, () => fn(this.pick(['lower', 'upper', 'reverse', 'md5', 'sha256']), 'text', [s()])],
      [2, () => fn(this.pick(['trim', 'ltrim', 'rtrim']), 'text', this.rng.chance(0.5) ? [s()] : [s(), pickText([' ', 'x', 'ab', 'ß', '𝄞'])])],
      [3, () => fn('substring', 'text', this.rng.chance(0.6) ? [s(), this.start(d), this.int(-1, 5)] : [s(), this.start(d)])],
      [2, () => fn('replace', 'text', [s(), pickText(['a', '', 'ß', '𝄞', ' ', 'ab']), this.text(this.pick(['', 'X', 'éé', '𝄞']))])],
      [2, () => fn('split_part', 'text', [s(), pickText([',', '', ' ', 'a', 'ß']), this.int(-3, 3)])],
      [2, () => fn(this.pick(['left', 'right']), 'text', [s(), this.rng.chance(0.3) ? g('int') : this.int(-3, 5)])],
      [2, () => fn(this.pick(['lpad', 'rpad']), 'text', [s(), this.int(0, 8), this.text(this.pick(FILL))])],
      [1, () => fn('repeat', 'text', [s(), this.int(-1, 3)])],
      [2, () => fn('regexp_replace', 'text', this.rng.chance(0.5) ? [s(), this.text(this.pick(REGEXES)), this.text(this.pick(REPLACEMENTS))] : [s(), this.text(this.pick(REGEXES)), this.text(this.pick(REPLACEMENTS)), this.text(this.pick(['g', 'i', 'gi']))])],
      [2, () => fn('regexp_extract', 'text', this.rng.chance(0.5) ? [s(), this.text(this.pick(REGEXES))] : [s(), this.text(this.pick(REGEXES)), this.int(0, 1)])],
      [3, () => this.cast(g(this.pick(['int', 'bigint', 'decimal', 'double', 'bool', 'date', 'timestamp', 'interval'] as Ty[])), 'text')],
    ];
  }

  /** A substring start: small literals (0 and negatives included) or an integer expression. */
  private start(d: number): Node {
    return this.rng.chance(0.25) ? this.gen('int', d) : this.int(-2, 6);
  }

  private booleans(d: number): Choice[] {
    const g = (t: Ty) => this.gen(t, d);
    const comparable = (): Ty[] => {
      const k = this.pick(['num', 'num', 'text', 'text', 'date', 'timestamp', 'mixed', 'bool'] as const);
      if (k === 'num') return [this.pick(NUMERIC), this.pick(NUMERIC)];
      if (k === 'mixed') return this.rng.chance(0.5) ? ['date', 'timestamp'] : ['timestamp', 'date'];
      return [k, k];
    };
    return [
      [6, () => {
        const [a, b] = comparable();
        const [op, sym] = this.pick(COMPARE);
        return binary(op, sym, 'bool', g(a!), g(b!));
      }],
      [3, () => {
        const [op, sym] = this.pick([['and', 'AND'], ['or', 'OR']] as const);
        return binary(op, sym, 'bool', g('bool'), g('bool'));
      }],
      [1, () => call('not', 'bool', [g('bool')], ([a]) => `(NOT ${a})`)],
      [2, () => {
        const not = this.rng.chance(0.5);
        return call(not ? 'is_not_null' : 'is_null', 'bool', [g(this.pick([...NUMERIC, 'text', 'bool', 'date', 'timestamp'] as Ty[]))], ([a]) => `(${a} IS ${not ? 'NOT ' : ''}NULL)`);
      }],
      [1, () => {
        const t = this.pick(['is_true', 'is_false', 'is_not_true'] as const);
        return call(t, 'bool', [g('bool')], ([a]) => `(${a} IS ${{ is_true: 'TRUE', is_false: 'FALSE', is_not_true: 'NOT TRUE' }[t]})`);
      }],
      [2, () => {
        const [a, b] = comparable();
        const not = this.rng.chance(0.5);
        return call(not ? 'is_not_distinct_from' : 'is_distinct_from', 'bool', [g(a!), g(b!)], ([x, y]) => `(${x} IS ${not ? 'NOT ' : ''}DISTINCT FROM ${y})`);
      }],
      [2, () => {
        const [a] = comparable();
        const not = this.rng.chance(0.3);
        const items = Array.from({ length: this.rng.int(1, 4) }, () => (this.rng.chance(0.6) ? this.leaf(a!) : g(a!)));
        return call(not ? 'not_in' : 'in', 'bool', [g(a!), ...items], ([x, ...xs]) => `(${x} ${not ? 'NOT ' : ''}IN (${xs.join(', ')}))`);
      }],
      [2, () => {
        const [a, b] = comparable();
        const not = this.rng.chance(0.3);
        return call(not ? 'not_between' : 'between', 'bool', [g(a!), g(b!), g(a!)], ([x, lo, hi]) => `(${x} ${not ? 'NOT ' : ''}BETWEEN ${lo} AND ${hi})`);
      }],
      [3, () => {
        const op = this.pick(['like', 'ilike', 'not_like', 'not_ilike'] as const);
        const pattern = this.rng.chance(0.2) ? g('text') : this.text(this.pick(LIKE_PATTERNS));
        const escape = this.rng.chance(0.2);
        const sym = { like: 'LIKE', ilike: 'ILIKE', not_like: 'NOT LIKE', not_ilike: 'NOT ILIKE' }[op];
        return call(op, 'bool', [g('text'), escape ? this.text(this.pick(['a\\_c', '%\\%%', '\\_%'])) : pattern], ([x, p]) => `(${x} ${sym} ${p}${escape ? ` ESCAPE '\\'` : ''})`);
      }],
      [1, () => fn(this.pick(['starts_with', 'ends_with']), 'bool', [g('text'), this.rng.chance(0.5) ? g('text') : this.text(this.pick(['a', '', 'ß', '𝄞', 'c']))])],
      [2, () => fn('regexp_matches', 'bool', this.rng.chance(0.7) ? [g('text'), this.text(this.pick(REGEXES))] : [g('text'), this.text(this.pick(REGEXES)), this.text('i')])],
      [1, () => this.cast(g('text'), 'bool', 'BOOLEAN', this.pick(['cast', 'try_cast']))],
    ];
  }

  private temporal(ty: Ty, d: number): Choice[] {
    const g = (t: Ty) => this.gen(t, d);
    const iv = () => (this.rng.chance(0.8) ? lit(this.pick(INTERVALS), 'interval') : g('interval'));
    if (ty === 'interval') {
      return [
        [3, () => binary('sub', '-', 'interval', g('timestamp'), g('timestamp'))],
        [1, () => binary('mul', '*', 'interval', iv(), this.int(-2, 3))],
        [1, () => binary(this.pick(['add', 'sub']), this.pick(['+', '-']), 'interval', iv(), iv())],
      ].map(([w, f]) => [w, f] as Choice);
    }
    if (ty === 'date') {
      return [
        [3, () => {
          const [op, sym] = this.pick([['add', '+'], ['sub', '-']] as const);
          return binary(op, sym, 'date', g('date'), this.rng.chance(0.8) ? this.int(-400, 400) : lit(this.pick([36525, 3653, 29, 3000000]), 'int'));
        }],
        [2, () => {
          const unit = this.pick(DATE_UNITS);
          // LaminarDB's date_trunc of a DATE is a DATE; DuckDB's is a TIMESTAMP.
          return call('date_trunc', 'date', [this.text(unit), g('date')], ([u, a], dialect) => (dialect === 'duck' ? `CAST(date_trunc(${u}, ${a}) AS DATE)` : `date_trunc(${u}, ${a})`));
        }],
        [1, () => this.cast(g('timestamp'), 'date')],
        [1, () => this.cast(this.rng.chance(0.5) ? g('text') : this.text(this.pick(['2024-02-29', '2023-02-29', ' 2024-01-01 ', '2024-02-29 12:34:56', '1999-12-31', 'x'])), 'date', 'DATE', this.pick(['cast', 'try_cast']))],
        [1, () => fn('make_date', 'date', [lit(this.pick([2024, 1999, 1, 44, 9999, 2023]), 'int'), lit(this.pick([1, 2, 12, 13, 0]), 'int'), lit(this.pick([1, 28, 29, 30, 31, 0]), 'int')])],
      ];
    }
    return [
      [3, () => {
        const [op, sym] = this.pick([['add', '+'], ['sub', '-']] as const);
        return binary(op, sym, 'timestamp', g('timestamp'), iv());
      }],
      [1, () => binary('add', '+', 'timestamp', g('date'), iv())],
      [2, () => fn('date_trunc', 'timestamp', [this.text(this.pick(TS_UNITS)), g('timestamp')])],
      [1, () => this.cast(g('date'), 'timestamp')],
      [1, () => this.cast(this.rng.chance(0.5) ? g('text') : this.text(this.pick(['2024-02-29 12:34:56', '2024-02-29', '2024-02-29T01:02:03.5', '2024-13-01 00:00:00', TEXTS[0]!])), 'timestamp', 'TIMESTAMP', this.pick(['cast', 'try_cast']))],
      [1, () => fn('to_timestamp', 'timestamp', [g('double')])],
      [1, () => fn('epoch_ms', 'timestamp', [g('bigint')], 'epoch_ms_ts')],
    ];
  }
}

