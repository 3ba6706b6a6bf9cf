SELECT
    id AS order_id,
    customer_id,
    ordered_at,
    CAST(ordered_at AS DATE) AS order_date,
    LOWER(status) AS status,
    amount,
    updated_at
FROM raw.orders
WHERE LOWER(status) <> 'test'
