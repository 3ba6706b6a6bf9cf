SELECT
  session_id,
  min(customer_id) AS customer_id,
  min(occurred_at) AS session_start,
  max(occurred_at) AS session_end,
  count(*) AS event_count,
  max(CASE WHEN event_type = 'checkout' THEN 1 ELSE 0 END) = 1 AS converted
FROM stg_web_events
GROUP BY session_id
