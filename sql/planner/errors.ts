/**
 * Errors of binding and planning. Like parse errors they carry a code, the line and column of the
 * offending node and an excerpt with a caret.
 *
 * | code     | meaning                                                                      |
 * |----------|------------------------------------------------------------------------------|
 * | LDB-1201 | unknown relation (source, stream, view, table, sink)                          |
 * | LDB-1202 | unknown or ambiguous column                                                   |
 * | LDB-1203 | type error: a function or operator does not apply to these types              |
 * | LDB-1204 | unknown function                                                              |
 * | LDB-1205 | not supported: the statement parses, but the engine cannot run it (yet)       |
 * | LDB-1206 | catalog conflict: the name exists already, or an object depends on it         |
 * | LDB-1207 | invalid connector, format or option                                           |
 * | LDB-1208 | the statement does not apply to this kind of object                           |
 * | LDB-1209 | AS OF EPOCH outside the retained history (evicted, or not ended)              |
 */
import type { Span } from '../ast.js';
import { SqlError } from '../errors.js';

/** Planner error codes (see the table above). */
export const PlanErrorCode = {
  unknownRelation: 'LDB-1201',
  unknownColumn: 'LDB-1202',
  type: 'LDB-1203',
  unknownFunction: 'LDB-1204',
  unsupported: 'LDB-1205',
  conflict: 'LDB-1206',
  invalidOption: 'LDB-1207',
  wrongObject: 'LDB-1208',
  epochNotRetained: 'LDB-1209',
} as const;
export type PlanErrorCode = (typeof PlanErrorCode)[keyof typeof PlanErrorCode];

/** An error at a node of a statement: `text` is the whole SQL text the span points into. */
export function planError(code: PlanErrorCode, detail: string, text: string, span: Span | undefined): SqlError {
  return SqlError.at(code, detail, text, span?.offset ?? 0);
}
