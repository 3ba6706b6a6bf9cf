SELECT
    c.customer_id,
    c.email,
    c.full_name,
    c.country_code,
    c.segment,
    co.orders,
    co.lifetime_value,
    co.first_order_date,
    DATEDIFF('day', co.first_order_date, co.last_order_date) AS tenure_days,
    IF(co.orders > 1, 'repeat', 'one-time') AS customer_type
FROM stg_customers_latest c
LEFT JOIN int_customer_orders co USING (customer_id)
