SELECT
    id AS event_id,
    user_id,
    LOWER(kind) AS kind,
    amount,
    ts
FROM raw.events
