SELECT
    payment_id,
    SUM(amount) AS refunded,
    COUNT(*) AS refund_count
FROM stg_refunds
GROUP BY payment_id
HAVING SUM(amount) > 0
