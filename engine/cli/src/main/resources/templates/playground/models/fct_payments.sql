SELECT
    p.id AS payment_id,
    p.order_id,
    o.customer_id,
    p.method AS payment_method,
    p.amount,
    p.paid_at
FROM raw.payments AS p
INNER JOIN stg_orders AS o ON o.order_id = p.order_id
WHERE p.status = 'succeeded'
