SELECT
    category,
    revenue,
    RANK() OVER (ORDER BY revenue DESC) AS revenue_rank,
    revenue / SUM(revenue) OVER () AS revenue_share,
    PERCENT_RANK() OVER (ORDER BY revenue) AS revenue_pct
FROM (
    SELECT category, SUM(revenue) AS revenue
    FROM int_product_sales
    GROUP BY category
) s
