SELECT
    order_date,
    revenue,
    SUM(revenue) OVER w7 AS revenue_7d,
    AVG(revenue) OVER w7 AS avg_revenue_7d,
    DATE_TRUNC('month', order_date) AS order_month,
    EXTRACT(YEAR FROM order_date) AS order_year
FROM int_daily_orders
WINDOW w7 AS (ORDER BY order_date ROWS BETWEEN 6 PRECEDING AND CURRENT ROW)
