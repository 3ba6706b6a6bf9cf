SELECT
  order_item_id,
  order_id,
  product_id,
  category,
  quantity,
  line_amount,
  line_cost,
  line_margin
FROM int_order_items_enriched
