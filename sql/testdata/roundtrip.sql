-- Round-trip corpus: every statement must satisfy parse(print(ast)) == ast (spans aside), and
-- print(parse(print(ast))) == print(ast). Sources: laminardb-rust.md §1.5, §2 and §12, plus the
-- README-style examples and one statement per grammar corner. One statement per ';'.

-- §1.5 Example A: embedded VWAP
CREATE SOURCE trades (symbol VARCHAR NOT NULL, price DOUBLE NOT NULL,
  volume BIGINT NOT NULL, ts TIMESTAMP NOT NULL,
  WATERMARK FOR ts AS ts - INTERVAL '5' SECOND);
CREATE STREAM vwap AS
  SELECT symbol, SUM(price * CAST(volume AS DOUBLE)) / SUM(CAST(volume AS DOUBLE)) AS vwap,
         COUNT(*) AS trades
  FROM trades GROUP BY symbol, TUMBLE(ts, INTERVAL '1' MINUTE)
  EMIT ON WINDOW CLOSE;

-- §1.5 Example B: Kafka in, Kafka out
CREATE SOURCE market_trades (symbol VARCHAR, price DOUBLE, volume BIGINT, ts TIMESTAMP,
  WATERMARK FOR ts AS ts - INTERVAL '1' SECOND)
  FROM KAFKA (brokers = 'localhost:19092', topic = 'market-trades', group_id = 'laminar', format = 'json', offset_reset = 'earliest');
CREATE STREAM trade_summary AS SELECT symbol, COUNT(*) AS trades, SUM(volume) AS volume
  FROM market_trades GROUP BY symbol, TUMBLE(ts, INTERVAL '5' SECOND) EMIT ON WINDOW CLOSE;
CREATE SINK summary_local FROM trade_summary;
CREATE SINK summary_kafka FROM trade_summary INTO KAFKA (brokers = 'localhost:19092', topic = 'trade-summaries', format = 'json');

-- §1.5 Example C: pgwire live tail
SUBSCRIBE avg_price WHERE symbol = 'AAPL';
CREATE STREAM avg_price AS SELECT symbol, AVG(price) AS avg_price FROM trades GROUP BY symbol WITH ('retain_history' = '64mb');
SUBSCRIBE trades AS OF EPOCH 42;

-- §2.1 statement inventory
CREATE OR REPLACE SOURCE IF NOT EXISTS events (id BIGINT NOT NULL DEFAULT 0, name VARCHAR(64), ts TIMESTAMP, WATERMARK FOR ts) WITH ('buffer_size' = '4096');
CREATE SOURCE clicks (user_id BIGINT, url TEXT) FROM KAFKA ('bootstrap.servers' = 'localhost:9092', topic = 'clicks') FORMAT JSON WITH ('schema.registry.url' = 'http://localhost:8081');
CREATE SOURCE clickstream FROM KAFKA ('bootstrap.servers' = 'localhost:9092', 'topic' = 'ecommerce.clicks', 'group.id' = 'laminar-demo') SCHEMA (event_id VARCHAR, user_id VARCHAR, ts BIGINT);
CREATE SOURCE changes FROM "postgres-cdc" (host = 'localhost', database = 'app') SCHEMA (id BIGINT);
CREATE SOURCE traces FROM OTEL (port = '4317', signals = 'traces');
CREATE SOURCE lake FROM DELTA_LAKE ('table.path' = 's3://bucket/t') FORMAT PARQUET;
CREATE SOURCE trades_ws (s VARCHAR, p DOUBLE) FROM WEBSOCKET (url = 'wss://example.com/ws', json.path = 'data', json.explode = 'price,qty') FORMAT JSON;
CREATE SOURCE inferred (*);
CREATE SOURCE partly (id BIGINT, *, WATERMARK FOR ts AS ts - INTERVAL '5' SECOND);
CREATE SOURCE prefixed (id BIGINT, * PREFIX 'src_') FROM KAFKA (topic = 'events');
CREATE SOURCE discovered FROM KAFKA (topic = 'events') FORMAT AVRO;
CREATE SOURCE events_fmt (id BIGINT) FROM KAFKA (topic = 'e') FORMAT JSON WITH ('a' = 'b') WITH ('buffer_size' = '8');
CREATE SOURCE events_nofmt_opts (id BIGINT) FROM KAFKA (topic = 'e') FORMAT JSON WITH () WITH ('buffer_size' = '8');
CREATE STREAM IF NOT EXISTS s1 AS SELECT * FROM events EMIT CHANGES;
CREATE OR REPLACE STREAM s2 AS SELECT id, ts FROM events WHERE id > 10 WITH ('retain_history' = '64mb');
CREATE MATERIALIZED VIEW mv AS SELECT sym, MAX(price) AS hi FROM trades GROUP BY sym;
CREATE OR REPLACE MATERIALIZED VIEW IF NOT EXISTS mv2 AS SELECT sym, COUNT(*) FROM trades GROUP BY sym EMIT ON UPDATE;
CREATE CONTINUOUS QUERY cq AS SELECT sym, SUM(v) FROM s GROUP BY sym EMIT FINAL;
CREATE SINK big_trades FROM (SELECT * FROM trades WHERE volume > 1000) INTO KAFKA (topic = 'big') FORMAT AVRO WITH (key = 'symbol');
CREATE OR REPLACE SINK IF NOT EXISTS filtered FROM trades WHERE price > 100 INTO KAFKA (topic = 'x') FORMAT JSON;
CREATE SINK s_with FROM trades WITH ('connector' = 'kafka', 'topic' = 'out', 'delivery.guarantee' = 'exactly-once');
CREATE SINK s_csv FROM trades INTO FILES (path = '/tmp/out') FORMAT CSV WITH () WITH ('flush' = '1');
CREATE TABLE products (id INT PRIMARY KEY, name VARCHAR, price DOUBLE);
CREATE TABLE IF NOT EXISTS orders_ref (id BIGINT NOT NULL, region VARCHAR, PRIMARY KEY (id, region)) WITH ('refresh' = 'cdc', 'cache_mode' = 'partial');
CREATE OR REPLACE LOOKUP TABLE IF NOT EXISTS customers (id BIGINT, name VARCHAR, PRIMARY KEY (id)) WITH ('connector' = 'postgres', 'strategy' = 'partial', 'cache.memory' = '64mb', 'cache.ttl' = '60s', 'pushdown' = 'true');
DROP SOURCE trades;
DROP SOURCE IF EXISTS trades CASCADE;
DROP SINK summary_kafka;
DROP STREAM IF EXISTS vwap;
DROP MATERIALIZED VIEW mv CASCADE;
DROP TABLE products;
DROP LOOKUP TABLE IF EXISTS customers;
ALTER SOURCE events ADD COLUMN c INT;
ALTER SOURCE events ADD COLUMN note VARCHAR NOT NULL DEFAULT 'none';
ALTER SOURCE events SET ('batch.size' = '1000', 'linger.ms' = '5');
INSERT INTO products VALUES (1, 'Widget', 9.99), (1, 'Super Widget', 19.99), (2, 'Gadget', 14.99);
INSERT INTO products (id, name) VALUES (3, 'Thing');
INSERT INTO archive SELECT * FROM trades WHERE ts < TIMESTAMP '2024-01-01 00:00:00';
UPDATE products SET price = price * 1.1, name = upper(name) WHERE id IN (1, 2) AND name IS NOT NULL;
update products p set "Name" = p.name || '!';
UPDATE "Order" AS o SET status = CASE WHEN qty > 10 THEN 'big' ELSE 'small' END;
DELETE FROM products WHERE price < 1.0 OR name LIKE 'x%';
delete from products as p;
DELETE FROM products;
SHOW SOURCES;
SHOW SINKS;
SHOW STREAMS;
SHOW QUERIES;
SHOW MATERIALIZED VIEWS;
SHOW TABLES;
SHOW LOOKUP TABLES;
SHOW CHECKPOINT STATUS;
SHOW FUNCTIONS;
SHOW CREATE SOURCE trades;
SHOW CREATE SINK summary_kafka;
SHOW CREATE STREAM vwap;
SHOW CREATE MATERIALIZED VIEW mv;
SHOW CREATE TABLE products;
DESCRIBE trades;
DESCRIBE EXTENDED trades;
EXPLAIN SELECT * FROM trades;
EXPLAIN ANALYZE CREATE STREAM x AS SELECT * FROM trades;
CHECKPOINT;
RESTORE FROM CHECKPOINT 42;
SUBSCRIBE mv AS OF EPOCH 7 WHERE symbol = 'AAPL' WITH ('snapshot' = 'true');
DECLARE c CURSOR FOR SUBSCRIBE mv;
DECLARE c2 NO SCROLL CURSOR WITHOUT HOLD FOR SUBSCRIBE mv AS OF EPOCH 42 WHERE symbol = 'AAPL';
FETCH FORWARD 100 FROM c;
FETCH 10 c;
FETCH ALL FROM c;
CLOSE c;
SET parallelism = 4;
SET timezone TO 'UTC';
SET pipeline.checkpoint.interval = '10s';

-- §2.5 windows and analytics
SELECT sym, SUM(v) FROM s GROUP BY sym, HOP(ts, INTERVAL '2' SECOND, INTERVAL '10' SECOND) EMIT ON WINDOW CLOSE;
SELECT k, SUM(v) FROM s GROUP BY k, SESSION(ts, INTERVAL '3' SECOND) EMIT ON WINDOW CLOSE;
SELECT k, COUNT(*) FROM s GROUP BY k, CUMULATE(ts, INTERVAL '1' MINUTE, INTERVAL '1' HOUR);
SELECT tumble(ts, INTERVAL '1' HOUR, INTERVAL '8' HOUR) AS w, COUNT(*) FROM s GROUP BY tumble(ts, INTERVAL '1' HOUR, INTERVAL '8' HOUR);
SELECT sym, price, LAG(price, 1) OVER (PARTITION BY sym ORDER BY ts) AS prev FROM trades;
SELECT sym, AVG(price) OVER (PARTITION BY sym ORDER BY ts ROWS BETWEEN 2 PRECEDING AND CURRENT ROW) FROM trades;
SELECT ROW_NUMBER() OVER (ORDER BY ts DESC NULLS LAST) AS rn FROM trades;
SELECT SUM(v) OVER (ORDER BY ts RANGE BETWEEN INTERVAL '1' MINUTE PRECEDING AND UNBOUNDED FOLLOWING) FROM s;
SELECT first_value(open) AS open, MAX(high) AS high, MIN(low) AS low, last_value(close) AS close, SUM(volume) AS volume FROM ohlc_5s GROUP BY sym, TUMBLE(ts, INTERVAL '10' SECOND);
SELECT window_start, window_end, COUNT(*) FROM TABLE(TUMBLE(TABLE bids, DESCRIPTOR(ts), INTERVAL '1' MINUTE)) GROUP BY window_start, window_end;
SELECT * FROM HOP(TABLE bids, DESCRIPTOR(ts), INTERVAL '5' SECOND, INTERVAL '10' SECOND) AS w;
SELECT COUNT(DISTINCT user_id) FILTER (WHERE url LIKE '%checkout%') FROM clicks;
SELECT ai_classify(text, model => 'small', labels => ARRAY['a', 'b']) FROM docs;
SELECT approx_count_distinct(x), percentile_cont(0.5) FROM t;
SELECT array_agg(x ORDER BY ts DESC) FROM t;

-- §2.6 joins
SELECT * FROM trades t INNER JOIN orders o ON t.symbol = o.symbol AND o.ts BETWEEN t.ts - INTERVAL '10' SECOND AND t.ts + INTERVAL '10' SECOND;
SELECT * FROM a LEFT OUTER JOIN b ON a.id = b.id RIGHT JOIN c USING (id) FULL JOIN d ON d.k = c.k;
SELECT * FROM a SEMI JOIN b ON a.id = b.id;
SELECT * FROM a ANTI JOIN b ON a.id = b.id;
SELECT * FROM a LEFT SEMI JOIN b ON a.id = b.id RIGHT ANTI JOIN c ON c.id = a.id;
SELECT * FROM a CROSS JOIN b, c;
SELECT * FROM trades t ASOF JOIN reference r ON t.symbol = r.symbol AND t.ts >= r.ts;
SELECT * FROM trades t ASOF JOIN quotes q MATCH_CONDITION (t.ts >= q.ts AND t.ts - q.ts <= INTERVAL '5' SECOND) ON t.symbol = q.symbol;
SELECT * FROM trades t ASOF JOIN quotes q MATCH_CONDITION (NEAREST(t.ts, q.ts)) ON t.sym = q.sym;
SELECT o.id, p.price FROM orders o JOIN products FOR SYSTEM_TIME AS OF o.order_time AS p ON o.product_id = p.id;
SELECT * FROM trades t TEMPORAL PROBE JOIN prices r ON (symbol) TIMESTAMPS (ts, ts) RANGE FROM 0s TO 30s STEP 5s AS p;
SELECT t.*, p.offset_ms FROM trades t LEFT TEMPORAL PROBE JOIN market m ON (symbol, venue) TIMESTAMPS (t.ts, m.ts) LIST (-5s, -1s, 0s, 500ms, 1m) AS p;
SELECT o.id, p.name FROM orders o JOIN products p ON o.pid = p.id;
SELECT * FROM events WHERE ts > now() - INTERVAL '10' SECOND EMIT CHANGES;

-- §12 scenarios
CREATE SOURCE events (id BIGINT, ts TIMESTAMP, WATERMARK FOR ts AS ts - INTERVAL '100' MILLISECOND);
CREATE SOURCE events0 (id BIGINT, ts TIMESTAMP, WATERMARK FOR ts AS ts - INTERVAL '0' SECOND);
CREATE STREAM out AS SELECT id, ts FROM events;
SELECT sym, SUM(v) FROM s GROUP BY sym, TUMBLE(ts, INTERVAL '1' SECOND) EMIT ON WINDOW CLOSE;
CREATE STREAM totals AS SELECT k, SUM(v) AS s FROM src GROUP BY k EMIT CHANGES;
CREATE STREAM recent AS SELECT * FROM events WHERE ts > now() - INTERVAL '10' SECOND EMIT CHANGES;
CREATE SOURCE input (id BIGINT, value VARCHAR) WITH ('connector' = 'kafka', 'topic' = 'in', 'group.id' = 'g', 'format' = 'json', 'auto.offset.reset' = 'earliest');
CREATE SINK out_kafka FROM projection WITH ('connector' = 'kafka', 'topic' = 'out', 'delivery.guarantee' = 'exactly-once');
SELECT k, COUNT(*) FROM src GROUP BY k;
CREATE SOURCE kafka_vars FROM KAFKA (brokers = 'localhost:19092', group_id = 'g', offset_reset = 'earliest');

-- expressions and query corners
SELECT key, data, offset, "end", window_start, "Mixed Case", "select" FROM t;
SELECT a.b.c, (s).f, arr[1], m['k'], payload -> 'a' ->> 'b', (x + 1) * 2, -x, NOT y FROM t;
SELECT CASE WHEN a > 0 THEN 'pos' WHEN a < 0 THEN 'neg' ELSE 'zero' END, CASE a WHEN 1 THEN 'one' END FROM t;
SELECT CAST(0 AS BIGINT), TRY_CAST(s AS INT), x::DOUBLE, CAST(d AS DECIMAL(10, 2)), CAST(j AS ARRAY<STRUCT<a INT, b VARCHAR>>) FROM t;
SELECT CAST(m AS MAP<VARCHAR, DOUBLE>), CAST(t AS TIMESTAMP(3) WITH TIME ZONE), CAST(x AS INT[]) FROM t;
SELECT a IN (1, 2, 3), b NOT IN (SELECT id FROM u), c BETWEEN 1 AND 10, d NOT BETWEEN 1 AND 2 FROM t;
SELECT name LIKE 'a%', name NOT ILIKE 'b%' ESCAPE '!', x IS NULL, y IS NOT NULL, z IS TRUE, w IS NOT FALSE, p IS DISTINCT FROM q, r IS NOT DISTINCT FROM s FROM t;
SELECT EXISTS (SELECT 1 FROM u WHERE u.id = t.id), NOT EXISTS (SELECT 1), (SELECT MAX(v) FROM u) FROM t;
SELECT 1, 1.5, .5, 1e10, 2.5E-3, 'it''s', TRUE, FALSE, NULL, DATE '2024-01-01', TIME '12:00:00', TIMESTAMP '2024-01-01 00:00:00';
SELECT INTERVAL '5 seconds', INTERVAL '1 day 2 hours', INTERVAL '1' HOUR TO MINUTE, INTERVAL '3' DAYS;
SELECT ARRAY[1, 2, 3], MAP['k', 1, 'j', 2], ROW(a, b), STRUCT(a, b), EXTRACT(YEAR FROM ts), left(s, 3) FROM t;
SELECT a || b || 'c', a % 2, a / b - c * d FROM t;
SELECT DISTINCT a FROM t ORDER BY a ASC NULLS FIRST, b DESC LIMIT 10 OFFSET 5;
WITH top AS (SELECT * FROM trades WHERE price > 100), agg (s, n) AS (SELECT sym, COUNT(*) FROM top GROUP BY sym) SELECT * FROM agg;
SELECT a FROM t UNION ALL SELECT a FROM u EXCEPT SELECT a FROM v INTERSECT SELECT a FROM w;
(SELECT a FROM t UNION SELECT a FROM u) INTERSECT SELECT a FROM v;
(SELECT a FROM t ORDER BY a LIMIT 1) UNION ALL SELECT b FROM u;
VALUES (1, 'a'), (2, 'b');
SELECT * FROM (VALUES (1), (2)) AS v (x);
SELECT * FROM (SELECT a FROM t) sub WHERE sub.a > 0;
SELECT sym, SUM(v) FROM s GROUP BY sym HAVING SUM(v) > 100 EMIT EVERY INTERVAL '30' SECOND;
SELECT sym, COUNT(*) FROM s GROUP BY sym EMIT AFTER WATERMARK ALLOW LATENESS INTERVAL '1' HOUR LATE DATA TO late_sink;
SELECT sym, COUNT(*) FROM s GROUP BY sym LATE DATA TO late_sink ALLOW LATENESS INTERVAL '1' MINUTE EMIT FINAL;
SELECT ts FROM t WHERE ts > TIMESTAMP '2024-01-01 00:00:00' AND (a = 1 OR b = 2) AND NOT c;
CREATE SINK f FROM (SELECT id, name FROM changes) INTO TABLE products WITH ('dead_letter' = 'rejects');
