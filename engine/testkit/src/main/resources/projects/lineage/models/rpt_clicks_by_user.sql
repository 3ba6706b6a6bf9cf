SELECT c.*, u.country
FROM stg_clicks c
JOIN stg_users u ON c.user_id = u.user_id
