-- Undeclared schemas never cause errors: unknown columns, join keys of unknown type, and every output
-- column Unknown (so not a partial inference either).
WITH ev AS (
    SELECT e.user_id, e.kind, e.ts
    FROM ext.events e
    WHERE e.kind <> 'bot'
)
SELECT ev.user_id, x.flag, ev.kind
FROM ev
JOIN ext.users x ON x.id = ev.user_id
JOIN other_ext.sessions b ON b.user_id = x.id
WHERE unknown_col > 0
