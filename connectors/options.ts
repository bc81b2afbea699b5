/**
 * Connector options (`WITH (...)` in SQL, the options object in the Dataflow API) are validated
 * against a declared spec: an unknown key is an error with a did-you-mean, never silently ignored.
 */
import { didYouMean, PlanError } from '../runtime/index.js';

/** One option: its type, default and meaning (the meaning shows up in errors and docs). */
export interface OptionSpec {
  readonly type: 'string' | 'integer' | 'boolean';
  readonly default?: string | number | boolean;
  readonly min?: number;
  readonly description: string;
}

/** Parsed option values. */
export type OptionValues<S extends Record<string, OptionSpec>> = {
  [K in keyof S]: S[K]['type'] extends 'integer' ? number : S[K]['type'] extends 'boolean' ? boolean : string;
};

/** Parses `options` against `spec` for `connector`, rejecting unknown keys and bad values. */
export function parseOptions<S extends Record<string, OptionSpec>>(
  connector: string,
  spec: S,
  options: Readonly<Record<string, string>> | null | undefined,
): OptionValues<S> {
  const given = options ?? {};
  const known = Object.keys(spec);
  for (const key of Object.keys(given)) {
    if (!(key in spec)) {
      throw new PlanError(`connector '${connector}' has no option '${key}'${didYouMean(key, known)}; options are: ${known.join(', ') || '(none)'}`);
    }
  }
  const out: Record<string, unknown> = {};
  for (const [key, s] of Object.entries(spec)) {
    const raw = given[key];
    if (raw === undefined) {
      if (s.default === undefined) throw new PlanError(`connector '${connector}' needs option '${key}' (${s.description})`);
      out[key] = s.default;
      continue;
    }
    if (s.type === 'integer') {
      const n = Number(raw);
      if (!Number.isInteger(n) || (s.min !== undefined && n < s.min)) {
        throw new PlanError(`connector '${connector}' option '${key}' must be an integer${s.min !== undefined ? ` >= ${s.min}` : ''}, got '${raw}'`);
      }
      out[key] = n;
    } else if (s.type === 'boolean') {
      if (raw !== 'true' && raw !== 'false') throw new PlanError(`connector '${connector}' option '${key}' must be true or false, got '${raw}'`);
      out[key] = raw === 'true';
    } else {
      out[key] = raw;
    }
  }
  return out as OptionValues<S>;
}
