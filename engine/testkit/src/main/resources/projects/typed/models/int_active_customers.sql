SELECT customer_id, email
FROM stg_customers
WHERE is_active
  AND customer_id IN (
    SELECT customer_id FROM stg_orders WHERE order_date >= DATE '2024-01-01'
  )
