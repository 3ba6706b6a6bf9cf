SELECT
    id AS product_id,
    name AS product_name,
    category,
    price::DECIMAL(10, 2) AS list_price,
    launched_on
FROM raw.products
