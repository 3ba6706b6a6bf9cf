SELECT
  c.customer_id,
  c.email,
  c.first_name,
  c.last_name,
  c.country_code,
  c.created_at,
  coalesce(o.order_count, 0) AS order_count,
  o.first_ordered_at,
  o.last_ordered_at,
  coalesce(o.lifetime_revenue_usd, 0) AS lifetime_revenue_usd
FROM stg_customers AS c
LEFT JOIN int_customer_orders AS o ON o.customer_id = c.customer_id
