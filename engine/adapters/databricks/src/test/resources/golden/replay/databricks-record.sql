SELECT version();
DESCRIBE HISTORY `raw`.`orders` LIMIT 1;
CREATE SCHEMA IF NOT EXISTS `marts`;
CREATE OR REPLACE TABLE `marts`.`stg` AS
SELECT id, amount FROM raw.orders;
SELECT COUNT(*) AS `rows`, CAST(COALESCE(SUM(CAST(xxhash64(`id`, `amount`) AS DECIMAL(38,0))), 0) AS STRING) AS `content`, CAST(COALESCE(SUM(CAST(xxhash64(`id`) AS DECIMAL(38,0))), 0) AS STRING) AS `__c0`, CAST(COALESCE(SUM(CAST(xxhash64(`amount`) AS DECIMAL(38,0))), 0) AS STRING) AS `__c1` FROM `marts`.`stg`;
DESCRIBE HISTORY `marts`.`stg` LIMIT 1;
CREATE OR REPLACE TABLE `marts`.`fct` AS
WITH `stg` AS (
SELECT * FROM `marts`.`stg`
)
SELECT id, amount * 2 AS doubled FROM stg;
SELECT COUNT(*) AS `rows`, CAST(COALESCE(SUM(CAST(xxhash64(`id`, `doubled`) AS DECIMAL(38,0))), 0) AS STRING) AS `content`, CAST(COALESCE(SUM(CAST(xxhash64(`id`) AS DECIMAL(38,0))), 0) AS STRING) AS `__c0`, CAST(COALESCE(SUM(CAST(xxhash64(`doubled`) AS DECIMAL(38,0))), 0) AS STRING) AS `__c1` FROM `marts`.`fct`;
