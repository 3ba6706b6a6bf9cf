SELECT * -- DIAG: I001
FROM raw.regions
