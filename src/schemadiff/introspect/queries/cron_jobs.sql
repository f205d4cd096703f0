-- pg_cron's jobs (run only when cron_facts says cron.job is readable: the table may not exist).
-- Row security on cron.job shows a role only its own jobs, unless it is a superuser.
SELECT j.jobid,
       j.jobname AS name,
       j.schedule,
       j.command,
       j.database,
       j.username,
       j.active
  FROM cron.job j
 ORDER BY j.jobname, j.jobid
