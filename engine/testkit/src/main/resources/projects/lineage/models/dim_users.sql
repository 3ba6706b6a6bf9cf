SELECT
    u.user_id,
    u.email,
    b.total AS big_total
FROM stg_users u
LEFT JOIN fct_user_buckets b ON u.user_id = b.user_id AND b.bucket = 'big'
