SELECT *, ROW_NUMBER() OVER (PARTITION BY customer_id ORDER BY order_date DESC) AS rn, SUM(amount) OVER (PARTITION BY customer_id ORDER BY order_date ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS running, AVG(amount) OVER (ORDER BY order_date ROWS BETWEEN 2 PRECEDING AND 1 FOLLOWING) AS moving, LAG(amount, 1) OVER (PARTITION BY customer_id ORDER BY order_date) AS previous
FROM orders
