-- INTEGER region_id against a BIGINT id: the join runs, with an implicit coercion.
SELECT c.name, r.name AS region
FROM raw.customers c
JOIN raw.regions r ON c.region_id = r.id AND c.nme = r.name -- DIAG: W001@23, E003@46
