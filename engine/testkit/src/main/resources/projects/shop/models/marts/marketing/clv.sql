SELECT
  d.customer_id,
  d.country_code,
  d.order_count,
  d.lifetime_revenue_usd,
  coalesce(s.sessions, 0) AS sessions,
  coalesce(s.converted_sessions, 0) AS converted_sessions
FROM dim_customers AS d
LEFT JOIN (
  SELECT
    customer_id,
    count(*) AS sessions,
    sum(CASE WHEN converted THEN 1 ELSE 0 END) AS converted_sessions
  FROM fct_sessions
  WHERE customer_id IS NOT NULL
  GROUP BY customer_id
) AS s ON s.customer_id = d.customer_id
