SELECT
    custmer_id, -- DIAG: E003@5
    o.amout, -- DIAG: E003@5
    o.status,
    z.id -- DIAG: E003
FROM raw.orders o
WHERE o.created_att > TIMESTAMP '2024-01-01 00:00:00' -- DIAG: E003@7
