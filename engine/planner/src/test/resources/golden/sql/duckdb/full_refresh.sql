-- full_refresh (duckdb)

-- [1] REPLACE_TABLE
CREATE OR REPLACE TABLE "analytics"."marts"."fct" AS
SELECT customer_id, SUM(amount) AS revenue, MAX(ordered_at) AS last_order
FROM raw.orders
GROUP BY customer_id;
