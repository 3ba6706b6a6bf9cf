-- time_interval_partition (duckdb)

-- [1] BEGIN_TRANSACTION
BEGIN TRANSACTION;

-- [2] DELETE_WINDOW
DELETE FROM "analytics"."marts"."fct"
WHERE "ordered_at" >= '2026-04-01 00:00:00' AND "ordered_at" < '2026-04-02 00:00:00';

-- [3] INSERT_WINDOW
INSERT INTO "analytics"."marts"."fct"
SELECT order_id, amount, ordered_at
FROM raw.orders
WHERE ordered_at >= '2026-04-01 00:00:00' AND ordered_at < '2026-04-02 00:00:00'
  AND note <> '@start_date';

-- [4] COMMIT_TRANSACTION
COMMIT;
