SELECT customer_id, MIN(placed_at) AS first_order_at
FROM stg_orders
WHERE customer_id IS NOT NULL
GROUP BY customer_id
