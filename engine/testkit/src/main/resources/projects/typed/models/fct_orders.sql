SELECT
    e.order_id,
    e.customer_id,
    e.order_date,
    e.status,
    e.net_total,
    COALESCE(p.paid_amount, 0) AS paid_amount,
    CASE
        WHEN p.paid_amount >= e.net_total THEN 'paid'
        WHEN p.paid_amount > 0 THEN 'partial'
        ELSE 'unpaid'
    END AS payment_state,
    SUM(e.net_total) OVER (
        PARTITION BY e.customer_id ORDER BY e.order_date
        ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
    ) AS running_ltv,
    LAG(e.order_date) OVER (PARTITION BY e.customer_id ORDER BY e.order_date) AS previous_order_date
FROM int_orders_enriched e
LEFT JOIN int_payments_by_order p ON e.order_id = p.order_id
