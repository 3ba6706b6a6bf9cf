SELECT user_id, running_amount AS value, 'event' AS origin
FROM int_events_ranked
UNION ALL
SELECT user_id, -amount, 'refund'
FROM stg_refunds
