SELECT
  r.refund_id,
  r.order_id,
  o.customer_id,
  r.amount,
  r.reason,
  r.refunded_at
FROM stg_refunds AS r
JOIN stg_orders AS o ON o.order_id = r.order_id
