SELECT *
FROM (
SELECT *
FROM orders
ORDER BY amount DESC
LIMIT 100
) AS _s1
WHERE status = 'completed'
