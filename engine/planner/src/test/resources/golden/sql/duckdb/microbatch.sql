-- microbatch (duckdb)

-- [1] INSERT_NEW_ROWS
INSERT INTO "analytics"."marts"."fct"
SELECT * FROM (
SELECT event_id, user_id, occurred_at FROM raw.events
) AS _rocky_src
WHERE "occurred_at" > TIMESTAMP '2026-03-01 12:30:00.123456';

-- [2] READ_WATERMARK
SELECT MAX("occurred_at") FROM "analytics"."marts"."fct";
