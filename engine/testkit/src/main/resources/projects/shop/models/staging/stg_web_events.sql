SELECT
  event_id,
  session_id,
  customer_id,
  event_type,
  page_url,
  occurred_at
FROM raw.web_events
WHERE occurred_at >= @start_date
  AND occurred_at < @end_date
