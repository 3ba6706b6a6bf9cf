SELECT * EXCLUDE (nme) -- DIAG: I001@8, E003@19
FROM raw.regions
