/**
 * Negative cases for the parser, as data: each SQL text must fail with an error whose message
 * contains `message`, at `line`:`column`, with `code`. `vars` are passed to parse() when given.
 */
export interface ErrorCase {
  readonly sql: string;
  readonly message: string;
  readonly line: number;
  readonly column: number;
  readonly code: `LDB-11${string}`;
  readonly vars?: Readonly<Record<string, string>>;
}

export const ERROR_CASES: readonly ErrorCase[] = [
  // Lexical errors (LDB-1101)
  { sql: "SELECT 'oops", message: 'unterminated string', line: 1, column: 8, code: 'LDB-1101' },
  { sql: 'SELECT "abc FROM t', message: 'unterminated quoted identifier', line: 1, column: 8, code: 'LDB-1101' },
  { sql: 'SELECT 12abc', message: "bad number '12a'", line: 1, column: 8, code: 'LDB-1101' },
  { sql: 'SELECT # FROM t', message: "unexpected character '#'", line: 1, column: 8, code: 'LDB-1101' },
  { sql: 'SELECT 1 /* never closed', message: 'unterminated /* comment', line: 1, column: 10, code: 'LDB-1101' },
  { sql: "SELECT E'\\q'", message: "unknown escape '\\q'", line: 1, column: 10, code: 'LDB-1101' },
  { sql: 'SELECT "" FROM t', message: 'empty quoted identifier', line: 1, column: 8, code: 'LDB-1101' },
  { sql: 'SELECT ${BAD', message: 'bad ${VAR} placeholder', line: 1, column: 8, code: 'LDB-1101' },
  { sql: "SELECT a FROM t WHERE s = '${X}' AND b = 'open", message: 'unterminated string', line: 1, column: 42, code: 'LDB-1101', vars: { X: 'a much longer value' } },

  // Unknown statements and misspelled keywords (did-you-mean)
  { sql: 'SELEC * FROM t', message: "unknown statement 'SELEC' (did you mean 'SELECT'?)", line: 1, column: 1, code: 'LDB-1103' },
  { sql: 'CRAETE SOURCE s (a INT)', message: "unknown statement 'CRAETE' (did you mean 'CREATE'?)", line: 1, column: 1, code: 'LDB-1103' },
  { sql: 'SELECT 1;\n  SUBSCRIB mv', message: "unknown statement 'SUBSCRIB' (did you mean 'SUBSCRIBE'?)", line: 2, column: 3, code: 'LDB-1103' },
  { sql: 'CREATE SORCE s (a INT)', message: "found 'SORCE' (did you mean 'SOURCE'?)", line: 1, column: 8, code: 'LDB-1102' },
  { sql: 'CREATE STREM s AS SELECT 1', message: "(did you mean 'STREAM'?)", line: 1, column: 8, code: 'LDB-1102' },
  { sql: 'SELECT * FROM t EMIT ON WINDOW CLOSED', message: "unknown EMIT clause 'EMIT ON WINDOW CLOSED' (did you mean 'EMIT ON WINDOW CLOSE'?)", line: 1, column: 32, code: 'LDB-1102' },
  { sql: 'SELECT * FROM t EMIT ON WNDOW CLOSE', message: "(did you mean 'EMIT ON WINDOW CLOSE'?); valid forms: EMIT AFTER WATERMARK", line: 1, column: 25, code: 'LDB-1102' },
  { sql: 'SELECT * FROM t EMIT CHANGE', message: "(did you mean 'EMIT CHANGES'?)", line: 1, column: 22, code: 'LDB-1102' },
  { sql: 'SELECT * FROM t EMIT AFTER WATERMAK', message: "(did you mean 'EMIT AFTER WATERMARK'?)", line: 1, column: 28, code: 'LDB-1102' },
  { sql: 'SELECT * FROM t EMIT', message: 'expected an EMIT mode; valid forms', line: 1, column: 21, code: 'LDB-1102' },
  { sql: 'CREATE SOURCE s (ts TIMESTAMP, WATERMAK FOR ts)', message: "(did you mean 'WATERMARK'?)", line: 1, column: 32, code: 'LDB-1102' },
  { sql: 'SELECT a FROM t WHERE x = 1 GRUOP BY a', message: "unexpected 'GRUOP' after the end of the statement (did you mean 'GROUP'?)", line: 1, column: 29, code: 'LDB-1102' },
  { sql: 'SHOW SOURCE', message: "(did you mean 'SOURCES'?)", line: 1, column: 6, code: 'LDB-1102' },
  { sql: 'DROP SOURCES s', message: "(did you mean 'SOURCE'?)", line: 1, column: 6, code: 'LDB-1102' },

  // Types (LDB-1106)
  { sql: 'CREATE SOURCE s (a VARCHR)', message: "unknown data type 'VARCHR' (did you mean 'VARCHAR'?)", line: 1, column: 20, code: 'LDB-1106' },
  { sql: 'CREATE SOURCE s (a BIGNT NOT NULL)', message: "unknown data type 'BIGNT' (did you mean 'BIGINT'?)", line: 1, column: 20, code: 'LDB-1106' },
  { sql: 'SELECT CAST(a AS INTEGR) FROM t', message: "unknown data type 'INTEGR' (did you mean 'INTEGER'?)", line: 1, column: 18, code: 'LDB-1106' },
  { sql: 'SELECT a::TIMESTAMPZ FROM t', message: "(did you mean 'TIMESTAMP'?)", line: 1, column: 11, code: 'LDB-1106' },
  { sql: 'CREATE TABLE t (a DECIMAL(10, 2, 3))', message: 'this type takes at most 2 parameters', line: 1, column: 34, code: 'LDB-1102' },
  { sql: 'CREATE TABLE t (a ARRAY<INT)', message: "expected '>' to close ARRAY<...>", line: 1, column: 28, code: 'LDB-1102' },

  // Missing parentheses and other expected tokens
  { sql: 'SELECT (a + b FROM t', message: "expected ')' to close the parenthesis, found 'FROM'", line: 1, column: 15, code: 'LDB-1102' },
  { sql: 'SELECT COUNT(* FROM t', message: "expected ')' to close the arguments of COUNT(...)", line: 1, column: 16, code: 'LDB-1102' },
  { sql: 'SELECT * FROM t WHERE a IN (1, 2', message: "expected ')' to close the IN list, found end of input", line: 1, column: 33, code: 'LDB-1102' },
  { sql: 'CREATE SOURCE s (a INT', message: "expected ')' to close the column list", line: 1, column: 23, code: 'LDB-1102' },
  { sql: 'SELECT a,\n  b\nFROM t\nWHERE a = = 1', message: "expected an expression, found '='", line: 4, column: 11, code: 'LDB-1102' },
  { sql: 'SELECT 1 +', message: 'expected an expression, found end of input', line: 1, column: 11, code: 'LDB-1102' },
  { sql: 'SELECT a, FROM t', message: "expected an expression after ',', found 'FROM' (is there a trailing comma?)", line: 1, column: 11, code: 'LDB-1102' },
  { sql: 'SELECT select FROM t', message: 'found the reserved word SELECT; write "select" to use it as a name', line: 1, column: 8, code: 'LDB-1102' },
  { sql: 'SELECT * FROM', message: 'expected a table name, a subquery in parentheses or a table function, found end of input', line: 1, column: 14, code: 'LDB-1102' },
  { sql: 'CREATE STREAM s SELECT 1', message: "expected AS, found 'SELECT'", line: 1, column: 17, code: 'LDB-1102' },
  { sql: 'SELECT CASE WHEN a THEN 1 FROM t', message: 'expected WHEN, ELSE or END to finish the CASE that starts at line 1, column 8', line: 1, column: 27, code: 'LDB-1102' },
  { sql: 'SELECT a FROM t WHERE x IS MAYBE', message: 'expected NULL, TRUE, FALSE, UNKNOWN or DISTINCT FROM after IS', line: 1, column: 28, code: 'LDB-1102' },
  { sql: 'SELECT * FROM a JOIN b', message: 'expected ON <condition> or USING (columns) after the joined table', line: 1, column: 23, code: 'LDB-1102' },
  { sql: 'INSERT products VALUES (1)', message: "expected INTO, found 'products'", line: 1, column: 8, code: 'LDB-1102' },
  { sql: 'SET parallelism', message: 'expected = or TO after SET parallelism', line: 1, column: 16, code: 'LDB-1102' },
  { sql: 'ALTER SOURCE s DROP COLUMN a', message: 'expected ADD [COLUMN] or SET (...) after ALTER SOURCE <name>', line: 1, column: 16, code: 'LDB-1102' },
  { sql: 'RESTORE FROM CHECKPOINT latest', message: 'expected the checkpoint id (a non-negative integer)', line: 1, column: 25, code: 'LDB-1102' },
  { sql: 'CREATE SOURCE s (ts TIMESTAMP, WATERMARK FOR ts, WATERMARK FOR ts)', message: 'a source can have only one WATERMARK', line: 1, column: 50, code: 'LDB-1102' },
  { sql: 'CREATE SOURCE s (a INT) FORMAT JSON', message: 'FORMAT requires a connector', line: 1, column: 25, code: 'LDB-1102' },

  // Trailing garbage
  { sql: 'SELECT * FROM t WHERE a = 1 b', message: "unexpected 'b' after the end of the statement", line: 1, column: 29, code: 'LDB-1102' },
  { sql: 'SELECT * FROM t LIMIT 10 LIMIT 5', message: "unexpected 'LIMIT' after the end of the statement", line: 1, column: 26, code: 'LDB-1102' },
  { sql: 'SELECT a FROM t WHRE x = 1', message: "unexpected 'x' after the end of the statement ('WHRE' was read as an alias (did you mean 'WHERE'?))", line: 1, column: 22, code: 'LDB-1102' },
  { sql: 'CHECKPOINT NOW', message: "unexpected 'NOW' after the end of the statement", line: 1, column: 12, code: 'LDB-1102' },
  { sql: 'DELETE products WHERE id = 1', message: "expected FROM after DELETE (DELETE FROM t [WHERE ...]), found 'products'", line: 1, column: 8, code: 'LDB-1102' },
  { sql: 'UPDATE products WHERE id = 1', message: "expected SET after UPDATE products (UPDATE t SET column = value [WHERE ...]), found 'WHERE'", line: 1, column: 17, code: 'LDB-1102' },
  { sql: 'UPDATE t SET a 1', message: "expected '=' after SET a, found '1'", line: 1, column: 16, code: 'LDB-1102' },
  { sql: 'UPDATE t SET t.a = 1', message: 'SET takes a bare column name: write SET a = ...', line: 1, column: 14, code: 'LDB-1102' },
  { sql: 'UPDATE t SET a = 1 WHERE', message: 'expected an expression', line: 1, column: 25, code: 'LDB-1102' },
  { sql: 'UPDATE t SET a = 1 LIMIT 1', message: "unexpected 'LIMIT' after the end of the statement", line: 1, column: 20, code: 'LDB-1102' },
  { sql: 'DELETE FROM t WHRE a = 1', message: "('WHRE' was read as an alias (did you mean 'WHERE'?))", line: 1, column: 20, code: 'LDB-1102' },

  // Unsupported syntax (LDB-1104)
  { sql: 'WITH RECURSIVE r AS (SELECT 1) SELECT * FROM r', message: 'WITH RECURSIVE is not supported', line: 1, column: 6, code: 'LDB-1104' },
  { sql: 'DECLARE c SCROLL CURSOR FOR SUBSCRIBE mv', message: 'SCROLL cursors are not supported', line: 1, column: 11, code: 'LDB-1104' },
  { sql: 'DECLARE c BINARY CURSOR FOR SUBSCRIBE mv', message: 'BINARY cursors are not supported', line: 1, column: 11, code: 'LDB-1104' },
  { sql: 'DECLARE c INSENSITIVE CURSOR FOR SUBSCRIBE mv', message: 'INSENSITIVE cursors are not supported', line: 1, column: 11, code: 'LDB-1104' },
  { sql: 'DECLARE c CURSOR WITH HOLD FOR SUBSCRIBE mv', message: 'WITH HOLD cursors are not supported', line: 1, column: 18, code: 'LDB-1104' },
  { sql: 'DECLARE c CURSOR FOR SELECT * FROM t', message: 'cursors are only supported over SUBSCRIBE', line: 1, column: 22, code: 'LDB-1104' },
  { sql: "SUBSCRIBE mv AS OF SYSTEM TIME '2024-01-01'", message: 'AS OF SYSTEM TIME is not supported in SUBSCRIBE; resume with AS OF EPOCH <n>', line: 1, column: 20, code: 'LDB-1104' },
  { sql: 'FETCH BACKWARD 10 FROM c', message: 'FETCH BACKWARD is not supported', line: 1, column: 7, code: 'LDB-1104' },
  { sql: 'UPDATE t SET (a, b) = (1, 2)', message: 'SET (a, b) = (...) is not supported; write SET a = ..., b = ...', line: 1, column: 14, code: 'LDB-1104' },
  { sql: 'UPDATE t SET a = DEFAULT', message: 'SET a = DEFAULT is not supported; write the value itself', line: 1, column: 18, code: 'LDB-1104' },
  { sql: 'UPDATE t SET a = 1 FROM u WHERE t.id = u.id', message: 'UPDATE ... FROM (reading other tables) is not supported', line: 1, column: 20, code: 'LDB-1104' },
  { sql: 'DELETE FROM t USING u WHERE t.id = u.id', message: 'DELETE ... USING (reading other tables) is not supported', line: 1, column: 15, code: 'LDB-1104' },
  { sql: 'DELETE FROM t WHERE a = 1 RETURNING *', message: 'DELETE ... RETURNING is not supported', line: 1, column: 27, code: 'LDB-1104' },
  { sql: 'SELECT * FROM a NATURAL JOIN b', message: 'NATURAL JOIN is not supported', line: 1, column: 17, code: 'LDB-1104' },
  { sql: 'SELECT 5s FROM t', message: "durations like '5s' are only allowed in TEMPORAL PROBE JOIN offsets", line: 1, column: 8, code: 'LDB-1104' },
  { sql: 'SELECT f(x) OVER w FROM t', message: 'named windows (OVER w) are not supported', line: 1, column: 18, code: 'LDB-1104' },
  { sql: 'SELECT a.b(1) FROM t', message: 'qualified function names are not supported', line: 1, column: 8, code: 'LDB-1104' },
  { sql: 'CREATE TABLE t (a INT, WATERMARK FOR a)', message: 'WATERMARK is only allowed in CREATE SOURCE', line: 1, column: 24, code: 'LDB-1104' },
  { sql: 'CREATE SOURCE s (a INT, PRIMARY KEY (a))', message: 'PRIMARY KEY constraints are only allowed in CREATE TABLE', line: 1, column: 25, code: 'LDB-1104' },
  { sql: 'SELECT * FROM t1 a RIGHT TEMPORAL PROBE JOIN p ON (k) TIMESTAMPS (ts, ts) LIST (0s) AS x', message: 'TEMPORAL PROBE JOIN supports only INNER or LEFT', line: 1, column: 26, code: 'LDB-1104' },

  // Invalid values (LDB-1107) and durations
  { sql: 'SUBSCRIBE mv AS OF EPOCH -1', message: 'the epoch must not be negative', line: 1, column: 26, code: 'LDB-1107' },
  { sql: 'SUBSCRIBE mv AS OF EPOCH 1.5', message: "the epoch must be a non-negative integer, found '1.5'", line: 1, column: 26, code: 'LDB-1107' },
  { sql: 'SELECT * FROM t a TEMPORAL PROBE JOIN p ON (k) TIMESTAMPS (ts, ts) RANGE FROM 0 s TO 1s STEP 1s AS x', message: 'write the unit right after the number', line: 1, column: 79, code: 'LDB-1102' },

  // Unknown variables (LDB-1105)
  { sql: 'SELECT * FROM t WHERE a = ${X}', message: 'unknown variable ${X}; no variables were given', line: 1, column: 27, code: 'LDB-1105' },
  { sql: "CREATE SOURCE s FROM KAFKA (brokers = '${KAFKA_BROKER}')", message: "unknown variable ${KAFKA_BROKER} (did you mean 'KAFKA_BROKERS'?); known variables: GROUP, KAFKA_BROKERS", line: 1, column: 40, code: 'LDB-1105', vars: { KAFKA_BROKERS: 'localhost:9092', GROUP: 'g' } },
];
