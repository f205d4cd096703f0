-- Default privileges (ALTER DEFAULT PRIVILEGES), one row per (role, schema, object type,
-- grantee). A global entry (defaclnamespace = 0) holds the whole ACL new objects get, so it is
-- compared with acldefault(): `privileges` is what the grantee holds beyond it, `revoked` what it
-- lacks of it (PUBLIC's EXECUTE on functions, USAGE on types). An IN SCHEMA entry only adds to
-- the global one: all it holds is granted. The role's own privileges are left out as implicit
-- (their revocation is refused in unsupported.sql). A grantee with some privileges grantable
-- and some not is read without the grant option (bool_and), as grants.sql does.
WITH entries AS (
    SELECT d.oid, d.defaclrole AS role, d.defaclnamespace AS nsp, d.defaclacl AS acl,
           CASE d.defaclobjtype WHEN 'r' THEN 'tables' WHEN 'S' THEN 'sequences'
                                WHEN 'f' THEN 'functions' WHEN 'T' THEN 'types'
                                WHEN 'n' THEN 'schemas' END AS object_type,
           -- acldefault's letter for sequences is 's', pg_default_acl's 'S'
           CASE d.defaclobjtype WHEN 'S' THEN 's' ELSE d.defaclobjtype END AS acl_kind
      FROM pg_catalog.pg_default_acl d
), defaults AS (
    SELECT e.oid, x.grantee, x.privilege_type
      FROM entries e
     CROSS JOIN LATERAL pg_catalog.aclexplode(pg_catalog.acldefault(e.acl_kind::"char", e.role)) x
     WHERE e.nsp = 0 AND x.grantee <> e.role
), held AS (
    SELECT e.*, a.grantee, a.privilege_type, a.is_grantable, true AS held
      FROM entries e
     CROSS JOIN LATERAL pg_catalog.aclexplode(e.acl) a
     WHERE a.grantee <> e.role
       AND NOT EXISTS (SELECT FROM defaults d
                        WHERE d.oid = e.oid AND d.grantee = a.grantee
                          AND d.privilege_type = a.privilege_type)
    UNION ALL
    SELECT e.*, d.grantee, d.privilege_type, false, false
      FROM entries e JOIN defaults d ON d.oid = e.oid
     WHERE NOT EXISTS (SELECT FROM pg_catalog.aclexplode(e.acl) a
                        WHERE a.grantee = d.grantee AND a.privilege_type = d.privilege_type)
)
SELECT pg_catalog.pg_get_userbyid(h.role) AS for_role,
       COALESCE(n.nspname, '') AS schema,
       h.object_type,
       CASE WHEN h.grantee = 0 THEN 'PUBLIC' ELSE pg_catalog.pg_get_userbyid(h.grantee) END
         AS grantee,
       COALESCE(ARRAY_AGG(DISTINCT h.privilege_type ORDER BY h.privilege_type)
                  FILTER (WHERE h.held), '{}') AS privileges,
       COALESCE(BOOL_AND(h.is_grantable) FILTER (WHERE h.held), false) AS with_grant_option,
       COALESCE(ARRAY_AGG(DISTINCT h.privilege_type ORDER BY h.privilege_type)
                  FILTER (WHERE NOT h.held), '{}') AS revoked
  FROM held h
  LEFT JOIN pg_catalog.pg_namespace n ON n.oid = h.nsp
 GROUP BY 1, 2, 3, 4
 ORDER BY 1, 2, 3, 4
