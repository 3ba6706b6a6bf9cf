SELECT *
FROM raw.shop.orders AS o
JOIN customers AS c ON o.customer_id = c.id AND c.active
CROSS JOIN calendar
