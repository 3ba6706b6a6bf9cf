SELECT *
FROM orders
ORDER BY amount DESC, customer_id, order_date DESC
LIMIT 10
