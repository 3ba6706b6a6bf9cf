WITH events AS (
    SELECT * FROM stg_events
)
SELECT
    event_id,
    user_id,
    kind,
    amount,
    ROW_NUMBER() OVER (PARTITION BY user_id ORDER BY ts) AS seq,
    SUM(amount) OVER (PARTITION BY user_id ORDER BY ts) AS running_amount
FROM events
