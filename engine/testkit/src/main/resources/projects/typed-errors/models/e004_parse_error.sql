SELECT id,
       amount
FROM raw.orders
WHERE amount > ) -- DIAG: E004@16
