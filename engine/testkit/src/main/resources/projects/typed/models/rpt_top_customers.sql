SELECT customer_id, lifetime_value
FROM dim_customers
ORDER BY lifetime_value DESC
LIMIT 10
