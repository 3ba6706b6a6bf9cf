SELECT
  customer_id,
  lower(trim(email)) AS email,
  first_name,
  last_name,
  upper(country_code) AS country_code,
  created_at
FROM raw.customers
