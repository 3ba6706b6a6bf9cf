SELECT *
FROM orders
WHERE status = 'completed' AND amount >= 100
