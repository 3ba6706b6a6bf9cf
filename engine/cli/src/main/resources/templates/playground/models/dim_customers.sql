SELECT
    c.customer_id,
    c.full_name,
    c.email,
    c.country,
    c.signup_date,
    COUNT(o.order_id) AS order_count,
    MIN(o.ordered_at) AS first_order_at,
    MAX(o.ordered_at) AS last_order_at
FROM stg_customers AS c
LEFT JOIN stg_orders AS o ON o.customer_id = c.customer_id
GROUP BY c.customer_id, c.full_name, c.email, c.country, c.signup_date
