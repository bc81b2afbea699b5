/**
 * The Nexmark join, window and analytic queries of issue 5 in two dialects: ours (the
 * nexmark-flink text, with RisingWave's snake_case column names that our generator uses) and
 * DuckDB's (the same query where DuckDB reads it the same way; window table functions become
 * `time_bucket`). Every spelling that differs from nexmark-flink is listed in the query's `notes`.
 */

/** One query: both spellings, and the double columns compared within a tolerance. */
export interface NexmarkQuery {
  readonly name: string;
  readonly ours: string;
  readonly duck: string;
  /** Double columns compared with this relative tolerance; all other columns compare exactly. */
  readonly approx?: Readonly<Record<string, number>>;
  /** How our text differs from nexmark-flink's, and why the answer is still the same. */
  readonly notes: readonly string[];
  /**
   * For ROW_NUMBER queries: rows that tie on the ORDER BY may be numbered in either order, so two
   * correct engines may keep different rows. `determined` are the columns every correct answer
   * agrees on (the partition and ORDER BY columns, and the row number); `rowNumber` names the
   * ROW_NUMBER column when the result shows it. The rows that may appear are the query's rows with
   * RANK() in place of ROW_NUMBER() (ties at the cut included).
   */
  readonly ranking?: { readonly determined: readonly string[]; readonly rowNumber?: string };
  /** Statements each engine runs first (given the directory of the files in `SIDE_FILES`). */
  readonly setup?: { readonly ours: (dir: string) => string; readonly duck: (dir: string) => string };
}

/**
 * q13's side input, as nexmark-flink's `side_input.txt`: a CSV file of (key, value) for the keys
 * of mod(auction, 10000) (Beam's side input holds String(key) at each key). Every third key is left
 * out, so the inner join also drops bids.
 */
export const SIDE_FILES: Readonly<Record<string, string>> = {
  'side_input.csv': `key,value\n${Array.from({ length: 10_000 }, (_, k) => k).filter((k) => k % 3 !== 0).map((k) => `${k},${k}`).join('\n')}\n`,
};

/** `TUMBLE(TABLE t, DESCRIPTOR(date_time), INTERVAL '10' SECOND)` as DuckDB columns. */
const tumble10 = (t: string, cols: string) =>
  `(SELECT ${cols}, time_bucket(INTERVAL '10 seconds', date_time) AS window_start, time_bucket(INTERVAL '10 seconds', date_time) + INTERVAL '10 seconds' AS window_end FROM ${t})`;

const Q3 = `SELECT P.name, P.city, P.state, A.id
FROM auction AS A INNER JOIN person AS P ON A.seller = P.id
WHERE A.category = 10 AND (P.state = 'OR' OR P.state = 'ID' OR P.state = 'CA')`;

const Q4 = `SELECT Q.category, AVG(Q.final) AS final
FROM (
  SELECT MAX(B.price) AS final, A.category
  FROM auction A, bid B
  WHERE A.id = B.auction AND B.date_time BETWEEN A.date_time AND A.expires
  GROUP BY A.id, A.category
) Q
GROUP BY Q.category`;

const q7 = (window: string) => `SELECT B.auction, B.price, B.bidder, B.date_time, B.extra
FROM bid B
JOIN (
  SELECT MAX(price) AS maxprice, window_end AS date_time
  FROM ${window}
  GROUP BY window_start, window_end
) B1
ON B.price = B1.maxprice
WHERE B.date_time BETWEEN B1.date_time - INTERVAL '10' SECOND AND B1.date_time`;

const q8 = (person: string, auction: string) => `SELECT P.id, P.name, P.starttime
FROM (
  SELECT id, name, window_start AS starttime, window_end AS endtime
  FROM ${person}
  GROUP BY id, name, window_start, window_end
) P
JOIN (
  SELECT seller, window_start AS starttime, window_end AS endtime
  FROM ${auction}
  GROUP BY seller, window_start, window_end
) A
ON P.id = A.seller AND P.starttime = A.starttime AND P.endtime = A.endtime`;

const Q20 = `SELECT
  auction, bidder, price, channel, url, B.date_time AS bid_date_time, B.extra AS bid_extra,
  item_name, description, initial_bid, reserve, A.date_time AS auction_date_time, expires, seller, category, A.extra AS auction_extra
FROM bid AS B INNER JOIN auction AS A ON B.auction = A.id
WHERE A.category = 10`;

const Q9 = `SELECT
  id, item_name, description, initial_bid, reserve, date_time, expires, seller, category, extra,
  auction, bidder, price, bid_date_time, bid_extra
FROM (
  SELECT A.*, B.auction, B.bidder, B.price, B.date_time AS bid_date_time, B.extra AS bid_extra,
    ROW_NUMBER() OVER (PARTITION BY A.id ORDER BY B.price DESC, B.date_time ASC) AS rownum
  FROM auction A, bid B
  WHERE A.id = B.auction AND B.date_time BETWEEN A.date_time AND A.expires
)
WHERE rownum <= 1`;

const Q18 = `SELECT auction, bidder, price, channel, url, date_time, extra
FROM (SELECT *, ROW_NUMBER() OVER (PARTITION BY bidder, auction ORDER BY date_time DESC) AS rank_number FROM bid)
WHERE rank_number <= 1`;

const Q19 = `SELECT * FROM
(SELECT *, ROW_NUMBER() OVER (PARTITION BY auction ORDER BY price DESC) AS rank_number FROM bid)
WHERE rank_number <= 10`;

const Q13 = `SELECT B.auction, B.bidder, B.price, B.date_time, S.value
FROM (SELECT *, PROCTIME() AS p_time FROM bid) B
JOIN side_input FOR SYSTEM_TIME AS OF B.p_time AS S
ON mod(B.auction, 10000) = S.key`;

/** The one spelling every query shares: nexmark-flink's camelCase columns are snake_case here. */
export const COMMON_NOTE = 'column names are snake_case (date_time, item_name, initial_bid), as in RisingWave and our generator';

/** q3, q4, q7, q8, q9, q13, q18, q19 and q20: joins, windows, aggregates, a lookup join and ROW_NUMBER top-N. */
export const NEXMARK_QUERIES: readonly NexmarkQuery[] = [
  { name: 'q3', ours: Q3, duck: Q3, notes: [] },
  {
    name: 'q4',
    ours: Q4,
    duck: Q4,
    approx: { final: 1e-12 },
    notes: [
      "AVG is named 'final' as in the nexmark-flink sink; it is a DOUBLE here and in DuckDB (Flink's AVG of a BIGINT truncates to a BIGINT)",
    ],
  },
  {
    name: 'q7',
    ours: q7("TABLE(TUMBLE(TABLE bid, DESCRIPTOR(date_time), INTERVAL '10' SECOND))"),
    duck: q7(tumble10('bid', 'price')),
    notes: [],
  },
  {
    name: 'q8',
    ours: q8("TABLE(TUMBLE(TABLE person, DESCRIPTOR(date_time), INTERVAL '10' SECOND))", "TABLE(TUMBLE(TABLE auction, DESCRIPTOR(date_time), INTERVAL '10' SECOND))"),
    duck: q8(tumble10('person', 'id, name'), tumble10('auction', 'seller')),
    notes: [],
  },
  {
    name: 'q9',
    ours: Q9,
    duck: Q9,
    ranking: { determined: ['id', 'item_name', 'description', 'initial_bid', 'reserve', 'date_time', 'expires', 'seller', 'category', 'extra', 'auction', 'price', 'bid_date_time'] },
    notes: [],
  },
  {
    name: 'q13',
    ours: Q13,
    duck: 'SELECT B.auction, B.bidder, B.price, B.date_time, S.value FROM bid B JOIN side_input S ON mod(B.auction, 10000) = S.key',
    setup: {
      ours: (dir) => `CREATE LOOKUP TABLE side_input (key BIGINT PRIMARY KEY, value VARCHAR) WITH ('connector' = 'file', 'path' = '${dir}/side_input.csv')`,
      duck: (dir) => `CREATE TABLE side_input AS SELECT * FROM read_csv('${dir}/side_input.csv', header = true, columns = {'key': 'BIGINT', 'value': 'VARCHAR'})`,
    },
    notes: [
      "the side input is a CREATE LOOKUP TABLE over the CSV file (Flink: a filesystem table); DuckDB joins the file's rows as a table, which is the same answer because the file does not change while the query runs (FOR SYSTEM_TIME AS OF PROCTIME() reads the table as it is when each bid arrives)",
    ],
  },
  {
    name: 'q18',
    ours: Q18,
    duck: Q18,
    ranking: { determined: ['auction', 'bidder', 'date_time'] },
    notes: [],
  },
  {
    name: 'q19',
    ours: Q19,
    duck: Q19,
    ranking: { determined: ['auction', 'price', 'rank_number'], rowNumber: 'rank_number' },
    notes: [],
  },
  {
    name: 'q20',
    ours: Q20,
    duck: Q20,
    notes: ['the two date_time and extra columns are aliased with the names of the nexmark-flink sink (bid_date_time, auction_extra, ...): a result cannot have two columns of one name'],
  },
];
