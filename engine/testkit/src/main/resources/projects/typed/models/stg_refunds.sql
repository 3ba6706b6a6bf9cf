-- Pass-through of a fully known source: I001 suggests listing the columns.
SELECT * FROM raw.refunds
