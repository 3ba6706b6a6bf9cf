-- ephemeral_consumer (snowflake)

-- [1] REPLACE_TABLE
CREATE OR REPLACE TABLE "marts"."report" AS
-- big orders per customer
WITH "BASE_ORDERS" AS (
SELECT * FROM raw.orders WHERE status <> 'test'
),
"BIG_ORDERS" AS (
SELECT * FROM base_orders WHERE amount > 100
),
by_customer AS (
  SELECT customer_id, COUNT(*) AS n FROM big_orders GROUP BY customer_id
)
SELECT b.customer_id, b.n, o.amount
FROM by_customer AS b JOIN base_orders AS o USING (customer_id);
