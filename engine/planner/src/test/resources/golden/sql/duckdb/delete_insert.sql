-- delete_insert (duckdb)

-- [1] BEGIN_TRANSACTION
BEGIN TRANSACTION;

-- [2] DELETE_PARTITIONS
DELETE FROM "analytics"."marts"."fct"
WHERE ("order_date", "region") IN (
SELECT DISTINCT "order_date", "region" FROM (
SELECT order_id, order_date, region, amount FROM raw.orders
) AS _rocky_incoming
);

-- [3] INSERT_PARTITIONS
INSERT INTO "analytics"."marts"."fct"
SELECT order_id, order_date, region, amount FROM raw.orders;

-- [4] COMMIT_TRANSACTION
COMMIT;
