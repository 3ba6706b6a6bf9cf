SELECT
    method,
    COUNT(*) FILTER (WHERE is_settled) AS settled,
    COUNT(*) AS total,
    STRING_AGG(payment_id::VARCHAR, ',') AS payment_ids,
    TRY_CAST(SUM(amount) AS INTEGER) AS amount_rounded
FROM stg_payments
GROUP BY method
