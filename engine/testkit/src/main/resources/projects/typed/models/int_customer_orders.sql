SELECT
    customer_id,
    COUNT(*) AS orders,
    SUM(net_total) AS lifetime_value,
    MIN(order_date) AS first_order_date,
    MAX(order_date) AS last_order_date
FROM int_orders_enriched
GROUP BY customer_id
