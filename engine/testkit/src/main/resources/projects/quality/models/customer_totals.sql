SELECT
    customer_id,
    COUNT(*) AS order_count,
    SUM(amount) AS total_amount
FROM stg_orders
WHERE customer_id IS NOT NULL
GROUP BY customer_id
