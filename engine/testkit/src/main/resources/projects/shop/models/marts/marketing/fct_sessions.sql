SELECT
  session_id,
  customer_id,
  session_start,
  session_end,
  event_count,
  converted
FROM int_sessions
