-- merge (databricks)

-- [1] MERGE
MERGE INTO `analytics`.`marts`.`fct` AS t
USING (
SELECT customer_id, region, lifetime_value FROM raw.customers
) AS s
ON t.`customer_id` = s.`customer_id`
WHEN MATCHED THEN UPDATE SET t.`region` = s.`region`, t.`lifetime_value` = s.`lifetime_value`
WHEN NOT MATCHED THEN INSERT (`customer_id`, `region`, `lifetime_value`) VALUES (s.`customer_id`, s.`region`, s.`lifetime_value`);
