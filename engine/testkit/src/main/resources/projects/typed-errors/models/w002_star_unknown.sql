SELECT * -- DIAG: W002@8
FROM ext.clicks
