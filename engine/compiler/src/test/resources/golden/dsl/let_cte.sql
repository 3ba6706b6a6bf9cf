WITH paid AS (
SELECT *
FROM payments
WHERE status = 'paid'
),
totals AS (
SELECT order_id, SUM(amount) AS paid
FROM paid
GROUP BY order_id
)
SELECT *
FROM orders
LEFT JOIN totals USING (order_id)
