-- materialized_view (snowflake)

-- [1] CREATE_MATERIALIZED_VIEW
CREATE OR REPLACE MATERIALIZED VIEW "analytics"."marts"."fct" AS
SELECT customer_id, SUM(amount) AS revenue, MAX(ordered_at) AS last_order
FROM raw.orders
GROUP BY customer_id;
