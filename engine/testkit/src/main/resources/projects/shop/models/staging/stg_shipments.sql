SELECT
  shipment_id,
  order_id,
  carrier,
  shipped_at,
  delivered_at
FROM raw.shipments
