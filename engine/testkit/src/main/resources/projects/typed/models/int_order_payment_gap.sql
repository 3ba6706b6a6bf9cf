SELECT
    o.order_id,
    o.net_total,
    (SELECT SUM(p.amount) FROM stg_payments p WHERE p.order_id = o.order_id) AS paid,
    o.net_total - COALESCE((SELECT SUM(p.amount) FROM stg_payments p WHERE p.order_id = o.order_id), 0) AS gap
FROM int_orders_enriched o
