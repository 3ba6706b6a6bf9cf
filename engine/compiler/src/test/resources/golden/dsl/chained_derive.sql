SELECT *, amount_usd * 1.2 AS with_tax
FROM (
SELECT *, amount / 100.0 AS amount_usd
FROM orders
) AS _s1
