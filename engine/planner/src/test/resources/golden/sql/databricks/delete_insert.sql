-- delete_insert (databricks)

-- [1] DELETE_PARTITIONS
DELETE FROM `analytics`.`marts`.`fct`
WHERE (`order_date`, `region`) IN (
SELECT DISTINCT `order_date`, `region` FROM (
SELECT order_id, order_date, region, amount FROM raw.orders
) AS _rocky_incoming
);

-- [2] INSERT_PARTITIONS
INSERT INTO `analytics`.`marts`.`fct`
SELECT order_id, order_date, region, amount FROM raw.orders;
