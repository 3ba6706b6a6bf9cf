-- merge_first_run (databricks)

-- [1] CREATE_TABLE
CREATE TABLE `analytics`.`marts`.`fct` AS
SELECT customer_id, region, lifetime_value FROM raw.customers;
