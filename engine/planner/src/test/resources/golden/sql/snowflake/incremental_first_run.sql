-- incremental_first_run (snowflake)

-- [1] CREATE_TABLE
CREATE OR REPLACE TABLE "analytics"."marts"."fct" AS
SELECT event_id, user_id, occurred_at FROM raw.events;

-- [2] READ_WATERMARK
SELECT MAX("OCCURRED_AT") FROM "analytics"."marts"."fct";
