SELECT
  customer_id,
  count(*) AS order_count,
  min(ordered_at) AS first_ordered_at,
  max(ordered_at) AS last_ordered_at,
  sum(order_amount_usd) AS lifetime_revenue_usd
FROM int_orders_enriched
WHERE order_status <> 'cancelled'
GROUP BY customer_id
