-- Privileges granted on schemas, tables, views, materialized views, sequences and routines,
-- one row per (object, grantee). Left out as implicit: the owner's own privileges, anything
-- the object's default ACL (acldefault) already gives (PUBLIC EXECUTE on a routine), and the
-- USAGE every new database's `public` schema gives PUBLIC. A grantee with some privileges
-- grantable and some not is reported without the grant option (bool_and).
WITH ns AS (
    SELECT n.oid, n.nspname, n.nspowner, n.nspacl
      FROM pg_catalog.pg_namespace n
     WHERE n.nspname !~ '^pg_'
       AND n.nspname NOT IN ('information_schema', 'schemadiff', 'cron')
), objs AS (
    SELECT ns.nspname AS schema,
           CASE c.relkind WHEN 'S' THEN 'sequence' WHEN 'v' THEN 'view'
                          WHEN 'm' THEN 'matview' ELSE 'table' END AS object_kind,
           c.relname AS object_name, '' AS signature, c.relowner AS owner, c.relacl AS acl,
           CASE c.relkind WHEN 'S' THEN 's' ELSE 'r' END AS acl_kind,
           'pg_catalog.pg_class'::pg_catalog.regclass AS classid, c.oid AS objid
      FROM pg_catalog.pg_class c JOIN ns ON ns.oid = c.relnamespace
     WHERE c.relkind IN ('r', 'p', 'v', 'm', 'S') AND c.relacl IS NOT NULL
    UNION ALL
    SELECT ns.nspname, 'function', p.proname, pg_catalog.oidvectortypes(p.proargtypes),
           p.proowner, p.proacl, 'f', 'pg_catalog.pg_proc'::pg_catalog.regclass, p.oid
      FROM pg_catalog.pg_proc p JOIN ns ON ns.oid = p.pronamespace
     WHERE p.prokind IN ('f', 'p') AND p.proacl IS NOT NULL
    UNION ALL
    SELECT ns.nspname, 'schema', ns.nspname, '', ns.nspowner, ns.nspacl, 'n',
           'pg_catalog.pg_namespace'::pg_catalog.regclass, ns.oid
      FROM ns
     WHERE ns.nspacl IS NOT NULL
)
SELECT o.schema, o.object_kind, o.object_name, o.signature,
       CASE WHEN a.grantee = 0 THEN 'PUBLIC' ELSE pg_catalog.pg_get_userbyid(a.grantee) END
         AS grantee,
       ARRAY_AGG(DISTINCT a.privilege_type ORDER BY a.privilege_type) AS privileges,
       BOOL_AND(a.is_grantable) AS with_grant_option
  FROM objs o
 CROSS JOIN LATERAL pg_catalog.aclexplode(o.acl) a
 WHERE a.grantee <> o.owner
   AND NOT EXISTS (SELECT FROM pg_catalog.aclexplode(pg_catalog.acldefault(o.acl_kind::"char", o.owner)) d
                    WHERE d.grantee = a.grantee AND d.privilege_type = a.privilege_type)
   AND NOT (o.object_kind = 'schema' AND o.object_name = 'public' AND a.grantee = 0
            AND a.privilege_type = 'USAGE')
   AND NOT EXISTS (SELECT FROM pg_catalog.pg_depend e
                    WHERE e.classid = o.classid AND e.objid = o.objid AND e.deptype = 'e')
 GROUP BY 1, 2, 3, 4, 5
 ORDER BY 1, 2, 3, 4, 5
