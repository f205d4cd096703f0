-- Row-level security policies. polroles holds oid 0 for PUBLIC; role names come back sorted.
-- `reads` are the columns the expressions use (pg_depend, refobjsubid > 0): dropping or
-- retyping one needs the policy dropped first, as for a view.
SELECT n.nspname AS schema,
       c.relname AS "table",
       p.polname AS name,
       CASE p.polcmd WHEN 'r' THEN 'SELECT' WHEN 'a' THEN 'INSERT' WHEN 'w' THEN 'UPDATE'
                     WHEN 'd' THEN 'DELETE' ELSE 'ALL' END AS command,
       p.polpermissive AS permissive,
       ARRAY(SELECT CASE WHEN r.oid = 0 THEN 'PUBLIC' ELSE pg_catalog.pg_get_userbyid(r.oid) END
               FROM pg_catalog.unnest(p.polroles) AS r(oid)
              ORDER BY 1) AS roles,
       pg_catalog.pg_get_expr(p.polqual, p.polrelid) AS using,
       pg_catalog.pg_get_expr(p.polwithcheck, p.polrelid) AS with_check,
       ARRAY(SELECT DISTINCT ARRAY[rn.nspname::text, rc.relname::text, ra.attname::text]
               FROM pg_catalog.pg_depend dep
               JOIN pg_catalog.pg_class rc ON rc.oid = dep.refobjid
               JOIN pg_catalog.pg_namespace rn ON rn.oid = rc.relnamespace
               JOIN pg_catalog.pg_attribute ra
                 ON ra.attrelid = dep.refobjid AND ra.attnum = dep.refobjsubid
              WHERE dep.classid = 'pg_catalog.pg_policy'::pg_catalog.regclass
                AND dep.objid = p.oid
                AND dep.refclassid = 'pg_catalog.pg_class'::pg_catalog.regclass
                AND dep.refobjsubid > 0) AS reads,
       d.description AS comment
  FROM pg_catalog.pg_policy p
  JOIN pg_catalog.pg_class c ON c.oid = p.polrelid
  JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
  LEFT JOIN pg_catalog.pg_description d
         ON d.objoid = p.oid AND d.classoid = 'pg_catalog.pg_policy'::pg_catalog.regclass
 WHERE n.nspname !~ '^pg_'
   AND n.nspname NOT IN ('information_schema', 'schemadiff', 'cron')
   AND NOT EXISTS (SELECT FROM pg_catalog.pg_depend e
                    WHERE e.classid = 'pg_catalog.pg_class'::pg_catalog.regclass
                      AND e.objid = c.oid AND e.deptype = 'e')
 ORDER BY 1, 2, 3
