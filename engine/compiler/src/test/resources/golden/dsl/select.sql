SELECT o.order_id, customer_id, amount / 100.0 AS amount_usd
FROM orders AS o
