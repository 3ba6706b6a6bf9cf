-- merge_update_all (databricks)

-- [1] MERGE
MERGE INTO `analytics`.`marts`.`fct` AS t
USING (
SELECT customer_id, region, lifetime_value FROM raw.customers
) AS s
ON t.`customer_id` = s.`customer_id`
WHEN MATCHED THEN UPDATE SET *
WHEN NOT MATCHED THEN INSERT *;
