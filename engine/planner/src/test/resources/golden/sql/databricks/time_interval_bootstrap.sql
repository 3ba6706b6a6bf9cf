-- time_interval_bootstrap (databricks)

-- [1] CREATE_EMPTY_TABLE
CREATE TABLE IF NOT EXISTS `analytics`.`marts`.`fct` AS
SELECT * FROM (
SELECT order_id, amount, ordered_at
FROM raw.orders
WHERE ordered_at >= '1900-01-01 00:00:00' AND ordered_at < '1900-01-01 00:00:00'
  AND note <> '@start_date'
) AS _rocky_bootstrap
WHERE 1 = 0;
