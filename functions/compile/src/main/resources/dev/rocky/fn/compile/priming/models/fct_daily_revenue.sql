SELECT o.order_date, c.country, count(*) AS orders, sum(o.amount) AS revenue
FROM stg_orders AS o
JOIN raw.customers AS c ON c.customer_id = o.customer_id
GROUP BY o.order_date, c.country
