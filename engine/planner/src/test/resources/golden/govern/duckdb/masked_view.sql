-- consumer schema
CREATE SCHEMA IF NOT EXISTS "main_masked";

-- masked view
CREATE OR REPLACE VIEW "main_masked"."people" AS
SELECT
    "id",
    sha256(CAST("email" AS VARCHAR)) AS "email",
    CASE WHEN "phone" IS NULL THEN NULL WHEN length(CAST("phone" AS VARCHAR)) < 5 THEN '***' ELSE substring(CAST("phone" AS VARCHAR), 1, 2) || '***' || substring(CAST("phone" AS VARCHAR), length(CAST("phone" AS VARCHAR)) - 1, 2) END AS "phone",
    '***' AS "ssn",
    "code"
FROM "main"."people";

-- marks
COMMENT ON COLUMN "main_masked"."people"."email" IS 'rocky-mask:hash';

-- read back
SELECT column_name, comment FROM duckdb_columns() WHERE schema_name = 'main_masked' AND table_name = 'people' ORDER BY column_index;
SELECT COUNT(*) FROM "main_masked"."people" WHERE "email" IS NOT NULL AND NOT regexp_full_match(CAST("email" AS VARCHAR), '[0-9a-f]{64}');
SELECT COUNT(*) FROM "main_masked"."people" WHERE "phone" IS NOT NULL AND NOT (CAST("phone" AS VARCHAR) = '***' OR regexp_full_match(CAST("phone" AS VARCHAR), '(?s).{2}[*]{3}.{2}'));
SELECT COUNT(*) FROM "main_masked"."people" WHERE "ssn" IS DISTINCT FROM '***';

