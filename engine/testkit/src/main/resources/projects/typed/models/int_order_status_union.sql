SELECT order_id, 'order' AS source, status, NULL AS settled_at
FROM stg_orders
UNION ALL
SELECT order_id, 'payment', CASE WHEN is_settled THEN 'settled' ELSE 'pending' END, paid_at
FROM stg_payments
