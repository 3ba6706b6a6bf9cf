-- input identity: the statement time
SELECT CURRENT_TIMESTAMP() AS "now";

-- an input read at that time
SELECT * FROM "analytics"."raw"."orders" AT(TIMESTAMP => TO_TIMESTAMP_LTZ('2026-01-05T12:00:00.123456789Z'));

-- replay schema
CREATE SCHEMA IF NOT EXISTS "analytics"."replay__run_20260105_120000_000";

-- prior target at that time
CREATE OR REPLACE TABLE "analytics"."replay__run_20260105_120000_000"."fct_revenue" CLONE "analytics"."marts"."fct_revenue" AT(TIMESTAMP => TO_TIMESTAMP_LTZ('2026-01-05T12:00:00.123456789Z'));

-- content hash
SELECT COUNT(*) AS "rows", TO_VARCHAR(HASH_AGG(*)) AS "content", TO_VARCHAR(HASH_AGG("ORDER_ID")) AS "__c0", TO_VARCHAR(HASH_AGG("AMOUNT")) AS "__c1", TO_VARCHAR(HASH_AGG("we""ird")) AS "__c2" FROM "analytics"."marts"."fct_revenue";

-- cleanup
DROP SCHEMA IF EXISTS "analytics"."replay__run_20260105_120000_000" CASCADE;

