-- Golden EXPLAIN inputs: every query runs against schema.sql; its plan is in <name>.plan.
-- Regenerate the plans after an intended planner change with: npm run golden:update

-- name: projection
SELECT sym, price * qty AS notional FROM trades

-- name: filter_pushdown_through_projection
SELECT * FROM (SELECT sym, price * 2 AS p2, ts FROM trades) AS d WHERE p2 > 10 AND sym <> 'X'

-- name: constant_folding
SELECT sym, 1 + 2 * 3 AS seven, upper('a') || 'b' AS ab FROM trades WHERE 1 = 1 AND qty > 10 - 5

-- name: merge_filters_and_projections
SELECT a FROM (SELECT sym AS a, qty FROM (SELECT * FROM trades WHERE qty > 1) AS x WHERE qty < 100) AS y

-- name: union_all_with_casts
SELECT sym, qty FROM trades UNION ALL SELECT sym, CAST(bid AS BIGINT) FROM quotes

-- name: filter_pushdown_into_union
SELECT * FROM (SELECT sym, ts FROM trades UNION ALL SELECT sym, ts FROM quotes) AS u WHERE sym = 'AAPL'

-- name: cte
WITH big AS (SELECT sym, qty FROM trades WHERE qty > 100) SELECT sym FROM big WHERE sym LIKE 'A%'

-- name: tumble_with_having
SELECT sym, TUMBLE(ts, INTERVAL '1' MINUTE) AS w, COUNT(*) AS n, AVG(price) AS avg_price FROM trades GROUP BY sym, TUMBLE(ts, INTERVAL '1' MINUTE) HAVING COUNT(*) > 2

-- name: hop_expression_keys_and_pruning
SELECT upper(sym) AS s, HOP_END(ts, INTERVAL '10' SECOND, INTERVAL '1' MINUTE) AS e, SUM(qty * 2) AS q FROM trades GROUP BY upper(sym), HOP(ts, INTERVAL '10' SECOND, INTERVAL '1' MINUTE)

-- name: emit_changes_stateless
SELECT sym, qty FROM trades WHERE qty > 0 EMIT CHANGES

-- name: snapshot_sort_limit
SELECT id, name FROM instruments WHERE id > 1 ORDER BY name DESC NULLS LAST LIMIT 5 OFFSET 2

-- name: snapshot_group_by
SELECT name, COUNT(*) AS n, MAX(id) AS top FROM instruments GROUP BY name HAVING COUNT(*) > 1 ORDER BY n DESC

-- name: values
SELECT column1 + 1 AS x FROM (VALUES (1), (2), (NULL)) AS v

-- name: case_coalesce_in_between
SELECT CASE WHEN qty > 100 THEN 'big' WHEN qty > 10 THEN 'mid' ELSE 'small' END AS size, COALESCE(price, 0) AS p FROM trades WHERE sym IN ('A', 'B') AND price BETWEEN 1 AND 2

-- name: create_stream
CREATE STREAM s AS SELECT sym, price FROM trades WHERE price > 0

-- name: temporal_probe_join
SELECT t.sym, p.offset_ms, p_probe_ts, q.bid FROM (SELECT sym, ts FROM trades WHERE qty > 0) t LEFT TEMPORAL PROBE JOIN quotes q ON (sym) TIMESTAMPS (t.ts, q.ts) RANGE FROM -1s TO 1s STEP 1s AS p

-- name: subquery_not_in_not_null
-- Both sides NOT NULL: NOT IN is one ANTI join, the subquery reduced to its distinct values.
SELECT sym, price FROM trades WHERE sym NOT IN (SELECT sym FROM quotes WHERE bid > 1)

-- name: subquery_correlated
-- A correlated equality becomes a key, a correlated comparison the join condition; NOT IN over
-- a nullable column adds the ANTI join that drops rows the subquery's NULLs make unknown.
SELECT sym FROM trades t WHERE EXISTS (SELECT 1 FROM quotes q WHERE q.sym = t.sym AND q.bid > t.price) AND qty NOT IN (SELECT CAST(bid AS BIGINT) FROM quotes q WHERE q.sym = t.sym)
