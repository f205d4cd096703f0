-- Views and materialized views (relkind v, m), with their deparsed query (pretty, search_path='')
-- and output columns; a materialized view's storage parameters (its TOAST table's too) and
-- whether it is populated. `reads` lists the (schema, relation, column) triples the query reads, from
-- pg_depend on the view's rewrite rule (refobjsubid > 0): dropping or retyping one of them needs
-- the view dropped first. Views an extension created are skipped.
SELECT n.nspname AS schema,
       c.relname AS name,
       c.relkind = 'm' AS materialized,
       pg_catalog.pg_get_viewdef(c.oid, true) AS definition,
       ARRAY(SELECT ARRAY[a.attname::text, pg_catalog.format_type(a.atttypid, a.atttypmod)]
               FROM pg_catalog.pg_attribute a
              WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
              ORDER BY a.attnum) AS columns,
       COALESCE(c.reloptions, '{}') AS options,
       COALESCE((SELECT t.reloptions FROM pg_catalog.pg_class t WHERE t.oid = c.reltoastrelid),
                '{}') AS toast_options,
       c.relispopulated AS populated,
       ARRAY(SELECT DISTINCT ARRAY[rn.nspname::text, rc.relname::text, ra.attname::text]
               FROM pg_catalog.pg_rewrite r
               JOIN pg_catalog.pg_depend dep
                 ON dep.classid = 'pg_catalog.pg_rewrite'::pg_catalog.regclass
                AND dep.objid = r.oid
                AND dep.refclassid = 'pg_catalog.pg_class'::pg_catalog.regclass
                AND dep.refobjsubid > 0
               JOIN pg_catalog.pg_class rc ON rc.oid = dep.refobjid
               JOIN pg_catalog.pg_namespace rn ON rn.oid = rc.relnamespace
               JOIN pg_catalog.pg_attribute ra
                 ON ra.attrelid = dep.refobjid AND ra.attnum = dep.refobjsubid
              WHERE r.ev_class = c.oid AND dep.refobjid <> c.oid) AS reads,
       d.description AS comment
  FROM pg_catalog.pg_class c
  JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
  LEFT JOIN pg_catalog.pg_description d
         ON d.objoid = c.oid AND d.classoid = 'pg_catalog.pg_class'::pg_catalog.regclass
        AND d.objsubid = 0
 WHERE c.relkind IN ('v', 'm')
   AND n.nspname !~ '^pg_'
   AND n.nspname NOT IN ('information_schema', 'schemadiff', 'cron')
   AND NOT EXISTS (SELECT FROM pg_catalog.pg_depend e
                    WHERE e.classid = 'pg_catalog.pg_class'::pg_catalog.regclass
                      AND e.objid = c.oid AND e.deptype = 'e')
 ORDER BY 1, 2
