-- Collations a user created. The ICU / builtin locale is colliculocale on PostgreSQL 15 and 16
-- and colllocale from 17, so it is read through to_jsonb (one query for every version).
-- PostgreSQL 15 also copies an ICU locale into collcollate / collctype; introspect/collations.py
-- keeps those for libc only. Collations an extension created are skipped.
SELECT n.nspname AS schema,
       c.collname AS name,
       CASE c.collprovider WHEN 'i' THEN 'icu' WHEN 'b' THEN 'builtin' ELSE 'libc' END AS provider,
       COALESCE(pg_catalog.to_jsonb(c) ->> 'colllocale',
                pg_catalog.to_jsonb(c) ->> 'colliculocale') AS locale,
       c.collcollate AS lc_collate,
       c.collctype AS lc_ctype,
       c.collisdeterministic AS deterministic,
       d.description AS comment
  FROM pg_catalog.pg_collation c
  JOIN pg_catalog.pg_namespace n ON n.oid = c.collnamespace
  LEFT JOIN pg_catalog.pg_description d
         ON d.objoid = c.oid AND d.classoid = 'pg_catalog.pg_collation'::pg_catalog.regclass
 WHERE n.nspname !~ '^pg_'
   AND n.nspname NOT IN ('information_schema', 'schemadiff', 'cron')
   AND NOT EXISTS (SELECT FROM pg_catalog.pg_depend e
                    WHERE e.classid = 'pg_catalog.pg_collation'::pg_catalog.regclass
                      AND e.objid = c.oid AND e.deptype = 'e')
 ORDER BY 1, 2
