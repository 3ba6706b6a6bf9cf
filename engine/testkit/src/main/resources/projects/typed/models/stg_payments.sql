SELECT
    id AS payment_id,
    order_id,
    method,
    amount,
    paid_at,
    status = 'settled' AS is_settled
FROM raw.payments
