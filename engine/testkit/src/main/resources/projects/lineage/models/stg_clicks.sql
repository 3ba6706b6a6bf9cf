-- ext.clicks is not declared: its columns cannot be named, so lineage through it is unresolved.
SELECT * FROM ext.clicks
