-- hash, default environment, string column
CREATE MASKING POLICY IF NOT EXISTS "analytics"."marts"."rocky_mask_hash_default" AS (v VARCHAR) RETURNS VARCHAR -> SHA2(v, 256);
ALTER MASKING POLICY "analytics"."marts"."rocky_mask_hash_default" SET BODY -> SHA2(v, 256);

-- partial, environment prod
CREATE MASKING POLICY IF NOT EXISTS "analytics"."marts"."rocky_mask_partial_prod" AS (v VARCHAR) RETURNS VARCHAR -> CASE WHEN v IS NULL THEN NULL WHEN LENGTH(v) < 5 THEN '***' ELSE SUBSTR(v, 1, 2) || '***' || SUBSTR(v, LENGTH(v) - 1, 2) END;
ALTER MASKING POLICY "analytics"."marts"."rocky_mask_partial_prod" SET BODY -> CASE WHEN v IS NULL THEN NULL WHEN LENGTH(v) < 5 THEN '***' ELSE SUBSTR(v, 1, 2) || '***' || SUBSTR(v, LENGTH(v) - 1, 2) END;

-- redact, environment prod
CREATE MASKING POLICY IF NOT EXISTS "analytics"."marts"."rocky_mask_redact_prod" AS (v VARCHAR) RETURNS VARCHAR -> '***';
ALTER MASKING POLICY "analytics"."marts"."rocky_mask_redact_prod" SET BODY -> '***';

-- redact of a BIGINT column: NULL of its type
CREATE MASKING POLICY IF NOT EXISTS "analytics"."marts"."rocky_mask_redact_prod_number" AS (v NUMBER) RETURNS NUMBER -> CAST(NULL AS NUMBER);
ALTER MASKING POLICY "analytics"."marts"."rocky_mask_redact_prod_number" SET BODY -> CAST(NULL AS NUMBER);

-- hash of a DECIMAL column
CREATE MASKING POLICY IF NOT EXISTS "analytics"."marts"."rocky_mask_hash_default_number" AS (v NUMBER) RETURNS NUMBER -> CAST(NULL AS NUMBER);
ALTER MASKING POLICY "analytics"."marts"."rocky_mask_hash_default_number" SET BODY -> CAST(NULL AS NUMBER);

-- bind
ALTER TABLE "analytics"."marts"."customers" MODIFY COLUMN "EMAIL" SET MASKING POLICY "analytics"."marts"."rocky_mask_hash_default" FORCE;
ALTER TABLE "analytics"."marts"."customers" MODIFY COLUMN "PHONE" SET MASKING POLICY "analytics"."marts"."rocky_mask_partial_prod" FORCE;
ALTER TABLE "analytics"."marts"."customers" MODIFY COLUMN "CUSTOMER_ID" SET MASKING POLICY "analytics"."marts"."rocky_mask_redact_prod_number" FORCE;

-- bind on a view
ALTER VIEW "analytics"."marts"."customers_v" MODIFY COLUMN "EMAIL" SET MASKING POLICY "analytics"."marts"."rocky_mask_hash_default" FORCE;

-- unbind (strategy none)
ALTER TABLE "analytics"."marts"."customers" MODIFY COLUMN "EMAIL" UNSET MASKING POLICY;

-- read the masks back
SELECT ref_column_name AS column_name, policy_name AS mask_name FROM TABLE("analytics".INFORMATION_SCHEMA.POLICY_REFERENCES(REF_ENTITY_NAME => '"analytics"."marts"."customers"', REF_ENTITY_DOMAIN => 'table')) WHERE policy_kind = 'MASKING_POLICY';
SELECT ref_column_name AS column_name, policy_name AS mask_name FROM TABLE(INFORMATION_SCHEMA.POLICY_REFERENCES(REF_ENTITY_NAME => '"marts"."customers"', REF_ENTITY_DOMAIN => 'table')) WHERE policy_kind = 'MASKING_POLICY';

