/**
 * Documented differences on text (ordering, case mapping, substring, split_part, padding,
 * regular expressions, parsing and printing) and on dates and times (precision, range, century
 * boundaries). See differences.ts for how a rule explains a difference.
 */
import { argsAgree, failureAlone, num, type Difference } from './culprit.js';
import type { Norm } from './engines.js';
import { call, isInteger, type Node } from './expr.js';
import { cmpPoints, cmpUnits, daysFromCivil, decimalOfText, DUCK_CASE, janFirst, onText, regexModel, relationOp, same, scaleOf, spells, substringDuck, substringDuckClamped, substringStandard, text, yearOf } from './models.js';

/** Text that converts to a boolean here (trimmed, any case) and in DuckDB (exactly these, any case). */
const BOOL_WORDS: Record<string, boolean> = { true: true, t: true, yes: true, y: true, on: true, '1': true, false: false, f: false, no: false, n: false, off: false, '0': false };
const DUCK_BOOL_WORDS: Record<string, boolean> = { true: true, t: true, yes: true, y: true, '1': true, false: false, f: false, no: false, n: false, '0': false };

/** The rules on text, dates and times. */
export const TEXT_AND_TIME: readonly Difference[] = [
  {
    // date_trunc to a century or millennium: they begin with year 1 here (2001-01-01, as in PostgreSQL), with year 0 in DuckDB (2000-01-01).
    id: 'century-start',
    explains(c) {
      const unit = text(c.argsOurs[0]);
      const year = yearOf(c.argsOurs[1]);
      if (c.node.op !== 'date_trunc' || (unit !== 'century' && unit !== 'millennium') || year === undefined || !argsAgree(c)) return false;
      const size = unit === 'century' ? 100 : 1000;
      return same(janFirst(Math.floor((year - 1) / size) * size + 1, c.ours), c.ours) && same(janFirst(Math.floor(year / size) * size, c.duck), c.duck);
    },
  },
  {
    // reverse: code points here (as PostgreSQL); DuckDB reverses grapheme clusters (a combining mark stays on its letter).
    id: 'reverse-graphemes',
    explains(c) {
      const s = text(c.argsOurs[0]);
      if (c.node.op !== 'reverse' || s === undefined || !argsAgree(c)) return false;
      const graphemes = Array.from(new Intl.Segmenter('en', { granularity: 'grapheme' }).segment(s), (x) => x.segment);
      return text(c.ours) === Array.from(s).reverse().join('') && text(c.duck) === graphemes.reverse().join('');
    },
  },
  {
    // CAST(text AS INTEGER/BIGINT) of '3.5' or '1e3': DuckDB rounds the number; here (as in PostgreSQL) only integer syntax converts.
    id: 'text-to-integer',
    async explains(c, e) {
      if ((c.node.op !== 'cast' && c.node.op !== 'try_cast') || !isInteger(c.node.ty) || c.node.args[0]?.ty !== 'text' || c.id === undefined) return false;
      const s = text(c.argsOurs[0]);
      if (s === undefined || /^\s*[+-]?\d+\s*$/.test(s) || !/^\s*[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?\s*$/i.test(s)) return false;
      if (c.ours.k !== 'null' || c.duck.k !== 'num' || Math.abs(c.duck.approx - Number(s.trim())) > 0.5) return false;
      return c.node.op === 'try_cast' || /expression error: cast/.test((await e.oursFailure(c.node, c.id)) ?? '');
    },
  },
  {
    // A DuckDB rounding bug: text with an exponent that moves every digit past the scale rounds
    // by the mantissa's first digit ('5e-324' as DECIMAL(38,10) is 0.0000000001); here it is 0.
    id: 'duckdb-exponent-rounding',
    explains(c) {
      const s = text(c.argsOurs[0]);
      if ((c.node.op !== 'cast' && c.node.op !== 'try_cast') || c.node.ty !== 'decimal' || s === undefined || !/e/i.test(s) || !argsAgree(c)) return false;
      if (c.ours.k !== 'num' || c.duck.k !== 'num' || c.duck.exact === undefined) return false;
      const scale = scaleOf(c.duck);
      const unit = `${s.trim().startsWith('-') ? '-' : ''}${scale === 0 ? '1' : `0.${'0'.repeat(scale - 1)}1`}`;
      return c.ours.exact === '0' && decimalOfText(s, scale) === '0' && c.duck.exact === unit && /^\s*[+-]?0*\.?0*[5-9]/.test(s);
    },
  },
  {
    // DATE values of expressions are years 1-9999 here (an overflow or cast row error beyond);
    // DuckDB's DATE reaches 5877642 BC - 5881580 AD.
    id: 'date-range',
    async explains(c, e) {
      if (c.node.ty !== 'date' || c.ours.k !== 'null' || c.duck.k !== 'date' || (c.duck.days >= -719_162 && c.duck.days <= 2_932_896) || c.id === undefined) return false;
      return /expression error: (overflow|cast|invalid argument)/.test((await e.oursFailure(c.node, c.id)) ?? '') || c.node.op === 'try_cast';
    },
  },
  {
    // Timestamps hold JS dates (±8.64e15 ms, years -271821 to 275760); DuckDB's reach 294247. Beyond ours: an overflow row error.
    id: 'timestamp-range',
    async explains(c, e) {
      if ((c.node.op !== 'to_timestamp' && c.node.op !== 'epoch_ms_ts') || c.ours.k !== 'null' || c.duck.k !== 'ts' || Math.abs(c.duck.micros) <= 8.64e18 || c.id === undefined) return false;
      return /expression error: overflow/.test((await failureAlone(c, e)) ?? '');
    },
  },
  {
    // Regular expressions: JS here, RE2 in DuckDB. \s (RE2: ASCII only), an empty match right
    // after a match in a global replace (RE2 skips it), a back-reference to a group the pattern
    // lacks (RE2 leaves the string unchanged; '' here, as in PostgreSQL).
    id: 'regex-dialect',
    explains(c) {
      if (!['regexp_matches', 'regexp_replace', 'regexp_extract'].includes(c.node.op) || !argsAgree(c)) return false;
      const args = c.argsOurs.map((a) => (a.k === 'text' ? a.v : a.k === 'num' ? a.approx : undefined));
      const [js, re2] = [regexModel(c.node.op, args, 'js'), regexModel(c.node.op, args, 're2')];
      return js !== undefined && re2 !== undefined && !same(js, re2) && same(js, c.ours) && same(re2, c.duck);
    },
  },
  {
    // CAST(text AS BOOLEAN): here (as in PostgreSQL) surrounding blanks are ignored and on/off are accepted; DuckDB accepts neither.
    id: 'text-to-boolean',
    async explains(c, e) {
      const s = text(c.argsOurs[0]);
      if ((c.node.op !== 'cast' && c.node.op !== 'try_cast') || c.node.ty !== 'bool' || s === undefined || c.id === undefined) return false;
      const ours = BOOL_WORDS[s.trim().toLowerCase()];
      const duck = DUCK_BOOL_WORDS[s.toLowerCase()];
      if (ours === undefined || !same({ k: 'bool', v: ours }, c.ours)) return false;
      return duck === undefined && (c.node.op === 'try_cast' ? c.duck.k === 'null' : c.duck.k === 'error');
    },
  },
  {
    // CAST(text AS DATE / TIMESTAMP): DuckDB reads a leading Y-M-D with a year of any number of
    // digits (and a sign) and, for a DATE, ignores whatever follows; here the text must be an ISO
    // date or timestamp (a four-digit year).
    id: 'text-to-date',
    async explains(c, e) {
      const s = text(c.argsOurs[0]);
      if ((c.node.op !== 'cast' && c.node.op !== 'try_cast') || s === undefined || c.ours.k !== 'null' || c.id === undefined) return false;
      const m = /^\s*(-?\d+)-(\d{1,2})-(\d{1,2})/.exec(s);
      if (m === null || (/^\d{4}$/.test(m[1]!) && c.node.ty !== 'date')) return false;
      const days = daysFromCivil(Number(m[1]), Number(m[2]), Number(m[3]));
      if (!(c.duck.k === 'date' ? c.duck.days === days : c.duck.k === 'ts' && Math.floor(c.duck.micros / 86_400_000_000) === days)) return false;
      return c.node.op === 'try_cast' || /expression error: cast/.test((await e.oursFailure(c.node, c.id)) ?? '');
    },
  },
  {
    // TIMESTAMP is TIMESTAMP(3) here (milliseconds; a finer instant keeps the millisecond that
    // contains it); DuckDB's TIMESTAMP has microseconds.
    id: 'timestamp-precision',
    explains(c) {
      if (c.node.ty !== 'timestamp' || c.ours.k !== 'ts' || c.duck.k !== 'ts' || !argsAgree(c)) return false;
      return c.duck.micros % 1000 !== 0 && c.ours.micros === Math.floor(c.duck.micros / 1000) * 1000;
    },
  },
  {
    // Timestamps are epoch milliseconds in doubles inside expressions: microseconds are exact
    // within about ±2^43 ms (years 1691-2248); beyond, the sub-millisecond digits are approximate.
    id: 'microsecond-precision',
    explains(c) {
      if (!argsAgree(c)) return false;
      // The magnitude that limits precision: a timestamp argument's, or the result's (to_timestamp of a number).
      const ms = Math.max(...[...c.argsOurs, c.ours].map((a) => (a.k === 'ts' ? Math.abs(a.micros) / 1000 : 0)));
      if (ms < 2 ** 43) return false;
      const ulpMicros = 2 ** (Math.floor(Math.log2(ms)) - 52) * 1000;
      const micros = (v: Norm) => (v.k === 'ts' ? v.micros : v.k === 'interval' ? v.days * 86_400_000_000 + v.micros : undefined);
      const [o, d] = [micros(c.ours), micros(c.duck)];
      return o !== undefined && d !== undefined && c.ours.k === c.duck.k && Math.abs(o - d) <= 2 * ulpMicros;
    },
  },
  {
    // A timestamp outside years 1691-2248 as text: the sub-millisecond digits are approximate (as
    // above), and a BC timestamp is written as PostgreSQL does ('... 07:48:04+00 BC'; DuckDB writes
    // '... (BC) 07:48:04+00').
    id: 'far-timestamp-text',
    explains(c) {
      if (c.node.op !== 'cast' || c.node.ty !== 'text' || !argsAgree(c) || c.argsOurs[0]?.k !== 'ts') return false;
      const ms = Math.abs(c.argsOurs[0].micros) / 1000;
      const [o, d] = [text(c.ours), text(c.duck)];
      if (ms < 2 ** 43 || o === undefined || d === undefined) return false;
      const parse = (s: string, bc: RegExp) => {
        const m = /^(\d+-\d\d-\d\d \d\d:\d\d:\d\d)(?:\.(\d+))?(\+00)?$/.exec(s.replace(bc, ''));
        return m === null ? undefined : { at: m[1]! + (m[3] ?? ''), micros: Number((m[2] ?? '').padEnd(6, '0')), bc: bc.test(s) };
      };
      const [x, y] = [parse(o, / BC$/), parse(d.replace(' (BC) ', ' '), /$^/)];
      if (x === undefined || y === undefined || x.at !== y.at || x.bc !== d.includes('(BC)')) return false;
      return Math.abs(x.micros - y.micros) <= 2 * 2 ** (Math.floor(Math.log2(ms)) - 52) * 1000;
    },
  },
  {
    // A DuckDB optimizer bug: CAST(<timestamp> AS VARCHAR) compared with a text constant is
    // rewritten as a timestamp comparison with the constant cast to a timestamp, which is NULL when
    // the constant is not a timestamp ('2', ' '). Here the texts are compared, as written.
    id: 'duckdb-text-cast-unwrap',
    explains(c) {
      if (!['eq', 'neq', 'lt', 'lte', 'gt', 'gte', 'between', 'not_between'].includes(c.node.op) || !argsAgree(c)) return false;
      const castOfTime = (n: Node) => n.op === 'cast' && n.ty === 'text' && (n.args[0]!.ty === 'timestamp' || n.args[0]!.ty === 'date');
      const columnFree = (n: Node): boolean => n.op !== 'col' && n.args.every(columnFree);
      const [x, ...bounds] = c.node.args;
      const pairs = c.node.op.includes('between') ? (castOfTime(x!) ? bounds.map((_, i) => i + 1) : []) : castOfTime(c.node.args[0]!) ? [1] : castOfTime(c.node.args[1]!) ? [0] : [];
      const unparsable = pairs.filter((i) => columnFree(c.node.args[i]!) && !/^\s*-?\d{4,}-\d{1,2}-\d{1,2}/.test(text(c.argsOurs[i]) ?? '0000-01-01'));
      if (unparsable.length === 0) return false;
      const ours = relationOp(c.node.op, c.argsOurs, onText(cmpUnits));
      const duck = relationOp(c.node.op, c.argsOurs.map((a, i) => (unparsable.includes(i) ? ({ k: 'null' } as Norm) : a)), onText(cmpUnits));
      return ours !== undefined && duck !== undefined && same(ours, c.ours) && same(duck, c.duck);
    },
  },
  {
    // trim/ltrim/rtrim without characters remove spaces (U+0020) here, as in PostgreSQL and the
    // standard; DuckDB removes every Unicode space separator (Zs: NBSP, em space, ...).
    id: 'trim-unicode-space',
    explains(c) {
      if (!['trim', 'ltrim', 'rtrim'].includes(c.node.op) || c.node.args.length !== 1 || !argsAgree(c)) return false;
      const s = text(c.argsOurs[0]);
      if (s === undefined) return false;
      const strip = (space: string) => {
        const [l, r] = [c.node.op !== 'rtrim' ? `^[${space}]+` : '$^', c.node.op !== 'ltrim' ? `[${space}]+$` : '$^'];
        return s.replace(new RegExp(l, 'u'), '').replace(new RegExp(r, 'u'), '');
      };
      return text(c.ours) === strip(' ') && text(c.duck) === strip('\\p{Zs}');
    },
  },
  {
    // epoch_ms(timestamp) before 1970 with a sub-millisecond part: the millisecond containing the
    // instant here (floor); DuckDB truncates toward zero.
    id: 'epoch-ms-floor',
    explains(c) {
      const ts = c.argsOurs[0];
      if (c.node.op !== 'epoch_ms' || ts?.k !== 'ts' || ts.micros >= 0 || ts.micros % 1000 === 0 || !argsAgree(c)) return false;
      return num(c.ours) === Math.floor(ts.micros / 1000) && num(c.duck) === Math.trunc(ts.micros / 1000);
    },
  },
  {
    // Text ordering: UTF-16 code units here (JS), code points (UTF-8 bytes) in DuckDB.
    id: 'text-order',
    explains(c) {
      if (!argsAgree(c) || !c.node.args.every((a) => a.ty === 'text')) return false;
      const ours = relationOp(c.node.op, c.argsOurs, onText(cmpUnits));
      const duck = relationOp(c.node.op, c.argsOurs, onText(cmpPoints));
      return same(ours, c.ours) && same(duck, c.duck);
    },
  },
  {
    // DOUBLE to text: JS shortest round-trip text here ('1e+308', '100', 'Infinity'), DuckDB's own ('1e+308', '100.0', 'inf').
    id: 'double-text',
    explains(c) {
      if (c.node.op !== 'cast' || c.node.args[0]?.ty !== 'double' || !argsAgree(c)) return false;
      const x = num(c.argsOurs[0]);
      const [o, d] = [text(c.ours), text(c.duck)];
      if (x === undefined || o === undefined || d === undefined) return false;
      return spells(o, x) && spells(d, x);
    },
  },
  {
    // The same for a DOUBLE concatenated to text (|| and concat cast it to text).
    id: 'double-text-concat',
    async explains(c, e) {
      if ((c.node.op !== 'concat_op' && c.node.op !== 'concat') || c.id === undefined || !c.node.args.some((a) => a.ty === 'double')) return false;
      const row = e.ids.indexOf(c.id);
      const texts = await Promise.all(c.node.args.map(async (a) => {
        const asText = a.ty === 'text' ? a : call('cast', 'text', [a], ([x]) => `CAST(${x} AS VARCHAR)`);
        const [o, d] = await Promise.all([e.evalOurs(asText), e.evalDuck(asText)]);
        return [o.values[row], d.values[row]] as const;
      }));
      const join = (vs: readonly (Norm | undefined)[]) => {
        if (c.node.op === 'concat_op' && vs.some((v) => v?.k !== 'text')) return { k: 'null' } as Norm;
        return { k: 'text', v: vs.map((v) => text(v) ?? '').join('') } as Norm;
      };
      const doublesSpelled = c.node.args.every((a, i) => a.ty !== 'double' || c.argsOurs[i]!.k !== 'num' || (spells(text(texts[i]![0]) ?? '', num(c.argsOurs[i])!) && spells(text(texts[i]![1]) ?? '', num(c.argsDuck[i])!)));
      return doublesSpelled && same(join(texts.map(([o]) => o)), c.ours) && same(join(texts.map(([, d]) => d)), c.duck);
    },
  },
  {
    // upper/lower: Unicode full case mapping here (ß → SS, ﬁ → FI, İ → i̇), DuckDB maps one code point to one.
    id: 'case-mapping',
    explains(c) {
      const op = c.node.op;
      const s = text(c.argsOurs[0]);
      if ((op !== 'upper' && op !== 'lower') || s === undefined || !argsAgree(c)) return false;
      const map = (ch: string) => (op === 'upper' ? ch.toUpperCase() : ch.toLowerCase());
      const duck = Array.from(s, (ch) => (Array.from(map(ch)).length === 1 ? map(ch) : DUCK_CASE[op]![ch] ?? ch)).join('');
      return text(c.ours) === map(s) && text(c.duck) === duck && duck !== map(s);
    },
  },
  {
    // substring with a start before 1 or a negative length: SQL standard here, counted from the end in DuckDB.
    id: 'substring-negative',
    explains(c) {
      if (c.node.op !== 'substring' || !argsAgree(c)) return false;
      const [s, start, len] = [text(c.argsOurs[0]), num(c.argsOurs[1]), c.argsOurs[2] === undefined ? undefined : num(c.argsOurs[2])];
      if (s === undefined || start === undefined || (c.argsOurs.length === 3 && len === undefined)) return false;
      if (start >= 1 && (len === undefined || len >= 0)) return false;
      const duck = text(c.duck);
      return text(c.ours) === substringStandard(s, start, len) && (duck === substringDuck(s, start, len) || duck === substringDuckClamped(s, start, len));
    },
  },
  {
    // split_part(s, d, 0): DuckDB gives ''; here (as in PostgreSQL) it is an invalid_argument row error.
    id: 'split-part-zero',
    async explains(c, e) {
      if (c.node.op !== 'split_part' || num(c.argsOurs[2]) !== 0 || c.ours.k !== 'null' || text(c.duck) !== '' || c.id === undefined) return false;
      return /expression error: invalid argument/.test((await e.oursFailure(c.node, c.id)) ?? '');
    },
  },
  {
    // split_part(s, '', n): DuckDB splits into characters; here (as in PostgreSQL) the whole string is the only field.
    id: 'split-part-empty-delimiter',
    explains(c) {
      if (c.node.op !== 'split_part' || text(c.argsOurs[1]) !== '' || !argsAgree(c)) return false;
      const [s, n] = [text(c.argsOurs[0])!, num(c.argsOurs[2])!];
      const cp = Array.from(s);
      const pick = (parts: string[]) => parts[n > 0 ? n - 1 : parts.length + n] ?? '';
      return text(c.ours) === pick([s]) && text(c.duck) === pick(cp.length === 0 ? [''] : cp);
    },
  },
  {
    // lpad/rpad with an empty fill that would have to pad: DuckDB raises; here (as in PostgreSQL) the string is returned unpadded.
    id: 'pad-empty-fill',
    explains(c) {
      if ((c.node.op !== 'lpad' && c.node.op !== 'rpad') || text(c.argsOurs[2]) !== '' || c.duck.k !== 'error') return false;
      const s = text(c.argsOurs[0]);
      return s !== undefined && Array.from(s).length < num(c.argsOurs[1])! && text(c.ours) === s && /Insufficient padding/.test(c.duck.msg);
    },
  },
];
