-- upstream_in_other_schema (snowflake)

-- [1] REPLACE_TABLE
CREATE OR REPLACE TABLE "marts"."fct_orders" AS
WITH "STG_ORDERS" AS (
SELECT * FROM "staging"."stg_orders"
)
SELECT customer_id, COUNT(*) AS n FROM stg_orders GROUP BY customer_id;
