/**
 * The SQL front end for LaminarDB's streaming dialect. So far: the lexer (the parser, binder,
 * planner and lowering to plan messages build on it). It imports only `specs` and the pure-data
 * function catalog of `operators`; nothing but the facade imports it.
 */
export { tokenize, excerpt, KEYWORDS, SqlSyntaxError, type Token, type TokenKind } from './lexer.js';
