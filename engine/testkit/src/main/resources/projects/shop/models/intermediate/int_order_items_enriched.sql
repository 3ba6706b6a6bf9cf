SELECT
  i.order_item_id,
  i.order_id,
  i.product_id,
  p.sku,
  p.product_name,
  p.category,
  i.quantity,
  i.line_amount,
  i.quantity * p.cost_price AS line_cost,
  i.line_amount - i.quantity * p.cost_price AS line_margin
FROM stg_order_items AS i
JOIN stg_products AS p ON p.product_id = i.product_id
