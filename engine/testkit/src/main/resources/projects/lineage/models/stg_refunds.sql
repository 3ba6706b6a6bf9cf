SELECT
    id AS refund_id,
    user_id,
    amount
FROM raw.refunds
