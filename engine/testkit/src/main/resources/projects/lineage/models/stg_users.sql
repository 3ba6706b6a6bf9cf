SELECT
    id AS user_id,
    LOWER(email) AS email,
    UPPER(country) AS country
FROM raw.users
