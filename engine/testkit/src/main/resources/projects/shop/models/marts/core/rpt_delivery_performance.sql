SELECT
  carrier,
  count(*) AS shipments,
  count(delivered_at) AS delivered,
  avg(date_diff('hour', shipped_at, delivered_at)) AS avg_hours_to_deliver
FROM stg_shipments
GROUP BY carrier
