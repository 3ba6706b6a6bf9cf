SELECT
    p.payment_id,
    p.order_id,
    p.amount - COALESCE(r.refunded, 0) AS net_amount
FROM stg_payments p
LEFT JOIN int_refunds_by_payment r ON p.payment_id = r.payment_id
