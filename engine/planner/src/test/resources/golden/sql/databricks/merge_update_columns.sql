-- merge_update_columns (databricks)

-- [1] MERGE
MERGE INTO `analytics`.`marts`.`fct` AS t
USING (
SELECT customer_id, region, lifetime_value FROM raw.customers
) AS s
ON t.`customer_id` = s.`customer_id` AND t.`region` = s.`region`
WHEN MATCHED THEN UPDATE SET t.`lifetime_value` = s.`lifetime_value`
WHEN NOT MATCHED THEN INSERT *;
