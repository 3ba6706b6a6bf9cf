-- stg_ad_spend has no known columns: s.* cannot be expanded (W002).
SELECT s.*, o.orders
FROM stg_ad_spend s
LEFT JOIN int_daily_orders o ON s.spend_date = o.order_date
