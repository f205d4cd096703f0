-- The steps these migrations ran that have no rollback: a rollback leaves what they wrote.
SELECT name FROM schemadiff.data_steps
WHERE migration = ANY(%s) AND NOT has_rollback
ORDER BY applied_at, name
