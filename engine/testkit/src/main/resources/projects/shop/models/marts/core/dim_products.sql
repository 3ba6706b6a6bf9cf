SELECT
  product_id,
  sku,
  product_name,
  category,
  unit_price,
  cost_price,
  unit_price - cost_price AS unit_margin,
  is_active
FROM stg_products
