-- Joins through a CTE over an unknown table: the key of unknown type raises nothing, and the
-- output is fully typed (no partial inference).
WITH clicks AS (
    SELECT k.order_id, k.url FROM ext.clicks k
)
SELECT o.id, r.name
FROM raw.orders o
JOIN clicks ON clicks.order_id = o.id
JOIN raw.regions r ON r.id = o.customer_id
