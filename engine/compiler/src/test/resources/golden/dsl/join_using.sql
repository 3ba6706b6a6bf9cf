SELECT *
FROM stg_orders
LEFT JOIN stg_payments USING (order_id)
FULL JOIN refunds USING (order_id, payment_id)
