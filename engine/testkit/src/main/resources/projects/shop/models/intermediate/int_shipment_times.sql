SELECT
  order_id,
  min(shipped_at) AS shipped_at,
  max(delivered_at) AS delivered_at,
  date_diff('hour', min(shipped_at), max(delivered_at)) AS hours_in_transit
FROM stg_shipments
GROUP BY order_id
