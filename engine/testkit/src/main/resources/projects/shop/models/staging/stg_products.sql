SELECT
  product_id,
  sku,
  product_name,
  category,
  unit_price,
  cost_price,
  is_active
FROM raw.products
