-- One row per order, test orders removed.
SELECT
    id AS order_id,
    customer_id,
    order_date,
    LOWER(status) AS status,
    amount,
    UPPER(currency) AS currency,
    created_at,
    COALESCE(updated_at, created_at) AS updated_at
FROM raw.orders
WHERE status <> 'test'
