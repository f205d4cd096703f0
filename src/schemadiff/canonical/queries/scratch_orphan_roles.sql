-- A scratch role is named as its database: one without its database is left over.
SELECT r.rolname FROM pg_roles r
WHERE r.rolname LIKE 'schemadiff\_scratch\_%%' AND NOT r.rolsuper
  AND NOT EXISTS (SELECT FROM pg_database d WHERE d.datname = r.rolname) ORDER BY 1
