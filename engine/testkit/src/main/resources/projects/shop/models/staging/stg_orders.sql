SELECT
  order_id,
  customer_id,
  lower(order_status) AS order_status,
  ordered_at,
  CAST(ordered_at AS DATE) AS order_date,
  upper(currency) AS currency,
  shipping_fee,
  updated_at
FROM raw.orders
