SELECT user_id, email
FROM dim_users
WHERE big_total > 1000
