SELECT *, revenue / orders AS average
FROM (
SELECT customer_id, SUM(amount) AS revenue, COUNT(*) AS orders
FROM orders
GROUP BY customer_id
) AS _s1
ORDER BY average DESC
LIMIT 5
