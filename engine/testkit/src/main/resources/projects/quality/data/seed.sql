-- 200 orders over 50 customers. Exactly four rows are bad:
--   orders 17 and 42 have no customer, order 99 has the unknown status 'lost',
--   order 150 has an amount of 25000.00 (the range is 0..10000).
CREATE SCHEMA IF NOT EXISTS raw;

CREATE OR REPLACE TABLE raw.customers AS
SELECT i AS id, 'customer ' || i AS name
FROM range(1, 51) AS t(i);

CREATE OR REPLACE TABLE raw.orders AS
SELECT
    i AS id,
    CASE WHEN i IN (17, 42) THEN NULL ELSE (i % 50) + 1 END AS customer_id,
    CASE WHEN i = 99 THEN 'lost' ELSE ['placed', 'shipped', 'delivered', 'returned'][(i % 4) + 1] END AS status,
    CASE WHEN i = 150 THEN CAST(25000.00 AS DECIMAL(10, 2)) ELSE CAST((i * 7) % 500 + 5 AS DECIMAL(10, 2)) END AS amount,
    TIMESTAMP '2026-01-01 00:00:00' + INTERVAL (i) HOUR AS ordered_at
FROM range(1, 201) AS t(i);
