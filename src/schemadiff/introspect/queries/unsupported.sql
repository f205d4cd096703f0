-- Every catalog feature of a user object that the model cannot hold: one row per (object,
-- feature), each a human name (`table public.events`, `PARTITION BY RANGE (created_at)`).
-- introspect() refuses the database when this returns anything, rather than reading an
-- approximation (issue 8). Only non-default values are reported, and only features schemadiff
-- itself never creates, so its own scratch databases always pass. The scope is that of the
-- family queries: user schemas, and no member of an extension (pg_depend deptype 'e').
-- Columns that exist only in some versions (conenforced, 18) are read through to_jsonb(row), so
-- one text runs on every supported server.
WITH ns AS (
    SELECT n.oid, n.nspname
      FROM pg_catalog.pg_namespace n
     WHERE n.nspname !~ '^pg_'
       AND n.nspname NOT IN ('information_schema', 'schemadiff', 'cron')
), members AS (
    SELECT e.classid, e.objid FROM pg_catalog.pg_depend e WHERE e.deptype = 'e'
), rel AS (
    -- user relations, with the kind word the messages use
    SELECT c.*, ns.nspname,
           CASE c.relkind WHEN 'r' THEN 'table' WHEN 'p' THEN 'table' WHEN 'v' THEN 'view'
                          WHEN 'm' THEN 'materialized view' WHEN 'S' THEN 'sequence'
                          WHEN 'i' THEN 'index' WHEN 'I' THEN 'index'
                          WHEN 'f' THEN 'foreign table' WHEN 'c' THEN 'composite type'
                          ELSE 'relation' END
             || ' ' || ns.nspname || '.' || c.relname AS label,
           ns.nspname || '.' || c.relname AS qualified
      FROM pg_catalog.pg_class c
      JOIN ns ON ns.oid = c.relnamespace
     WHERE NOT EXISTS (SELECT FROM members m
                        WHERE m.classid = 'pg_catalog.pg_class'::pg_catalog.regclass
                          AND m.objid = c.oid)
       -- an index, toast table or identity sequence belongs to a table an extension may own
       AND NOT EXISTS (SELECT FROM pg_catalog.pg_index x JOIN members m
                         ON m.classid = 'pg_catalog.pg_class'::pg_catalog.regclass
                        AND m.objid = x.indrelid
                        WHERE x.indexrelid = c.oid)
), col AS (
    SELECT a.*, r.qualified, r.relkind, r.relispartition, t.typstorage
      FROM pg_catalog.pg_attribute a
      JOIN rel r ON r.oid = a.attrelid
      JOIN pg_catalog.pg_type t ON t.oid = a.atttypid
     WHERE a.attnum > 0 AND NOT a.attisdropped
), fn AS (
    SELECT p.*, ns.nspname, l.lanname,
           CASE p.prokind WHEN 'p' THEN 'procedure' WHEN 'a' THEN 'aggregate'
                          WHEN 'w' THEN 'window function' ELSE 'function' END
             || ' ' || ns.nspname || '.' || p.proname
             || '(' || pg_catalog.oidvectortypes(p.proargtypes) || ')' AS label
      FROM pg_catalog.pg_proc p
      JOIN ns ON ns.oid = p.pronamespace
      JOIN pg_catalog.pg_language l ON l.oid = p.prolang
     WHERE NOT EXISTS (SELECT FROM members m
                        WHERE m.classid = 'pg_catalog.pg_proc'::pg_catalog.regclass
                          AND m.objid = p.oid)
       -- a range type's constructors come with it (deptype 'i'); the type is what is reported
       AND NOT EXISTS (SELECT FROM pg_catalog.pg_depend i
                        WHERE i.classid = 'pg_catalog.pg_proc'::pg_catalog.regclass
                          AND i.objid = p.oid AND i.deptype = 'i')
), typ AS (
    SELECT t.*, ns.nspname, ns.nspname || '.' || t.typname AS qualified
      FROM pg_catalog.pg_type t
      JOIN ns ON ns.oid = t.typnamespace
     WHERE NOT EXISTS (SELECT FROM members m
                        WHERE m.classid = 'pg_catalog.pg_type'::pg_catalog.regclass
                          AND m.objid = t.oid)
       -- an array type comes and goes with its element type
       AND NOT EXISTS (SELECT FROM pg_catalog.pg_type e WHERE e.typarray = t.oid)
), colsig AS (
    -- what a partition must share with its parent, column by column in order (identity is
    -- not compared: PostgreSQL 17+ copies it to partitions, 15 and 16 do not; STORAGE is: a
    -- partition is created with its parent's, and SET STORAGE on the parent reaches it)
    SELECT a.attrelid,
           pg_catalog.array_agg(pg_catalog.concat_ws('|', a.attname, a.atttypid, a.atttypmod,
                                a.attcollation, a.attnotnull, a.attgenerated, a.attstorage,
                                pg_catalog.pg_get_expr(ad.adbin, ad.adrelid)) ORDER BY a.attnum)
             AS columns
      FROM pg_catalog.pg_attribute a
      LEFT JOIN pg_catalog.pg_attrdef ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum
     WHERE a.attnum > 0 AND NOT a.attisdropped
     GROUP BY a.attrelid
), found (object, feature) AS (
    -- relations: kinds the model has no place for
    SELECT r.label, 'foreign tables are not modelled' FROM rel r WHERE r.relkind = 'f'
    UNION ALL
    -- partitioning is modelled (Table.partition_by, Table.partition_of); a partition's columns
    -- are its parent's, so one whose columns differ (order, type, collation, NOT NULL, default,
    -- generated expression, storage: an attached table built otherwise, or ALTER on the partition alone)
    -- or carry comments of their own has state schema.yaml cannot say
    SELECT r.label, 'columns differ from those of its parent ' || pn.nspname || '.' || p.relname
                    || ' (a partition''s columns, their defaults and NOT NULL are its parent''s)'
      FROM rel r
      JOIN pg_catalog.pg_inherits i ON i.inhrelid = r.oid
      JOIN pg_catalog.pg_class p ON p.oid = i.inhparent
      JOIN pg_catalog.pg_namespace pn ON pn.oid = p.relnamespace
     WHERE r.relispartition AND r.relkind IN ('r', 'p')
       AND (SELECT s.columns FROM colsig s WHERE s.attrelid = r.oid)
           IS DISTINCT FROM (SELECT s.columns FROM colsig s WHERE s.attrelid = p.oid)
    UNION ALL
    SELECT r.label, 'DETACH PARTITION CONCURRENTLY left pending (finish it with ALTER TABLE '
                    || pn.nspname || '.' || p.relname || ' DETACH PARTITION ... FINALIZE)'
      FROM rel r
      JOIN pg_catalog.pg_inherits i ON i.inhrelid = r.oid AND i.inhdetachpending
      JOIN pg_catalog.pg_class p ON p.oid = i.inhparent
      JOIN pg_catalog.pg_namespace pn ON pn.oid = p.relnamespace
    UNION ALL
    SELECT r.label, 'comment on partition column ' || a.attname
                    || ' (comment the column of the partitioned table instead)'
      FROM rel r
      JOIN pg_catalog.pg_attribute a ON a.attrelid = r.oid AND a.attnum > 0
      JOIN pg_catalog.pg_description d
        ON d.objoid = r.oid AND d.classoid = 'pg_catalog.pg_class'::pg_catalog.regclass
       AND d.objsubid = a.attnum
     WHERE r.relispartition
    UNION ALL
    -- a table's INHERITS is modelled (Table.inherits), a foreign table's is not
    SELECT r.label, 'INHERITS (' || pn.nspname || '.' || p.relname || ')'
      FROM rel r
      JOIN pg_catalog.pg_inherits i ON i.inhrelid = r.oid
      JOIN pg_catalog.pg_class p ON p.oid = i.inhparent
      JOIN pg_catalog.pg_namespace pn ON pn.oid = p.relnamespace
     WHERE NOT r.relispartition AND r.relkind = 'f'
    UNION ALL
    -- a column a table inherits and does not declare is read as its parent's (tables.sql): a
    -- default or NOT NULL that the child alone has would be lost
    SELECT 'column ' || c.qualified || '.' || c.attname,
           CASE WHEN c.attnotnull THEN 'inherited column with its own NOT NULL'
                ELSE 'inherited column with its own DEFAULT' END
      FROM col c
     WHERE NOT c.attislocal AND c.relkind = 'r'
       AND NOT (SELECT r.relispartition FROM pg_catalog.pg_class r WHERE r.oid = c.attrelid)
       AND ((c.attnotnull AND NOT EXISTS (
               SELECT FROM pg_catalog.pg_inherits i JOIN pg_catalog.pg_attribute pa
                 ON pa.attrelid = i.inhparent AND pa.attname = c.attname
                WHERE i.inhrelid = c.attrelid AND pa.attnotnull))
            OR NOT EXISTS (
               SELECT FROM pg_catalog.pg_inherits i
                 JOIN pg_catalog.pg_attribute pa ON pa.attrelid = i.inhparent AND pa.attname = c.attname
                 LEFT JOIN pg_catalog.pg_attrdef d ON d.adrelid = pa.attrelid AND d.adnum = pa.attnum
                WHERE i.inhrelid = c.attrelid
                  AND pg_catalog.pg_get_expr(d.adbin, d.adrelid) IS NOT DISTINCT FROM
                      pg_catalog.pg_get_expr((SELECT cd.adbin FROM pg_catalog.pg_attrdef cd
                                               WHERE cd.adrelid = c.attrelid AND cd.adnum = c.attnum),
                                             c.attrelid)))
    UNION ALL
    SELECT r.label, 'OF ' || pg_catalog.format_type(r.reloftype, NULL) || ' (typed table)'
      FROM rel r WHERE r.reloftype <> 0
    UNION ALL
    SELECT r.label, 'UNLOGGED' FROM rel r WHERE r.relpersistence = 'u' AND r.relkind = 'm'
    UNION ALL
    -- a sequence's persistence is modelled (Sequence.unlogged), but an identity column's
    -- sequence is part of the column: it must be as its table, as CREATE / SET LOGGED make it
    SELECT r.label, CASE r.relpersistence WHEN 'u' THEN 'UNLOGGED' ELSE 'LOGGED' END
                    || ' identity sequence of ' || CASE t.relpersistence WHEN 'u' THEN 'an unlogged'
                                                         ELSE 'a logged' END || ' table'
      FROM rel r
      JOIN pg_catalog.pg_depend d
        ON d.classid = 'pg_catalog.pg_class'::pg_catalog.regclass AND d.objid = r.oid
       AND d.refclassid = 'pg_catalog.pg_class'::pg_catalog.regclass AND d.deptype = 'i'
      JOIN pg_catalog.pg_class t ON t.oid = d.refobjid
     WHERE r.relkind = 'S' AND r.relpersistence <> t.relpersistence
    UNION ALL
    -- a view's reloptions are modelled (View.options), a table's and a materialized view's too
    -- (Table.options, View.options, with their TOAST table's), an index's (Index.parameters,
    -- Constraint.parameters for the index of a key or exclusion); a foreign table's are not
    SELECT r.label, 'storage parameters ' || pg_catalog.array_to_string(r.reloptions, ', ')
      FROM rel r WHERE r.reloptions IS NOT NULL AND r.relkind = 'f'
    UNION ALL
    -- replica identity is modelled (Table.replica_identity), except USING INDEX whose index was
    -- dropped since: the table then behaves as NOTHING, which schema.yaml cannot say
    SELECT r.label, 'REPLICA IDENTITY USING INDEX (its index was dropped)'
      FROM rel r WHERE r.relkind IN ('r', 'p') AND r.relreplident = 'i'
       AND NOT EXISTS (SELECT FROM pg_catalog.pg_index x
                        WHERE x.indrelid = r.oid AND x.indisreplident)
    UNION ALL
    SELECT r.label, 'TABLESPACE ' || s.spcname
      FROM rel r JOIN pg_catalog.pg_tablespace s ON s.oid = r.reltablespace
    UNION ALL
    SELECT r.label, 'table access method ' || am.amname
      FROM rel r JOIN pg_catalog.pg_am am ON am.oid = r.relam
     WHERE r.relkind IN ('r', 'p', 'm') AND am.amname <> 'heap'
    UNION ALL
    SELECT r.label, 'CLUSTER ON ' || i.relname
      FROM rel r
      JOIN pg_catalog.pg_index x ON x.indrelid = r.oid AND x.indisclustered
      JOIN pg_catalog.pg_class i ON i.oid = x.indexrelid
    UNION ALL
    SELECT r.label, 'RULE ' || w.rulename
      FROM rel r JOIN pg_catalog.pg_rewrite w ON w.ev_class = r.oid
     WHERE w.rulename <> '_RETURN'
    UNION ALL
    SELECT r.label, 'trigger ' || tg.tgname || ' (triggers on views and foreign tables are not modelled)'
      FROM rel r JOIN pg_catalog.pg_trigger tg ON tg.tgrelid = r.oid
     WHERE NOT tg.tgisinternal AND r.relkind NOT IN ('r', 'p')
    UNION ALL
    SELECT r.label, 'trigger ' || tg.tgname || ' is '
                    || CASE tg.tgenabled WHEN 'D' THEN 'DISABLED' WHEN 'R' THEN 'ENABLE REPLICA'
                                         ELSE 'ENABLE ALWAYS' END
      FROM rel r JOIN pg_catalog.pg_trigger tg ON tg.tgrelid = r.oid
     WHERE NOT tg.tgisinternal AND tg.tgparentid = 0 AND tg.tgenabled <> 'O'
    -- columns of tables (and indexes: SET STATISTICS on an expression column)
    UNION ALL
    -- a table column's is modelled (Column.storage), a materialized view's is not; a column a
    -- table inherits and does not declare is its parent's, so it must have the parent's
    -- (partitions: colsig above)
    SELECT 'column ' || c.qualified || '.' || c.attname,
           CASE WHEN c.relkind = 'm' THEN '' ELSE 'inherited column with its own ' END
           || 'STORAGE ' || CASE c.attstorage WHEN 'p' THEN 'PLAIN' WHEN 'e' THEN 'EXTERNAL'
                                              WHEN 'm' THEN 'MAIN' ELSE 'EXTENDED' END
      FROM col c
     WHERE (c.relkind = 'm' AND c.attstorage <> c.typstorage)
        OR (c.relkind IN ('r', 'p') AND NOT c.attislocal AND NOT c.relispartition
            AND NOT EXISTS (SELECT FROM pg_catalog.pg_inherits i
                              JOIN pg_catalog.pg_attribute pa
                                ON pa.attrelid = i.inhparent AND pa.attname = c.attname
                             WHERE i.inhrelid = c.attrelid AND pa.attstorage = c.attstorage))
    UNION ALL
    SELECT 'column ' || c.qualified || '.' || c.attname,
           'COMPRESSION ' || CASE c.attcompression WHEN 'p' THEN 'pglz' WHEN 'l' THEN 'lz4'
                                                   ELSE c.attcompression::text END
      -- a table column's is modelled (Column.compression), an index's or a matview's is not
      FROM col c WHERE c.attcompression <> '' AND c.relkind NOT IN ('r', 'p')
    UNION ALL
    -- on an index of its own, a column's options are its operator class's (IndexKey.opclass_options);
    -- a table column's are modelled (Column.options), except on a column the model does not hold:
    -- one of a partition (its parent's) or one a table inherits without declaring it
    SELECT 'column ' || c.qualified || '.' || c.attname,
           'column options ' || pg_catalog.array_to_string(c.attoptions, ', ')
      FROM col c WHERE c.attoptions IS NOT NULL
       -- uncorrelated (one hashed subplan): PG 15 ran a correlated EXISTS here per column, 30x slower
       AND ((c.relkind NOT IN ('i', 'I', 'r', 'p'))
            OR (c.relkind IN ('r', 'p') AND (c.relispartition OR NOT c.attislocal))
            OR c.attrelid IN (SELECT con.conindid FROM pg_catalog.pg_constraint con
                               WHERE con.contype IN ('p', 'u', 'x')))
    UNION ALL
    -- the default is -1 up to 16 and NULL from 17
    -- a table column's is modelled (Column.statistics); an index's or a view's is not
    SELECT 'column ' || c.qualified || '.' || c.attname, 'SET STATISTICS ' || c.attstattarget
      FROM col c WHERE COALESCE(c.attstattarget, -1) <> -1 AND c.relkind NOT IN ('r', 'p')
    UNION ALL
    SELECT 'column ' || c.qualified || '.' || c.attname, 'GENERATED ALWAYS AS (...) VIRTUAL'
      FROM col c WHERE c.attgenerated = 'v'
    UNION ALL
    -- column privileges are modelled on tables (grants.sql), not on views
    SELECT 'column ' || c.qualified || '.' || c.attname,
           'column privileges ' || pg_catalog.array_to_string(c.attacl, ', ')
      FROM col c WHERE c.attacl IS NOT NULL AND c.relkind NOT IN ('r', 'p')
    -- constraints
    UNION ALL
    -- a CHECK's NO INHERIT is modelled (in its definition, `no_inherit:`); PostgreSQL 18's named
    -- NOT NULL constraints are kept on the column, which has no place for it
    SELECT r.label, 'constraint ' || con.conname || ' NO INHERIT'
      FROM rel r JOIN pg_catalog.pg_constraint con ON con.conrelid = r.oid
     WHERE con.connoinherit AND con.contype = 'n' AND r.relkind = 'r'
    UNION ALL
    SELECT r.label, 'constraint ' || con.conname || ' NOT ENFORCED'
      FROM rel r JOIN pg_catalog.pg_constraint con ON con.conrelid = r.oid
     WHERE (pg_catalog.to_jsonb(con) ->> 'conenforced') = 'false'
    -- routines
    UNION ALL
    -- aggregates: sfunc, stype, finalfunc, combinefunc, initcond and PARALLEL are modelled
    SELECT f.label, CASE WHEN a.aggkind <> 'n' THEN 'ordered-set and hypothetical-set aggregates'
                         WHEN a.aggmtransfn::pg_catalog.oid <> 0 THEN 'MSFUNC (moving aggregate)'
                         WHEN a.aggsortop <> 0 THEN 'SORTOP'
                         WHEN a.aggserialfn::pg_catalog.oid <> 0 THEN 'SERIALFUNC / DESERIALFUNC'
                         WHEN a.aggfinalextra THEN 'FINALFUNC_EXTRA'
                         WHEN a.aggfinalmodify <> 'r' THEN 'FINALFUNC_MODIFY'
                         ELSE 'SSPACE' END
      FROM fn f JOIN pg_catalog.pg_aggregate a ON a.aggfnoid = f.oid
     WHERE a.aggkind <> 'n' OR a.aggmtransfn::pg_catalog.oid <> 0 OR a.aggsortop <> 0
        OR a.aggserialfn::pg_catalog.oid <> 0 OR a.aggfinalextra OR a.aggfinalmodify <> 'r'
        OR a.aggtransspace <> 0
    UNION ALL
    SELECT f.label, 'window functions are not modelled' FROM fn f WHERE f.prokind = 'w'
    UNION ALL
    SELECT f.label, 'LANGUAGE ' || f.lanname
      FROM fn f WHERE f.lanname IN ('c', 'internal') AND f.prokind <> 'a'  -- aggregates are 'internal'
    UNION ALL
    -- grants.sql leaves the owner's own privileges out as implicit, so one the owner revoked
    -- from itself would plan as "no changes" (a revoked default of PUBLIC is modelled)
    SELECT f.label, 'privileges revoked from its owner'
      FROM fn f WHERE f.proacl IS NOT NULL
       AND NOT EXISTS (SELECT FROM pg_catalog.aclexplode(f.proacl) x
                        WHERE x.grantee = f.proowner AND x.privilege_type = 'EXECUTE')
    UNION ALL
    SELECT r.label, 'privileges revoked from its owner'
      FROM rel r WHERE r.relacl IS NOT NULL AND r.relkind IN ('r', 'p', 'v', 'm', 'S')
       AND EXISTS (SELECT FROM pg_catalog.aclexplode(pg_catalog.acldefault(
                                 CASE r.relkind WHEN 'S' THEN 's' ELSE 'r' END::"char", r.relowner)) d
                    WHERE d.grantee = r.relowner
                      AND NOT EXISTS (SELECT FROM pg_catalog.aclexplode(r.relacl) x
                                       WHERE x.grantee = r.relowner
                                         AND x.privilege_type = d.privilege_type))
    UNION ALL
    SELECT f.label, 'SUPPORT ' || f.prosupport::pg_catalog.regproc::text
      FROM fn f WHERE f.prosupport <> 0
    UNION ALL
    SELECT f.label, 'TRANSFORM FOR TYPE ...' FROM fn f WHERE f.protrftypes IS NOT NULL
    -- types the model has no place for (enums and domains are modelled; a table's row type
    -- comes with the table)
    UNION ALL
    SELECT 'type ' || t.qualified,
           CASE t.typtype WHEN 'c' THEN 'composite types are not modelled'
                          WHEN 'r' THEN 'range types are not modelled'
                          WHEN 'b' THEN 'base types are not modelled'
                          ELSE 'shell types are not modelled' END
      FROM typ t
     WHERE (t.typtype = 'c' AND (SELECT k.relkind FROM pg_catalog.pg_class k
                                  WHERE k.oid = t.typrelid) = 'c')
        OR t.typtype IN ('r', 'b') OR (t.typtype = 'p' AND NOT t.typisdefined)  -- a multirange comes with its range
    UNION ALL
    SELECT 'domain ' || t.qualified, 'COLLATE ' || co.collname
      FROM typ t JOIN pg_catalog.pg_collation co ON co.oid = t.typcollation
     WHERE t.typtype = 'd'
       AND t.typcollation <> (SELECT b.typcollation FROM pg_catalog.pg_type b
                               WHERE b.oid = t.typbasetype)
    UNION ALL
    -- grants on enums and domains are modelled (grants.sql); other types are refused above
    SELECT 'type ' || t.qualified, 'privileges revoked from its owner'
      FROM typ t WHERE t.typacl IS NOT NULL AND t.typtype IN ('e', 'd')
       AND NOT EXISTS (SELECT FROM pg_catalog.aclexplode(t.typacl) x
                        WHERE x.grantee = t.typowner AND x.privilege_type = 'USAGE')
    -- whole object families the model does not have
    UNION ALL
    SELECT 'operator ' || ns.nspname || '.' || o.oprname
           || '(' || pg_catalog.format_type(o.oprleft, NULL) || ', '
           || pg_catalog.format_type(o.oprright, NULL) || ')', 'operators are not modelled'
      FROM pg_catalog.pg_operator o JOIN ns ON ns.oid = o.oprnamespace
     WHERE NOT EXISTS (SELECT FROM members m
                        WHERE m.classid = 'pg_catalog.pg_operator'::pg_catalog.regclass
                          AND m.objid = o.oid)
    UNION ALL
    SELECT 'operator class ' || ns.nspname || '.' || o.opcname, 'operator classes are not modelled'
      FROM pg_catalog.pg_opclass o JOIN ns ON ns.oid = o.opcnamespace
     WHERE NOT EXISTS (SELECT FROM members m
                        WHERE m.classid = 'pg_catalog.pg_opclass'::pg_catalog.regclass
                          AND m.objid = o.oid)
    UNION ALL
    SELECT 'operator family ' || ns.nspname || '.' || o.opfname,
           'operator families are not modelled'
      FROM pg_catalog.pg_opfamily o JOIN ns ON ns.oid = o.opfnamespace
     WHERE NOT EXISTS (SELECT FROM members m
                        WHERE m.classid = 'pg_catalog.pg_opfamily'::pg_catalog.regclass
                          AND m.objid = o.oid)
    UNION ALL
    -- casts live in no schema: a user's is one created after initdb (oid >= FirstNormalObjectId)
    SELECT 'cast (' || pg_catalog.format_type(c.castsource, NULL) || ' AS '
           || pg_catalog.format_type(c.casttarget, NULL) || ')', 'casts are not modelled'
      FROM pg_catalog.pg_cast c
     WHERE c.oid >= 16384
       AND NOT EXISTS (SELECT FROM pg_catalog.pg_depend m
                        WHERE m.classid = 'pg_catalog.pg_cast'::pg_catalog.regclass
                          AND m.objid = c.oid AND m.deptype IN ('e', 'i'))
    UNION ALL
    SELECT 'conversion ' || ns.nspname || '.' || c.conname, 'conversions are not modelled'
      FROM pg_catalog.pg_conversion c JOIN ns ON ns.oid = c.connamespace
     WHERE NOT EXISTS (SELECT FROM members m
                        WHERE m.classid = 'pg_catalog.pg_conversion'::pg_catalog.regclass
                          AND m.objid = c.oid)
    UNION ALL
    SELECT 'text search configuration ' || ns.nspname || '.' || c.cfgname,
           'text search objects are not modelled'
      FROM pg_catalog.pg_ts_config c JOIN ns ON ns.oid = c.cfgnamespace
     WHERE NOT EXISTS (SELECT FROM members m
                        WHERE m.classid = 'pg_catalog.pg_ts_config'::pg_catalog.regclass
                          AND m.objid = c.oid)
    UNION ALL
    SELECT 'text search dictionary ' || ns.nspname || '.' || c.dictname,
           'text search objects are not modelled'
      FROM pg_catalog.pg_ts_dict c JOIN ns ON ns.oid = c.dictnamespace
     WHERE NOT EXISTS (SELECT FROM members m
                        WHERE m.classid = 'pg_catalog.pg_ts_dict'::pg_catalog.regclass
                          AND m.objid = c.oid)
    UNION ALL
    SELECT 'statistics object ' || ns.nspname || '.' || s.stxname,
           'extended statistics (CREATE STATISTICS) are not modelled'
      FROM pg_catalog.pg_statistic_ext s JOIN ns ON ns.oid = s.stxnamespace
     WHERE NOT EXISTS (SELECT FROM members m
                        WHERE m.classid = 'pg_catalog.pg_statistic_ext'::pg_catalog.regclass
                          AND m.objid = s.oid)
    UNION ALL
    SELECT 'event trigger ' || e.evtname, 'event triggers are not modelled'
      FROM pg_catalog.pg_event_trigger e
     WHERE NOT EXISTS (SELECT FROM members m
                        WHERE m.classid = 'pg_catalog.pg_event_trigger'::pg_catalog.regclass
                          AND m.objid = e.oid)
    UNION ALL
    SELECT 'publication ' || p.pubname, 'publications are not modelled'
      FROM pg_catalog.pg_publication p
    UNION ALL
    SELECT 'foreign data wrapper ' || w.fdwname, 'foreign data wrappers are not modelled'
      FROM pg_catalog.pg_foreign_data_wrapper w
     WHERE NOT EXISTS (SELECT FROM members m
                        WHERE m.classid = 'pg_catalog.pg_foreign_data_wrapper'::pg_catalog.regclass
                          AND m.objid = w.oid)
    UNION ALL
    SELECT 'server ' || s.srvname, 'foreign servers are not modelled'
      FROM pg_catalog.pg_foreign_server s
     WHERE NOT EXISTS (SELECT FROM members m
                        WHERE m.classid = 'pg_catalog.pg_foreign_server'::pg_catalog.regclass
                          AND m.objid = s.oid)
    UNION ALL
    -- Default privileges are modelled (default_privileges.sql) except the role's own, which are
    -- implicit there as an owner's are: revoked from it globally, or granted to it IN SCHEMA.
    SELECT 'default privileges for role ' || pg_catalog.pg_get_userbyid(d.defaclrole)
           || COALESCE(' in schema ' || n.nspname, ''),
           CASE WHEN d.defaclnamespace = 0 THEN 'privileges revoked from the role itself'
                ELSE 'privileges granted to the role itself' END
      FROM pg_catalog.pg_default_acl d
      LEFT JOIN pg_catalog.pg_namespace n ON n.oid = d.defaclnamespace
     WHERE (d.defaclnamespace = 0 AND EXISTS (
                SELECT FROM pg_catalog.aclexplode(pg_catalog.acldefault(
                         (CASE d.defaclobjtype WHEN 'S' THEN 's' ELSE d.defaclobjtype END)::"char",
                         d.defaclrole)) x
                 WHERE x.grantee = d.defaclrole
                   AND NOT EXISTS (SELECT FROM pg_catalog.aclexplode(d.defaclacl) a
                                    WHERE a.grantee = x.grantee
                                      AND a.privilege_type = x.privilege_type)))
        OR (d.defaclnamespace <> 0 AND EXISTS (
                SELECT FROM pg_catalog.aclexplode(d.defaclacl) a WHERE a.grantee = d.defaclrole))
)
SELECT DISTINCT object, feature FROM found ORDER BY 1, 2
