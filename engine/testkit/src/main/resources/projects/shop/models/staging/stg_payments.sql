SELECT
  payment_id,
  order_id,
  payment_method,
  amount,
  lower(status) AS payment_status,
  paid_at,
  CAST(paid_at AS DATE) AS paid_date
FROM raw.payments
