-- The schema `raw` is declared, so a missing raw table is an error; an undeclared schema is not.
SELECT o.id, e.kind
FROM raw.ordrs o -- DIAG: E002@6
JOIN ext.events e ON e.order_id = o.id
