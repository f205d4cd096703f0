-- Sequences with their options. Identity columns own theirs with deptype 'i' (they are part of
-- the column, so skipped); a serial column owns its with deptype 'a' on the column (OWNED BY),
-- reported as owned_by. Extension members are skipped.
SELECT n.nspname AS schema,
       c.relname AS name,
       pg_catalog.format_type(s.seqtypid, NULL) AS data_type,
       s.seqstart AS start,
       s.seqincrement AS increment,
       s.seqmin AS min_value,
       s.seqmax AS max_value,
       s.seqcache AS cache,
       s.seqcycle AS cycle,
       owner.relname AS owned_by_table,
       col.attname AS owned_by_column,
       d.description AS comment,
       c.relpersistence = 'u' AS unlogged
  FROM pg_catalog.pg_sequence s
  JOIN pg_catalog.pg_class c ON c.oid = s.seqrelid
  JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
  LEFT JOIN pg_catalog.pg_depend o
         ON o.classid = 'pg_catalog.pg_class'::pg_catalog.regclass AND o.objid = c.oid
        AND o.refclassid = 'pg_catalog.pg_class'::pg_catalog.regclass
        AND o.refobjsubid > 0 AND o.deptype = 'a'
  LEFT JOIN pg_catalog.pg_class owner ON owner.oid = o.refobjid
  LEFT JOIN pg_catalog.pg_attribute col
         ON col.attrelid = o.refobjid AND col.attnum = o.refobjsubid
  LEFT JOIN pg_catalog.pg_description d
         ON d.objoid = c.oid AND d.classoid = 'pg_catalog.pg_class'::pg_catalog.regclass
        AND d.objsubid = 0
 WHERE n.nspname !~ '^pg_'
   AND n.nspname NOT IN ('information_schema', 'schemadiff', 'cron')
   AND NOT EXISTS (SELECT FROM pg_catalog.pg_depend e
                    WHERE e.classid = 'pg_catalog.pg_class'::pg_catalog.regclass
                      AND e.objid = c.oid AND e.deptype IN ('e', 'i'))
 ORDER BY 1, 2
