SELECT o.order_id, last_pay.paid_at AS last_paid_at
FROM stg_orders o,
LATERAL (
    SELECT MAX(p.paid_at) AS paid_at
    FROM stg_payments p
    WHERE p.order_id = o.order_id
) last_pay
