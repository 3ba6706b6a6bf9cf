SELECT
  payment_id,
  order_id,
  payment_method,
  payment_status,
  amount,
  paid_at,
  paid_date
FROM stg_payments
