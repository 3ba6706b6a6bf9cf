WITH monthly AS (
    SELECT
        DATE_TRUNC('month', order_date) AS month,
        COUNT(*) AS orders,
        SUM(net_total) AS revenue
    FROM fct_orders
    GROUP BY 1
),
with_previous AS (
    SELECT month, orders, revenue, LAG(revenue) OVER (ORDER BY month) AS previous_revenue
    FROM monthly
)
SELECT
    month,
    orders,
    revenue,
    (revenue - previous_revenue) / NULLIF(previous_revenue, 0) AS growth,
    GREATEST(orders, 0) AS orders_floor
FROM with_previous
ORDER BY month
