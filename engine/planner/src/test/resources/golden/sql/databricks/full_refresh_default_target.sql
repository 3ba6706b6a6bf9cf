-- full_refresh_default_target (databricks)

-- [1] REPLACE_TABLE
CREATE OR REPLACE TABLE `default`.`daily` AS
SELECT 1 AS one;
