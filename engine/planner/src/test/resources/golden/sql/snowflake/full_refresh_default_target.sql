-- full_refresh_default_target (snowflake)

-- [1] REPLACE_TABLE
CREATE OR REPLACE TABLE "PUBLIC"."daily" AS
SELECT 1 AS one;
