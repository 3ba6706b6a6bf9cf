SELECT id AS order_id, customer_id, amount, placed_at
FROM raw.orders
