SELECT
    user_id,
    CASE
        WHEN value >= 100 THEN 'big'
        WHEN value > 0 THEN 'small'
        ELSE 'negative'
    END AS bucket,
    value
FROM int_money_moves
