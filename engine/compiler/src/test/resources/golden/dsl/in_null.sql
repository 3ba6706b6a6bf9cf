SELECT *
FROM orders
WHERE status IN ('placed', 'shipped') AND NOT (coupon IS NULL) AND region NOT IN (1, 2) AND (returned_at IS NOT NULL OR -amount < 0)
