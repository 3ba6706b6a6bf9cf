-- branch (snowflake)

-- [1] CREATE_SCHEMA
CREATE SCHEMA IF NOT EXISTS "analytics"."branch__fix_revenue";

-- [2] REPLACE_TABLE
CREATE OR REPLACE TABLE "analytics"."branch__fix_revenue"."fct_orders" AS
WITH "STG_ORDERS" AS (
SELECT * FROM "analytics"."branch__fix_revenue"."stg_orders"
)
SELECT customer_id, COUNT(*) AS n FROM stg_orders GROUP BY customer_id;
