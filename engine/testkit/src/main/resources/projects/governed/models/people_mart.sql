SELECT
    person_id,
    email,
    country
FROM stg_people
