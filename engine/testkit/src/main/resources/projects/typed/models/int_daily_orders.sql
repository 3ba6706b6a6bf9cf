SELECT
    order_date,
    COUNT(*) AS orders,
    SUM(net_total) AS revenue
FROM int_orders_enriched
GROUP BY order_date
