-- Table constraints of kinds p u c f x. Skipped: NOT NULL constraints (contype 'n', stored in
-- pg_constraint from PostgreSQL 18; the column's not_null says it), clones a partition gets from
-- its parent's constraint (conparentid <> 0), and CHECKs inherited from a parent (NOT
-- conislocal): those are diffed on the parent. Columns come in key order (conkey, confkey).
-- The typed fields come from the catalog's own columns (the index of a key for INCLUDE, NULLS NOT
-- DISTINCT and its storage parameters); only a check's expression and an exclusion's elements and
-- predicate are read from pg_get_constraintdef()'s text, with pglast (model/constraints.py).
SELECT n.nspname AS schema,
       c.relname AS "table",
       con.conname AS name,
       con.contype AS kind,
       pg_catalog.pg_get_constraintdef(con.oid) AS definition,
       ARRAY(SELECT a.attname
               FROM pg_catalog.unnest(con.conkey) WITH ORDINALITY AS k(attnum, pos)
               JOIN pg_catalog.pg_attribute a
                 ON a.attrelid = con.conrelid AND a.attnum = k.attnum
              ORDER BY k.pos) AS columns,
       -- a check's columns of type varchar itself (no domain over it): where the stored text of
       -- an IN list is read as the list (sqltree.varchar_in_list)
       ARRAY(SELECT a.attname
               FROM pg_catalog.unnest(con.conkey) AS k(attnum)
               JOIN pg_catalog.pg_attribute a
                 ON a.attrelid = con.conrelid AND a.attnum = k.attnum
              WHERE con.contype = 'c'
                AND a.atttypid = 'pg_catalog.varchar'::pg_catalog.regtype) AS varchar_columns,
       rn.nspname AS ref_schema,
       rc.relname AS ref_table,
       ARRAY(SELECT a.attname
               FROM pg_catalog.unnest(con.confkey) WITH ORDINALITY AS k(attnum, pos)
               JOIN pg_catalog.pg_attribute a
                 ON a.attrelid = con.confrelid AND a.attnum = k.attnum
              ORDER BY k.pos) AS ref_columns,
       d.description AS comment,
       con.condeferrable AS deferrable,
       con.condeferred AS initially_deferred,
       con.connoinherit AS no_inherit,
       con.confupdtype AS on_update,
       con.confdeltype AS on_delete,
       con.confmatchtype AS match,
       ARRAY(SELECT a.attname
               FROM pg_catalog.unnest(con.confdelsetcols) WITH ORDINALITY AS k(attnum, pos)
               JOIN pg_catalog.pg_attribute a
                 ON a.attrelid = con.conrelid AND a.attnum = k.attnum
              ORDER BY k.pos) AS on_delete_columns,
       -- WITHOUT OVERLAPS / PERIOD (PostgreSQL 18): read through jsonb so older servers say false
       COALESCE((pg_catalog.to_jsonb(con) ->> 'conperiod')::boolean, false) AS period,
       COALESCE(ARRAY(SELECT a.attname
                        FROM pg_catalog.unnest(x.indkey) WITH ORDINALITY AS k(attnum, pos)
                        JOIN pg_catalog.pg_attribute a
                          ON a.attrelid = x.indrelid AND a.attnum = k.attnum
                       WHERE k.pos > x.indnkeyatts
                       ORDER BY k.pos), '{}') AS include,
       COALESCE(x.indnullsnotdistinct, false) AS nulls_not_distinct,
       COALESCE(ic.reloptions, '{}') AS parameters,
       -- NOT VALID (FK, CHECK), or a key whose index is not valid (or not ready): a key or
       -- exclusion constraint enforces nothing through an INVALID index.
       con.convalidated
         AND COALESCE((SELECT x.indisvalid AND x.indisready FROM pg_catalog.pg_index x
                        WHERE x.indexrelid = con.conindid AND con.contype IN ('p', 'u', 'x')),
                      true) AS validated
  FROM pg_catalog.pg_constraint con
  JOIN pg_catalog.pg_class c ON c.oid = con.conrelid
  JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
  LEFT JOIN pg_catalog.pg_class rc ON rc.oid = con.confrelid
  LEFT JOIN pg_catalog.pg_namespace rn ON rn.oid = rc.relnamespace
  LEFT JOIN pg_catalog.pg_index x ON x.indexrelid = con.conindid AND con.contype IN ('p', 'u', 'x')
  LEFT JOIN pg_catalog.pg_class ic ON ic.oid = x.indexrelid
  LEFT JOIN pg_catalog.pg_description d
         ON d.objoid = con.oid AND d.classoid = 'pg_catalog.pg_constraint'::pg_catalog.regclass
 WHERE con.contype IN ('p', 'u', 'c', 'f', 'x')
   AND con.conparentid = 0
   AND con.conislocal
   AND c.relkind IN ('r', 'p')
   AND n.nspname !~ '^pg_'
   AND n.nspname NOT IN ('information_schema', 'schemadiff', 'cron')
   AND NOT EXISTS (SELECT FROM pg_catalog.pg_depend e
                    WHERE e.classid = 'pg_catalog.pg_class'::pg_catalog.regclass
                      AND e.objid = c.oid AND e.deptype = 'e')
 ORDER BY 1, 2, 3
