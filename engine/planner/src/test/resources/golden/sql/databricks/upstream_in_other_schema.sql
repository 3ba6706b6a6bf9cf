-- upstream_in_other_schema (databricks)

-- [1] REPLACE_TABLE
CREATE OR REPLACE TABLE `marts`.`fct_orders` AS
WITH `stg_orders` AS (
SELECT * FROM `staging`.`stg_orders`
)
SELECT customer_id, COUNT(*) AS n FROM stg_orders GROUP BY customer_id;
