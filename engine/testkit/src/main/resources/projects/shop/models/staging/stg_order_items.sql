SELECT
  order_item_id,
  order_id,
  product_id,
  quantity,
  unit_price,
  coalesce(discount_amount, 0) AS discount_amount,
  quantity * unit_price - coalesce(discount_amount, 0) AS line_amount
FROM raw.order_items
