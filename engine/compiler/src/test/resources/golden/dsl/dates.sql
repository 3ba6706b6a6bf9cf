SELECT *
FROM events
WHERE event_date >= DATE '2025-01-01' AND created_at < TIMESTAMP '2025-02-01 06:30:00'
