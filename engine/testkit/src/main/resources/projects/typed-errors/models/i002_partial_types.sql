SELECT
    o.id,
    e.payload, -- DIAG: I002@5
    o.amount
FROM raw.orders o
JOIN ext.events e ON e.order_id = o.id
