SELECT * EXCLUDE (launched_on)
FROM stg_products
