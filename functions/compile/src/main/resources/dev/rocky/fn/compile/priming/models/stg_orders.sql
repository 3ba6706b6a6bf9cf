SELECT order_id, customer_id, amount, CAST(ordered_at AS DATE) AS order_date, ordered_at
FROM raw.orders
WHERE amount IS NOT NULL
