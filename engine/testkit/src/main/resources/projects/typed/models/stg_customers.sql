SELECT
    id AS customer_id,
    LOWER(TRIM(email)) AS email,
    first_name || ' ' || last_name AS full_name,
    UPPER(country) AS country_code,
    signup_at::DATE AS signup_date,
    COALESCE(segment, 'unknown') AS segment,
    is_active
FROM raw.customers
