-- One side known, one unknown: the star cannot be fully expanded, so W002 and not I001.
SELECT o.id, k.* -- DIAG: W002@14
FROM raw.orders o
JOIN ext.clicks k ON k.order_id = o.id
