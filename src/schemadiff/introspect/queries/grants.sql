-- Privileges on schemas, tables, views, materialized views, sequences, routines, enums,
-- domains and table columns, one row per (object, grantee). `privileges` is what the grantee
-- holds beyond the object's default ACL (acldefault), `revoked` the defaults it lacks (PUBLIC's
-- EXECUTE on a routine, USAGE on a type, USAGE on the `public` schema that every database from
-- PostgreSQL 15 gives PUBLIC). The owner's own privileges are left out as implicit (a revoked
-- owner privilege is refused in unsupported.sql). A grantee with some privileges grantable and
-- some not is reported without the grant option (bool_and).
WITH ns AS (
    SELECT n.oid, n.nspname, n.nspowner, n.nspacl
      FROM pg_catalog.pg_namespace n
     WHERE n.nspname !~ '^pg_'
       AND n.nspname NOT IN ('information_schema', 'schemadiff', 'cron')
), objs AS (
    SELECT ns.nspname AS schema,
           CASE c.relkind WHEN 'S' THEN 'sequence' WHEN 'v' THEN 'view'
                          WHEN 'm' THEN 'matview' ELSE 'table' END AS object_kind,
           c.relname AS object_name, '' AS signature, '' AS column_name, c.relowner AS owner,
           c.relacl AS acl, CASE c.relkind WHEN 'S' THEN 's' ELSE 'r' END AS acl_kind,
           'pg_catalog.pg_class'::pg_catalog.regclass AS classid, c.oid AS objid
      FROM pg_catalog.pg_class c JOIN ns ON ns.oid = c.relnamespace
     WHERE c.relkind IN ('r', 'p', 'v', 'm', 'S') AND c.relacl IS NOT NULL
    UNION ALL
    -- column privileges (GRANT SELECT (a) ON t): tables only, views' are refused
    SELECT ns.nspname, 'column', c.relname, '', a.attname, c.relowner, a.attacl, 'c',
           'pg_catalog.pg_class'::pg_catalog.regclass, c.oid
      FROM pg_catalog.pg_attribute a
      JOIN pg_catalog.pg_class c ON c.oid = a.attrelid
      JOIN ns ON ns.oid = c.relnamespace
     WHERE c.relkind IN ('r', 'p') AND a.attnum > 0 AND NOT a.attisdropped
       AND a.attacl IS NOT NULL
    UNION ALL
    SELECT ns.nspname, 'function', p.proname, pg_catalog.oidvectortypes(p.proargtypes), '',
           p.proowner, p.proacl, 'f', 'pg_catalog.pg_proc'::pg_catalog.regclass, p.oid
      FROM pg_catalog.pg_proc p JOIN ns ON ns.oid = p.pronamespace
     WHERE p.prokind IN ('f', 'p') AND p.proacl IS NOT NULL
    UNION ALL
    SELECT ns.nspname, CASE t.typtype WHEN 'e' THEN 'enum' ELSE 'domain' END, t.typname, '',
           '', t.typowner, t.typacl, 'T', 'pg_catalog.pg_type'::pg_catalog.regclass, t.oid
      FROM pg_catalog.pg_type t JOIN ns ON ns.oid = t.typnamespace
     WHERE t.typtype IN ('e', 'd') AND t.typacl IS NOT NULL
    UNION ALL
    SELECT ns.nspname, 'schema', ns.nspname, '', '', ns.nspowner, ns.nspacl, 'n',
           'pg_catalog.pg_namespace'::pg_catalog.regclass, ns.oid
      FROM ns
     WHERE ns.nspacl IS NOT NULL
), defaults AS (
    -- what each object's grantees other than its owner would hold had nothing been granted
    SELECT o.classid, o.objid, o.column_name, d.grantee, d.privilege_type
      FROM objs o
     CROSS JOIN LATERAL pg_catalog.aclexplode(pg_catalog.acldefault(o.acl_kind::"char", o.owner)) d
     WHERE d.grantee <> o.owner
    UNION ALL
    SELECT o.classid, o.objid, '', 0, 'USAGE'
      FROM objs o WHERE o.object_kind = 'schema' AND o.object_name = 'public'
), entries AS (
    SELECT o.*, a.grantee, a.privilege_type, a.is_grantable, true AS held
      FROM objs o
     CROSS JOIN LATERAL pg_catalog.aclexplode(o.acl) a
     WHERE a.grantee <> o.owner
       AND NOT EXISTS (SELECT FROM defaults d
                        WHERE (d.classid, d.objid, d.column_name) = (o.classid, o.objid, o.column_name)
                          AND d.grantee = a.grantee AND d.privilege_type = a.privilege_type)
    UNION ALL
    SELECT o.*, d.grantee, d.privilege_type, false, false
      FROM objs o
      JOIN defaults d ON (d.classid, d.objid, d.column_name) = (o.classid, o.objid, o.column_name)
     WHERE NOT EXISTS (SELECT FROM pg_catalog.aclexplode(o.acl) a
                        WHERE a.grantee = d.grantee AND a.privilege_type = d.privilege_type)
)
SELECT e.schema, e.object_kind, e.object_name, e.signature, e.column_name,
       CASE WHEN e.grantee = 0 THEN 'PUBLIC' ELSE pg_catalog.pg_get_userbyid(e.grantee) END
         AS grantee,
       COALESCE(ARRAY_AGG(DISTINCT e.privilege_type ORDER BY e.privilege_type)
                  FILTER (WHERE e.held), '{}') AS privileges,
       COALESCE(BOOL_AND(e.is_grantable) FILTER (WHERE e.held), false) AS with_grant_option,
       COALESCE(ARRAY_AGG(DISTINCT e.privilege_type ORDER BY e.privilege_type)
                  FILTER (WHERE NOT e.held), '{}') AS revoked
  FROM entries e
 WHERE NOT EXISTS (SELECT FROM pg_catalog.pg_depend x
                    WHERE x.classid = e.classid AND x.objid = e.objid AND x.deptype = 'e')
 GROUP BY 1, 2, 3, 4, 5, 6
 ORDER BY 1, 2, 3, 4, 5, 6
