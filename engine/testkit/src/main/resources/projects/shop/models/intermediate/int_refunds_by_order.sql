SELECT
  order_id,
  count(*) AS refund_count,
  sum(amount) AS amount_refunded
FROM stg_refunds
GROUP BY order_id
