SELECT customer_id, SUM(amount) AS revenue, COUNT(*) AS orders
FROM orders
WHERE status IS DISTINCT FROM 'cancelled'
GROUP BY customer_id
HAVING SUM(amount) > 1000 AND COUNT(*) >= 2
