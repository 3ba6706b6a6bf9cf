SELECT
    order_id,
    product_id,
    quantity,
    unit_price,
    discount,
    quantity * unit_price AS gross_amount,
    CAST(quantity * unit_price * (1 - COALESCE(discount, 0)) AS DECIMAL(12, 2)) AS net_amount
FROM raw.order_items
