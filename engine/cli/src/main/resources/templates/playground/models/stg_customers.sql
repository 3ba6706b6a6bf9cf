SELECT
    id AS customer_id,
    TRIM(full_name) AS full_name,
    LOWER(TRIM(email)) AS email,
    phone,
    UPPER(country) AS country,
    signup_date,
    updated_at
FROM raw.customers
