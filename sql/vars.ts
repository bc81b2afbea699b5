/**
 * `${NAME}` substitution. Placeholders are replaced everywhere in the text, inside strings and
 * quoted identifiers too (`brokers = '${KAFKA_BROKERS}'`), before tokenizing; an offset map lets
 * tokens and errors point into the original text. Values are inserted verbatim (no escaping).
 */
import { SqlError, SqlErrorCode, didYouMean } from './errors.js';

/** A substituted text and the way back to offsets of the original. */
export interface Substitution {
  readonly text: string;
  /** True if at least one placeholder was replaced. */
  readonly changed: boolean;
  /**
   * The original offset of an offset in the substituted text. An offset inside a replaced value
   * maps to the start of its placeholder, or (for `end` offsets) to just past it.
   */
  toOriginal(offset: number, end?: boolean): number;
}

interface Segment {
  /** Where the value starts and ends in the substituted text. */
  readonly from: number;
  readonly to: number;
  /** Where the placeholder starts and ends in the original text. */
  readonly origFrom: number;
  readonly origTo: number;
}

const PLACEHOLDER = /\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g;

/**
 * Replaces every `${NAME}` in `text` with `vars[NAME]`; an unknown name is an error (LDB-1105) at
 * the placeholder, listing the known names.
 *
 * @example
 * ```ts
 * substitute("brokers = '${B}'", { B: 'localhost:9092' }).text; // "brokers = 'localhost:9092'"
 * ```
 */
export function substitute(text: string, vars: Readonly<Record<string, string>> = {}): Substitution {
  const segments: Segment[] = [];
  let out = '';
  let last = 0;
  for (const m of text.matchAll(PLACEHOLDER)) {
    const name = m[1]!;
    const value = Object.hasOwn(vars, name) ? vars[name] : undefined;
    if (value === undefined) throw unknownVariable(text, m.index, name, Object.keys(vars));
    out += text.slice(last, m.index);
    segments.push({ from: out.length, to: out.length + value.length, origFrom: m.index, origTo: m.index + m[0].length });
    out += value;
    last = m.index + m[0].length;
  }
  if (segments.length === 0) return { text, changed: false, toOriginal: (o) => o };
  out += text.slice(last);
  return { text: out, changed: true, toOriginal: (offset, end = false) => toOriginal(segments, offset, end) };
}

function toOriginal(segments: readonly Segment[], offset: number, end: boolean): number {
  // The last segment that starts at or before `offset` (binary search).
  let lo = 0;
  let hi = segments.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (segments[mid]!.from <= offset) {
      found = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  if (found < 0) return offset;
  const s = segments[found]!;
  if (offset < s.to) return end && offset > s.from ? s.origTo : s.origFrom;
  return s.origTo + (offset - s.to);
}

function unknownVariable(text: string, offset: number, name: string, known: readonly string[]): SqlError {
  const list = known.length === 0
    ? 'no variables were given (pass them as parse(sql, { vars: { NAME: value } }))'
    : `known variables: ${[...known].sort().join(', ')}`;
  return SqlError.at(SqlErrorCode.unknownVariable, `unknown variable \${${name}}${didYouMean(name, known)}; ${list}`, text, offset);
}
