-- Ordinary and partitioned tables (relkind r, p), one row per column in attnum order; a table
-- without columns comes back as one row with a NULL column name. Deparsed texts depend on
-- search_path = '' (set by the caller), which makes every name in them schema-qualified.
SELECT n.nspname AS schema,
       c.relname AS name,
       td.description AS comment,
       c.relrowsecurity AS rls_enabled,
       c.relforcerowsecurity AS rls_forced,
       c.relpersistence = 'u' AS unlogged,
       COALESCE(c.reloptions, '{}') AS options,
       COALESCE((SELECT tc.reloptions FROM pg_catalog.pg_class tc WHERE tc.oid = c.reltoastrelid),
                '{}') AS toast_options,
       c.relreplident AS replica_identity,
       -- USING INDEX whose index was dropped since behaves as NOTHING: unsupported.sql refuses it
       (SELECT ic.relname FROM pg_catalog.pg_index x
          JOIN pg_catalog.pg_class ic ON ic.oid = x.indexrelid
         WHERE x.indrelid = c.oid AND x.indisreplident) AS replica_index,
       CASE WHEN c.relkind = 'p' THEN pg_catalog.pg_get_partkeydef(c.oid) END AS partition_by,
       -- a partition's parent (relispartition: pg_inherits rows of INHERITS are not partitions)
       pn.nspname AS partition_parent_schema,
       pc.relname AS partition_parent,
       CASE WHEN c.relispartition THEN pg_catalog.pg_get_expr(c.relpartbound, c.oid) END
         AS partition_bound,
       CASE WHEN c.relispartition THEN pg_catalog.pg_get_partition_constraintdef(c.oid) END
         AS partition_constraint,
       -- INHERITS: the parents in declared order (partitions are PARTITION OF, not this)
       (SELECT pg_catalog.array_agg(ARRAY[ipn.nspname, ip.relname] ORDER BY i.inhseqno)
          FROM pg_catalog.pg_inherits i
          JOIN pg_catalog.pg_class ip ON ip.oid = i.inhparent
          JOIN pg_catalog.pg_namespace ipn ON ipn.oid = ip.relnamespace
         WHERE i.inhrelid = c.oid AND NOT c.relispartition) AS inherits,
       a.attname AS column_name,
       pg_catalog.format_type(a.atttypid, a.atttypmod) AS type,
       a.attnotnull AS not_null,
       -- A generated column's expression is stored in pg_attrdef like a default.
       CASE WHEN a.attgenerated = '' THEN pg_catalog.pg_get_expr(ad.adbin, ad.adrelid) END
         AS "default",
       CASE WHEN a.attgenerated <> '' THEN pg_catalog.pg_get_expr(ad.adbin, ad.adrelid) END
         AS generated,
       a.attidentity AS identity,
       -- the identity column's own sequence (pg_depend deptype 'i' from the sequence to it)
       (SELECT pg_catalog.jsonb_build_object(
                 'start', s.seqstart, 'increment', s.seqincrement, 'min', s.seqmin,
                 'max', s.seqmax, 'cache', s.seqcache, 'cycle', s.seqcycle,
                 'type', pg_catalog.format_type(s.seqtypid, NULL))
          FROM pg_catalog.pg_depend d
          JOIN pg_catalog.pg_sequence s ON s.seqrelid = d.objid
         WHERE a.attidentity <> '' AND d.classid = 'pg_catalog.pg_class'::pg_catalog.regclass
           AND d.refclassid = 'pg_catalog.pg_class'::pg_catalog.regclass
           AND d.refobjid = c.oid AND d.refobjsubid = a.attnum AND d.deptype = 'i')
         AS identity_sequence,
       -- Only a collation other than the type's own is something the user wrote. The name is
       -- raw, like every name in the model; a user's collation (any schema but pg_catalog)
       -- comes as `schema.name`, which render/tables.py qualifies (model/collations.py).
       CASE WHEN a.attcollation <> t.typcollation
            THEN CASE WHEN co.collnamespace = 'pg_catalog'::pg_catalog.regnamespace THEN co.collname
                      ELSE (SELECT cn.nspname FROM pg_catalog.pg_namespace cn
                             WHERE cn.oid = co.collnamespace) || '.' || co.collname END
       END AS collation,
       cd.description AS column_comment,
       -- the default is -1 up to 16 and NULL from 17
       NULLIF(COALESCE(a.attstattarget, -1), -1)::integer AS statistics,
       CASE a.attcompression WHEN 'p' THEN 'pglz' WHEN 'l' THEN 'lz4' END AS compression,
       -- STORAGE only when other than the type's own, which is what CREATE and a type change give
       CASE WHEN a.attstorage <> t.typstorage THEN a.attstorage::text END AS storage,
       t.typstorage::text AS type_storage,
       COALESCE(a.attoptions, '{}') AS column_options
  FROM pg_catalog.pg_class c
  JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
  LEFT JOIN pg_catalog.pg_inherits pi ON c.relispartition AND pi.inhrelid = c.oid
  LEFT JOIN pg_catalog.pg_class pc ON pc.oid = pi.inhparent
  LEFT JOIN pg_catalog.pg_namespace pn ON pn.oid = pc.relnamespace
  LEFT JOIN pg_catalog.pg_attribute a
         ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
        -- an inherited column the table does not declare itself is its parent's
        AND (a.attislocal OR c.relispartition)
  LEFT JOIN pg_catalog.pg_type t ON t.oid = a.atttypid
  LEFT JOIN pg_catalog.pg_attrdef ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum
  LEFT JOIN pg_catalog.pg_collation co ON co.oid = a.attcollation
  LEFT JOIN pg_catalog.pg_description td
         ON td.objoid = c.oid AND td.classoid = 'pg_catalog.pg_class'::pg_catalog.regclass
        AND td.objsubid = 0
  LEFT JOIN pg_catalog.pg_description cd
         ON cd.objoid = c.oid AND cd.classoid = 'pg_catalog.pg_class'::pg_catalog.regclass
        AND cd.objsubid = a.attnum
 WHERE c.relkind IN ('r', 'p')
   AND n.nspname !~ '^pg_'
   AND n.nspname NOT IN ('information_schema', 'schemadiff', 'cron')
   AND NOT EXISTS (SELECT FROM pg_catalog.pg_depend e
                    WHERE e.classid = 'pg_catalog.pg_class'::pg_catalog.regclass
                      AND e.objid = c.oid AND e.deptype = 'e')
 ORDER BY n.nspname, c.relname, a.attnum
