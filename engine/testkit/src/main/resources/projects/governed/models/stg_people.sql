SELECT
    id AS person_id,
    full_name,
    email,
    phone,
    ssn,
    employee_code,
    UPPER(country) AS country
FROM raw.people
