SELECT c.customer_id, c.email
FROM stg_customers c
WHERE NOT EXISTS (
    SELECT 1 FROM stg_orders o WHERE o.customer_id = c.customer_id
)
