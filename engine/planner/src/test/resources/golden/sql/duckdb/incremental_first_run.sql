-- incremental_first_run (duckdb)

-- [1] CREATE_TABLE
CREATE OR REPLACE TABLE "analytics"."marts"."fct" AS
SELECT event_id, user_id, occurred_at FROM raw.events;

-- [2] READ_WATERMARK
SELECT MAX("occurred_at") FROM "analytics"."marts"."fct";
