SELECT
    order_id,
    COUNT(*) AS item_count,
    SUM(quantity) AS units,
    SUM(net_amount) AS net_total,
    AVG(unit_price) AS avg_unit_price,
    MAX(discount) AS max_discount
FROM stg_order_items
GROUP BY order_id
