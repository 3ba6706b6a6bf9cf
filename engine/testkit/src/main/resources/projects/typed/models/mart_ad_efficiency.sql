-- Columns of stg_ad_spend are traced to it but untyped: partial inference (I002).
SELECT
    s.campaign,
    o.order_date,
    s.spend,
    o.revenue,
    o.revenue / NULLIF(s.spend, 0) AS roas
FROM stg_ad_spend s
JOIN int_daily_orders o ON s.spend_date = o.order_date
