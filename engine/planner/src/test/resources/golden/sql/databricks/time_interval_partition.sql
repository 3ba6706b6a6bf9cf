-- time_interval_partition (databricks)

-- [1] REPLACE_WINDOW
INSERT INTO `analytics`.`marts`.`fct`
REPLACE WHERE `ordered_at` >= '2026-04-01 00:00:00' AND `ordered_at` < '2026-04-02 00:00:00'
SELECT order_id, amount, ordered_at
FROM raw.orders
WHERE ordered_at >= '2026-04-01 00:00:00' AND ordered_at < '2026-04-02 00:00:00'
  AND note <> '@start_date';
