-- full_refresh_default_target (duckdb)

-- [1] REPLACE_TABLE
CREATE OR REPLACE TABLE "main"."daily" AS
SELECT 1 AS one;
