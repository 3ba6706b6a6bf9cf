-- The project declares its sources, so a bare name means a model: an unknown one is a typo.
SELECT q.id
FROM quiet_knwn q -- DIAG: E002@6
