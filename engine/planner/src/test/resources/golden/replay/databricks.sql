-- input identity: the latest commit
DESCRIBE HISTORY `analytics`.`raw`.`orders` LIMIT 1;

-- an input read at its version
SELECT * FROM `analytics`.`raw`.`orders` VERSION AS OF 42;

-- replay schema
CREATE SCHEMA IF NOT EXISTS `analytics`.`replay__run_20260105_120000_000`;

-- prior target at its version
CREATE OR REPLACE TABLE `analytics`.`replay__run_20260105_120000_000`.`fct_revenue` SHALLOW CLONE `analytics`.`marts`.`fct_revenue` VERSION AS OF 7;

-- content hash
SELECT COUNT(*) AS `rows`, CAST(COALESCE(SUM(CAST(xxhash64(`order_id`, `amount`, `we``ird`) AS DECIMAL(38,0))), 0) AS STRING) AS `content`, CAST(COALESCE(SUM(CAST(xxhash64(`order_id`) AS DECIMAL(38,0))), 0) AS STRING) AS `__c0`, CAST(COALESCE(SUM(CAST(xxhash64(`amount`) AS DECIMAL(38,0))), 0) AS STRING) AS `__c1`, CAST(COALESCE(SUM(CAST(xxhash64(`we``ird`) AS DECIMAL(38,0))), 0) AS STRING) AS `__c2` FROM `analytics`.`marts`.`fct_revenue`;

-- cleanup
DROP SCHEMA IF EXISTS `analytics`.`replay__run_20260105_120000_000` CASCADE;

