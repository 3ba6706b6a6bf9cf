SELECT
    id AS order_id,
    customer_id,
    LOWER(status) AS status,
    amount,
    ordered_at
FROM raw.orders
