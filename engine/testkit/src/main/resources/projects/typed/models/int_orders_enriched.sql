SELECT
    o.order_id,
    o.customer_id,
    o.order_date,
    o.status,
    t.item_count,
    t.net_total,
    c.segment,
    c.country_code
FROM stg_orders_dedup o
JOIN int_order_totals t ON o.order_id = t.order_id
LEFT JOIN stg_customers_latest c ON o.customer_id = c.customer_id
