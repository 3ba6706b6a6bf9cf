-- product_id is INTEGER in raw.products and BIGINT in raw.order_items: W001.
SELECT
    p.product_id,
    p.product_name,
    p.category,
    SUM(i.quantity) AS units_sold,
    SUM(i.net_amount) AS revenue
FROM stg_products p
JOIN stg_order_items i USING (product_id)
GROUP BY ALL
