WITH items AS (
  SELECT
    order_id,
    sum(quantity) AS item_count,
    sum(line_amount) AS items_amount,
    sum(line_margin) AS items_margin
  FROM int_order_items_enriched
  GROUP BY order_id
)
SELECT
  o.order_id,
  o.customer_id,
  o.order_status,
  o.ordered_at,
  o.order_date,
  o.currency,
  coalesce(i.item_count, 0) AS item_count,
  coalesce(i.items_amount, 0) + o.shipping_fee AS order_amount,
  (coalesce(i.items_amount, 0) + o.shipping_fee) * fx.usd_rate AS order_amount_usd,
  coalesce(i.items_margin, 0) * fx.usd_rate AS margin_usd,
  coalesce(p.amount_paid, 0) AS amount_paid,
  coalesce(r.amount_refunded, 0) AS amount_refunded
FROM stg_orders AS o
LEFT JOIN items AS i ON i.order_id = o.order_id
LEFT JOIN int_payments_by_order AS p ON p.order_id = o.order_id
LEFT JOIN int_refunds_by_order AS r ON r.order_id = o.order_id
LEFT JOIN int_fx_latest AS fx ON fx.currency = o.currency
