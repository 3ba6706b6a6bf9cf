WITH ranked AS (
    SELECT
        *,
        ROW_NUMBER() OVER (PARTITION BY customer_id ORDER BY signup_date DESC) AS rn
    FROM stg_customers
)
SELECT customer_id, email, full_name, country_code, segment
FROM ranked
WHERE rn = 1
