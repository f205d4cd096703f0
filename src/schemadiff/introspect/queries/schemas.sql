-- User schemas with their comments. System schemas (pg_*: the prefix is reserved, CREATE SCHEMA
-- refuses it), information_schema, our history schema `schemadiff`, pg_cron's `cron`, and
-- schemas created by an extension (pg_depend deptype 'e') are not the user's to diff.
SELECT n.nspname AS name,
       d.description AS comment
  FROM pg_catalog.pg_namespace n
  LEFT JOIN pg_catalog.pg_description d
         ON d.objoid = n.oid AND d.classoid = 'pg_catalog.pg_namespace'::pg_catalog.regclass
 WHERE n.nspname !~ '^pg_'
   AND n.nspname NOT IN ('information_schema', 'schemadiff', 'cron')
   AND NOT EXISTS (SELECT FROM pg_catalog.pg_depend e
                    WHERE e.classid = 'pg_catalog.pg_namespace'::pg_catalog.regclass
                      AND e.objid = n.oid AND e.deptype = 'e')
 ORDER BY n.nspname
