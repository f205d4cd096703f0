-- Installed extensions. plpgsql is installed in every new database (it comes from template1),
-- so it is part of the baseline on both sides, not something schema.yaml declares.
-- pg_cron is the server's infrastructure for the `cron:` block: it can only exist in the database
-- named by cron.database_name (never in a scratch database), and dropping it would drop every job.
SELECT e.extname AS name,
       n.nspname AS schema,
       e.extversion AS version
  FROM pg_catalog.pg_extension e
  JOIN pg_catalog.pg_namespace n ON n.oid = e.extnamespace
 WHERE e.extname NOT IN ('plpgsql', 'pg_cron')
 ORDER BY e.extname
