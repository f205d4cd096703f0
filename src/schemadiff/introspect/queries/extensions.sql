-- Installed extensions. plpgsql is installed in every new database (it comes from template1),
-- so it is part of the baseline on both sides, not something schema.yaml declares.
-- pg_cron is read like any extension (schema.yaml may declare it); it can only exist in the
-- database named by cron.database_name, never in a scratch database, so plan/cron.py decides what
-- happens to it (left alone unless declared; never dropped by a forward plan).
SELECT e.extname AS name,
       n.nspname AS schema,
       e.extversion AS version
  FROM pg_catalog.pg_extension e
  JOIN pg_catalog.pg_namespace n ON n.oid = e.extnamespace
 WHERE e.extname <> 'plpgsql'
 ORDER BY e.extname
