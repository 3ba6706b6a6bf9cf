SELECT c.name
FROM raw.customers c
JOIN raw.regions r USING (region_id) -- DIAG: E003@27
