SELECT
    user_id,
    bucket,
    COUNT(*) AS moves,
    SUM(value) AS total
FROM int_classified
GROUP BY user_id, bucket
