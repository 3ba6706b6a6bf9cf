SELECT
    d.customer_id,
    d.country,
    d.order_count,
    COALESCE(SUM(p.amount), CAST(0 AS DECIMAL(10, 2))) AS revenue,
    MAX(p.paid_at) AS last_paid_at
FROM dim_customers AS d
LEFT JOIN fct_payments AS p ON p.customer_id = d.customer_id
GROUP BY d.customer_id, d.country, d.order_count
