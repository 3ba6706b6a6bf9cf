SELECT customer_id FROM int_customer_orders WHERE orders > 1
INTERSECT
SELECT customer_id FROM stg_customers WHERE is_active
