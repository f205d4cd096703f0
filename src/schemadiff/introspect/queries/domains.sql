-- Domains with their base type, default (pg_get_expr, so names are qualified under
-- search_path=''; typdefault keeps the text of whatever search_path created it) and CHECK
-- constraints by name. Domains an extension created are skipped.
SELECT n.nspname AS schema,
       t.typname AS name,
       pg_catalog.format_type(t.typbasetype, t.typtypmod) AS base_type,
       -- over varchar itself: where a check's IN list is read as written (introspect/domains.py)
       t.typbasetype = 'pg_catalog.varchar'::pg_catalog.regtype AS varchar_base,
       t.typnotnull AS not_null,
       pg_catalog.pg_get_expr(t.typdefaultbin, 0) AS "default",
       ARRAY(SELECT ARRAY[con.conname::text, pg_catalog.pg_get_constraintdef(con.oid)]
               FROM pg_catalog.pg_constraint con
              WHERE con.contypid = t.oid AND con.contype = 'c'
              ORDER BY con.conname) AS checks,
       d.description AS comment
  FROM pg_catalog.pg_type t
  JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace
  LEFT JOIN pg_catalog.pg_description d
         ON d.objoid = t.oid AND d.classoid = 'pg_catalog.pg_type'::pg_catalog.regclass
 WHERE t.typtype = 'd'
   AND n.nspname !~ '^pg_'
   AND n.nspname NOT IN ('information_schema', 'schemadiff', 'cron')
   AND NOT EXISTS (SELECT FROM pg_catalog.pg_depend e
                    WHERE e.classid = 'pg_catalog.pg_type'::pg_catalog.regclass
                      AND e.objid = t.oid AND e.deptype = 'e')
 ORDER BY 1, 2
