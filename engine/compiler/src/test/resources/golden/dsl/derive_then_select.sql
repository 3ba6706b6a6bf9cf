SELECT order_id, amount / 100.0 AS amount_usd
FROM orders
WHERE amount > 10000
