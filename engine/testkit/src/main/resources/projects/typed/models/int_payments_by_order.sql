SELECT
    order_id,
    SUM(amount) AS paid_amount,
    COUNT(DISTINCT method) AS methods,
    BOOL_OR(is_settled) AS any_settled,
    MIN(paid_at) AS first_paid_at
FROM stg_payments
GROUP BY 1
