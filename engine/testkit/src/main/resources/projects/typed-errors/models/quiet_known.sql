-- Fully known and valid: output aliases in HAVING and QUALIFY, GROUP BY ALL, ORDER BY ALL, a cast
-- join key, a correlated EXISTS, CURRENT_DATE. Nothing to report.
SELECT
    o.customer_id,
    SUM(o.amount) AS total,
    COUNT(*) AS n,
    CURRENT_DATE AS as_of
FROM raw.orders o
JOIN raw.customers c ON CAST(c.region_id AS BIGINT) = o.customer_id
WHERE EXISTS (SELECT 1 FROM raw.regions r WHERE r.id = c.region_id)
GROUP BY ALL
HAVING total > 0
QUALIFY RANK() OVER (ORDER BY total DESC) <= 10
ORDER BY ALL
