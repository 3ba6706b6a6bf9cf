SELECT * REPLACE (ROUND(list_price * 1.2, 2) AS list_price)
FROM stg_products
