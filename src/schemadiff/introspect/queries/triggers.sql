-- Triggers on ordinary and partitioned tables. Skipped: internal triggers (foreign keys,
-- deferrable constraints), clones on partitions of a trigger declared on the parent
-- (tgparentid, 13+: created by the parent's, which is the one diffed), and triggers of
-- extension-owned tables. pg_get_triggerdef() depends on search_path = '' (set by the caller).
SELECT n.nspname AS schema,
       c.relname AS "table",
       tg.tgname AS name,
       pg_catalog.pg_get_triggerdef(tg.oid) AS definition,
       fn.nspname AS function_schema,
       f.proname AS function_name,
       d.description AS comment
  FROM pg_catalog.pg_trigger tg
  JOIN pg_catalog.pg_class c ON c.oid = tg.tgrelid
  JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
  JOIN pg_catalog.pg_proc f ON f.oid = tg.tgfoid
  JOIN pg_catalog.pg_namespace fn ON fn.oid = f.pronamespace
  LEFT JOIN pg_catalog.pg_description d
         ON d.objoid = tg.oid AND d.classoid = 'pg_catalog.pg_trigger'::pg_catalog.regclass
        AND d.objsubid = 0
 WHERE NOT tg.tgisinternal
   AND tg.tgparentid = 0
   AND c.relkind IN ('r', 'p')
   AND n.nspname !~ '^pg_'
   AND n.nspname NOT IN ('information_schema', 'schemadiff', 'cron')
   AND NOT EXISTS (SELECT FROM pg_catalog.pg_depend e
                    WHERE e.classid = 'pg_catalog.pg_class'::pg_catalog.regclass
                      AND e.objid = c.oid AND e.deptype = 'e')
 ORDER BY 1, 2, 3
