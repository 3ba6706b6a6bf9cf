SELECT customer_id, SUM(amount) AS revenue, COUNT(*) AS orders, COUNT(DISTINCT customer_id) AS customers, MIN(order_date) AS first_order
FROM orders
GROUP BY customer_id
