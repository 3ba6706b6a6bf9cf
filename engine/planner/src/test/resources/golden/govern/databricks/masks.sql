-- hash, default environment, string column
CREATE OR REPLACE FUNCTION `analytics`.`marts`.`rocky_mask_hash_default`(v STRING) RETURNS STRING RETURN sha2(v, 256);

-- partial, environment prod
CREATE OR REPLACE FUNCTION `analytics`.`marts`.`rocky_mask_partial_prod`(v STRING) RETURNS STRING RETURN CASE WHEN v IS NULL THEN NULL WHEN length(v) < 5 THEN '***' ELSE concat(substring(v, 1, 2), '***', substring(v, length(v) - 1, 2)) END;

-- redact, environment prod
CREATE OR REPLACE FUNCTION `analytics`.`marts`.`rocky_mask_redact_prod`(v STRING) RETURNS STRING RETURN '***';

-- redact of a BIGINT column: NULL of its type
CREATE OR REPLACE FUNCTION `analytics`.`marts`.`rocky_mask_redact_prod_bigint`(v BIGINT) RETURNS BIGINT RETURN CAST(NULL AS BIGINT);

-- hash of a DECIMAL column
CREATE OR REPLACE FUNCTION `analytics`.`marts`.`rocky_mask_hash_default_decimal_10_2`(v DECIMAL(10,2)) RETURNS DECIMAL(10,2) RETURN CAST(NULL AS DECIMAL(10,2));

-- bind
ALTER TABLE `analytics`.`marts`.`customers` ALTER COLUMN `email` SET MASK `analytics`.`marts`.`rocky_mask_hash_default`;
ALTER TABLE `analytics`.`marts`.`customers` ALTER COLUMN `phone` SET MASK `analytics`.`marts`.`rocky_mask_partial_prod`;
ALTER TABLE `analytics`.`marts`.`customers` ALTER COLUMN `customer_id` SET MASK `analytics`.`marts`.`rocky_mask_redact_prod_bigint`;

-- unbind (strategy none)
ALTER TABLE `analytics`.`marts`.`customers` ALTER COLUMN `email` DROP MASK;

-- read the masks back
SELECT column_name, mask_name FROM `analytics`.information_schema.column_masks WHERE schema_name = 'marts' AND table_name = 'customers';
SELECT column_name, mask_name FROM information_schema.column_masks WHERE schema_name = 'marts' AND table_name = 'customers';

