-- Enum types and their labels in sort order (enumsortorder, not oid: ADD VALUE BEFORE/AFTER
-- inserts in the middle). Enums an extension created are skipped.
SELECT n.nspname AS schema,
       t.typname AS name,
       COALESCE(ARRAY_AGG(l.enumlabel ORDER BY l.enumsortorder)
                  FILTER (WHERE l.oid IS NOT NULL), '{}') AS labels,
       d.description AS comment
  FROM pg_catalog.pg_type t
  JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace
  LEFT JOIN pg_catalog.pg_enum l ON l.enumtypid = t.oid
  LEFT JOIN pg_catalog.pg_description d
         ON d.objoid = t.oid AND d.classoid = 'pg_catalog.pg_type'::pg_catalog.regclass
 WHERE t.typtype = 'e'
   AND n.nspname !~ '^pg_'
   AND n.nspname NOT IN ('information_schema', 'schemadiff', 'cron')
   AND NOT EXISTS (SELECT FROM pg_catalog.pg_depend e
                    WHERE e.classid = 'pg_catalog.pg_type'::pg_catalog.regclass
                      AND e.objid = t.oid AND e.deptype = 'e')
 GROUP BY n.nspname, t.typname, d.description
 ORDER BY 1, 2
