SELECT
  order_date,
  count(*) AS orders,
  sum(order_amount_usd) AS revenue_usd,
  sum(margin_usd) AS margin_usd,
  sum(amount_refunded) AS refunds
FROM fct_orders
WHERE order_status <> 'cancelled'
  AND order_date >= @start_date
  AND order_date < @end_date
GROUP BY order_date
