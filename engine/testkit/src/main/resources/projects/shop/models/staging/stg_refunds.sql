SELECT
  refund_id,
  order_id,
  amount,
  reason,
  refunded_at
FROM raw.refunds
