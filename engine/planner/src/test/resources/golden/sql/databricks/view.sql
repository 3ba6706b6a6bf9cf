-- view (databricks)

-- [1] CREATE_VIEW
CREATE OR REPLACE VIEW `analytics`.`marts`.`fct` AS
SELECT customer_id, SUM(amount) AS revenue, MAX(ordered_at) AS last_order
FROM raw.orders
GROUP BY customer_id;
