-- Indexes that are objects of their own. Skipped: those backing a primary key, unique or
-- exclusion constraint (they come and go with the constraint; FKs also set conindid, hence the
-- contype test), and partitions of a partitioned index (relispartition: created and attached by
-- the index on the parent, which is the one diffed). quote_ident() of the names lets the caller
-- cut pg_get_indexdef()'s `CREATE [UNIQUE] INDEX name ON [ONLY] schema.table ` prefix exactly.
SELECT n.nspname AS schema,
       i.relname AS name,
       t.relname AS "table",
       x.indisunique AS "unique",
       -- a failed or interrupted CREATE INDEX CONCURRENTLY leaves indisvalid (and maybe
       -- indisready) false: the index exists by name and enforces nothing (PITFALLS).
       x.indisvalid AND x.indisready AND x.indislive AS valid,
       pg_catalog.pg_get_indexdef(i.oid) AS definition,
       pg_catalog.quote_ident(i.relname) AS quoted_name,
       pg_catalog.quote_ident(n.nspname) || '.' || pg_catalog.quote_ident(t.relname)
         AS quoted_table,
       i.relkind = 'I' AS partitioned,
       d.description AS comment
  FROM pg_catalog.pg_index x
  JOIN pg_catalog.pg_class i ON i.oid = x.indexrelid
  JOIN pg_catalog.pg_class t ON t.oid = x.indrelid
  JOIN pg_catalog.pg_namespace n ON n.oid = t.relnamespace
  LEFT JOIN pg_catalog.pg_description d
         ON d.objoid = i.oid AND d.classoid = 'pg_catalog.pg_class'::pg_catalog.regclass
        AND d.objsubid = 0
 WHERE t.relkind IN ('r', 'p', 'm')  -- materialized views have indexes too
   AND NOT i.relispartition
   AND NOT EXISTS (SELECT FROM pg_catalog.pg_constraint con
                    WHERE con.conindid = i.oid AND con.conrelid = t.oid
                      AND con.contype IN ('p', 'u', 'x'))
   AND n.nspname !~ '^pg_'
   AND n.nspname NOT IN ('information_schema', 'schemadiff', 'cron')
   AND NOT EXISTS (SELECT FROM pg_catalog.pg_depend e
                    WHERE e.classid = 'pg_catalog.pg_class'::pg_catalog.regclass
                      AND e.objid = t.oid AND e.deptype = 'e')
 ORDER BY 1, 2
