-- A VARCHAR key compared with a BIGINT one: no common supertype.
SELECT o.id, c.name
FROM raw.orders o
JOIN raw.customers c ON o.customer_id = c.code -- DIAG: E001@25
