SELECT *
FROM (VALUES (1, 'web', TRUE), (2, 'store', FALSE), (3, 'phone', NULL)) AS v (channel_id, channel, is_online)
