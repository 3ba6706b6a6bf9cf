-- delete_insert (snowflake)

-- [1] BEGIN_TRANSACTION
BEGIN TRANSACTION;

-- [2] DELETE_PARTITIONS
DELETE FROM "analytics"."marts"."fct"
WHERE ("ORDER_DATE", "REGION") IN (
SELECT DISTINCT "ORDER_DATE", "REGION" FROM (
SELECT order_id, order_date, region, amount FROM raw.orders
) AS _rocky_incoming
);

-- [3] INSERT_PARTITIONS
INSERT INTO "analytics"."marts"."fct"
SELECT order_id, order_date, region, amount FROM raw.orders;

-- [4] COMMIT_TRANSACTION
COMMIT;
