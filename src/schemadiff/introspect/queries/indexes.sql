-- Indexes that are objects of their own. Skipped: those backing a primary key, unique or
-- exclusion constraint (they come and go with the constraint; FKs also set conindid, hence the
-- contype test), and partitions of a partitioned index (relispartition: created and attached by
-- the index on the parent, which is the one diffed). pg_get_indexdef() gives the structure (read
-- with pglast: method, collation, opclass, order of each key); the text of each key and of the
-- predicate come from the catalog's own deparser, and the storage parameters from reloptions.
SELECT n.nspname AS schema,
       i.relname AS name,
       t.relname AS "table",
       x.indisunique AS "unique",
       -- a failed or interrupted CREATE INDEX CONCURRENTLY leaves indisvalid (and maybe
       -- indisready) false: the index exists by name and enforces nothing (PITFALLS).
       x.indisvalid AND x.indisready AND x.indislive AS valid,
       pg_catalog.pg_get_indexdef(i.oid) AS definition,
       -- key k alone, as the key list prints it (`lower((email)::text)`, `((a + b))`, `"Name"`)
       ARRAY(SELECT pg_catalog.pg_get_indexdef(i.oid, k, false)
               FROM pg_catalog.generate_series(1, x.indnkeyatts) AS k ORDER BY k) AS key_texts,
       pg_catalog.pg_get_expr(x.indpred, x.indrelid) AS predicate,
       i.reloptions AS parameters,
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
