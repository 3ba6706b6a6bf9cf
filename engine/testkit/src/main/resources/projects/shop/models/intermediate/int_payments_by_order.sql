SELECT
  order_id,
  count(*) AS payment_count,
  sum(CASE WHEN payment_status = 'success' THEN amount ELSE 0 END) AS amount_paid,
  max(paid_at) AS last_paid_at
FROM stg_payments
GROUP BY order_id
