/**
 * String functions, LIKE, regular expressions and digests. Lengths and positions count
 * characters (code points), as SQL does; comparisons elsewhere use UTF-16 order.
 */
import type { CallGen } from './emitter.js';

const str = (fn: (v: string[]) => string, guard = true): CallGen => (g, b) => g.strict(b, fn, { guard });

/** Text generators by function name. */
export const textCalls: Record<string, CallGen> = {
  concat_op: str(([a, b]) => `${a} + ${b}`, false),
  concat: (g, b) => {
    const vals = b.args.map((a) => g.expr(a));
    const t = g.tmp();
    g.line(`const ${t} = ${vals.map((v) => `(${v.z} ? '' : ${v.t})`).join(' + ') || "''"};`);
    return { t, z: 'false' };
  },
  concat_ws: (g, b) => {
    const [sep, ...vals] = b.args.map((a) => g.expr(a));
    const t = g.tmp();
    const z = g.tmp('z');
    g.line(`const ${z} = ${sep!.z}; const ${t} = ${z} ? '' : [${vals.map((v) => `${v.z} ? null : ${v.t}`).join(', ')}].filter((x) => x !== null).join(${sep!.t});`);
    return { t, z };
  },
  lower: str(([s]) => `${s}.toLowerCase()`),
  upper: str(([s]) => `${s}.toUpperCase()`),
  length: str(([s]) => `rt.charLength(${s})`),
  octet_length: str(([s]) => `rt.octetLength(${s})`),
  substring: str(([s, start, len]) => `rt.substring(${s}, ${start}, ${len ?? 'undefined'})`),
  trim: str(([s, chars]) => `rt.trim(${s}, ${chars ?? 'undefined'}, true, true)`),
  ltrim: str(([s, chars]) => `rt.trim(${s}, ${chars ?? 'undefined'}, true, false)`),
  rtrim: str(([s, chars]) => `rt.trim(${s}, ${chars ?? 'undefined'}, false, true)`),
  replace: str(([s, from, to]) => `(${from} === '' ? ${s} : ${s}.split(${from}).join(${to}))`),
  split_part: (g, b) => g.strict(b, ([s, d, n]) => `(${n} === 0 ? undefined : rt.splitPart(${s}, ${d}, ${n}))`, { guard: true, undefinedIs: 'invalid_argument' }),
  starts_with: str(([s, p]) => `${s}.startsWith(${p})`),
  ends_with: str(([s, p]) => `${s}.endsWith(${p})`),
  strpos: str(([s, sub]) => `rt.strpos(${s}, ${sub})`),
  left: str(([s, n]) => `rt.left(${s}, ${n})`),
  right: str(([s, n]) => `rt.right(${s}, ${n})`),
  lpad: str(([s, n, fill]) => `rt.pad(${s}, ${n}, ${fill ?? "' '"}, true)`),
  rpad: str(([s, n, fill]) => `rt.pad(${s}, ${n}, ${fill ?? "' '"}, false)`),
  reverse: str(([s]) => `rt.reverse(${s})`),
  repeat: str(([s, n]) => `rt.repeat(${s}, ${n})`),
  like: str(([s, p, e]) => `rt.like(${s}, ${p}, ${e ?? 'undefined'}, false)`),
  ilike: str(([s, p, e]) => `rt.like(${s}, ${p}, ${e ?? 'undefined'}, true)`),
  regexp_matches: (g, b) => g.strict(b, ([s, p, f]) => `rt.regexMatches(${s}, ${p}, ${f ?? 'undefined'})`, { guard: true, undefinedIs: 'invalid_regex' }),
  regexp_replace: (g, b) => g.strict(b, ([s, p, r, f]) => `rt.regexReplace(${s}, ${p}, ${r}, ${f ?? 'undefined'})`, { guard: true, undefinedIs: 'invalid_regex' }),
  regexp_extract: (g, b) => g.strict(b, ([s, p, n]) => `rt.regexExtract(${s}, ${p}, ${n ?? 0})`, { guard: true, undefinedIs: 'invalid_regex' }),
  regexp_match: (g, b) => {
    const v = g.strict(b, ([s, p]) => `rt.regexMatch(${s}, ${p})`, { guard: true, undefinedIs: 'invalid_regex' });
    // No match is NULL, not an error.
    g.line(`if (${v.t} === null) ${v.z} = true;`);
    return v;
  },
  md5: str(([s]) => `rt.md5(${s})`),
  sha256: str(([s]) => `rt.sha256(${s})`),
};
