SELECT
  o.order_id,
  o.customer_id,
  o.order_status,
  o.ordered_at,
  o.order_date,
  o.currency,
  o.item_count,
  o.order_amount,
  o.order_amount_usd,
  o.margin_usd,
  o.amount_paid,
  o.amount_refunded,
  s.shipped_at,
  s.delivered_at,
  s.hours_in_transit
FROM int_orders_enriched AS o
LEFT JOIN int_shipment_times AS s ON s.order_id = o.order_id
