SELECT *, CASE WHEN amount >= 10000 THEN 'large' WHEN amount = 0 THEN 'free' WHEN amount IS NOT NULL THEN 'regular' ELSE 'unknown' END AS size, CASE WHEN amount > 100 AND status = 'completed' THEN 1 ELSE 2 END AS tier
FROM orders
